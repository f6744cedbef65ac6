"""Person names by the conventions of official news, not by jieba's tags.

A name is taken only where the genre announces one: after a post (省委书记林武, 副省长
于英杰), after 记者 or 通讯员, in a list that such a name opens (省领导张吉福、李凤岐、…),
or before a verb of speaking and attending (蓝佛安提出, 商黎光出席) when jieba did not
know the word. The tagger then marks the name's other mentions in the same article.
Names without such an announcement are `name_spotter`'s.
"""

from __future__ import annotations

import re

from gui.core.nlp.lexicon import TRANSLIT_CHARS, Lexicon
from gui.core.nlp.tokens import Tokens, all_han, is_han, word_set

# Words after which a name follows (a post is handled by the caller).
REPORTER_WORDS = word_set("记者 本报记者 新华社记者 通讯员 见习记者 特约记者 实习生 摄影记者 主持人 播音员")

# Words a named person does in a report; the name stands right before them.
ACTION_WORDS = word_set(
    "指出 强调 主持 主持召开 主持会议 出席 出席会议 表示 说 要求 提出 会见 会晤 考察 调研 汇报 参加 讲话 致辞 宣布 "
    "签署 批示 介绍 认为 称 陪同 看望 慰问 视察 检查 督导 回答 答 参观 率团 一行 同志 在 来到 深入 前往 听取 作 "
    "作出 发表 通报 宣读 希望 告诉 透露 说明 指示 致信 致电 寄语 主讲 带队 点评 总结 列席 兼 等 "
    "先生 女士 夫人 教授 博士 院士 老师 医生 代表 委员"
)

# Words after which a name may start (besides punctuation and the start of a line).
_LEFT_WORDS = word_set("和 与 同 及 以及 由 向 对 请 会见 会晤 陪同 看望 邀请 委托 听取 据 在 为 是 、")

# Characters that end a name when they stand alone right after two characters of it.
_AFTER_NAME_CHARS = frozenset("说在和与同就对向等也到为是的主出作率将还都又从以把被给让于及并指强表要任")
# Verbs and prepositions jieba's HMM glues to the end of a name it does not know (刘永坦用, 王五把).
_GLUED_AFTER_NAME = frozenset("用把将在从向对给为以被让带到说称和与")
# Characters never in a given name as written in the news.
_NOT_IN_GIVEN_NAME = frozenset(
    "的了在是和与及等说为对将把被也都还就又向从到以之其这那们要不没我你他她它会省市县区过着人老总地得所而但却已曾让使给往朝按据因于称"
)

# One-character country names that are also surnames (乌军, 韩方, 印方, 蒙方, 巴方).
_COUNTRY_ABBREVIATIONS = frozenset("乌韩印蒙巴越叙柬朝俄美日英法德意加澳马泰菲以伊埃土沙欧非")

# Transliterated foreign names (克林顿, 普雷斯科特); "·" joins their parts.
_FOREIGN = re.compile(f"[{TRANSLIT_CHARS}]{{2,6}}(?:[·\\-－][{TRANSLIT_CHARS}]{{1,6}}){{0,3}}")
# The parts before the last of a ·-joined name: two to six characters each.
_DOTTED_START = re.compile(r"(?:[\u4e00-\u9fff]{2,6}·){1,3}")
# Words that end a name though jieba has no verb for them (同志, 等).
_ENDS_NAME = frozenset(("同志", "等", "先生", "女士"))
_REGNAL = re.compile("[一二三四五六七八九十]{1,3}世")  # a monarch's number
_RARE = 10  # a word jieba saw fewer times than this after a post may be a name

# Delimiters of a list of names.
_LIST_END = frozenset("、，,。；;：:）)」”\n \u3000")


class NameFinder:
    """Finds names at given places of a segmented text."""

    def __init__(self, lex: Lexicon, freq: dict[str, int]) -> None:
        self.lex = lex
        self.freq = freq  # the tokenizer's word frequencies: is a string a known word?

    # -- shape -------------------------------------------------------------

    def plausible(self, name: str, strong: bool, toks: Tokens | None = None, start: int = 0) -> bool:
        """Could `name` be a Chinese person's name? `strong` when the context announces one;
        `toks` and `start` when it stands at `start` of a segmented text."""
        lex = self.lex
        sur = lex.is_surname_start(name, 0)
        if not sur or not sur + 1 <= len(name) <= sur + 2 or not all_han(name):
            return False
        given = name[sur:]
        if any(ch in _NOT_IN_GIVEN_NAME for ch in given):
            return False
        if len(name) == 2 and given in "方军" and name[0] in _COUNTRY_ABBREVIATIONS:
            return False  # 乌军, 韩方: a country's side or army
        if name in lex.terms or (len(given) > 1 and (given in lex.quantities or given in lex.particles)):
            return False  # 于昨日, 李此后: not names
        if lex.terms.get(given) == "POST":
            return False
        if name in lex.not_names or (self.freq.get(name) and name not in lex.name_words):
            return False  # an everyday word (会议, 文明), not a name
        first = toks.by_start.get(start) if toks is not None else None
        if toks is not None and first is not None:
            # The surname must not be the start of a longer word (贺电中, 印度前, 廉政).
            word = toks.words[first]
            word_freq = self.freq.get(word, 0)
            if len(word) > sur and word_freq and word not in lex.name_words and (not strong or word_freq >= 100):
                return False
            if (
                len(word) == sur
                and (word in lex.particles or word in lex.verbs)
                and len(given) == 2
                and self.freq.get(given, 0) >= 1000
                and given not in lex.name_words
            ):
                return False  # 总书记|向|世界…: a preposition before a common word, even after a post
        if not strong:
            # Without an announcing context the given name must not be a word in its own right.
            if len(given) == 2 and self.freq.get(given, 0) >= 100 and given not in lex.name_words:
                return False
            if name in lex.verbs or name in lex.adverbs:
                return False
        return True

    # -- places ------------------------------------------------------------

    def after(self, toks: Tokens, pos: int) -> int | None:
        """End of the name starting at `pos` after an announcing word (post, 记者), or None."""
        text = toks.text
        if pos >= len(text):
            return None
        dotted = self._dotted_after(toks, pos)
        if dotted is not None:
            return dotted
        sur = self.lex.is_surname_start(text, pos)
        if not sur:
            return self._foreign_after(toks, pos)
        short, long = pos + sur + 1, pos + sur + 2
        ok_short = toks.is_boundary(short) and self.plausible(text[pos:short], True, toks, pos)
        ok_long = toks.is_boundary(long) and self.plausible(text[pos:long], True, toks, pos)
        if ok_short and ok_long:
            # Both cut the words cleanly: the third character is a word of its own.
            return short if text[short] in _AFTER_NAME_CHARS else long
        if ok_long:
            return long
        if ok_short:
            return short
        return None

    def glued_after(self, toks: Tokens, pos: int) -> int | None:
        """End of a Chinese name at `pos` to which jieba glued the next verb or preposition
        (科学家 + 刘永坦用 + 近40年, 南仁|东用): the glued character ends a word, the name does not."""
        text = toks.text
        sur = self.lex.is_surname_start(text, pos) if pos < len(text) else 0
        if not sur:
            return None
        for end in (pos + sur + 2, pos + sur + 1):
            if (
                end < len(text)
                and text[end] in _GLUED_AFTER_NAME
                and end + 1 in toks.by_end
                and not toks.is_boundary(end)
                and self.plausible(text[pos:end], True)
            ):
                return end
        return None

    def _dotted_after(self, toks: Tokens, pos: int) -> int | None:
        """End of a name of parts joined by · right after a post, whatever its characters
        (自治区主席艾尔肯·吐尼亚孜, 雪克来提·扎克尔): the last part runs word by word to a verb,
        a particle or a stop."""
        m = _DOTTED_START.match(toks.text, pos)
        if not m or not toks.is_boundary(m.end()):
            return None
        foreign = self._foreign_after(toks, pos)  # a transliteration is read the usual way
        if foreign is not None and foreign > m.end():
            return foreign
        i = toks.by_start.get(m.end())
        end = m.end()
        lex = self.lex
        while i is not None and i < len(toks.words) and end - m.end() < 6:
            word = toks.words[i]
            if not all_han(word) or word in _ENDS_NAME:
                break
            # The first word is the name's whatever it is (吐, 扎); then an everyday word ends it.
            everyday = word in lex.verbs or word in lex.particles or word in lex.adverbs or word[:2] in lex.verbs
            everyday = everyday or (len(word) == 1 and word in _AFTER_NAME_CHARS)
            if end > m.end() and (everyday or (len(word) > 1 and self.freq.get(word, 0) >= 1000)):
                break
            if len(word) > 2 and (word[-1] in _GLUED_AFTER_NAME or word[-1] == "及") and not self.freq.get(word):
                end = toks.ends[i] - 1  # jieba glued the next word's 及, 说, 在 to the name (雷斯及)
                break
            end = toks.ends[i]
            i += 1
        return end if end - m.end() >= 1 and end - pos >= 4 else None

    def _foreign_after(self, toks: Tokens, pos: int) -> int | None:
        m = _FOREIGN.match(toks.text, pos)
        if not m:
            return None
        end = m.end()
        # Back off to a word boundary; a foreign name is at least two characters.
        while end - pos >= 2 and not toks.is_boundary(end):
            end -= 1
        name = toks.text[pos:end]
        if end - pos < 2 or (self.freq.get(name, 0) >= _RARE and name not in self.lex.foreign_words):
            return None  # an everyday word after the post (a name jieba saw a few times is still one)
        regnal = _REGNAL.match(toks.text, end)  # 哈拉尔五世
        return regnal.end() if regnal and toks.is_boundary(regnal.end()) else end

    def list_item(self, toks: Tokens, pos: int) -> int | None:
        """End of a name that is the next item of a list of names (after 、)."""
        text = toks.text
        stop = pos
        while stop < len(text) and stop - pos <= 4 and text[stop] not in _LIST_END:
            stop += 1
        if stop < len(text) and text[stop] in _LIST_END and self.plausible(text[pos:stop], True):
            return stop
        return self.after(toks, pos)

    def before(self, toks: Tokens, end: int, labels: list[str | None]) -> int | None:
        """Start of a name ending at `end`, right before an action word (指出, 出席), or None."""
        text = toks.text
        for length in (3, 2, 4):
            start = end - length
            if start < 0 or start not in toks.by_start:
                continue
            name = text[start:end]
            if not self.plausible(name, False, toks, start) or not self._left_ok(toks, start, labels):
                continue
            # A name jieba did not know: one unknown word, or a surname and pieces.
            first = toks.by_start[start]
            word = toks.words[first]
            if toks.ends[first] == end and self.freq.get(word) and not (len(word) == 3 and word in self.lex.name_words):
                continue
            return start
        return None

    def _left_ok(self, toks: Tokens, start: int, labels: list[str | None]) -> bool:
        if start == 0 or not is_han(toks.text[start - 1]):
            return True
        i = toks.by_end.get(start)
        if i is None:
            return False
        return toks.words[i] in _LEFT_WORDS or labels[i] in ("POST", "ORG", "LOC")
