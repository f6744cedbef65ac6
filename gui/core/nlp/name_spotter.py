"""Person names that stand bare in the text: no post or 记者 announces them.

`names.NameFinder` takes a name where the genre announces one (省委书记林武). Many names
stand alone: 张三说, 李四等人, 王五同志, a name after 、 in a list, 克林顿, 叶利钦. This
module weighs each stretch of text that could be a name by two kinds of evidence:

- its shape, from jieba: a surname and one or two characters that jieba's HMM found as
  a new word (not in its dictionary), a word of jieba's dictionary tagged as a person (nr),
  a surname and pieces of other words (曹 + 火星), or words made of transliteration
  characters (克林顿, 约翰·普雷斯科特);
- its context: a verb of speaking or attending after it (说, 表示, 会见), a post before or
  after it (总统克林顿, 克林顿总统), 同志 or 等人 after it, 、 between it and another name.

Evidence adds up to a score; a stretch is a name when the score reaches `ACCEPT`. A
surname and two characters that jieba did not know is a name on its shape alone; a
two-character name (刘杰) or a surname and pieces needs a context as well. The word lists
and scores are in `name_evidence`; this module finds the stretches and classifies them.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress

from gui.core.nlp.lexicon import Lexicon
from gui.core.nlp.name_evidence import (
    ACCEPT,
    AFTER_NAME,
    AND,
    BEFORE_NAME,
    COMMON_COMPOUNDS,
    ET_CETERA,
    FAMILY_PLACE_ENDINGS,
    FOREIGN_PLACE_ENDINGS,
    GLUED,
    GLUED_ADVERBS,
    GLUED_LEFT,
    GLUED_VERBS,
    HYPHENS,
    LEFT_SCORES,
    LIST_CONTEXT,
    LIST_JOINERS,
    NAME_DOTS,
    NAMED_AFTER,
    NOT_IN_GIVEN,
    NOT_IN_GIVEN_WORD,
    NOT_NAME_ENDINGS,
    NOT_SHORT_GIVEN,
    NUMERALS,
    PEOPLE_NOUNS,
    PLACE_AFTER,
    PLACE_LIKE,
    PLACE_NOUNS,
    POST_ENDINGS,
    RIGHT_SCORES,
    SHAPE_SCORES,
    SHORT_SHAPES,
    SIDE_ABBREVIATIONS,
    SUBJECT_BONUS,
    WEAK_AFTER,
    WEAK_BEFORE,
)
from gui.core.nlp.tokens import Tokens, all_han, is_han

# What a word can open: a Chinese name, a foreign name, a foreign name after a glued 同 or 和.
_OPENS_CHINESE, _OPENS_FOREIGN, _OPENS_GLUED = 1, 2, 4


class NameSpotter:
    """Finds bare person names in a segmented text."""

    def __init__(self, lex: Lexicon, freq: dict[str, int]) -> None:
        self.lex = lex
        self.freq = freq
        self._opens: dict[str, int] = {}  # word -> _OPENS_ bits
        # First characters of anything that can open a name.
        self._openers = frozenset(
            lex.surnames
            | {s[0] for s in lex.compound_surnames}
            | lex.translit
            | {w[0] for w in lex.foreign_words}
            | {w[0] for w in lex.foreign_places}
            | GLUED_LEFT
            | {w[0] for w, label in lex.terms.items() if label == "PER"}
        )

    def find(self, toks: Tokens, kinds: list[str | None], known: set[tuple[int, int]]) -> list[tuple[int, int]]:
        """(start, end) of the names found; `known` are names already found in context."""
        cands = self._candidates(toks, kinds)
        if not cands:
            return []
        accepted = {span: score for span, score in cands.items() if score >= ACCEPT}
        # A stretch listed with a name (李四、王五 or 李四和王五) is a name too.
        listable = {span for span, score in cands.items() if ACCEPT > score >= ACCEPT - LIST_CONTEXT}
        if listable:
            text = toks.text
            by_start: dict[int, list[tuple[int, int]]] = {}
            by_end: dict[int, list[tuple[int, int]]] = {}
            for span in listable:
                by_start.setdefault(span[0], []).append(span)
                by_end.setdefault(span[1], []).append(span)
            work = list(accepted) + list(known)
            while work:
                s, e = work.pop()
                nxt = by_start.get(e + 1, ()) if e < len(text) and text[e] in LIST_JOINERS else ()
                prev = by_end.get(s - 1, ()) if s > 0 and text[s - 1] in LIST_JOINERS else ()
                for span in (*nxt, *prev):
                    if span in listable and span not in accepted:
                        accepted[span] = cands[span]
                        work.append(span)
        return _non_overlapping(accepted)

    # -- candidates ----------------------------------------------------------

    def candidates(self, toks: Tokens, kinds: list[str | None]) -> Iterator[tuple[int, int, str, str, str]]:
        """(start, end, shape, left, right) of every stretch that could be a name."""
        text, words, starts = toks.text, toks.words, toks.starts
        lex, freq = self.lex, self.freq
        opens = self._opens
        if len(opens) > 500_000:
            opens.clear()
        for word in set(words).difference(opens):
            self._how_opens(word)
        # Most words open no name: look only at those that can (the filter runs in C).
        for i in compress(range(len(words)), map(opens.__getitem__, words)):
            if kinds[i] is not None:
                continue
            word = words[i]
            how = opens[word]
            start = starts[i]
            sur = lex.is_surname_start(text, start) if how & _OPENS_CHINESE else 0
            if sur:
                for glen in (2, 1):
                    end = start + sur + glen
                    j = toks.by_end.get(end)
                    if j is None:
                        # jieba glued a verb to the name (赵华说): the word ends one character later.
                        if end + 1 == toks.ends[i] and text[end] in GLUED and not freq.get(word):
                            shape = self._chinese_shape(toks, i, i, sur, end)
                            if shape is not None:
                                right = _glued_class(text[end])
                                yield start, end, shape, self.left_class(toks, kinds, i), right
                        continue
                    # The given name may be a place's short form (钱 + 卫东), not a post or an organ.
                    if j - i > 2 or any(kinds[k] not in (None, "LOC") for k in range(i + 1, j + 1)):
                        continue
                    shape = self._chinese_shape(toks, i, j, sur, end)
                    if shape is not None and not self._inside_foreign(toks, kinds, i, j):
                        yield start, end, shape, self.left_class(toks, kinds, i), self.right_class(toks, kinds, j)
            if len(word) >= 4 and word.endswith(NAMED_AFTER) and freq.get(word):
                # 邓小平理论, 马克思主义: a word of jieba's that opens with a known name
                for suffix in NAMED_AFTER:
                    if word.endswith(suffix) and self._known_person(word[: -len(suffix)]):
                        yield start, start + len(word) - len(suffix), "named", self.left_class(toks, kinds, i), "verb"
                        break
            if how & _OPENS_FOREIGN:
                found = self._foreign(toks, kinds, i)
                if found is not None:
                    end, shape, right = found
                    yield start, end, shape, self.left_class(toks, kinds, i), right
            elif how & _OPENS_GLUED:
                found = self._foreign(toks, kinds, i, skip=1)
                if found is not None:
                    end, shape, right = found
                    yield start + 1, end, shape, "weak", right

    def _how_opens(self, word: str) -> int:
        """Which kinds of name can start with `word` (bits _OPENS_…), from the word alone; cached."""
        how = 0
        first = word[0]
        lex = self.lex
        function_word = word in lex.particles or word in lex.quantities or word in lex.adverbs
        if len(word) == 1 and function_word and word not in lex.surnames:
            how = _OPENS_FOREIGN if first in lex.translit else 0  # 比/克尔
        elif first in self._openers:
            word_freq = self.freq.get(word, 0) if len(word) > 1 else 0
            known = word in lex.person_words or word in lex.foreign_words or word in lex.foreign_places
            if word_freq < 100 or known or word.endswith(NAMED_AFTER) or word[:2] in lex.compound_surnames:
                how |= _OPENS_CHINESE
            if (first in lex.translit and word_freq < 1000) or word in lex.foreign_words or word in lex.foreign_places:
                how |= _OPENS_FOREIGN
            elif len(word) == 2 and first in GLUED_LEFT and word[1] in lex.translit and not word_freq:
                how |= _OPENS_GLUED
        self._opens[word] = how
        return how

    def _inside_foreign(self, toks: Tokens, kinds: list[str | None], i: int, j: int) -> bool:
        """Whether words i..j, all of transliteration characters, continue a foreign name (巴|巴耶夫, 梅|多夫)."""
        words, translit = toks.words, self.lex.translit
        if (i > 0 and words[i - 1] in NAME_DOTS) or (j + 1 < len(words) and words[j + 1] in NAME_DOTS):
            return True  # 汤姆士·史达福
        if not all(ch in translit for k in range(i, j + 1) for ch in words[k]):
            return False
        if i > 0 and kinds[i - 1] is None and len(words[i - 1]) == 1 and words[i - 1] in translit:
            return words[i - 1] not in self.lex.particles
        nxt = j + 1
        if nxt >= len(words) or kinds[nxt] is not None:
            return False
        return self._foreign_part(words[nxt], False) and not self._common(words[nxt])

    def repeatable(self, name: str) -> bool:
        """Whether the name's other mentions in the article are the person too: not for a
        word of everyday use (高峰, 师生) that a context made a name once."""
        freq = self.freq.get(name)
        if not freq:
            return True
        lex = self.lex
        return len(name) >= 3 and (name in lex.foreign_words or name in lex.person_words) and name not in lex.not_names

    def _known_person(self, name: str) -> bool:
        """A leader of the lexicon, or a name of jieba's that is no everyday word (邓小平, 马克思)."""
        lex = self.lex
        if lex.terms.get(name) == "PER":
            return True
        if len(name) < 3 or name in lex.not_names:
            return False
        return name in lex.foreign_words or (name in lex.person_words and self.freq.get(name[1:], 0) < 100)

    def _candidates(self, toks: Tokens, kinds: list[str | None]) -> dict[tuple[int, int], float]:
        out: dict[tuple[int, int], float] = {}
        for start, end, shape, left, right in self.candidates(toks, kinds):
            score = SHAPE_SCORES[shape] + LEFT_SCORES[left] + RIGHT_SCORES[right]
            if right == "other" and shape in SHORT_SHAPES:
                score -= 1.0  # 汪明|新: a short name needs a clear end
            if shape == "dict1" and left in ("other", "locorg", "de"):
                score -= 1.0  # 大学师生表示: an everyday word after another word
            if right == "post" and left == "locorg":
                score -= LEFT_SCORES["locorg"]  # 英国 + 威廉 + 王子: a country, the name, the title
            if right == "verb" and left in ("start", "punct"):
                score += SUBJECT_BONUS  # 罗建华参加…, 普京表示…: the subject of a clause
            if score > out.get((start, end), -9.0):
                out[(start, end)] = score
        return out

    def _chinese_shape(self, toks: Tokens, i: int, j: int, sur: int, end: int) -> str | None:
        """Shape class of text from word i to `end` (the end of word j) as a Chinese name, or None."""
        lex, freq = self.lex, self.freq
        name = toks.text[toks.starts[i] : end]
        given = name[sur:]
        if not all_han(name) or name in lex.terms or name in lex.not_names or name[-1] in NOT_NAME_ENDINGS:
            return None
        # Function words in a given name; 之 and 和 only when jieba cut it as one word (龚育之, 陈和生).
        if any(ch in (NOT_IN_GIVEN if i < j else NOT_IN_GIVEN_WORD) for ch in given) or "之" in given[:-1]:
            return None
        if name[0] == "越" and "越" in given:
            return None  # 越大越好
        start = toks.starts[i]
        if start > 0 and toks.text[start - 1] in NUMERALS:
            return None  # 22.7万标箱: a unit after a number
        if given[0] == "家" and given[-1] in FAMILY_PLACE_ENDINGS:
            return None  # 凌家滩
        if given[-1] in "方军" and (name[-2] in SIDE_ABBREVIATIONS):
            return None  # 向斯方, 乌军: a country's side or army
        if len(given) == 1 and given in NOT_SHORT_GIVEN:
            return None
        if len(given) == 2 and (given in lex.quantities or given in lex.particles or lex.terms.get(given) == "POST"):
            return None
        size = "2" if len(given) == 2 else "1"
        if sur == 2 and name[:2] not in COMMON_COMPOUNDS and (i < j or not freq.get(name)):
            return "compound"  # 欧阳 + 明辉, 上官 + 晓东
        if i == j:
            word_freq = freq.get(name)
            if not word_freq:
                if name[-1] in GLUED:
                    return None
                if len(given) == 2 and (
                    given in lex.verbs
                    or given in lex.adverbs
                    or freq.get(given, 0) >= 200
                    or name[-1] in lex.non_name_endings
                    or name[-1] in PLACE_LIKE
                ):
                    return "new_common"  # 党 + 永葆, 高值 + 化
                return "new" + size
            if name in lex.odd_person_words:
                return "dict_odd"
            if name not in lex.person_words:
                return None  # an everyday word
            if len(given) == 1:
                return "dict1"
            if name[-1] in lex.non_name_endings or freq.get(given, 0) >= 100 or freq.get(name[:2], 0) >= 100:
                return "dict_common"  # 高增值, 安全 + 性, 雷 + 阵雨
            return "dict_rare" if word_freq < 100 else "dict_known"
        first, last = toks.words[i], toks.words[j]
        first_freq = freq.get(first, 0)
        if len(first) > sur and first_freq >= 100 and (first not in lex.person_words or first_freq >= 500):
            return None  # the surname opens a word of its own (高新/区, 祝贺/鲍)
        if name[-1] in lex.non_name_endings or last in lex.quantities:
            return None  # 贺电/中
        if any(w in lex.particles or w in lex.verbs or w in lex.adverbs for w in toks.words[i + 1 : j + 1]):
            return None
        if len(first) == 1 and (first in lex.particles or first in lex.verbs) and freq.get(last):
            return None  # 任/海南, 应/南非, 向/世界: a verb or preposition before a word
        return "pieces" + size

    def _foreign(self, toks: Tokens, kinds: list[str | None], i: int, skip: int = 0) -> tuple[int, str, str] | None:
        """(end, shape, right context) of a foreign name starting at word i (克林顿, 约翰·普雷斯科特), or
        `skip` characters into it (同别|尔德穆哈梅多夫: jieba glued 同 to the name), or None."""
        lex, freq = self.lex, self.freq
        words = toks.words
        if i > 0 and not skip:
            prev = words[i - 1]
            if prev in NAME_DOTS or (kinds[i - 1] is None and self._foreign_part(prev, False)):
                return None  # inside a name that starts further left
        parts: list[int] = []  # indices of the name's words
        trimmed = ""  # a verb or conjunction jieba glued to the last part (科斯马斯说)
        dots = 0
        j = i
        while j < len(words) and j - i < 12:
            word = words[j]
            after_dot = dots > 0  # in the later parts of a name any rare word may stand (韦登博斯)
            if word in NAME_DOTS:
                if not parts or j + 1 >= len(words):
                    break
                dots += 1
                j += 1
                continue
            if j == i and skip:
                parts.append(j)
                j += 1
                continue
            if kinds[j] is not None and (not after_dot or words[j - 1] in HYPHENS):
                break  # after a middle dot a part may be a lexicon word, not after a hyphen (巴西-阿根廷)
            if len(word) > 1 + (not parts) and word[-1] in GLUED and not freq.get(word):
                if self._foreign_part(word[:-1], after_dot):
                    parts.append(j)
                    trimmed = word[-1]
                break
            if not self._foreign_part(word, after_dot):
                break
            parts.append(j)
            j += 1
        # Everyday words at the end are not part of the name (斯特拉斯堡 is, 多达 is not).
        while len(parts) > 1 and not trimmed and words[parts[-1] - 1] not in NAME_DOTS:
            word = words[parts[-1]]
            if not self._common(word) or (dots and freq.get(word, 0) < 100):
                break
            parts.pop()
        if not parts or (len(parts) == 1 and (skip or self._common(words[i]))):
            return None
        last = parts[-1]
        end = toks.ends[last] - len(trimmed)
        name = toks.text[toks.starts[i] + skip : end]
        core = "".join(ch for ch in name if ch not in NAME_DOTS)
        if len(core) < 2 or name in lex.not_names or name[-1] in NAME_DOTS or name[-1] in FOREIGN_PLACE_ENDINGS:
            return None
        right = _glued_class(trimmed) if trimmed else self.right_class(toks, kinds, last)
        size = "3" if len(core) >= 3 else "2"
        if any(ch in NAME_DOTS for ch in name):
            shape = "foreign_dot"
        elif len(parts) > 1 or trimmed:
            shape = "foreign_pieces" + size
        elif name in lex.foreign_words:
            shape = "foreign_known" + size
        elif name in lex.foreign_places:
            shape = "foreign_place"
        else:
            shape = "foreign_new" + size
        return end, shape, right

    def _foreign_part(self, word: str, after_dot: bool) -> bool:
        """Can `word` be part of a transliterated name? After a dot, any rare word of Han characters can."""
        translit = self.lex.translit
        if all(ch in translit for ch in word) or word in self.lex.foreign_words or word in self.lex.foreign_places:
            return True
        if not after_dot or not all_han(word) or len(word) > 5:
            return False
        return not self.freq.get(word) or sum(ch in translit for ch in word) * 2 >= len(word)

    def _common(self, word: str) -> bool:
        """An everyday word, not a name's part (多达, 加强)."""
        lex = self.lex
        return (
            len(word) > 1
            and bool(self.freq.get(word))
            and word not in lex.foreign_words
            and word not in lex.foreign_places
        )

    # -- context ---------------------------------------------------------------

    def right_class(self, toks: Tokens, kinds: list[str | None], j: int) -> str:
        """What stands right of word j: a class of `RIGHT_SCORES`."""
        if j + 1 >= len(toks.words):
            return "end"
        text, end = toks.text, toks.ends[j]
        nxt = toks.words[j + 1]
        if kinds[j + 1] == "POST":
            return "post"
        if nxt in AFTER_NAME:
            if self.lists_things(toks, j + 1):
                return "other"  # 顿涅茨克等地, 美日等国
            after = toks.words[j + 2] if j + 2 < len(toks.words) else ""
            if nxt in ET_CETERA and after in PEOPLE_NOUNS:
                return "verb"  # 李四等人, 王五等同志
            return "weak_verb" if nxt in WEAK_AFTER else "verb"
        if nxt[0] in "（(" and end + 1 < len(text) and text[end + 1] in "左右中前后":
            return "verb"  # 赵六（左）
        if nxt in PLACE_AFTER:
            return "place"  # 阿勒颇|省, 扎波罗热|方向
        if nxt == "、":
            return "list"
        if nxt in AND:
            return "and"
        if nxt == "的":
            return "de"
        if not is_han(nxt[0]):
            return "punct"
        lex = self.lex
        if len(nxt) == 1 and not (nxt in lex.particles or nxt in lex.verbs or nxt in lex.adverbs):
            return "char"  # 水清岸|绿: a lone character after the name may belong to it
        return "other"

    def _ends_with_post(self, word: str) -> bool:
        """法国总理, 财政部长, 国务卿: a word of jieba's that ends with a post."""
        terms = self.lex.terms
        if len(word) < 3:
            return False
        return any(terms.get(word[-n:]) == "POST" for n in (2, 3)) or word.endswith(POST_ENDINGS)

    def lists_things(self, toks: Tokens, k: int) -> bool:
        """Whether word k is 等 closing a list of places or things (等地, 等国, 等多个方向)."""
        words = toks.words
        if words[k] not in ET_CETERA or k + 1 >= len(words):
            return False
        after = words[k + 1]
        return after in PLACE_NOUNS or after in self.lex.quantities

    def left_class(self, toks: Tokens, kinds: list[str | None], i: int) -> str:
        """What stands left of word i: a class of `LEFT_SCORES`."""
        if i == 0:
            return "start"
        prev = toks.words[i - 1]
        prev_kind = kinds[i - 1]
        if prev_kind == "POST" or (prev_kind is None and self._ends_with_post(prev)):
            return "post"
        if prev in BEFORE_NAME:
            return "before"
        if prev == "、":
            return "list"
        if prev in AND:
            return "and"
        if prev in WEAK_BEFORE:
            return "weak"
        if prev_kind in ("LOC", "ORG"):
            return "locorg"
        if prev == "的":
            return "de"
        return "other" if is_han(prev[-1]) else "punct"


def _glued_class(ch: str) -> str:
    """The right context of a name that jieba glued `ch` to."""
    return "verb" if ch in GLUED_VERBS else "weak_verb" if ch in GLUED_ADVERBS else "and"


def _non_overlapping(spans: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """The best-scored spans that do not overlap (the longer one on a tie)."""
    chosen: list[tuple[int, int]] = []
    taken: set[int] = set()
    for (s, e), _ in sorted(spans.items(), key=lambda kv: (-kv[1], kv[0][0] - kv[0][1], kv[0][0])):
        if any(p in taken for p in range(s, e)):
            continue
        taken.update(range(s, e))
        chosen.append((s, e))
    return chosen
