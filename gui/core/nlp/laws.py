"""Laws, charters and treaties named without 《》: 文物保护法, 行政复议法修订草案, 联合国宪章.

News often names a law bare. The rule finds a head (a word ending in 法 or 法典, or
宪章, 公约, 条约, 协定, 议定书, 条例 after a place or a body) and walks left over the
words of the name as `orgs` does for organisations; a draft or amendment after it
(修订草案, 修正案, （草案）, 实施条例) belongs to the document. Everyday words ending
in 法 (办法, 方法, 做法, 依法, 执法, 合法) are no law.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from gui.core.nlp.lexicon import Lexicon
from gui.core.nlp.orgs import _PREFIXES, _STOP_WORDS
from gui.core.nlp.tokens import Tokens, all_han, word_set

# Second-to-last characters of everyday words ending in 法: 办法, 方法, 做法, 执法, 合法, 辩证法.
_EVERYDAY_FA = frozenset(
    "办方做看想说手写用疗算技书画打战玩立执司违守普依合非无设效语兵章加减乘除证笔功解较刀枪拳剑变作际内国试犯枉之着"
)
# Activities whose 法 is a method, not a law (锻炼法, 诊断法, 训练法).
_METHODS = (
    "锻炼",
    "诊断",
    "治疗",
    "训练",
    "学习",
    "教学",
    "计算",
    "测量",
    "检测",
    "分析",
    "种植",
    "养殖",
    "栽培",
    "记忆",
    "写作",
    "阅读",
)
# Characters that make 法 the start of another word (法令, 法规, 法治): the head is not a law's end.
_FA_WORDS_AFTER = frozenset("令规律治院人制官学理典庭警网")
# Kinds of law that are no one document (国内法, 部门法, 上位法).
_GENERIC_LAWS = word_set(
    "国内法 国外法 部门法 上位法 下位法 成文法 习惯法 程序法 实体法 根本法 公法 私法 新法 旧法 大法"
)
# Heads that name a document only after a place or a body (联合国宪章, 巴黎协定, 山西省安全生产条例).
_OPENED_HEADS = word_set("宪章 公约 条约 协定 议定书 条例")
# What follows a law's name and belongs to it: its draft, its amendment, its regulations.
_TAIL = re.compile("(?:修订草案|修正草案|修订案|修正案|（草案）|\\(草案\\)|草案|实施条例|实施细则|实施办法)")
_MAX_WORDS = 5
_MAX_CHARS = 20


def _law_head(word: str, translit: frozenset[str]) -> bool:
    if word == "法":
        return True
    if len(word) < 3 or not all_han(word) or word in _GENERIC_LAWS:
        return False
    if word.endswith("法典"):
        return True
    if word[-1] != "法" or word[-2] in _EVERYDAY_FA or word[:-1].endswith(_METHODS):
        return False
    return not all(ch in translit for ch in word)  # 阿尔法: a foreign word


# Where a head can end; the regular expression scans the text faster than a test of each word.
_HEAD_END = re.compile("法典|法|" + "|".join(sorted(_OPENED_HEADS)))


def find_laws(toks: Tokens, labels: list[str | None], lex: Lexicon) -> Iterator[tuple[int, int]]:
    """(start, end) of laws and treaties named without 《》."""
    words, text = toks.words, toks.text
    for m in _HEAD_END.finditer(text):
        h = toks.by_end.get(m.end())
        if h is None:
            continue
        word = words[h]
        opened = word in _OPENED_HEADS
        if not opened and not _law_head(word, lex.translit):
            continue
        if word == "法" and words[h - 1].endswith(_METHODS):
            continue
        start, has_opener = _law_start(toks, h, labels, lex)
        if start is None or (opened and not has_opener):
            continue
        if word == "法" and toks.starts[h] - start < 2:
            continue  # 对法, 新法: one character before 法 is no law's name
        end = toks.ends[h]
        if word.endswith("法") and end < len(text) and text[end] in _FA_WORDS_AFTER:
            continue  # 反垄断法|令: jieba split 法令
        tail = _TAIL.match(text, end)
        if tail and toks.is_boundary(tail.end()):
            end = tail.end()
        yield start, end


def _law_start(toks: Tokens, h: int, labels: list[str | None], lex: Lexicon) -> tuple[int | None, bool]:
    """Start of the name ending with word h, and whether a place or a body opens it."""
    words = toks.words
    start = toks.starts[h] if len(words[h]) >= 3 else None
    opener = False
    i = h - 1
    while i >= 0 and h - i <= _MAX_WORDS and toks.ends[h] - toks.starts[i] <= _MAX_CHARS:
        word = words[i]
        if not all_han(word) or word in _STOP_WORDS or word in lex.particles or word in lex.quantities:
            break
        if labels[i] in ("PER", "POST", "MEETING", "DOC") or word in lex.adverbs:
            break
        if labels[i] in ("LOC", "ORG") or word in _PREFIXES:
            opener = True
        elif word == "反":
            start = toks.starts[i]  # 反外国制裁法, 反分裂国家法: the name opens with 反
            break
        elif (i != h - 1 or words[h] != "法") and (word in lex.verbs or word[-2:] in lex.verbs):
            break  # 违反/网络安全法, 严格执行/文物保护法; right before 法 a verb may stand (监察法, 制裁法)
        start = toks.starts[i]
        i -= 1
    return start, opener
