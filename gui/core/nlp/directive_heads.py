"""The clause that opens a directive: its modal or verb, its strength, its addressee.

`clause_head` looks at one clause (with its enumerator and connectives already
stripped by `strip_openers`) and says whether it opens an instruction, and of
which kind:

- "modal": a strength marker after an optional subject (各级领导干部要…, 必须…,
  鼓励企业…, 所需费用可…); a subject that is a body or a group is the addressee,
  a thing as subject (所需费用, 教育整顿) counts only where the words begin or in
  a document's provisions;
- "request": 要求 + who (要求各地区各部门…), or 要求 right after a frame;
- "plan": 全省将…, 今年将… while someone is speaking (counts as 要);
- "imperative": a bare verb where the words begin (加强…, 把…作为…), or any
  numbered item, while someone is speaking (counts as 要);
- "assess": "要看到，…" — what follows is an assessment.

`agent_at_start` and `is_agent` read addressees: bodies and groups, possibly
joined (高等院校、科研机构和企业) or with a parenthesis (各乡镇（街道）).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gui.core.nlp import directive_lexicon as lex
from gui.core.nlp.directive_foreign import countries
from gui.core.nlp.directive_present import PRESENT_REQUEST
from gui.core.nlp.directive_reports import is_body, is_org, is_summary, is_time

_QUOTE_OPEN = '“「『"‘'
_PUNCT_AFTER_OPENER = re.compile(r"[，,、：:]")
# The state acts in a statute: "国家鼓励公民举报…", "国务院设立国家禁毒委员会", "国家对…实行管制".
_STATE_ACTS = re.compile(r"^(国家|国务院|中华人民共和国(?:政府)?)(?=鼓励|支持|采取|建立|实行|对|设立|禁止|依法|根据)")
# A statute assigns a task: "…的具体办法，由国务院规定"; "由作出决定的公安机关送…执行".
_ASSIGNED = re.compile(r"^由([^，。；]{2,30}?)(?:规定|负责|办理|执行|实施|制定|作出|送|责令|处|提出|批准)")
# 要求/嘱咐/叮嘱 各地…; a body 部署 another to act (部署各口岸边检机关开足查验通道).
_REQUEST_VERBS = ("要求", "嘱咐", "叮嘱", "嘱托", "部署")
_RESPONSIBLE = re.compile(r"^([^，。；]{0,40}?)负责(?![人同])")
# A statute's own modals: any subject, a thing or a group however long, is bound by them.
_STATUTE_MODALS = frozenset(("应当", "不得", "必须", "禁止", "严禁"))
_PLAN = re.compile(r"(.{0,10}?)将(?![其近来要])")
# 全国工商联、教育部、人力资源社会保障部将…: a list of bodies, longer than any other subject of a plan.
_BODIES_PLAN = re.compile(r"([^，。；将]{4,40}?、[^，。；将]{2,20}?)将(?![其近来要])")
# The plan, campaign or programme the sentence before named (该计划, 这一行动).
_THE_PLAN = re.compile(r"(?:该|这一|此次|本次)(?:计划|方案|行动|工程|专项行动|活动)")
_MORE_ENCOURAGING = re.compile(r"^(?:激励|和鼓励|、鼓励|和支持|、支持|并)")
_STATEMENT = re.compile("[了是]")
# Verbs inside a would-be actor ("苏丹目前有2400万人"); 所有、国有、有关、有条件的 are fine.
_NOT_IN_AGENT = re.compile(r"[是了把将在对，,。]|被(?!" + lex.UNDER_REVIEW + r")|(?<=[^所国])有(?!关)")


# 要冲锋在前, 要务实, 要领会: verbs that begin with a character NOT_AFTER keeps from 要 (要冲, 要务, 要领).
_YAO_VERBS = ("冲锋", "冲刺", "冲破", "务实", "务求", "领会", "领悟", "领导", "领跑", "道歉")
_QUOTE_BEFORE_MODAL = re.compile(r"^([^，。；“”「」]{2,10})[“「](?=要|必须|应|不能|务必)")
_THE_MORE = re.compile(r"[^，。；]{0,10}?([越愈])是?[^，。；]{1,12}?\1(?:要|需要|应|必须)")


@dataclass(slots=True)
class Head:
    kind: str  # "modal", "plan", "imperative", "request" or "assess"
    strength: str = "要"
    addressee: str = ""
    splits: bool = False  # may open a new directive in mid-sentence
    lesson: bool = False  # 历史证明，…: an assessment that may run to its sentence's end (see directive_units)


def strip_openers(text: str) -> tuple[str, bool]:
    """Text without leading quotes, enumerators and connectives; whether it was enumerated."""
    text = text.lstrip(_QUOTE_OPEN + " \u3000")
    enumerated = bool(lex.ENUMERATOR.match(text))
    while True:
        m = lex.OPENER.match(text)
        if not m or m.end() == 0:
            break
        rest = text[m.end() :]
        punct = _PUNCT_AFTER_OPENER.match(rest)
        text = rest[punct.end() :] if punct else rest
    return text, enumerated


def clause_head(
    t: str,
    imperative_ok: bool,
    active: bool,
    enumerated: bool = False,
    provisions: bool = False,
    decided: bool = False,
) -> Head | None:
    """What kind of instruction the clause `t` (openers stripped) starts, if any.

    `imperative_ok`: the clause is where the words begin, so a bare verb counts;
    `active`: someone is speaking; `enumerated`: the clause is numbered (一是, 第一，…);
    `provisions`: a document is speaking, whose every sentence may be a rule;
    `decided`: a body's decision is being listed (会议决定，延长…), so any verb counts."""
    if not t or (decided and (is_time(t) or t.startswith(_PROCEEDINGS))):
        return None  # 要求，从今天起到4月7日，各地…: when, not what
    # 各地区“要在全国大局中精准定位”: the subject, then the leader's words quoted from the modal on.
    if "“" in t[:11] or "「" in t[:11]:
        t = _QUOTE_BEFORE_MODAL.sub(r"\1", t, count=1)
    if t.endswith(("看到", "认识到", "看清")) and lex.ASSESSMENT_FRAME.fullmatch(t):
        return Head("assess")
    if lex.EVIDENCE_FRAME.fullmatch(t):
        return Head("assess", lesson=True)
    if lex.INTENT.match(t):
        # "我们将继续…", "中方愿…": what the speaker means to do, not an instruction.
        return Head("assess")
    if ("越" in t or "愈" in t) and _THE_MORE.match(t):
        # "改革愈是深化愈要重视…", "越是困难越要…": the more the situation, the more one must.
        return Head("modal", "要", splits=True)
    if active and imperative_ok and _LET_US.match(t):
        # "让我们重温…初心，…": a leader's closing call to those he addresses, his own side with them.
        return Head("imperative", "要")
    present = PRESENT_REQUEST.match(t)
    if present:
        # "叮嘱他们守护好祖国海疆": the addressee is the pronoun until its group is resolved.
        return Head("request", "要", present.group(1), splits=True)
    if t.startswith(_REQUEST_VERBS):
        np = agent_at_start(t[2:])
        if np:
            return Head("request", "要", np, splits=True)
        if t.startswith("部署"):
            # 部署…工作: a noun phrase, unless a body is told to act or what to set up follows
            # (部署在全国建立…机制); 部署开展…检查 names the campaign (report_frame reads it).
            place = _DEPLOYED_WHERE.match(t, 2)
            opens = lex.IMPERATIVE.match(t, place.end() if place else 2)
            if active and opens and not t.startswith("部署开展") and not is_summary(t):
                return Head("request", "要", "", splits=True)
            return None
        if place := _PLACE_ASKED.match(t, 2):
            return Head("request", "要", place.group(), splits=True)  # 叮嘱当地把…做细做实
        if (active and imperative_ok and len(t) > 4) or lex.IMPERATIVE.match(t, 2) or _ASKED_HOW.match(t, 2):
            # "王宁作出批示，要求全力搜救…"; "国务院印发《…》，要求以…为指导，加快…".
            return Head("request", "要", "", splits=True)
    # Words inside a title (《…纲要》) are not the sentence's own.
    masked = lex.DOC_TITLE.sub(lambda m: "《" + "□" * (len(m.group()) - 2) + "》", t) if "《" in t else t
    # The modal is near the clause's start, after a subject; a list of bodies (…、…、…党组要) is longer.
    for m in lex.MARKER_RE.finditer(masked, 0, 50 if "、" in masked[:26] else 26):
        if m.start() >= 26 and not is_agent(masked[: m.start()]):
            break  # past the usual reach only after a list of bodies, and only its modal
        if not _valid_marker(masked, m):
            continue
        head = _modal_head(t, m, active, opening=imperative_ok, provisions=provisions)
        if head is not None:
            return head
        break
    if provisions and active and (state := _STATE_ACTS.match(t)):
        after = t[state.end() :]
        if after.startswith(("鼓励", "支持")):
            return Head("modal", "鼓励", agent_at_start(_MORE_ENCOURAGING.sub("", after[2:])), splits=True)
        return Head("imperative", "要", state.group(1))
    if provisions and active and (duty := _RESPONSIBLE.match(t)) and (not duty.group(1) or is_agent(duty.group(1))):
        # "城市街道办事处、乡镇人民政府负责社区戒毒工作"; "…的经营者，负责本场所的…": a task assigned.
        return Head("imperative", "要", duty.group(1))
    if provisions and active and (assigned := _ASSIGNED.match(t)):
        return Head("imperative", "要", assigned.group(1))
    if provisions and active and not imperative_ok and lex.MEASURE_VERB.match(t) and not t.endswith("的"):
        # "有下列行为之一，构成犯罪的，依法追究刑事责任": a statute's consequence, after its conditions.
        return Head("imperative", "要")
    if active and imperative_ok:
        plan = _PLAN.match(t)
        if plan is None and (plan := _BODIES_PLAN.match(t)) and not is_body(plan.group(1)):
            plan = None
        if plan:
            subject = lex.ADVERBS.sub("", lex.TIME_OPENER.sub("", plan.group(1)))
            # A document plans for its own ground (全省将…, 国家将…), not for a place it does not govern
            # (“十五五”规划纲要提出，…。今年，湖南将…: the writer's).
            own = not provisions or subject.startswith(("全", "我", "本", "国家", "各"))
            # …《行动方案》，各航空公司和机场将…: what a document has each kind of actor do.
            each = provisions and subject.startswith("各") and not _NOT_IN_AGENT.search(subject)
            if not subject or each or (own and (lex.GOVERNMENT_END.search(subject) or is_body(subject))):
                return Head("plan", "要", subject)
            if _THE_PLAN.fullmatch(subject):
                return Head("plan", "要", "")  # 教育部启动…计划。该计划将在全国设立…: the plan its body set
        if decided and provisions and is_summary(t):
            # "…印发《办法》，自6月1日起施行", "提出20条具体举措": what the document is, not a measure.
            return None
        measure = (decided or provisions) and bool(lex.MEASURE_VERB.match(t))
        # A listed condition (（一）拒绝接受社区戒毒的；) instructs nobody.
        condition = t.endswith("的") and not measure
        # 在学生中弘扬劳动精神: where to act, then the verb.
        where = _WHERE.match(t)
        instructs = (
            lex.IMPERATIVE.match(t)
            or (where and lex.IMPERATIVE.match(t, where.end()))
            or (enumerated and not _NAMED_THING.fullmatch(t) and not _STATES.search(t))
            or decided
            or measure
        )
        if not lex.NARRATIVE.search(t) and not condition and instructs:
            # "会议要求，各地加快推进…": who is asked to act opens the clause, before its verb.
            np = agent_at_start(t) if decided and not enumerated else ""
            return Head("imperative", "要", np if np and lex.IMPERATIVE.match(t, len(np)) else "")
    return None


# 要靠…来攻克…: the means to act by (未来, 以来, 带来 are no such 来).
_BY_MEANS = re.compile(r"(?<![未以起出下带到原本从后近将往])来(?!自)")
_WHAT_ONE_WANTS = re.compile(r"(?![把将对给为让使])[^，。；的]{1,4}的(?:事情|事)")
_ATTENDANCE = re.compile(r"(?:出席|到会|到)[^，。；]{0,6}?[0-9０-９一二三四五六七八九十百千]+人")
_CAN_LIST = re.compile(r"[\u4e00-\u9fff]{1,3}、可")
_SERVES = re.compile(r"为[^，。；]{1,30}?提供")


def has_modal(text: str) -> bool:
    """Whether `text` holds a modal (要, 必须, 应…) that is no part of another word (需求, 重要, 要求)."""
    return any(_valid_marker(text, m) for m in lex.MARKER_RE.finditer(text))


def _valid_marker(t: str, m: re.Match[str]) -> bool:
    marker, s, e = m.group(), m.start(), m.end()
    if marker == "应" and lex.INVITATION.match(t, s):
        return False
    if marker == "要" and lex.NEAR_FUTURE.fullmatch(t, e):
        return False
    if marker == "要" and _WHAT_ONE_WANTS.match(t, e):
        return False  # 中国共产党要做的事情，就是…: what it sets out to do, named
    if marker == "要" and t.startswith("靠", e) and not t.startswith("靠前", e) and not _BY_MEANS.search(t, e):
        return False  # 归根结底要靠高水平人才: what a thing depends on (要靠前指挥, 要靠…来攻克… ask)
    if marker in ("需要", "需") and (compared := _COMPARED.search(t, 0, s)):
        # "双方比以往任何时候都更需要…": the sides of talks told what to do, a directive (要);
        # "世界比以往任何时候都更需要…": how much something is needed, an assessment.
        return is_agent(lex.ADVERBS.sub("", t[: compared.start()]))
    if s and t[s - 1] in lex.NOT_BEFORE.get(marker, ""):
        return False
    if marker == "应" and _ATTENDANCE.match(t, e):
        return False  # 会议应出席委员170人: how many were due, no instruction
    if marker in ("可", "可以") and _SERVES.match(t, e):
        return False  # 中继星…可为探月工程提供中继通信服务: what a thing can do, no permission
    if marker == "可" and (_CAN_LIST.match(t, e) or (s and t[s - 1] == "、" and "可" in t[max(0, s - 5) : s - 1])):
        return False  # 做到“一口一码”，可联网、可查询、可追溯: what a thing can do, listed
    if e < len(t) and t[e] in lex.NOT_AFTER.get(marker, "") and not (marker == "要" and t.startswith(_YAO_VERBS, e)):
        return False
    return not any(t.startswith(x, e) for x in lex.NOT_FOLLOWED_BY.get(marker, ()))


def _modal_head(t: str, m: re.Match[str], active: bool, opening: bool, provisions: bool = False) -> Head | None:
    marker = m.group()
    strength = lex.MARKERS[marker]
    raw = _COMPARED.sub("", t[: m.start()]) if marker in ("需要", "需") else t[: m.start()]
    prefix = lex.ADVERBS.sub("", lex.TIME_OPENER.sub("", raw))
    splits = marker in lex.SPLITTING_MARKERS
    if marker in lex.CLAUSE_INITIAL_ONLY and prefix:
        return None
    if strength == "鼓励" or marker == "允许":
        # 鼓励 X 做…: X is who is encouraged; whoever encourages comes before.
        if prefix and not (is_agent(prefix) or lex.GOVERNMENT_END.search(prefix)):
            return None
        if not (opening or prefix):
            # Mid-sentence, "…投资1亿元，支持灾区重建" says what something is for.
            return None
        if strength == "可" and not active:
            return None
        after = _MORE_ENCOURAGING.sub("", t[m.end() :])
        encouraged = agent_at_start(after)
        if prefix and not encouraged:
            # "我国倡导建立的…伙伴关系": a relative clause, not an encouragement.
            return None
        return Head("modal", strength, encouraged, splits=splits)
    if strength == "可" and not active:
        # Outside a speech, 可 is information (游客可预约), not permission.
        return None
    if not active and not opening and not is_agent(prefix):
        # "嘉宾表示，…复苏，需要各方…": a modal deep in an unattributed sentence.
        return None
    if not prefix:
        # 严禁企业超能力生产: the object of a prohibition is who must refrain.
        forbidden = agent_at_start(t[m.end() :]) if marker in ("严禁", "禁止") else ""
        return Head("modal", strength, forbidden, splits=splits)
    if is_agent(prefix) or (active and marker != "坚决" and is_org(prefix) and not lex.NARRATIVE.search(t, m.end())):
        # 各地要…; 国务院安委会要… (a body by name, told by the speaker)
        return Head("modal", strength, prefix, splits=splits)
    if provisions and active and marker in _STATUTE_MODALS and len(prefix) <= 40 and not _STATEMENT.search(prefix):
        # "戒毒治疗的药品、医疗器械和治疗方法不得做广告", "被检测人员应当予以配合": a provision.
        return Head("modal", strength, "", splits=splits)
    if active and _WHATEVER.fullmatch(prefix) and marker not in ("可", "可以"):
        # "凡是不利于实现这个目标的做法都要坚决改过来": a rule for all of a kind.
        return Head("modal", strength, "", splits=splits)
    if _WHAT_MATTERS.fullmatch(prefix) and marker == "要" and not t.startswith(_PURPOSE, m.end()):
        # "为党育才，就是要做好…", "关键是要…": what a task requires, an instruction;
        # "所做的一切，就是要让人民过上…" says what something is for.
        return Head("modal", strength, "", splits=splits)
    if (
        active
        and (opening or provisions)
        and len(prefix) <= 15
        and not lex.NOT_AGENT_START.match(prefix)
        and not lex.IMPERATIVE.match(prefix)
        and not lex.ESTIMATE.search(prefix)
        and not lex.HEDGE_BEFORE_MARKER.search(raw)
        and not _STATEMENT.search(prefix)
        and not lex.NARRATIVE.search(t, m.end())
    ):
        # A thing as subject: "所需费用可在…列支", "具备条件的政策措施要及时出台";
        # "应对气候变化需要各国加强协调": who is needed to act follows the modal.
        needed = agent_at_start(t[m.end() :]) if marker in _OBJECT_ACTS else ""
        # "推进…合作，需要中国和世界各国人民共同努力": who is needed does not start another directive.
        return Head("modal", strength, needed, splits=splits and not needed)
    return None


_COMPARED = re.compile(r"比[^，。；]{1,16}更(?:加)?$")
# 第一，人口规模巨大的现代化。一是顶层设计与实践探索的关系: a numbered point that names a feature or a
# relation of a thing, no instruction (二是建设更加牢固的安全屏障 is one).
_NAMED_THING = re.compile(r"[^，。；、“”]{2,24}的(?:现代化|关系|特征|本质要求|重大原则)")
# 第二，发展必然伴随竞争; 第一，市场已成稀缺资源: a numbered point that states how things are.
_STATES = re.compile(r"必然|虽然|已成|已经|正在|日益|越来越")
# What follows a request verb: the place asked (叮嘱当地…), or how and when (要求更加注重…; 要求在提升…的同时，…).
# 要求两省实施…, 要求相关省份…: the places an emergency response names.
# …的决定；听取…的报告；: what the meeting went through, listed after its decision.
_PROCEEDINGS = ("听取", "学习", "传达", "讨论", "观看", "审议了")
_PLACE_ASKED = re.compile(
    r"当地|地方|各地|(?:相关|有关|[两三四五六七八九十0-9]+)(?:省份|省区市|省（区、市）|省（区）|省|市|地)"
    + r"(?=["
    + lex.HAN
    + r"])"
)
_ASKED_HOW = re.compile(r"更加|在[^，。；]{2,30}?(?:的同时|过程中)")
_LET_US = re.compile(
    r"让我们(?!感|看到|认识|深刻|明白|体会|觉得|意识|知道|相信|看见|想到|骄傲|自豪)(?=[" + lex.HAN + r"])"
)
_DEPLOYED_WHERE = re.compile(r"在(?:全国|全省|全市|各地|[^，。；“”在]{1,10}?(?:中|内|范围内))")
_WHERE = re.compile(r"在(?:全社会|全党|全军|全国|全省|全市|[^，。；“”在]{1,10}?(?:中|里|内|之间))")
_WHATEVER = re.compile(r"凡(?:是)?[^，。；“”]{2,30}的[^，。；“”的]{0,8}")
_PURPOSE = ("让", "使")
# After a thing as subject, who must act can follow the modal: …需要各方…
_OBJECT_ACTS = ("需要",)
_WHAT_MATTERS = re.compile(r"(?:就|关键|重点|核心|根本|首要的?|主要|重要的)?是")
# 各级党校, 各类学校, 全党, 全军: a quantified group acts, whatever its noun.
# 双方, 中新双方, 两国, 中欧, 各国 (and 中国和德国, below): the sides a leader addresses in talks and at summits.
_PARTNER = "美英法德俄日韩欧非南印巴埃希意西葡荷比瑞挪芬丹澳新加墨古越老柬泰缅马菲蒙朝哈吉塔乌土伊沙阿卡科叙黎约秘智"
_QUANTIFIED_GROUP = re.compile(
    r"(?:各级|各类|各个)["
    + lex.HAN
    # 冲突各方, 有关各方, 国际社会: the parties a leader addresses in talks and summits.
    + r"]{2,8}|各方面|(?:冲突|有关|相关|当事)?各方|国际社会|"
    + r"全(?:党|军|盟|社会|体党员|省|市|县|区|国|系统|行业)(?:上下)?|(?:["
    + lex.HAN
    + r"]{2}|中["
    + lex.HAN
    + r"])?双方|三方|两国|三国|各国|发达国家|发展中国家|中["
    + _PARTNER
    + r"]"
)
_WITH_CHINA = re.compile(r"中国(?:和|与|同)(.{2,8})")
# 非洲国家, 东盟国家, 拉美和加勒比国家: the states of a region as one side.
_REGION_STATES = re.compile(r"(?:非洲|东盟|拉美|拉美和加勒比|阿拉伯|中亚|太平洋岛|中东欧|欧盟|上合组织)国家")
_WHOLE_BODY = re.compile(r"全(?:党|军|社会|体党员)(?![" + lex.HAN + r"]{0,2}(?:的|是))")
_TRAILING_PARENTHESIS = re.compile(r"[（(][^（）()]{1,10}[）)]$")
_QUANTIFIER = re.compile(r"^(?:各|全|我|本|该|每|有关|相关|所有)")


def is_agent(np: str) -> bool:
    np = _TRAILING_PARENTHESIS.sub("", np)  # 各乡镇（街道）, 各县（市、区）
    if len(np) == 2 and np[1] in "市县省人者局厅委办站区" and not _QUANTIFIER.match(np):
        return False  # 举办, 工人: a verb or a word, not a body
    if _QUANTIFIED_GROUP.fullmatch(np):
        return True
    pair = _WITH_CHINA.fullmatch(np)
    if pair and (pair.group(1) in countries() or _REGION_STATES.fullmatch(pair.group(1))):
        return True  # 中国和德国, 中国与意大利, 中国和非洲国家: the two sides of talks
    return (
        1 < len(np) <= (48 if "、" in np else 24)  # 全国人大常委会、国务院、…最高人民检察院党组
        and bool(lex.AGENT_END.search(np))
        and not lex.NOT_AGENT_END.search(np)
        and not lex.NOT_AGENT_START.match(np)
        and not _NOT_IN_AGENT.search(np)
        and not lex.IMPERATIVE.search(np)
    )


def agent_acts(text: str) -> bool:
    """The clause opens with who acts and the verb of an instruction: 纪检监察机关和组织部门加强….

    (An imperative verb alone opens no actor.)"""
    agent = agent_at_start(text)
    return bool(agent) and bool(lex.IMPERATIVE.match(text, len(agent)))


def agent_at_start(text: str) -> str:
    """The group of actors that opens `text`: "高等院校、科研机构、企业入场交易" → 高等院校、科研机构、企业."""
    if lex.NOT_AGENT_START.match(text) or lex.IMPERATIVE.match(text):
        return ""
    whole = _WHOLE_BODY.match(text)
    if whole:
        return whole.group()
    best = ""
    for m in lex.AGENT_WORD.finditer(text, 0, 40):
        if best:
            gap = text[len(best) : m.start()]
            # Only words run together or joined by 和、与 extend the group.
            if gap and not lex.AGENT_JOIN.match(gap):
                break
        candidate = text[: m.end()]
        if not is_agent(candidate):
            if best:
                break
            continue
        best = candidate
        rest = text[m.end() :]
        if not (lex.AGENT_JOIN.match(rest) or lex.AGENT_WORD.match(rest)):
            break
    return best
