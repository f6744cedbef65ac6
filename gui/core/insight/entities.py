"""Entities in aggregate: the entities of a label found in most articles, and who appears with
whom (the co-occurrence graph's nodes and the pairs of them that share articles)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gui.core.insight.selectors import PEOPLE_AND_MEETINGS, Selector
from gui.core.model import ArticleFilter
from gui.core.store.api import LibraryStore
from gui.core.vocabulary import ENTITY_LABELS

# -- entities --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EntityRow:
    label: str
    text: str
    mentions: int
    articles: int
    selector: Selector


def _entity_row(label: str, text: str, mentions: int, articles: int) -> EntityRow:
    return EntityRow(label, text, mentions, articles, Selector(f"{text} ({label})", entities=((label, text),)))


def entities_by_label(
    store: LibraryStore, flt: ArticleFilter, labels: Sequence[str] = ENTITY_LABELS, limit: int = 20
) -> dict[str, list[EntityRow]]:
    """For each label, the `limit` entities found in most articles (then most mentions)."""
    return {label: top_entities(store, flt, label, limit) for label in labels}


def top_entities(store: LibraryStore, flt: ArticleFilter, label: str, limit: int = 20) -> list[EntityRow]:
    """The `limit` entities of a label found in most articles (then most mentions)."""
    return [_entity_row(label, r.text, r.mentions, r.articles) for r in store.insight_entities(flt, label, limit)]


# -- co-occurrence ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PairRow:
    a: EntityRow
    b: EntityRow
    articles: int  # articles where both appear
    selector: Selector


@dataclass(slots=True)
class Cooccurrence:
    nodes: list[EntityRow]  # the most frequent people and meetings, most articles first
    pairs: list[PairRow]  # pairs of nodes that share articles, most shared first


def cooccurrence(
    store: LibraryStore,
    flt: ArticleFilter,
    labels: Sequence[str] = PEOPLE_AND_MEETINGS,
    limit: int = 50,
    nodes: int = 30,
) -> Cooccurrence:
    """Who appears with whom: pairs among the `nodes` most frequent entities of these labels."""
    by_label = entities_by_label(store, flt, labels, nodes)
    return pairs_among(store, flt, by_label, limit, nodes)


def pairs_among(
    store: LibraryStore, flt: ArticleFilter, by_label: dict[str, list[EntityRow]], limit: int, nodes: int
) -> Cooccurrence:
    rows = sorted(
        (row for group in by_label.values() for row in group), key=lambda r: (-r.articles, -r.mentions, r.text)
    )[:nodes]
    # Each node's articles as a bit mask (bit i: article i); a pair's weight is the
    # number of bits two masks share. Cheaper than joining the annotations with
    # themselves, or than sets, when a few names are in tens of thousands of articles.
    masks = [_mask(store.insight_entity_articles(flt, r.label, r.text)) for r in rows]
    found = []
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            shared = (masks[i] & masks[j]).bit_count()
            if shared:
                found.append((-shared, i, j))
    found.sort()
    pairs = []
    for negative, i, j in found[:limit]:
        a, b = rows[i], rows[j]
        selector = Selector(f"{a.text} + {b.text}", entities=((a.label, a.text), (b.label, b.text)))
        pairs.append(PairRow(a, b, -negative, selector))
    return Cooccurrence(rows, pairs)


def _mask(ids: Sequence[int]) -> int:
    bits = bytearray((max(ids) >> 3) + 1 if ids else 0)
    for i in ids:
        bits[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(bits, "little")
