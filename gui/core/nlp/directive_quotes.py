"""Quoted words: how far a speaker's quotation reaches.

A frame followed by a quotation (习近平总书记强调：“要…。要…。”) speaks for the quotation: once it
closes at a sentence's end, the speaker has finished, and what follows is the writer's own — a
commentator's 要/应 (评论员, 时评) or a feature's narration — not the speaker's directive. Indirect
speech (会议指出，要…。要…。) has no such close and carries on as before.
"""

from __future__ import annotations

from gui.core.nlp.sentences import Segment, clauses

_OPEN = "“「『"
_CLOSE = "”」』"
_AFTER_CLOSE = "。！？!?…；; \u3000"


def quote_depth(text: str) -> int:
    """Opening minus closing quotation marks in `text`."""
    return sum(text.count(ch) for ch in _OPEN) - sum(text.count(ch) for ch in _CLOSE)


def opens_quote(text: str) -> bool:
    """The speaker's words begin with a quotation mark (after the frame's comma or colon)."""
    return text.lstrip(" \u3000")[:1] in _OPEN


def ends_quote(text: str) -> bool:
    """The sentence ends with its quotation closing (…。” or …”。), not with a quoted term mid-sentence."""
    stripped = text.rstrip(_AFTER_CLOSE)
    return stripped[-1:] in _CLOSE


def split_quotations(body: str, parts: list[Segment]) -> list[Segment]:
    """Quotations run together (“…是…”“我们必须…”) are separate utterances: each opens a clause."""
    out: list[Segment] = []
    for c in parts:
        start, cut = c.start, body.find("”“", c.start, c.end)
        while cut >= 0:
            out.append(Segment(start, cut + 1, body[start : cut + 1]))
            start, cut = cut + 1, body.find("”“", cut + 1, c.end)
        # The later quotation is cut into its clauses as a sentence of its own would be.
        out.extend(clauses(body, start, c.end) if start != c.start else [c])
    return out
