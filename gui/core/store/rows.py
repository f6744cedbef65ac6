"""The rows the store hands out besides the model's dataclasses: named, so a caller reads
`row.action`, not `row[3]`, and a second backend returns the same shapes. NamedTuples: they
still compare equal to plain tuples and unpack as before."""

from __future__ import annotations

from typing import Any, NamedTuple


class LexiconRow(NamedTuple):
    """A term of the user's lexicon: `action` "add" tags it as `label`, "block" stops that."""

    term: str
    label: str
    source: str  # "builtin" or "user"
    action: str  # "add" or "block"


class ArticleHead(NamedTuple):
    """What an annotation export repeats of its article."""

    title: str
    published: str | None


class DirectiveDay(NamedTuple):
    """Counted directives of one publication date, topic and strength."""

    published: str | None
    topic: str
    strength: str
    directives: int


class ValueArticles(NamedTuple):
    """A topic or strength and the articles with such a directive."""

    value: str
    articles: int


class IssuerCount(NamedTuple):
    """An issuer as written, its directives and the articles they are in."""

    issuer: str
    directives: int
    articles: int


class IssuerTopic(NamedTuple):
    """Directives of an issuer (as written) with the label it was linked to, on one topic."""

    issuer: str
    issuer_label: str
    topic: str
    directives: int


class EntityCount(NamedTuple):
    """An entity's text, its mentions and the articles it is in."""

    text: str
    mentions: int
    articles: int


class EntityLabel(NamedTuple):
    """Mentions of an entity text under one label."""

    text: str
    label: str
    mentions: int


class CodeUnit(NamedTuple):
    """A unit a crosstab of codes counts: an article, or a directive that is not rejected."""

    unit_id: int  # the article's id, or the directive annotation's
    article_id: int
    published: str | None  # the article's


class CodeRow(NamedTuple):
    """A code: the value (decoded JSON) one coder gave one unit on one variable."""

    unit: str  # "article" or "directive"
    unit_id: int  # the article's id, or the directive annotation's
    article_id: int  # the article the unit is or belongs to
    variable: str
    value: Any
    coder: str
    updated_at: str


class DocumentRow(NamedTuple):
    """A document record: its title (with 《》) and number as written one way, issuing bodies,
    date, the article that is the document (or None), and how many other articles cite it."""

    id: int
    title: str
    number: str
    issuers: list[str]
    date: str
    article_id: int | None
    articles: int


class DocumentMention(NamedTuple):
    """Where an article names a document."""

    article_id: int
    document_id: int
    start: int
    end: int
    title: str
    number: str
