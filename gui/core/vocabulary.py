"""pizhu's vocabulary, declared once: label codes, issuer kinds, strengths, statuses, dates and ids.

Every layer (ingest, NLP, store, export, Insight, the command line and the window)
takes these from here, so a new label or status is added in one place. Parsing
returns None for what it cannot read: each caller words its own error (a flag
on the command line, a field in the window, a record in an import).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

# -- annotations ------------------------------------------------------------------

# The entity labels the tagger proposes, in the order the window lists them.
ENTITY_LABELS: tuple[str, ...] = ("PER", "POST", "ORG", "LOC", "TIME", "MEETING", "DOC")
DIRECTIVE_LABEL = "DIRECTIVE"  # the one label of a directive annotation
KNOWN_LABELS: frozenset[str] = frozenset((*ENTITY_LABELS, DIRECTIVE_LABEL))

# What an issuer of a directive can be: the detector names people, meetings, documents and
# organisations, and a spokesperson (外交部发言人, an organisation's post) as POST. So POST
# belongs here: Insight counts those issuers, and a tagged post is offered as a speaker.
ISSUER_KINDS: tuple[str, ...] = ("PER", "MEETING", "DOC", "ORG", "POST")

# How strongly a directive instructs, strongest first.
STRENGTHS: tuple[str, ...] = ("必须", "要", "鼓励", "可")
DEFAULT_STRENGTH = "要"

ANNOTATION_KINDS: tuple[str, ...] = ("entity", "directive")
ORIGINS: tuple[str, ...] = ("auto", "manual")
ANNOTATION_STATUSES: tuple[str, ...] = ("suggested", "accepted", "rejected")

# -- codebooks --------------------------------------------------------------------

CODE_UNITS: tuple[str, ...] = ("article", "directive")  # what a codebook variable codes
VARIABLE_TYPES: tuple[str, ...] = ("nominal", "multi", "ordinal", "interval", "text")
VALUE_TYPES: tuple[str, ...] = ("nominal", "multi", "ordinal")  # the types coded by choosing values
# Keys the reader and the window act on (gui/reader/bodyview.py, gui/window/menus.py): a
# codebook value's key may not be one of them. The label keys (1-7 by default) belong to the
# label set, not to the reader, so they are not listed.
RESERVED_KEYS: tuple[str, ...] = (
    "J", "K", "D", "X", "Enter", "Return", "Tab", "Backtab", "Delete", "Backspace", "Esc",
)  # fmt: skip

# -- articles ---------------------------------------------------------------------

ARTICLE_STATUSES: tuple[str, ...] = ("new", "in_progress", "done")
# "summary": a block that only lists the day's headlines (新闻联播's 新闻摘要, a paper's 导读):
# kept and searchable, but a coder usually filters it out.
ARTICLE_KINDS: tuple[str, ...] = ("article", "summary")

# -- dates and ids ----------------------------------------------------------------------

_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_COMPACT_DATE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?!\d)")
_ID_SEPARATORS = re.compile(r"[,，\s]+")


def iso_date(year: int, month: int, day: int) -> str | None:
    """YYYY-MM-DD, or None when there is no such day."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(value: Any) -> str | None:
    """YYYY-MM-DD from the usual ways of writing a date; None when absent or unreadable."""
    if value in (None, ""):
        return None
    text = str(value)
    match = _DATE.match(text) or _COMPACT_DATE.match(text)
    if not match:
        return None
    return iso_date(int(match[1]), int(match[2]), int(match[3]))


def is_iso_date(text: str) -> bool:
    """True for a real day written YYYY-MM-DD (what the store compares dates as)."""
    return parse_date(text) == text


def parse_ids(text: str) -> list[int] | None:
    """Article ids written "1, 2, 3" (commas, full-width commas or spaces); [] for none, None when
    a part is not a number."""
    parts = [part for part in _ID_SEPARATORS.split(text) if part]
    if not all(part.isdecimal() for part in parts):  # isdecimal: what int() reads (not ², not 一)
        return None
    return [int(part) for part in parts]
