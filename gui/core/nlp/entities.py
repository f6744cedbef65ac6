"""The entity tagger: people, posts, organisations, places, dates, meetings and documents.

jieba cuts the text (with the shipped lexicon terms added, see `segment`); each word is
looked up once in the lexicon; the rules of the genre (names after posts, heads of
organisation and meeting names, 《…》 titles, dates) work from those words and a few
regular expressions over the whole text. Names that nothing announces are weighed by
`name_spotter`, places by their endings and inside jieba's words by `entity_places`.
No part-of-speech tagging runs per article: jieba.posseg costs five times a plain cut,
the lookups cost a fraction of one.

The user's lexicon comes in as (term, label, action) rows: "add" terms are tagged
wherever they occur, "block" terms are never proposed with that label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import compress

from gui.core.model import Annotation
from gui.core.nlp import lexicon
from gui.core.nlp.entity_places import foreign_places, glued_places, suffix_places
from gui.core.nlp.laws import find_laws
from gui.core.nlp.literals import literal_pattern as _literal_pattern
from gui.core.nlp.name_evidence import BEFORE_NAME, NAME_DOTS
from gui.core.nlp.name_spotter import NameSpotter
from gui.core.nlp.names import ACTION_WORDS, REPORTER_WORDS, NameFinder
from gui.core.nlp.orgs import find_meetings, find_orgs, find_posts
from gui.core.nlp.segment import cut, tokenizer
from gui.core.nlp.timex import find_times
from gui.core.nlp.tokens import Tokens, is_han, word_set
from gui.core.vocabulary import ENTITY_LABELS  # noqa: F401 - the labels this tagger proposes

_DOC = re.compile("《[^《》\n]{1,150}》")
# Titles in 《》 that are newspapers, journals or programmes: organisations, not documents.
_PERIODICAL_ENDINGS = ("日报", "晚报", "时报", "杂志", "周刊", "月刊", "画报")
_PERIODICALS = word_set("求是 新闻联播 焦点访谈 半月谈 瞭望 新华每日电讯")

# Place words that a level character after them belongs to (山西 + 省).
_LEVELS = word_set("省 市 县 区 州 盟 旗 镇 乡")
# Features and regions named after a place (宝兴 + 河, 长江 + 经济带).
_FEATURES = word_set("河 江 湖 山 岛 经济带 流域 城市群 都市圈")
_LIST_JOINERS = word_set("和 及 与 以及")
# Endings of words of occupation after which a name follows (科学家, 工程师, 研究员).
_OCCUPATION_ENDINGS = ("家", "师", "员")
# Where such a word or another of `BEFORE_NAME` can end (a scan of the text, faster than a test of each word).
_OTHER_OCCUPATIONS = sorted(w for w in BEFORE_NAME if w[-1] not in "家师员")
_OCCUPATION_END = re.compile(
    f"(?=[家师员{''.join({w[0] for w in _OTHER_OCCUPATIONS})}])(?:[家师员]|{'|'.join(_OTHER_OCCUPATIONS)})"
)
_SPACES = " \u3000\u00a0"

# Markers in the per-word table besides the entity labels.
_ACTION = "_action"
_REPORTER = "_reporter"

# Ranks break ties between candidates of one length: a rule's judgement over a bare lexicon hit.
_RANK_DOC, _RANK_USER, _RANK_RULE, _RANK_WORD = 4, 3, 2, 1


@lru_cache(maxsize=1)
def _word_table() -> dict[str, str]:
    """Word -> entity label or marker, for one lookup per word."""
    table = dict(lexicon.builtin().terms)
    for word in ACTION_WORDS:
        table.setdefault(word, _ACTION)
    for word in REPORTER_WORDS:
        table[word] = _REPORTER
    return table


def _literal_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """The spans `_literal_pattern(terms).finditer(text)` finds (leftmost first, the longest
    term there, none overlapping), without compiling an expression for each article's names."""
    longest: dict[int, int] = {}
    for term in terms:
        if not term:
            pattern = _literal_pattern(terms)
            return [m.span() for m in pattern.finditer(text)] if pattern is not None else []
        size = len(term)
        at = text.find(term)
        while at >= 0:
            if longest.get(at, 0) < size:
                longest[at] = size
            at = text.find(term, at + 1)
    spans: list[tuple[int, int]] = []
    pos = 0
    for start in sorted(longest):
        if start >= pos:
            pos = start + longest[start]
            spans.append((start, pos))
    return spans


@lru_cache(maxsize=8)
def _user_pattern(terms: frozenset[str]) -> re.Pattern[str] | None:
    return _literal_pattern(terms)


def _whole_names(text: str, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """One sense per article: a name that is only the front or back piece of a longer name
    found in the same article (莱特 of 巴切莱特, 晓东 of 王晓东) is that longer name where the
    text around it spells it, and no name otherwise. A part after a middle dot is the
    person's own short form (古特雷斯 of 安东尼奥·古特雷斯) and stays."""
    names = sorted({text[s:e] for s, e in spans}, key=len, reverse=True)
    if len(names) < 2:
        return spans
    out: set[tuple[int, int]] = set()
    for s, e in spans:
        piece = text[s:e]
        n = len(piece)
        kept: tuple[int, int] | None = (s, e)
        for whole in names:
            if len(whole) <= n:
                break
            if whole.startswith(piece) and whole[n] not in NAME_DOTS:
                s2, e2 = s, s + len(whole)
            elif whole.endswith(piece) and whole[-n - 1] not in NAME_DOTS:
                s2, e2 = e - len(whole), e
            else:
                continue
            kept = (s2, e2) if s2 >= 0 and text[s2:e2] == whole else None
            break
        if kept is not None:
            out.add(kept)
    return out


class EntityTagger:
    """Tags entities in article bodies. Build one per import or re-tag run (building loads
    the lexicons once per process; later taggers are cheap); `tag` is safe to call often."""

    def __init__(self, user_terms: Iterable[tuple[str, str, str]] = ()) -> None:
        """user_terms: (term, label, action) rows from the library's lexicon table; action is "add" or "block".
        "add": always tag this term with this label. "block": never propose this term with this label."""
        self._lex = lexicon.builtin()
        self._tok = tokenizer()
        self._freq: dict[str, int] = self._tok.FREQ
        self._table = _word_table()
        self._names = NameFinder(self._lex, self._freq)
        self._spotter = NameSpotter(self._lex, self._freq)
        self._added: dict[str, str] = {}
        self._blocked: set[tuple[str, str]] = set()
        for term, label, action in user_terms:
            if not term:
                continue
            if action == "block":
                self._blocked.add((term, label))
            elif action == "add":
                self._added[term] = label
        # An added term the user also blocked under the same label stays blocked.
        self._added = {t: lab for t, lab in self._added.items() if (t, lab) not in self._blocked}
        self._user_re = _user_pattern(frozenset(self._added))

    def tag(self, body: str) -> list[Annotation]:
        """Annotations (gui.core.model.Annotation) with kind="entity", label in ENTITY_LABELS (or a user label
        from user_terms), origin="auto", status="suggested", attrs={}, text == body[start:end]; sorted by start;
        no two overlap (choose the longest/most specific)."""
        if not body:
            return []
        toks = Tokens.of(body, cut(body, self._tok))
        table = self._table
        kinds = list(map(table.get, toks.words))
        cands: list[tuple[int, int, str, int]] = []
        self._words(toks, kinds, cands)
        self._people(toks, kinds, cands)
        cands.extend((s, e, "ORG", _RANK_RULE) for s, e in find_orgs(toks, kinds, self._lex, self._freq))
        cands.extend((s, e, "MEETING", _RANK_RULE) for s, e in find_meetings(toks, kinds, self._lex, self._freq))
        cands.extend((s, e, "DOC", _RANK_RULE) for s, e in find_laws(toks, kinds, self._lex))
        cands.extend((s, e, "TIME", _RANK_RULE) for s, e in find_times(body))
        self._documents(body, cands)
        if self._user_re is not None:
            cands.extend((m.start(), m.end(), self._added[m.group()], _RANK_USER) for m in self._user_re.finditer(body))
        return self._resolve(body, cands)

    # -- candidates ----------------------------------------------------------

    def _words(self, toks: Tokens, kinds: list[str | None], cands: list[tuple[int, int, str, int]]) -> None:
        """Lexicon words: places (with a level after them), organisations, people, meetings, posts."""
        words, starts, ends = toks.words, toks.starts, toks.ends
        last = len(words) - 1
        # Only the words the table knows (the filters run in C).
        for i, kind in zip(compress(range(len(kinds)), kinds), filter(None, kinds), strict=True):
            if kind[0] == "_" or kind == "POST":
                continue
            end = ends[i]
            if kind == "LOC" and i < last and (words[i + 1] in _LEVELS or words[i + 1] in _FEATURES):
                end = ends[i + 1]
            cands.append((starts[i], end, kind, _RANK_WORD))
        cands.extend((s, e, "POST", _RANK_WORD) for s, e in find_posts(toks, kinds))
        cands.extend((s, e, label, _RANK_WORD) for s, e, label in glued_places(toks, kinds, self._lex))
        cands.extend((s, e, "LOC", _RANK_WORD) for s, e in suffix_places(toks, kinds, self._lex, self._freq))
        cands.extend((s, e, "LOC", _RANK_WORD) for s, e in foreign_places(toks, kinds, self._lex))

    def _people(self, toks: Tokens, kinds: list[str | None], cands: list[tuple[int, int, str, int]]) -> None:
        text, names = toks.text, self._names
        found: list[tuple[int, int]] = []
        for i, kind in zip(compress(range(len(kinds)), kinds), filter(None, kinds), strict=True):
            if kind == "POST":
                end = names.after(toks, toks.ends[i])
                if end is not None:
                    found.extend(self._name_list(toks, toks.ends[i], end, spaces=False))
                start = names.before(toks, toks.starts[i], kinds)
                if start is not None:
                    found.append((start, toks.starts[i]))
            elif kind == _REPORTER:
                pos = toks.ends[i]
                while pos < len(text) and text[pos] in _SPACES:
                    pos += 1
                end = names.after(toks, pos)
                if end is not None:
                    found.extend(self._name_list(toks, pos, end, spaces=True))
            elif kind == _ACTION and not self._spotter.lists_things(toks, i):
                start = names.before(toks, toks.starts[i], kinds)
                if start is not None:
                    found.append((start, toks.starts[i]))
        found.extend(self._after_occupations(toks, kinds))
        seen = {text[s:e] for s, e in found}
        bare = self._spotter.find(toks, kinds, set(found))
        spotter = self._spotter
        seen.update(name for name in {text[s:e] for s, e in bare} if spotter.repeatable(name))
        spans = set(found)
        spans.update(bare)
        if not spans:
            return
        # Every other mention of a name found is the same person.
        for start, end in _literal_spans(text, seen):
            if self._mention_ok(toks, start, end):
                spans.add((start, end))
        cands.extend((s, e, "PER", _RANK_RULE) for s, e in _whole_names(text, spans))

    def _after_occupations(self, toks: Tokens, kinds: list[str | None]) -> list[tuple[int, int]]:
        """Names right after a word of occupation (科学家, 工程师, 研究员, 教授), also where no
        punctuation follows the name and jieba glued the next verb to it (科学家+name+用近6年)."""
        words, names = toks.words, self._names
        found: list[tuple[int, int]] = []
        lex = self._lex
        for m in _OCCUPATION_END.finditer(toks.text):
            i = toks.by_end.get(m.end(), len(words) - 1)
            if i >= len(words) - 1 or kinds[i] is not None or kinds[i + 1] is not None:
                continue
            word, nxt = words[i], words[i + 1]
            if not (nxt[0] in lex.surnames or nxt[0] in lex.translit):
                continue
            if word not in BEFORE_NAME and not (len(word) >= 3 and word.endswith(_OCCUPATION_ENDINGS)):
                continue
            pos = toks.ends[i]
            first = toks.words[i + 1]
            if len(first) == 1 and (first in self._lex.adverbs or first in self._lex.particles):
                continue  # 诗人却失约: an adverb, not a surname
            # Weaker than a post: only a surname and two characters, none of them an everyday word.
            end = names.after(toks, pos) or names.glued_after(toks, pos)
            name = toks.text[pos:end] if end is not None else ""
            if end is not None and (
                (end - pos == 3 and names.plausible(name, False, toks, pos))
                or (end - pos >= 3 and all(ch in self._lex.translit or ch in NAME_DOTS for ch in name))
            ):
                found.extend(self._name_list(toks, pos, end, spaces=False))
        return found

    def _name_list(self, toks: Tokens, start: int, end: int, spaces: bool) -> list[tuple[int, int]]:
        """The name at start..end and the names listed after it (张吉福、李凤岐、…)."""
        text, names = toks.text, self._names
        out = [(start, end)]
        while len(out) < 50:
            pos = end
            if pos < len(text) and (text[pos] == "、" or (spaces and text[pos] in _SPACES)):
                pos += 1
                while spaces and pos < len(text) and text[pos] in _SPACES:
                    pos += 1
            elif pos in toks.by_start and toks.words[toks.by_start[pos]] in _LIST_JOINERS:
                pos = toks.ends[toks.by_start[pos]]
            else:
                break
            nxt = names.list_item(toks, pos)
            if nxt is None:
                break
            out.append((pos, nxt))
            end = nxt
        return out

    @staticmethod
    def _mention_ok(toks: Tokens, start: int, end: int) -> bool:
        text = toks.text
        left = start in toks.by_start or not is_han(text[start - 1])
        right = end in toks.by_end or end == len(text) or not is_han(text[end])
        return left and right

    @staticmethod
    def _documents(body: str, cands: list[tuple[int, int, str, int]]) -> None:
        for m in _DOC.finditer(body):
            inner = m.group()[1:-1]
            if inner in _PERIODICALS or inner.endswith(_PERIODICAL_ENDINGS):
                cands.append((m.start() + 1, m.end() - 1, "ORG", _RANK_DOC))
            else:
                cands.append((m.start(), m.end(), "DOC", _RANK_DOC))

    # -- choice ----------------------------------------------------------------

    def _resolve(self, body: str, cands: list[tuple[int, int, str, int]]) -> list[Annotation]:
        """Non-overlapping spans: 《》 titles first, then the user's terms, then the longest."""
        blocked = self._blocked

        def key(c: tuple[int, int, str, int]) -> tuple[int, int, int, int]:
            s, e, _, rank = c
            tier = 0 if rank == _RANK_DOC else 1 if rank == _RANK_USER else 2
            return (tier, s - e, -rank, s)

        taken = bytearray(len(body))
        chosen: list[tuple[int, int, str]] = []
        # dict.fromkeys, not set: of two candidates that tie, the one found first wins in every
        # process (a set's order follows the string hash seed, so labels flipped between runs).
        for s, e, label, _ in sorted(dict.fromkeys(cands), key=key):
            if e <= s or 1 in taken[s:e]:
                continue
            if blocked and (body[s:e], label) in blocked:
                continue
            taken[s:e] = b"\x01" * (e - s)
            chosen.append((s, e, label))
        chosen.sort()
        return [Annotation(kind="entity", label=label, start=s, end=e, text=body[s:e]) for s, e, label in chosen]
