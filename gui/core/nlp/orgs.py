"""Names of organisations, meetings and posts built from several words.

jieba cuts 省疫情防控工作领导小组 into six words and 省委第七十四次疫情防控专题会 into
seven. These rules find the head (领导小组, 专题会: a suffix of the genre) and walk left
over the words of the name to the furthest word that can open one: a place, an organ,
a prefix such as 省 or 全国, or for meetings an ordinal (第七十四次, 十九届). A name that
no such word opens is not proposed: 特色人才中心 and 会议 alone are not names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress, repeat
from operator import eq

from gui.core.nlp.lexicon import Lexicon, regional
from gui.core.nlp.tokens import Tokens, all_han, is_han, word_set

# Heads of organisation names. Single characters only count as a word of their own or at
# the end of a short word (卫健委, 分署), never inside everyday words (see _NOT_ORG_HEADS).
_ORG_HEAD_WORDS = sorted(  # longest first: the regular expression takes the first alternative that matches
    word_set(
        "委员会 领导小组 工作组 巡视组 督导组 工作队 办公室 办公厅 指挥部 研究室 研究院 研究所 研究中心 中心 "
        "协会 学会 联合会 商会 基金会 委会 集团 公司 大学 学院 医院 银行 法院 检察院 日报 晚报 电视台 出版社 "
        "报社 杂志社 通讯社 代表团 总队 支队 大队 派出所 政府 党委 党组 党工委 人大 政协 纪委 监委 "
        "纪检监察组 纪检监察工委 军区 国会 议会 参议院 众议院 总厂 分局 信用社 合作社 "
        # Schools: a place and one of these is one body (西宁果洛中学); museums and halls are places.
        "中学 小学 学校 幼儿园 党校 卫生院"
    ),
    key=lambda w: (-len(w), w),
)
_ORG_HEAD_CHARS = "厅局署委部办院队厂"
_NUMBERED_SCHOOL = "[一二三四五六七八九十]+[中小]"  # 成都七中, 兰州一中


def _alternation(words: list[str], chars: str, extra: str, extra_firsts: str) -> re.Pattern[str]:
    """A pattern of `words`, `extra` and single `chars`, opened by a lookahead of their first
    characters: re tries the alternatives only where one can start, four times faster on news."""
    firsts = "".join(sorted({w[0] for w in words} | set(chars) | set(extra_firsts)))
    return re.compile(f"(?=[{firsts}])(?:{'|'.join(words)}|{extra}|[{chars}])")


_ORG_SUFFIX = _alternation(_ORG_HEAD_WORDS, _ORG_HEAD_CHARS, _NUMBERED_SCHOOL, "一二三四五六七八九十")
_NOT_ORG_HEADS = word_set(
    "全部 内部 外部 局部 干部 西部 东部 南部 北部 中部 部分 各部 腹部 头部 底部 顶部 胸部 总部 基部 本部 "
    "格局 布局 大局 结局 当局 开局 全局 僵局 时局 残局 政局 变局 新局 平局 骗局 "
    "常委 编委 主委 剧院 影院 庭院 大院 寺院 书院 "
    "团队 军队 部队 球队 车队 排队 插队 梯队 "
    "开办 承办 主办 创办 协办 督办 举办 包办 兴办 申办 查办 筹办 交办 经办 部署 签署 "
    "小组 重组 改组 分组 编组 机组 剧组 部委 评委 原委 出局 出院 住院 入院 带队 领队 列队 全队 全院 "
    "工厂 建厂 出厂 进厂 回厂 全厂 本厂 该厂 办厂 厂 车厂 片厂"
)

# Heads of meeting names.
_MEETING_SUFFIX = re.compile("会议|全会|大会|论坛|峰会|会")
_MEETING_HEAD_ENDINGS = (
    "会议",
    "全会",
    "大会",
    "党代会",
    "常委会",
    "座谈会",
    "专题会",
    "研讨会",
    "推进会",
    "部署会",
    "动员会",
    "发布会",
    "博览会",
    "交易会",
    "工作会",
    "联席会",
    "现场会",
    "调度会",
    "协调会",
    "报告会",
    "表彰会",
    "交流会",
    "对接会",
    "务虚会",
    "视频会",
    "电话会",
    "协商会",
    "恳谈会",
    "听证会",
    "通气会",
    "推介会",
    "洽谈会",
    "分析会",
    "观摩会",
    "年会",
    "论坛",
    "峰会",
)
_NOT_MEETING_HEADS = word_set(
    "社会 机会 学会 协会 委员会 工会 商会 基金会 理事会 体会 误会 约会 宴会 都会 大都会 省会 教会"
)

# Words that can open an organisation or meeting name besides places and organs.
_PREFIXES = word_set(
    "省 市 县 区 州 盟 旗 镇 乡 村 国家 中央 中共 全国 中国 自治区 自治州 省委 市委 县委 区委 国务院 "
    "省直 市直 省级 市级 县级 全省 全市 全县 全区"
)
# Of those, the ones that make a name only together with a following organ (全省 alone is not an organ).
_WEAK_PREFIXES = word_set("省直 市直 省级 市级 县级 全省 全市 全县 全区")

# Ordinals that open a meeting name: 第七十四次, 第九轮, 十九届, 十九 (before 届); not 一次.
_NUMERAL = "〇零一二三四五六七八九十百两0-9０-９"
_ORDINAL = re.compile(f"第[{_NUMERAL}]+[次届轮]?|[{_NUMERAL}]+届")
_BARE_NUMERAL = re.compile(f"[{_NUMERAL}]+")
_PARTY_CONGRESS = re.compile(
    "(?:党的)?(?:十[一二三四五六七八九]?|二十[一二三]?)届[一二三四五六七八九]中全会|党的(?:十[一二三四五六七八九]?|二十[一二三]?)大"
)

# Words a name never runs across: reporting verbs and words of the sentence around it.
_STOP_WORDS = word_set(
    "召开 举行 主持 出席 参加 传达 学习 贯彻 落实 贯彻落实 审议 听取 通过 成立 设立 组建 设置 加强 推进 "
    "推动 支持 鼓励 引导 要求 指导 督促 会同 联合 带领 率领 陪同 召集 筹备 参与 列席 发表 宣读 主办 "
    "承办 开幕 闭幕 根据 按照 依据 认真 深入 全面 进一步 精神 各 各级 有关 相关 所有 全体 广大 我 我省 我市 我县 "
    "本 该 其 暨 及 和 与 同 跟 等 的 了 是 为 将 把 被 让 给 从 到 上 下 中 内 外 前 后 以 在 由 向 对 经 据 "
    # 经省纪委常委会会议研究并报省委批准: a body reports to another, no name runs across.
    "并报 报经 报请 并经"
)

# Verbs that do occur inside names (巡视动员部署会); any other verb ends a name. 领导 only right before a
# 委员会/小组/机构 head (国家安全领导委员会): 党中央领导人民军队 names two bodies.
_NAME_VERBS = word_set(
    "防控 巡视 巡察 动员 部署 监督 管理 保护 发展 改革 建设 防治 救援 执法 审批 服务 协调 促进 推进 开发 研究 规划 "
    "监察 检察 审计 统计 投资 交易 保障 应急 扶贫 振兴 治理 合作 交流 招商 评审 指挥 调查 检测 监测 防汛 抗旱 "
    "救灾 防疫 生产 经营 运输 储备 维护 稳定 教育 培训 考核 评估 督查 督导 推广 出版 广播 通讯 安全 防范 整治 "
    "改造 保险 经济 贸易 协作 联络 联防 联控 创新 创业 发布 新闻 宣传 出口 进口 选举 筹备 组织 编制 信息"
)

_MAX_WALK = 8  # words
_MAX_NAME = 32  # characters


# Single characters that jieba's HMM glues to the next word (暨省): the name starts after them.
_GLUED_STOPS = frozenset("暨及和与的在对向由从到为将把被愿同跟让使请")


def _name_start(
    toks: Tokens, head: int, labels: list[str | None], lex: Lexicon, freq: dict[str, int], ordinals: bool
) -> tuple[int | None, bool]:
    """Start of the name ending with word `head`: the furthest opening word left of it,
    without crossing a word that cannot be inside a name. Also whether only weak prefixes
    (全省, 省直) open it."""
    start: int | None = None
    weak_only = True
    i = head - 1
    start_limit = toks.ends[head] - _MAX_NAME
    while i >= 0 and head - i <= _MAX_WALK and toks.starts[i] >= start_limit:
        word = toks.words[i]
        if not is_han(word[0]) and not (ordinals and word[0].isdigit()):
            break  # punctuation, or a dateline's digits (新华社北京5月5日电…)
        if word in _STOP_WORDS or word in lex.particles or labels[i] in ("PER", "POST", "MEETING"):
            break
        if word == "领导" and (i < head - 1 or not toks.words[head].startswith(("委员会", "小组", "机构"))):
            break
        if word in lex.verbs and word not in _NAME_VERBS and labels[i] is None:
            break
        if not ordinals and word in lex.quantities and not word.startswith("第"):
            break  # 美国多家银行: a quantity, not part of a name (第三巡视组 is)
        if len(word) > 1 and word[0] in _GLUED_STOPS and not freq.get(word):
            rest = word[1:]
            if rest in _PREFIXES or rest[0] in "省市县区" or labels[i] in ("LOC", "ORG"):
                start, weak_only = toks.starts[i] + 1, weak_only and rest in _WEAK_PREFIXES
            break
        if _opens_org(toks, i, labels, freq) or (ordinals and _is_ordinal(toks, i)):
            start = toks.starts[i]
            weak_only = weak_only and word in _WEAK_PREFIXES
        i -= 1
    return start, weak_only


def _is_ordinal(toks: Tokens, i: int) -> bool:
    word = toks.words[i]
    if _ORDINAL.fullmatch(word):
        return True
    nxt = toks.words[i + 1] if i + 1 < len(toks.words) else ""
    return bool(_BARE_NUMERAL.fullmatch(word)) and nxt.startswith("届")


def _opens_org(toks: Tokens, i: int, labels: list[str | None], freq: dict[str, int]) -> bool:
    word = toks.words[i]
    if labels[i] in ("LOC", "ORG") or word in _PREFIXES:
        return True
    # An unknown word that starts with a level (省新冠, 市疫情): jieba glued the prefix on.
    return len(word) <= 4 and word[0] in "省市县区" and not freq.get(word)


_DIRECTIONS = frozenset("东南西北中")


def _org_head(toks: Tokens, head: int, label: str | None) -> bool:
    word = toks.words[head]
    if label == "ORG":
        return True
    if label is not None or word in _NOT_ORG_HEADS or len(word) > 6 or regional(word):
        return False
    # 部 after a direction is a part of a region, not a department (中东/部, 四川东/部).
    return not (word == "部" and head > 0 and toks.words[head - 1][-1] in _DIRECTIONS)


# Heads that a company's or a body's own name opens (劳拉公司, 休斯公司): any name jieba does not know.
_NOT_NAME_STARTS = frozenset("各全本该我此这那每某其诸")
_NAMED_HEADS = word_set("公司 集团 银行 大学 学院 医院 研究院 研究所 基金会 协会 俱乐部 中学 小学 学校")


# Organs that 人民 names in full (人民政协, 人民法院); not 政府: 各级人民政府 is no one body.
_PEOPLES_ORGANS = word_set("政协 法院 检察院 银行 解放军 武警 警察 广播电台 出版社")


def _find_all(text: str, sub: str) -> Iterator[int]:
    at = text.find(sub)
    while at >= 0:
        yield at
        at = text.find(sub, at + len(sub))


def find_orgs(toks: Tokens, labels: list[str | None], lex: Lexicon, freq: dict[str, int]) -> Iterator[tuple[int, int]]:
    """(start, end) of organisation names made of a head and an opening word."""
    text = toks.text
    words = toks.words
    # Organs after a place (山西省 + 残联, 美国 + 国务院); the filters run in C.
    for h in compress(range(len(words)), map(eq, labels, repeat("ORG"))):
        if h > 0 and labels[h - 1] == "LOC" and is_han(text[toks.starts[h] - 1]):
            yield toks.starts[h - 1], toks.ends[h]
    # 人民 and an organ is the organ's full name (人民政协, 人民/法院), one word or two.
    for at in _find_all(text, "人民"):
        p = toks.by_start.get(at)
        if p is None:
            continue
        word = words[p]
        if len(word) > 2 and labels[p] is None and word[2:] in _PEOPLES_ORGANS:
            yield toks.starts[p], toks.ends[p]
        elif word == "人民" and p + 1 < len(words) and words[p + 1] in _PEOPLES_ORGANS:
            yield toks.starts[p], toks.ends[p + 1]
    # Heads after a name jieba does not know (劳拉公司).
    for h in compress(range(len(words)), map(_NAMED_HEADS.__contains__, words)):
        if h > 0 and labels[h - 1] is None and labels[h] is None:
            prev = words[h - 1]
            if prev[0] in _NOT_NAME_STARTS:
                continue  # 各中师学校, 全市中学: a quantifier, not a name
            if 2 <= len(prev) <= 6 and all_han(prev) and (not freq.get(prev) or prev in lex.foreign_words):
                yield toks.starts[h - 1], toks.ends[h]
    for m in _ORG_SUFFIX.finditer(text):
        head = toks.by_end.get(m.end())
        if head is None or not _org_head(toks, head, labels[head]):
            continue
        word = toks.words[head]
        if len(m.group()) == 1 and len(word) > 3 and labels[head] != "ORG":
            continue  # a single-character suffix at the end of a long word (e.g. 实施办)
        start, weak_only = _name_start(toks, head, labels, lex, freq, ordinals=False)
        if start is not None and not weak_only:
            yield start, toks.ends[head]


def find_meetings(
    toks: Tokens, labels: list[str | None], lex: Lexicon, freq: dict[str, int]
) -> Iterator[tuple[int, int]]:
    """(start, end) of meeting names: 省委第七十四次疫情防控专题会, 全国巡视工作会议."""
    text = toks.text
    for m in _PARTY_CONGRESS.finditer(text):
        yield m.span()
    for m in _MEETING_SUFFIX.finditer(text):
        h = toks.by_end.get(m.end())
        if h is None:
            continue
        word = toks.words[h]
        if word in _NOT_MEETING_HEADS or not (word == "会" or word.endswith(_MEETING_HEAD_ENDINGS)):
            continue
        verb_object = len(word) == 4 and word.endswith("会议") and (word[:2] in _STOP_WORDS or word[:2] in lex.verbs)
        if verb_object and (word != "全体会议" or h == 0 or not _is_ordinal(toks, h - 1)):
            continue  # 列席会议, 召开会议: a verb and its object, not a name (…第三次全体会议 is one)
        if labels[h] in ("MEETING", "ORG") or len(word) > 10:
            continue  # already a whole meeting name from the lexicon
        quoted = _quoted_start(toks, h, lex)
        start, _ = _name_start(toks, h, labels, lex, freq, ordinals=True)
        if quoted is not None and (start is None or quoted < start):
            start = quoted
        if start is not None:
            yield start, toks.ends[h]


_OPEN_QUOTE = {"”": "“", '"': '"', "」": "「", "’": "‘"}
_QUOTED_MAX = 40  # characters inside the quotes
_SENTENCE_ENDS = frozenset("。！？；!?;\n")


def _quoted_start(toks: Tokens, head: int, lex: Lexicon) -> int | None:
    """Start of the opening quote of a meeting named by a quoted theme and a kind of meeting
    (“推进数字经济发展”重点提案督办协商会, “三农”工作座谈会): the theme belongs to the name,
    and so do the words of the kind between the closing quote and the head."""
    text = toks.text
    i = head - 1
    while i >= 0 and head - i <= 5:
        word = toks.words[i]
        if word in _OPEN_QUOTE:
            opening = _OPEN_QUOTE[word]
            at = text.rfind(opening, max(0, toks.starts[i] - _QUOTED_MAX - 1), toks.starts[i])
            if at < 0 or any(ch in _SENTENCE_ENDS for ch in text[at + 1 : toks.starts[i]]):
                return None
            return at
        if not all_han(word) or word in _STOP_WORDS or word in lex.particles:
            return None
        if word in lex.verbs and len(toks.words[head]) < 3 and word not in _NAME_VERBS:
            return None  # “节水”技术轰动大会: a verb before a bare 大会, the quote is its subject
        i -= 1
    return None


# Organs whose posts are named with them: 省委 + 书记 = 省委书记, 省政府 + 秘书长.
_POST_ORGANS = word_set(
    "省委 市委 县委 区委 州委 自治区党委 省政府 市政府 县政府 区政府 州政府 自治区政府 国务院 中央 省人大常委会 "
    "市人大常委会 省政协 市政协 省纪委 市纪委 县纪委"
)
_POST_MODIFIERS = word_set("副 常务 代 常务副 第一")


def find_posts(toks: Tokens, labels: list[str | None]) -> Iterator[tuple[int, int]]:
    """(start, end) of posts: lexicon posts with 副/常务 before them or their own organ."""
    words = toks.words
    for h, label in enumerate(labels):
        if label != "POST":
            continue
        i = h
        while i > 0 and words[i - 1] in _POST_MODIFIERS:
            i -= 1
        if i > 0 and words[i - 1] in _POST_ORGANS:
            i -= 1
        elif i > 0 and labels[i - 1] is None and words[i - 1].endswith("事务"):
            # The field of an international post: 人权事务高级专员, 裁军事务高级代表.
            i -= 1
            field = words[i - 1] if i > 0 and words[i] == "事务" else ""
            if 2 <= len(field) <= 5 and labels[i - 1] is None and all_han(field) and field not in _STOP_WORDS:
                i -= 1
        yield toks.starts[i], toks.ends[h]
