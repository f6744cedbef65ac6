"""Places that jieba glued to the next word, that only their ending shows, or that jieba
knows but the lexicon does not.

- jieba keeps some phrases of a place and a noun as one word (美国政府, 日本首相, 中国人):
  the place is still a place, the post still a post; a place and a body (美国国会) is an
  organisation.
- A name ending in a level or a feature (…县, …村, …河, …岛) is a place when what stands
  before the ending is a name jieba does not know (柳湾村, 康斯坦察县) and its left edge
  is clear; features need a place or 在 before them (孙洪山 may be a person).
- jieba's foreign place words (不来梅) are places where the context says so.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress
from operator import itemgetter

from gui.core.nlp.lexicon import Lexicon
from gui.core.nlp.tokens import Tokens, all_han, is_han, word_set

# What follows a place inside one jieba word and is not part of the place's name.
_AFTER_PLACE = word_set(
    "政府 人 人民 方面 方 军 军队 队 籍 境内 全境 各地 国内 国民 当局 首都 总统 总理 首相 议会 国会 "
    "政局 经济 市场 企业 公司 商人 学者 专家 官员 外长 大使 代表 代表团 朋友 客人 同胞 侨胞 华人 华侨 "
    "时间 队员 选手 一方 两国 之间 之行 关系 地区 境外"
)


# Bodies that a place opens inside one jieba word: the whole is an organisation.
_BODIES_AFTER_PLACE = word_set("国会 议会 参议院 众议院 内阁 政府军 军方 外交部 国防部 财政部 央行 中央银行")


def glued_places(toks: Tokens, kinds: list[str | None], lex: Lexicon) -> Iterator[tuple[int, int, str]]:
    """(start, end, label) of places (and posts) inside words the lexicon does not know as a whole."""
    cache = _split_cache(lex)
    words = toks.words
    for word in set(words).difference(cache):
        cache[word] = _split(word, lex.terms)
    for i in compress(range(len(words)), map(cache.__getitem__, words)):
        split = cache[words[i]]
        if kinds[i] is not None or split is None:  # never None here: the filter kept only splits
            continue
        k, label = split
        start, end = toks.starts[i], toks.ends[i]
        if label == "ORG":
            yield start, end, "ORG"  # 美国国会
        else:
            yield start, start + k, "LOC"
            if label == "POST":
                yield start + k, end, "POST"


def _split(word: str, terms: dict[str, str]) -> tuple[int, str] | None:
    """(length of the place, what the rest is) of a word that opens with a place, or None."""
    for k in range(len(word) - 1, 1, -1):
        if terms.get(word[:k]) != "LOC":
            continue
        rest = word[k:]
        if rest in _BODIES_AFTER_PLACE:
            return k, "ORG"
        if terms.get(rest) == "POST":
            return k, "POST"
        if rest in _AFTER_PLACE:
            return k, "LOC"
        return None
    return None


_caches: dict[int, dict[str, tuple[int, str] | None]] = {}


def _split_cache(lex: Lexicon) -> dict[str, tuple[int, str] | None]:
    """Words seen -> their split, per lexicon; emptied when it grows large."""
    cache = _caches.setdefault(id(lex), {})
    if len(cache) > 500_000:
        cache.clear()
    return cache


# Endings of place names: levels of division and settlements, then features of nature.
_LEVEL_ENDINGS = frozenset("省市县区镇乡村州邦郡屯")
_NATURE_ENDINGS = frozenset("河江湖山岛湾港")
_ENDINGS = _LEVEL_ENDINGS | _NATURE_ENDINGS
# Words a place name never starts with (全县, 我市, 该村, 各乡, 本镇).
_NOT_PLACE_STARTS = frozenset(
    "全我该各本此这那其每某哪主一二三四五六七八九十百千两几数多新老大小上下前后东西南北中内外"
)


def suffix_places(
    toks: Tokens, kinds: list[str | None], lex: Lexicon, freq: dict[str, int]
) -> Iterator[tuple[int, int]]:
    """(start, end) of places named by an ending after a name jieba does not know: 柳湾村,
    泥汊镇, 康斯坦察县, 塔科马市. Known words (农村, 城市, 山区) are not taken, nor a name
    whose left edge is unclear (麦禾|营镇: jieba split the name)."""
    words = toks.words
    # Only words with a place's ending (the filter runs in C).
    for i in compress(range(len(words)), map(_ENDINGS.__contains__, map(itemgetter(-1), words))):
        word = words[i]
        last = word[-1]
        if kinds[i] is not None or not all_han(word):
            continue
        if len(word) > 1:
            # One word: a new word of jieba's HMM, 2 to 6 characters.
            first = i
            name = word[:-1]
        elif i > 0 and last in _LEVEL_ENDINGS:
            # The ending alone after a name: 康斯坦察/县.
            first = i - 1
            name = words[first]
            if kinds[first] is not None or not 2 <= len(name) <= 5 or not all_han(name):
                continue
        else:
            continue
        # A word jieba knows well is no name (农村, 城市); one seen a few times may be (柳湾, 康斯坦察县).
        if freq.get(words[first], 0) >= (10 if first == i else 50) or toks.ends[i] - toks.starts[first] > 7:
            continue
        if first < i and (name in lex.verbs or name in lex.adverbs or name in lex.quantities):
            continue
        if first == i and len(name) > 2 and freq.get(name[:2], 0) >= 500:
            continue  # 港口城市: everyday words
        if last in _NATURE_ENDINGS and (len(name) < 2 or (len(word) == 4 and freq.get(word))):
            continue  # 寒山, 粤港, 绿水青山: too short, or an idiom
        if name[0] in _NOT_PLACE_STARTS or not _name_part(name, lex) or (len(name) == 1 and name in lex.verbs):
            continue
        left = _left_context(toks, kinds, first)
        if left == "unclear" or (left != "place" and (len(name) == 1 or last in _NATURE_ENDINGS)):
            continue  # 走村, 孙洪山: a short name or a feature needs a place or 在 before it
        yield toks.starts[first], toks.ends[i]


def _left_context(toks: Tokens, kinds: list[str | None], i: int) -> str:
    """What stands before word i: "place" (a place or a preposition of place), "clean"
    (punctuation or a function word) or "unclear" (the name may start further left)."""
    if i == 0:
        return "clean"
    prev = toks.words[i - 1]
    if kinds[i - 1] == "LOC" or prev in _PLACE_PREPOSITIONS:
        return "place"
    if not is_han(prev[-1]) or prev in _CLEAN_BEFORE:
        return "clean"
    return "unclear"


def _name_part(text: str, lex: Lexicon) -> bool:
    """Could `text` be the name part of a place: no function word, verb or number in it."""
    if not text:
        return False
    for ch in text:
        if ch in lex.particles or ch in _NOT_PLACE_CHARS:
            return False
    return not (len(text) == 2 and (text in lex.verbs or text in lex.adverbs or text in lex.quantities))


_PLACE_PREPOSITIONS = word_set("在 到 赴 至 往 经 途经 抵达 来自 位于 流经 登上 前往 来到 走进 走访 深入 、")
_CLEAN_BEFORE = word_set("的 和 与 及 以及 是 对 向 从 由 把 为 给 同 跟 将")
_NOT_PLACE_CHARS = frozenset(
    "的了是在和与及等说为对将把被也都还就又向从到以之其这那们要不没会过着地得所而但却已让使给个年月日有"
)


def foreign_places(toks: Tokens, kinds: list[str | None], lex: Lexicon) -> Iterator[tuple[int, int]]:
    """(start, end) of foreign places jieba knows (不来梅, 杜塞尔多夫) where the context says
    place: after 在, 到, 抵达 or another place, or before 市, 地区, 一带. jieba also tags some
    people so (普京), hence the context."""
    words = toks.words
    for i in compress(range(len(words)), map(lex.foreign_places.__contains__, words)):
        if kinds[i] is not None:
            continue
        before = i > 0 and (kinds[i - 1] == "LOC" or words[i - 1] in _PLACE_PREPOSITIONS)
        after = i + 1 < len(words) and words[i + 1] in _PLACE_NOUNS
        if before or after:
            yield toks.starts[i], toks.ends[i]


_PLACE_NOUNS = word_set("市 州 省 县 地区 一带 附近 郊区 市区 城 港 机场 当地 境内 东部 西部 南部 北部 中部")
