"""Whether a few characters are a person's name: the people who issue directives.

Kept apart from the rest of the genre's vocabulary (`directive_lexicon`): a surname
list and the words that look like names but are not (马克思主义, 东方红).
"""

from __future__ import annotations

import re

from gui.core.nlp.lexicon import TRANSLIT_CHARS, builtin
from gui.core.nlp.name_evidence import SIDE_ABBREVIATIONS
from gui.core.nlp.segment import ADDED_WORD_FREQ, tokenizer

SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康"
    "施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成"
    "苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫"
    "费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈"
    "匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰"
    "支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危"
    "玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习栗谌芮"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "令狐", "慕容", "司徒", "夏侯")
NOT_NAMES = frozenset(
    [
        "会议",
        "全会",
        "会上",
        "他们",
        "大家",
        "文章",
        "通知",
        "意见",
        "方案",
        "报告",
        "讲话",
        "同时",
        "此外",
        "专家",
        "记者",
        "我们",
        "群众",
        "代表",
        "有关",
        "负责人",
        "发言人",
        "党中央",
        "中央",
        "国务院",
        "政府",
        "省委",
        "市委",
        "全省",
        "全市",
        "各地",
        "各级",
        "会议还",
        "会议认",
        "会议指",
        "会议强",
        "全国",
        "我省",
        "我市",
        "我国",
        "省里",
        "市里",
        "国家",
        "总书记",
        "主席",
        "总理",
        "书记",
        "省长",
        "市长",
        "部长",
        "主任",
        "组长",
        "委员",
        "同志",
        "领导",
        "省领导",
        "市领导",
        "常委",
        "纪委",
        "通知要",
        "文件",
        "规划",
        "纲要",
        "条例",
        "决定",
        "公报",
        "公告",
        "党团结",
        "决议",
        "人民",
        "企业",
        "单位",
        "部门",
        "地方",
        "干部",
        "党员",
        "成员",
        "会后",
        "随后",
        "此前",
        "当天",
        "日前",
        "近日",
        "和平",
        "安全",
        "应急",
        "时间",
        "华为",
        "国内",
        "海外",
        "万家",
        "石油",
        "金融",
        "文化",
        "平安",
        "明确",
        # 鲜明指出, 反复强调: how a speaker speaks, before the verb.
        "鲜明",
        "深刻",
        "郑重",
        "反复",
        "多次",
        "一再",
        "始终",
        "强调",
        "指出",
        "表示",
        "要求",
        "提出",
        "介绍",
        "宣布",
        "发表",
        "讲话中",
        "邓小平理论",
        "毛泽东思想",
        "马克思主义",
        "东方红",
        "上官村",
        "司马光",
    ]
)


# What no name holds: a function word, a body's ending, an adverb or a negation after a surname (但仍要求,
# 宣言还指出, 但没有), a verb of speech or office (曾指出, 部门负责同志 → 门负责). Nor is a side a name
# (欧方: a country's short name and 方).
_NOT_IN_NAMES = re.compile(
    r"[会议部省市县委厅局的和在了是与及等为对就将把被从向到各全本该我他她们这那仍还也都又没]|指出|强调|表示|负责|^["
    + "".join(sorted(SIDE_ABBREVIATIONS))
    + "]方$"
)
# 记者专访时说, 记者采访时: what follows a post may be the occasion, not a name.
# Words after a post that are the occasion or an adverb of the visit (总书记专题调研…, 总书记亲自部署), no name.
_OCCASION = re.compile(
    r"^(?:专访|采访|调研|考察|视察|走访|接受|参加|出席|专题|专门|亲自|一行|再次|多次|首次|详细|仔细|高度$)"
)


def looks_like_name(word: str, after_post: bool = False) -> bool:
    """A plausible Chinese personal name: a known surname, or any two or three
    characters right after a post (省委书记林武), minus a stop list."""
    if word in NOT_NAMES or not 2 <= len(word) <= 4 or _NOT_IN_NAMES.search(word) or _OCCASION.match(word):
        return False
    if after_post:
        # 总书记一次次走进校园, …书记要站在…: a name after a post still opens with a surname (or a
        # transliteration: 总统莱希).
        opens = word[0] in SURNAMES or word[0] in TRANSLIT_CHARS or word.startswith(COMPOUND_SURNAMES)
        return len(word) <= 3 and opens and not _everyday_word(word)
    if any(word.startswith(s) for s in COMPOUND_SURNAMES):
        return len(word) >= 3
    # 包括要求…, 尤其要…: an everyday word that opens with a surname is no one's name.
    return word[0] in SURNAMES and len(word) <= 3 and not _everyday_word(word)


def _everyday_word(word: str) -> bool:
    """A word jieba knows well and not as a name (特别, 公告, 此次), or a thing it calls a person (白皮书): no one's
    name, after a post or not. (NameFinder.plausible asks the same of the names the tagger spots, but also wants a
    surname; a post may precede 莱希.)"""
    freq = tokenizer().FREQ.get(word, 0)
    if word in builtin().not_names:
        return True  # 白皮书指出, 贺词指出: a thing jieba calls a person (lexicons/not_names.txt)
    return freq > 100 and freq != ADDED_WORD_FREQ and word not in builtin().person_words
