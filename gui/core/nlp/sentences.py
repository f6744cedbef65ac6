"""Paragraphs, sentences and clauses of Chinese news text, as exact offsets.

Official news mixes full- and half-width punctuation (",", "，", ";", "；"),
quotes of both kinds and book titles that carry their own punctuation
(《关于……，……的通知》). Every segment is a `Segment` whose `text` is
`body[start:end]`; offsets are code points (Python `str` indices), so a
character outside the BMP such as 𠀾 counts once.

Rules:
- A line break ends a paragraph and therefore a sentence.
- A sentence ends after 。！？!?；;… (a run of them), and after "." or "．" unless a
  letter or digit follows it (3.5, www.gov.cn) or it closes a leading number ("1.").
  Closing quotes and brackets right after the stop belong to the sentence.
- Nothing splits inside 《》〈〉 or brackets, nor inside a quote that names or cites
  something mid-sentence (巡视“后半篇文章”). A quote that opens speech — after a
  colon or comma, at the start of a sentence, or longer than `_SPEECH_QUOTE_LEN` —
  is split like plain text, so “要…。要…。” gives two sentences.
- Clauses are the parts of a sentence between ，,：:；; (a "," between digits, as in
  1,000, is not a separator). Clause segments leave out the separators and the
  sentence's closing stop.
- Openers that are never closed within their paragraph are treated as plain text,
  so one stray quote cannot swallow the rest of an article.
- Segments never start or end with whitespace; empty ones are dropped.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple


class Segment(NamedTuple):
    start: int
    end: int
    text: str


_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]")
_SPACE = " \t\u3000\xa0\ufeff\u200b"

# Pairs that protect their inside; the value says what kind of pair it is.
_OPENERS = {
    "《": "》",
    "〈": "〉",
    "“": "”",
    "‘": "’",
    "「": "」",
    "『": "』",
    "（": "）",
    "(": ")",
    "【": "】",
    "[": "]",
}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_QUOTES = set('“‘「『"')
_PAIRED = re.compile(r"[《》〈〉“”‘’「」『』（）()【】\[\]\"]")
# Quotes this long are speech even mid-sentence.
_SPEECH_QUOTE_LEN = 120

_STOP = re.compile(r"[。！？!?；;｡]+|…+|\.{3,}|[.．]")
_TRAILING_CLOSERS = "”’」』）)】]》〉\"'"
_CLAUSE_SEP = re.compile(r"[，,：:；;。！？!?｡…]+|[.．]")
_LEADING_NUMBER = re.compile(r"[0-9０-９]{1,3}$")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _SPACE):
        start += 1
    while end > start and (text[end - 1] in _SPACE):
        end -= 1
    return start, end


def paragraphs(text: str) -> list[Segment]:
    """The non-blank lines of `text`, trimmed of surrounding spaces."""
    out: list[Segment] = []
    pos = 0
    for m in _LINE_BREAK.finditer(text):
        _add(out, text, pos, m.start())
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _add(out: list[Segment], text: str, start: int, end: int, clause: bool = False) -> None:
    if start < end and (text[start] in _SPACE or text[end - 1] in _SPACE):
        start, end = _strip(text, start, end)
    if end <= start:
        return
    segment = text[start:end]
    # A closing quote left over after a clause's stop is not a clause of its own.
    if clause and segment[0] in _TRAILING_CLOSERS and not segment.strip(_TRAILING_CLOSERS + _SPACE):
        return
    out.append(Segment(start, end, segment))


class _Protection:
    """Intervals of one paragraph inside which no sentence or clause ends."""

    def __init__(self, text: str, start: int, end: int) -> None:
        spans: list[tuple[int, int]] = []
        stack: list[tuple[str, int]] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        if not _PAIRED.search(text, start, end):
            return
        for m in _PAIRED.finditer(text, start, end):
            ch, pos = m.group(), m.start()
            if ch == '"':
                if any(c == '"' for c, _ in stack):
                    self._close(text, start, stack, spans, '"', pos)
                else:
                    stack.append((ch, pos))
            elif ch in _OPENERS:
                stack.append((ch, pos))
            else:
                self._close(text, start, stack, spans, _CLOSERS[ch], pos)
        # Nested pairs merge into their outer pair: disjoint, sorted intervals.
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    @staticmethod
    def _close(
        text: str, para_start: int, stack: list[tuple[str, int]], spans: list[tuple[int, int]], opener: str, pos: int
    ) -> None:
        for i in range(len(stack) - 1, -1, -1):
            if stack[i][0] == opener:
                open_pos = stack[i][1]
                del stack[i:]
                if opener not in _QUOTES or not _opens_speech(text, para_start, open_pos, pos):
                    spans.append((open_pos, pos))
                return
        # A closer with no opener is plain text.

    def covers(self, pos: int) -> bool:
        """True when `pos` lies strictly inside a protected pair."""
        if not self._starts:
            return False
        i = bisect.bisect_left(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]


def _opens_speech(text: str, para_start: int, open_pos: int, close_pos: int) -> bool:
    if close_pos - open_pos > _SPEECH_QUOTE_LEN:
        return True
    i = open_pos - 1
    while i >= para_start and text[i] in _SPACE:
        i -= 1
    return i < para_start or text[i] in "：:，,。！？!?；;"


def _is_stop(text: str, m: re.Match[str], seg_start: int) -> bool:
    if m.group() not in ".．":
        return True
    nxt = text[m.end()] if m.end() < len(text) else ""
    if nxt.isascii() and nxt.isalnum() or nxt in "０１２３４５６７８９":
        return False
    # "1." or "２．" opening a sentence numbers it rather than ending it.
    before = text[seg_start : m.start()].strip(_SPACE)
    return not _LEADING_NUMBER.fullmatch(before)


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Segment]:
    """The sentences of `text[start:end]`, with offsets into `text`."""
    end = len(text) if end is None else end
    out: list[Segment] = []
    for para in paragraphs(text[start:end]):
        p_start, p_end = para.start + start, para.end + start
        guard = _Protection(text, p_start, p_end)
        seg_start = p_start
        for m in _STOP.finditer(text, p_start, p_end):
            if m.start() < seg_start or guard.covers(m.start()) or not _is_stop(text, m, seg_start):
                continue
            stop = m.end()
            while stop < p_end and text[stop] in _TRAILING_CLOSERS and _closes_here(text, stop, guard):
                stop += 1
            _add(out, text, seg_start, stop)
            seg_start = stop
        _add(out, text, seg_start, p_end)
    return out


def sentences_touching(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the whole sentences that the range start..end touches (a cursor when start == end).

    A cursor just after a sentence's stop still belongs to it; None where no sentence is (a blank line).
    """
    touched = [s for s in sentences(text) if (s.start < end and start < s.end) or s.start <= start <= s.end]
    if not touched:
        return None
    return touched[0].start, touched[-1].end


def _closes_here(text: str, pos: int, guard: _Protection) -> bool:
    # A closer after a stop belongs to the sentence unless it opens something ("…。"后).
    ch = text[pos]
    return ch != '"' or not guard.covers(pos + 1)


def clauses(text: str, start: int = 0, end: int | None = None) -> list[Segment]:
    """The clauses of the sentence `text[start:end]`, with offsets into `text`.

    Separators (and the sentence's final stop) are left out of the segments.
    """
    end = len(text) if end is None else end
    out: list[Segment] = []
    guard = _Protection(text, start, end)
    seg_start = start
    for m in _CLAUSE_SEP.finditer(text, start, end):
        if m.start() < seg_start or guard.covers(m.start()):
            continue
        sep = m.group()
        if sep in ",." and _between_digits(text, m.start()):
            continue
        if sep in ".．" and not _is_stop(text, m, seg_start):
            continue
        _add(out, text, seg_start, m.start(), clause=True)
        seg_start = m.end()
    _add(out, text, seg_start, end, clause=True)
    return out


def _between_digits(text: str, pos: int) -> bool:
    return 0 < pos < len(text) - 1 and text[pos - 1].isdigit() and text[pos + 1].isdigit()
