"""Words and patterns of directives in official Chinese news.

Kept apart from the detector's logic so that a reader can check the vocabulary
against the genre (and extend it) without reading the algorithm. Every list is
ordered longest-first where alternatives share a prefix, because the regexes
try alternatives in order.
"""

from __future__ import annotations

import re

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f"

# --- strength markers -------------------------------------------------------
# Marker -> strength. Modal verbs and adverbs that make a clause an instruction.
MARKERS: dict[str, str] = {
    **dict.fromkeys(
        [
            "必须",
            "务必",
            "务须",
            "决不允许",
            "绝不允许",
            "决不能",
            "绝不能",
            "决不",
            "绝不",
            "严禁",
            "不得",
            "禁止",
            "坚决",
            "不准",
            "不许",
            "切勿",
            "切忌",
        ],
        "必须",
    ),
    # 不能… is 要 (决不能, 不得, 严禁 are 必须): the settled gold convention.
    **dict.fromkeys(["应当", "应该", "理应", "需要", "亟需", "亟须", "不要", "不能", "须", "要", "应", "需"], "要"),
    **dict.fromkeys(["鼓励", "支持", "引导", "倡导", "提倡"], "鼓励"),
    **dict.fromkeys(["可以", "可", "允许", "准予"], "可"),
}
MARKER_RE = re.compile("|".join(sorted(MARKERS, key=len, reverse=True)))

# A marker preceded or followed by these characters is part of another word
# (重要, 要求, 应对, 所需, 可能…), not a modal.
NOT_BEFORE: dict[str, str] = {
    "要": "重主需纪摘提概首险政只显紧必简扼总将快想之纲",
    "应": "响相适供效反对呼感答顺回照",
    "需要": "旦所必急无军刚按据的不再",
    "需": "所必急无军刚按不再",
    "须": "无必胡",
    "可": "不许认宁可有",
    "可以": "不",
    "不得": "舍怪免",
    "支持": "的",
}
NOT_AFTER: dict[str, str] = {
    "要": "求点素么闻害职员案件地塞旨冲道诀领务是归",
    "应": "对急用邀届声变试考聘诉收付激运",
    "需": "求",
    "须": "知臾",
    "需要": "的",
    "可": "能靠控持视行观喜贵爱信及感循比复推谓见口乐怜惜疑知塑圈点歌泣亲再可期",
    "支持": "下力",
    "引导": "下",
    "不能": "不",
}
# "可以说", "要看到": idioms, not instructions.
# 可以/可 before an outcome says what a policy achieves (…政策可以确保…), not a permission.
_OUTCOMES: tuple[str, ...] = ("确保", "保证", "实现", "带动", "惠及", "减少", "降低", "节约", "节省", "达到")
_OUTCOMES += ("满足", "覆盖", "有效", "大大", "提高", "提升", "增加", "拉动", "缓解", "帮助", "让", "使", "被", "带来")
# 可支配收入, 可燃物: nouns, not a permission.
NOT_FOLLOWED_BY: dict[str, tuple[str, ...]] = {
    "可以": ("说", *_OUTCOMES),
    "可": ("以说", "支配", "燃", *_OUTCOMES),
}

# Only these start a new directive in the middle of a sentence (see directives.py):
# the adverb 坚决 and the 鼓励 verbs continue the instruction they sit in.
# A clause of 不能 after an instruction (必须加强协调，不能让企业来回跑) is its negative side, not another.
SPLITTING_MARKERS = frozenset(m for m, s in MARKERS.items() if s != "鼓励") - {"坚决", "不能"}
# These need a clause start of their own: 不能 after a subject is usually "cannot".
CLAUSE_INITIAL_ONLY = frozenset({"不能", "不要"})

# "要看到，…", "要清醒认识到，…": what follows is an assessment, not an instruction.
ASSESSMENT_FRAME = re.compile(r"(?:同时|但|但是|也|还|更|我们|必须)*要?(?:清醒|充分|深刻|清楚)?(?:看到|认识到|看清)$")
# "历史一再证明，一个国家要振兴，就必须…": a lesson drawn from history, told, not asked of anyone.
EVIDENCE_FRAME = re.compile(r"(?:历史|实践|事实|经验)(?:一再|反复|充分|已经|早已|多次|再次)*(?:证明|表明|告诉我们)$")
# Copula: an imperative-looking subject clause ("加快发展…，是…职责所在") is an assessment.
COPULA = re.compile(r"(?<![于但还就总或要而凡特尤否求只若越愈])是(?![否指非])")
ASSESSMENT_PREDICATE = re.compile(
    r"^(?:也|更|既|就|才|正|这|这也|都)?是|^才|^(?:也|都)?(?:符合|有利于|有助于)|(?:有|具有)[^，。]{0,12}(?:意义|作用)|"
    r"意义重大|至关重要|十分重要|非常重要|符合[^，。；]{0,20}利益"
)
# Marks of a report of what happened, not an instruction.
NARRATIVE = re.compile(
    r"了(?!解)|同比|截至|前[一二三四五六七八九十0-9]+个月|已经|已达|迈出[^，。；]{0,4}步伐|引发[^，。；]{0,8}(?:关注|反响|热议)"
)
# "应…邀请": at someone's invitation.
INVITATION = re.compile(r"应[^，。；]{1,40}?(?:邀请|之邀|约请)")
# "春节就要到了", "要过年了": 要 of the near future.
NEAR_FUTURE = re.compile(r"[^，。；]{0,6}了$")
# Time words that open a plan or instruction without being its subject.
TIME_OPENER = re.compile(r"^(?:今年|明年|今后|下一步|近期|下阶段|当前|目前|年内|今明两年|[0-9]{4}年)")
# Hedged or estimated modality: "基础还需巩固", "预计全年可…".
HEDGE_BEFORE_MARKER = re.compile(r"(?:还|仍|尚|仍然|依然)$")
ESTIMATE = re.compile(r"预计|有望|估计|预期|据悉|据了解|据统计")

CLOSERS = "”’」』）)】]》〉\"' \u3000"

# --- clause openings ---------------------------------------------------------
# Enumerators and connectives that open an instruction without changing it. A dash opens a point of a
# signed article or a speech (——保持战略沟通，…) but, unlike 一是, makes no statement an instruction
# (——双方政治互信不断巩固).
OPENER = re.compile(
    r"(?:——(?=[\u4e00-\u9fff])|[一二三四五六七八九十]+是|[一二三四五六七八九十]+(?=要[^求点素])|"
    r"第[一二三四五六七八九十百零]+条[ \u3000]*|"
    r"第[一二三四五六七八九十]+(?![一二三四五六七八九十]*[届次批期轮个名位号天年])[，,、：:]?|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．]|[一二三四五六七八九十]+、|"
    r"同时|此外|另外|另一方面|与此同时|其次|再次|最后|首先|特别是|尤其是|下一步|今后|下阶段|接下来|无论是|不管是|还是|还|并|进而|"
    r"在此基础上)"
)
ENUMERATOR = re.compile(
    r"^(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+要|第[一二三四五六七八九十]+(?![一二三四五六七八九十百零]*[条届次批期轮个名位号天年])|[（(][一二三四五六七八九十0-9]+[）)]|"
    r"[0-9]+[.、．]|[一二三四五六七八九十]+、)"
)
# Adverbs between a subject and its modal ("都要", "也要", "首先要").
# A title's years in brackets before its 》: 《…行动方案（2026—2028年）》.
TITLE_YEARS = r"(?:[（(][^（）()]{1,20}[）)])?"
# The time a review of the past looks back over: 一年来, 五年来, 党的十八大以来.
SINCE_THEN = r"(?:一年来|过去一年|过去的一年|这一年|[一二三四五六七八九十几两0-9]+年来|[^，。；]{2,12}以来)"
ADVERBS = re.compile(
    r"(?:都|也|还|均|更|就|则|首先|尤其|特别是|一定|切实|进一步|必|又|要|并|原则上|一律|务|越|愈|重点)+$"
)

# Verbs that open an instruction with no modal ("加强…", "完善…", "把…作为…").
IMPERATIVE = re.compile(
    r"(?:建立健全|加强|完善|建立|健全|推进|推动|深化|加快|坚持|落实|强化|提升|提高|优化|抓好|做好|确保|扎实|全面|"
    r"持续|积极|大力|着力|切实|严格|统筹|实施|开展|深入|规范|创新|构建|培育|发挥|促进|保障|加大|巩固|压实|压紧|"
    r"守住|守牢|兜牢|牢牢|认真|抓紧|突出|筑牢|铸牢|盯住|织密|推行|实行|严防|防范|防止|杜绝|围绕|聚焦|紧扣|紧盯|紧紧|"
    r"进一步|不断|始终|继续|增进|狠抓|用好|管好|办好|抓实|稳妥|主动|及时|依法|精准|全力|探索|打造|营造|增强|扩大|激发|"
    r"打通|畅通|拓展|拓宽|培养|引进|加速|简化|推广|树牢|牢固树立|树立|贯彻|践行|把握|钻研|吃透|敢于|遵循|攻坚|坚守|坚定|自觉|加密|"
    r"鼓励|支持|引导|健全|引领|夯实|提速|做强|做优|做大|力戒|严肃|严厉|从严|依规|深挖|用心|真抓|下大力气|把|"
    # Verbs that open a leader's quoted instruction (“保持战略定力，…”, “充分发挥…”).
    r"保持|充分|深刻|守护|弘扬|传承|注重|立足|着眼|努力|奋力|勇于|善于|忠诚履行|忠实履行|"
    r"以(?![^，。；]{1,30}?为[^，。；]{1,4}?的)[^，。；]{1,30}?为|将[^，。；]{1,30}?(?:纳入|作为|贯穿|落实|列入)|"
    # 寻求政治解决…; 以科技创新赋能妇女事业…: a leader's points at a summit.
    r"以[^，。；的]{1,12}?(?:精神|态度|劲头|力度|标准|要求)(?=抓|推|做|加|落|促|打|深|提|建|办)|更大力度|高质量(?=推进|推动|建设|实施|落实)|运用(?![了过])|摒弃|组织实施|稳定并|带头(?!人|作用|的|羊)|明确(?=任务|目标|责任|职责|分工)|寻求|维护|联合开展|指导(?=各地|地方|各级|企业|学校|基层|督促)|共同(?=推动|推进|开展|维护|应对|打造|建设|构建|促进|落实|做好|办好|努力)|更好(?![的地])|全方位|纵深推进|一体推进|协同推进|系统(?:推进|应对|谋划|治理)|有序(?:推进|推动|化解|扩大|开展)|"
    r"稳步(?:推进|扩大|推动)|妥善(?=处置|处理|安置|管控|应对|解决|化解)|尊重(?![了过的])|广泛(?=开展|拓展|动员|宣传|凝聚|听取|征求|参与|联系|团结|汇集|汇聚)|改进(?![了过的后])|适应(?=[^，。；的]{1,12}(?:趋势|需要|需求|要求)(?!的))|"
    r"深度(?=对接|融入|参与|挖掘|融合)|密切(?=在|与|同|合作|协作|配合|联系|交流)|大兴(?=调查研究|学习)|因地制宜|分类施策|精准施策|综合施策|以[^，。；的]{2,12}(?:赋能|引领|驱动))"
)
# Clauses that set a condition or topic for the instruction after them.
CONDITION = re.compile(
    r"^(?:对于?|凡是?|如果?|若|经|因|面对|根据|按照|依照|针对|为了?|通过|在[^，。]{0,30}(?:时|中|后|前|上|下)|"
    r"站在[^，。]{1,20}(?:上|前)|立足[^，。]{1,20})|的$"
)
# Leading time and place clauses of a report: "3月24日，", "会上，", "近日，".
LEAD = re.compile(
    r"^(?:[0-9０-９]{1,4}年)?(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?(?:至[0-9０-９]{1,2}日)?)?(?:[上下]午|晚|晚间|当天)?$|"
    r"^(?:近日|日前|当天|当日|此前|随后|会上|会议上|座谈会上|会后|期间|近年来|今年以来|去年以来|"
    r"(?!同时)[^，。]{1,16}(?:会上|期间|之际|时))$|"
    r"^[^，。]{0,6}消息(?:[（(][^）)]{0,8}[）)])?$|^本报讯|^新华社.{0,16}电|^本报[^，。]{0,12}电"
)

# --- addressees --------------------------------------------------------------
# Who can act: nouns for bodies, ranks and groups. "有关市", "各级领导干部",
# "所有法人单位", "广大党员干部", "符合条件的小微企业".
AGENT_WORDS = [
    "部门",
    "单位",
    "机构",
    "机关",
    "干部",
    "党组织",
    "组织",
    "党员",
    "企业",
    "院校",
    "高校",
    "学校",
    "医院",
    "政府",
    "党委",
    "委员会",
    "人员",
    "群众",
    "职工",
    "同志",
    "队伍",
    "力量",
    "主体",
    "区县",
    "县区",
    "市县",
    "乡镇",
    "街道",
    "社区",
    "市",
    "县",
    "省",
    "地区",
    "各地区",
    "各部门",
    "各单位",
    "各地",
    "各区",
    "各校",
    "人",
    "者",
    "局",
    "厅",
    "委",
    "办",
    "站",
    "中心",
    "协会",
    "公司",
    "银行",
    "平台",
    "家庭",
    "个人",
    "成员",
    "代表",
    "我们",
    "大家",
    "你们",
    "部队",
    "兵团",
    "系统",
    "领导",
    "班子",
    "国务院",
    "中央",
    "工商户",
    "经营户",
    "商户",
    "农户",
    "居民",
    "农民",
    "学生",
    "教师",
    "党支部",
    "纪委",
    "监委",
    "人大",
    "政协",
    "常委会",
    "人大常委会",
    # 国务院党组, 中央书记处, 最高人民法院: the bodies a 中央政治局常委会 hears and instructs.
    "党组",
    "书记处",
    "人士",
    "法院",
    "检察院",
]
# Longest first: at one place "各地区" must win over "各地".
_AGENT = "(?:" + "|".join(sorted(AGENT_WORDS, key=len, reverse=True)) + ")"
AGENT_END = re.compile(_AGENT + "$")
AGENT_WORD = re.compile(_AGENT)
NOT_AGENT_END = re.compile(r"(?:城市|超市|股市|上市|集市|夜市|门市|他人|别人|病人|本人|工作人|成果|费用)$")
AGENT_JOIN = re.compile(r"和|与|及|以及|、|或")
# 被巡视党组织, 被督查单位: bodies named by what they undergo, still bodies.
UNDER_REVIEW = r"(?:巡视|巡察|督查|督察|检查|审计|帮扶|考核|评估|约谈)"
NOT_AGENT_START = re.compile(
    r"^(?:在|对|为|从|与|和|把|被(?!" + UNDER_REVIEW + r")|将|随着|通过|经过|由于|因为|根据|按照|依照|针对|围绕|面对|"
    r"当前|目前|今年|明年|"
    r"预计|据|一旦|如果|若|只有|"
    # 要求千方百计搜救失联人员: how to act, then the verb; no actor is named.
    r"千方百计|全力|尽快|立即|迅速|切实|坚决|抓紧|及时|妥善|严格|科学)"
)
# Bodies that can make plans for themselves ("全省将…", "我市将…").
GOVERNMENT_END = re.compile(r"^(?:全|我|本|各|该)?(?:省|市|县|区|国|地)$|(?:政府|部门|委|厅|局|办|各地|国家|中央)$")

# --- issuers -----------------------------------------------------------------
# Verbs of speech that may take the addressee as object: "他叮嘱企业负责人，".
_ADDRESSING = r"叮嘱|嘱咐|勉励|提醒"
ADDRESSING_VERB = r"(?:" + _ADDRESSING + r")(?:(?!要|应|必须)[^，。；,;：:]){1,12}"
SPEECH_VERB = (
    r"(?:强调指出|明确指出|深刻指出|鲜明指出|明确规定|明确提出|明确要求|"
    r"作出(?:重要)?[指批]示(?:强调|指出|要求)?|"
    r"明确|指出|强调|要求|表示|提出|认为|"
    r"规定|号召|希望|寄语|介绍|宣布|提醒|呼吁|倡议|批示|指示|部署|谈到|叮嘱|嘱咐|勉励|"
    r"研究决定|研究确定|决定|确定|(?<![来所据话再听是就虽或])说|称|道)"
)
# A body that decides (会议决定，会议确定，会议部署): what follows are its measures, each a
# directive even without a modal (延长…缓税, 对…给予补助).
DECISION_VERB = re.compile(r"(?:研究决定|研究确定|决定|确定|部署|明确)$")
# "会议审议通过了…，决定8月22日召开…": a decision that runs straight into what is decided.
DIRECT_DECISION = re.compile(r"(?:并|还|同时)?决定(?![性了因稿])(?=[" + HAN + r"0-9０-９“]{4})")
# "李强当即要求有关部门…", "《通知》要求各地…": a request inside a narrative clause.
_REQUEST_WORDS = r"要求|嘱咐|叮嘱|嘱托"
REQUEST_MID = re.compile(
    r"(?:当即|随即|立即|明确|专门|同时|还|并|也|再次|进一步|特别)*(?:" + _REQUEST_WORDS + r")(?![的是])"
)
# Every REQUEST_MID holds one of its verbs: a text without one has none, found by a faster search.
REQUEST_WORD = re.compile(_REQUEST_WORDS)
# "…现就有关事项通知如下：": the numbered provisions that follow are the document's.
PROVISIONS_FRAME = re.compile(r"(?:通知|规定|决定|意见|要求|公告|通告)如下[：:]?$")
# 我们将…, 中方愿…: a statement of intent, not an instruction.
INTENT = re.compile(
    r"^(?:(?:我们|我们也|我们还|中方|我方|中国(?:也|还)?)(?:将|会|愿|愿意|希望|期待)"
    # 双方商定…, 中塔双方决心…, 双方将…: what the sides agreed or mean to do, told.
    r"|(?:中[^，。；双]{1,3})?(?:双方|三方)(?:还|也|都)?(?:将|愿|愿意|商定|同意|一致同意|决心|一致决定))"
)
# Measures stated without a modal: 给予…补助, 延长…缓缴; a statute's consequences: 依法追究…, 处…拘留, 责令改正.
MEASURE_VERB = re.compile(
    r"(?:给予|延长|增加|提高|降低|减免|免征|减征|缓缴|暂停|取消|下调|上调|放宽|安排|设立|新增|扩大|实行|允许|按照?[^，。；]{1,20}给予|"
    r"依[照法][^，。；]{0,24}(?:给予|追究|处理|处罚|办理)|处[^，。；]{0,12}(?:拘留|罚款)|责令|不予|强行)"
)
FRAME_ADVERBS = (
    r"(?:还|也|又|并|都|均|纷纷|一致|普遍|同时|进一步|再次|最后|特别|着重|郑重|深刻|充分|首先|随后|会上|在会上|"
    # 反复强调, 多次指出: a leader's words said more than once are still his.
    r"反复|多次|一再|始终|曾经|曾|鲜明|高度重视并|"
    # 立即作出重要指示, 当即指出: at once, his words.
    r"立即|当即|随即|迅速|专门|"
    # 谆谆嘱托, 语重心长地说: a feature's words for how he said it.
    r"谆谆|殷殷|语重心长地?|深情地?|动情地?|亲切地?|"
    # 亲切地对大家说: how, then to whom.
    r"(?<=地)对[^，。；,;]{1,12}?|"
    r"在讲话中|讲话|发言|在会上讲话时|发表了?(?:重要)?讲话(?:并|时)?|作了?(?:重要)?讲话(?:并|时)?)*"
)
FRAME_ADJUNCT = (
    # 今天（10月22日）表示: when, with the date in brackets as the news writes it.
    r"(?:(?:今天|昨天|今日|近日|日前|近期|此前)(?:[（(][^）)]{1,12}[）)])?)?"
    r"(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{1,2}日)?(?:上午|下午|晚上|晚间|当天)?"
    r"(?:在[^，。；,;]{0,40}?(?:时|中|上|期间|之际|后|前)|就[^，。；,;]{1,60}?|对[^，。；,;]{1,60}?|"
    r"(?:在[^，。；,;]{1,20}?)?(?:出席|参加|主持)[^，。；,;]{0,40}?并(?:发表)?(?:重要)?讲话|发表(?:重要)?讲话|"
    # 主持召开…第一次会议时强调, 考察…时指出: when the words were said.
    r"(?:主持召开|主持|出席|参加|考察|视察|调研)[^，。；,;]{1,40}?(?:时|期间|之际))?"
)
# "会议提出“十五五”时期经济社会发展的要求：“…”": the requirements a subject announces, then quotes.
ANNOUNCED_REQUIREMENTS = re.compile(
    r"(?:明确)?提出[^，。；“”]{0,8}(?:“[^“”]{1,20}”)?[^，。；“”]{0,30}的(?:基本|主要|重要)?要求"
)
FRAME_TAIL = re.compile(FRAME_ADJUNCT + FRAME_ADVERBS + "(?:" + ADDRESSING_VERB + "|" + SPEECH_VERB + ")$")
SPEECH_END = re.compile("(?:" + ADDRESSING_VERB + "|" + SPEECH_VERB + ")$")
# The longest text SPEECH_END can match: a clause ends with one only if it has one in its
# last SPEECH_END_WIDTH characters, so the search need not try every place of a long clause.
SPEECH_END_WIDTH = len("提醒") + 12
# What a SPEECH_END needs (most clauses have neither, and a test of both is cheaper than the search):
# one of its addressing verbs, or a last character that ends a speech verb (or a line break, before
# which $ matches too); the second holds every character that closes a run of Han in SPEECH_VERB.
SPEECH_END_LAST = frozenset(w[-1] for w in re.findall("[" + HAN + "]+", SPEECH_VERB)) | {"\n"}
ADDRESSING_WORD = re.compile(_ADDRESSING)
ANNOUNCE_END = re.compile(r"(?:要求|部署|举措|措施|意见|任务|方面|建议|主张|倡议)[。！：:]?$")
# A clause that is only a speech verb (the speaker is the last one named).
BARE_FRAME = re.compile(FRAME_ADVERBS + SPEECH_VERB + "$")
# "与会领导人表示，": someone speaks whom the rules cannot name; the words are still theirs.
UNKNOWN_SPEAKER = re.compile(
    r"([" + HAN + r"]{2,12}?)" + FRAME_ADJUNCT + FRAME_ADVERBS + r"(?:表示|指出|强调|认为|说|称)$"
)
# "强调把…贯穿…": the verb runs straight into what is said.
DIRECT_FRAME = re.compile(
    # (明确任务、突出重点: a task to make clear, not what is made clear)
    r"(?:反复|多次|一再|始终)?(?:强调|指出|明确(?:提出)?(?!了|要求|任务|目标|责任|职责|方向|重点|分工))"
    r"(?=[" + HAN + r"“\"《》]{4})"
    r"|提出(?=到[0-9０-９]{4}年)"
    # "…听取了汇报，提出要共建西部陆海新通道": what a leader put forward, in his words.
    r"|(?<![的所])提出(?=要[" + HAN + r"]{3})"
)
# "林武就…提出四方面要求。": announces the instructions that follow.
ANNOUNCE_TAIL = re.compile(
    FRAME_ADJUNCT + r"(?:还|也|又|并)?(?:[^，。；]{0,90}?)(?:提出|作出|部署)(?:了)?[^，。；]{0,14}?"
    r"(?:要求|部署|举措|措施|意见|任务)[。！：:]?$|"
    # "《若干措施》聚焦6个方面。": the items that follow are the document's measures.
    r"(?:还|也|又|并)?(?:聚焦|包括|涵盖|涉及|围绕|明确了?|提出了?)[^，。；]{0,10}?[0-9０-９一二三四五六七八九十]+个?"
    r"(?:方面|领域)[^，。；]{0,8}?[。！：:]?$|"
    # "习近平就此提出以下建议。", "…提出三点主张：": a leader's numbered proposals (第一，双方要…) follow;
    # a bare 建议 announces nothing (the proposals of 建议… are advice).
    + FRAME_ADJUNCT
    + r"(?:还|也|又|并)?提出(?:了)?(?:以下|如下|[0-9０-９一二三四五六七八九十几]+点)(?:建议|主张|倡议)[。！：:]?$"
)

MEETING_ANAPHOR = re.compile(r"(?:会议|全会|常务会议|常委会议?|会上)")
PRONOUN = re.compile(r"[他她](?!们)")
# The speech of the last person named: "讲话强调", "贺信指出".
SPEECH_ANAPHOR = re.compile(r"(?:讲话|重要讲话|报告|文章|贺信|信中|回信|致辞|批示|指示|讲话中)")
DOC_TITLE = re.compile(r"《[^《》\n]{1,80}》")
DOC_NOUN = re.compile(
    # 决定稿, 建议稿: the draft a 说明 explains, the document itself.
    r"(?:(?:决定|建议|规划|纲要|意见|方案)稿|实施意见|指导意见|若干措施|若干意见|实施方案|工作方案|行动方案|行动计划|管理办法|实施办法|实施细则|工作要点|"
    r"通知|通告|公告|通报|倡议书|意见|方案|办法|规定|决定|规划|纲要|条例|措施|公报|决议|细则|文件|要点|计划)"
)
# A report named without 《》 speaks as a document: 党的二十大报告, 政府工作报告, 二〇二三年政府工作报告.
NAMED_REPORT = re.compile(
    r"(?:党的|中共)?(?:[一二三四五六七八九十]+大|[一二三四五六七八九十]+届[一二三四五六七八九十]+中全会)报告|"
    r"(?:[0-9０-９〇一二三四五六七八九]{4}年)?(?:国务院|[" + HAN + r"]{2,3}[省市])?政府工作报告|"
    # Documents named without 《》: 中央一号文件, “十五五”规划纲要, 国家“十四五”规划.
    r"(?:[0-9０-９]{4}年)?中央一号文件|(?:国家)?“[一二三四五六七八九十]{2,3}五”(?:规划纲要|规划建议|规划)"
)
ALIAS = re.compile(r"[（(]以下简称(《[^《》]{1,30}》|“[^”]{1,30}”)[）)]")
DATE = (
    r"(?:今天|今日|昨天|当天)?(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?(?:至(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)?"
    r"(?:上午|下午|晚上|晚间|晚)?"
)
# 决定10月底在北京召开…会议: a meeting to come; 经党中央研究决定: the body a decision went through.
TO_BE_HELD = re.compile(r"(?:决定|定于|拟于|拟)[^，。；]*$")
# 党的十八届三中全会召开10周年: an anniversary, not a meeting held in the article.
ANNIVERSARY = re.compile(r"(?:[0-9０-９]+|[一二三四五六七八九十百]+)周年")
BY_WAY_OF = ("经党中央", "经中共中央", "经国务院", "经中央")
HOLDING_VERB = re.compile(r"主持召开|主持|召开|出席|参加|举行|开幕|闭幕")
# A meeting's name ends like this.
MEETING_END = r"(?:全体会议|常务会议|会议|全会|大会|座谈会|专题会|推进会|调度会|常委会|会)"
HELD_MEETING = [
    # 主持召开省委第七十四次疫情防控专题会暨…会议，
    # Never a verb's object as a name: 主持召开会议 holds a meeting it does not name.
    re.compile(
        r"(?:主持召开|主持|召开|出席|参加)(?!召开|举行)([^，。；,;、\s并和]{2,60}?"
        + MEETING_END
        + r")(?=[，。；,;\s并]|$)"
    ),
    # 省委常委会议召开会议 / 全省安全生产电视电话会议在西安召开 / 第三十二、三十三届…报告会21日在京举行
    re.compile(
        r"(?:^|[，。；,;：:\s）)])((?:[^，。；,;：:、\s（(）)]|、(?=[一二三四五六七八九十\d]))"
        r"{2,40}?" + MEETING_END + r")(?:[，,]?于)?" + DATE + r"(?:在[^，。；]{1,12})?(?:召开|举行|开幕|闭幕)"
    ),
    # 中共中央政治局4月28日召开会议: the body that meets names the meeting.
    re.compile(
        r"(?:^|[，。；,;：:\s）)])([^，。；,;：:、\s（(）)]{2,20}?)(?:于)?" + DATE + r"(?:召开|举行)(?:会议|全体会议)"
    ),
]
ORG_END = (
    r"(?:中共中央|党中央|国务院|人民银行|证监会|总工会|妇联|科协|工商联|侨联|文联|残联|国铁集团|委会|团中央|交易所|上交所|深交所|北交所|中央政治局|政治局|委员会|人民政府|政府|办公厅|办公室|指挥部|领导小组|小组|"
    r"(?:(?<!常)委|(?<![干局全内外东西南北中顶底腹头])部|厅|局|院|署|办)(?![署分长员校])|中心|协会)"
)
# No verb inside the name: 各级党组织要落实党中央印发的… names 党中央, not what the organisations do.
# Nor a copula, a time or a verb before it: 这是党中央…, 不久前中共中央办公厅印发…, 准确把握党中央…, 党中央领导….
NOT_IN_BODY_NAME = (
    r"(?!引导|围绕|联动|推动|带领|指导|支持|按照|根据|落实|贯彻|组织(?!部)|部署|要|将|是|预计|不久前|把握|领导(?!小组))"
)
ORG_SUBJECT = re.compile(
    r"(?:"
    + NOT_IN_BODY_NAME
    + r"["
    + HAN
    + r"、]){0,30}?"
    + ORG_END
    + r"(?="
    + FRAME_ADJUNCT
    + FRAME_ADVERBS
    + SPEECH_VERB
    + ")"
)
# "以习近平同志为核心的党中央提出…": the Party centre speaks, named by its core.
PARTY_CENTRE = re.compile(r"以[" + HAN + r"]{2,4}同志为(?:核心|总书记)的(党中央)")
# "国务院办公厅近日印发…": the body that issues a document and its requests.
# …, 国家能源局等三部门联合印发: the bodies named, and the count of the rest.
JOINED_BODIES = r"(?:等[一二三四五六七八九十]*个?(?:部门|部委|单位))?"
ISSUING_ORG = re.compile(
    r"(?:"
    + NOT_IN_BODY_NAME
    + r"["
    + HAN
    + r"、 \u3000]){0,30}?"
    + ORG_END
    + JOINED_BODIES
    + r"(?=(?:近日|日前|[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?"
    r"(?:联合)?(?:印发|发出|下发|出台|发布|制定))"
)
SPOKESPERSON = re.compile(
    r"(?:有关负责同志|有关负责人|相关负责同志|相关负责人|主要负责同志|主要负责人|负责同志|负责人|新闻发言人|发言人)"
)

# People: a post before a name ("省委书记林武主持"), or a name before a speech verb.
POST_BEFORE_NAME = (
    r"(?:总书记|副书记|书记|副省长|省长|副市长|市长|副主席|主席|副总理|总理|副部长|部长|厅长|局长|副主任|主任|"
    r"组长|国务委员|副委员长|委员长|委员|院长|秘书长|常委|区长|县长|州长|镇长|乡长|司令员|政委|省领导|市领导|同志|记者|总统|首相|"
    r"国王|女王|外长|大使)"
)
AFTER_NAME = (
    r"(?=主持|出席|指出|强调|表示|说|在|就|对|到|赴|来|率|会见|调研|考察|察看|看望|慰问|参加|陪同|提出|要求|讲话|"
    r"汇报|作|介绍|走进|深入|先后|一行|同志|总书记|主席|总理|举行|会谈|通电话|访华|的|赶赴|赶到|前往|来到|当即|随即|"
    r"立即|再次|[0-9０-９]|[，、。,])"
)
# "习近平总书记", "林武同志": a name before a post.
POST_AFTER_NAME = re.compile(r"总书记|同志|常委")
POST_WORD = re.compile(POST_BEFORE_NAME)
NAME_FOLLOWER = re.compile(AFTER_NAME)
HAN_CHAR = re.compile(r"[" + HAN + r"]")
PERSON_BEFORE_VERB = re.compile(
    r"(?:^|[，。；！？,;:：\n”])([" + HAN + r"]{2,3}?)(?:总书记|同志|主席|总理|常委|委员)?"
    r"(?:在[^，。；]{0,40}?(?:时|中|上)|就[^，。；]{1,60}?)?(?:强调|指出|表示|要求|提出|说)"
)
