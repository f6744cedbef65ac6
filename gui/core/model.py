"""The data model shared by ingest, NLP, the store, export and the window.

Offsets (`start`, `end`) are code-point offsets into `Article.body`, i.e. Python
`str` indices, and an annotation's `text` always equals `body[start:end]`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

# The statuses and kinds are declared in gui/core/vocabulary.py; imported here for the
# modules that read them beside the dataclasses.
from gui.core.vocabulary import (  # noqa: F401 - re-exported
    ANNOTATION_KINDS,
    ANNOTATION_STATUSES,
    ARTICLE_KINDS,
    ARTICLE_STATUSES,
    ORIGINS,
)


def now_iso() -> str:
    """A UTC timestamp with milliseconds, sortable as text."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(slots=True)
class Annotation:
    kind: str
    label: str
    start: int
    end: int
    text: str
    attrs: dict[str, Any] = field(default_factory=dict)
    origin: str = "auto"
    status: str = "suggested"
    id: int | None = None
    article_id: int | None = None
    updated_at: str = ""
    # Whose layer it is in: a coder's name, or '' for the library's own (suggestions, and the
    # work of an editor who works alone: the final layer).
    coder: str = ""

    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(slots=True)
class ImportedCode:
    """A code that arrives with an article (the articles JSONL's `codes`), checked against the
    library's codebook when the article is stored."""

    variable: str
    value: Any
    coder: str = ""
    annotation: int | None = None  # a directive's code: its index in Article.annotations


@dataclass(slots=True)
class Article:
    title: str
    body: str
    pre_title: str = ""
    subtitles: list[str] = field(default_factory=list)
    byline: str = ""
    dateline: str = ""
    published: str | None = None
    source: str = ""
    status: str = "new"
    kind: str = "article"
    id: int | None = None
    content_hash: str = ""
    imported_at: str = ""
    updated_at: str = ""
    # Annotations that arrive with the article (a pizhu JSONL export).
    annotations: list[Annotation] = field(default_factory=list)
    # True when the source already carried its annotations (even none): import
    # keeps them exactly and does not add automatic suggestions.
    pretagged: bool = False
    # Codes that arrive with the article, and where it came from (a file and line) to name in
    # a problem with them.
    codes: list[ImportedCode] = field(default_factory=list)
    where: str = ""
    # A document's own metadata (a policy page's header block, a Word or PDF file's first lines):
    # 文号 such as 国办发〔2020〕1号 and the issuing body; a web page's address.
    doc_number: str = ""
    issuer: str = ""
    url: str = ""
    # The file the article was read from (absolute) and its SHA-256, for View → Original; for a
    # PDF, the pages (1-based, inclusive) the article came from.
    source_path: str = ""
    source_hash: str = ""
    page_from: int | None = None
    page_to: int | None = None
    # Coders' notes that arrive with the article: coder -> text.
    notes: dict[str, str] = field(default_factory=dict)

    def compute_hash(self) -> str:
        """Identity for idempotent import: the same headline and body is the same article."""
        parts = [self.pre_title, self.title, *self.subtitles, self.body]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()

    def display_title(self) -> str:
        if self.title:
            return self.title
        first = self.body.strip().split("\n", 1)[0]
        return first[:30] + ("…" if len(first) > 30 else "")


@dataclass(slots=True)
class ArticleRow:
    """What the article list shows for one article (no body: cheap to hold many)."""

    id: int
    title: str
    published: str | None
    status: str
    n_entities: int
    n_directives: int
    n_directives_accepted: int
    source: str = ""
    kind: str = "article"
    # The body's first characters: the list tells articles of one title apart by their opening words.
    head: str = ""


@dataclass(slots=True)
class ArticleFilter:
    """What the article list shows; every field narrows it, None means any."""

    status: str | None = None
    kind: str | None = None  # "article" leaves out the summaries of the day's headlines
    query: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    ids: Sequence[int] | None = None
    label: str | None = None  # has an entity with this label (not rejected)
    issuer: str | None = None  # has a directive by this issuer (not rejected)
    topic: str | None = None  # has a directive on this topic (not rejected)
    # (variable, code) pairs, all of which hold: coded with this value, on the article or on one
    # of its directives (not rejected), by any coder; a multi variable matches when the code is
    # among those chosen.
    code: tuple[tuple[str, str], ...] = ()
    issuing_body: str | None = None  # the document's issuer contains this (发文机关)
    doc_number: str | None = None  # the document number (文号) contains this
    document: tuple[int, ...] = ()  # cites or is one of these document records (ids)
