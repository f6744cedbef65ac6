"""The whole Insight view at once, inside one read snapshot, on two connections when it can."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from gui.core.errors import LibraryError
from gui.core.insight.directives import DirectivesOverTime, IssuerRow, directives_over_time, top_issuers
from gui.core.insight.entities import Cooccurrence, EntityRow, entities_by_label, pairs_among
from gui.core.insight.selectors import PEOPLE_AND_MEETINGS
from gui.core.model import ArticleFilter
from gui.core.store.api import LibraryStore


@dataclass(frozen=True, slots=True)
class ViewOptions:
    period: str = "month"
    stack: str = "topic"
    issuer_kinds: tuple[str, ...] | None = PEOPLE_AND_MEETINGS  # None: every issuer
    issuer_limit: int = 15
    entity_label: str = "PER"
    entity_limit: int = 20
    nodes: int = 30  # people and meetings in the co-occurrence graph
    pair_limit: int = 50


@dataclass(slots=True)
class InsightView:
    flt: ArticleFilter
    options: ViewOptions
    articles: int  # under the filter
    over_time: DirectivesOverTime
    issuers: list[IssuerRow]
    entities: list[EntityRow]  # of options.entity_label
    cooccurrence: Cooccurrence

    @property
    def directives(self) -> int:
        return self.over_time.directives


def compute_view(
    store: LibraryStore,
    flt: ArticleFilter,
    options: ViewOptions = ViewOptions(),  # noqa: B008 - frozen
    timings: dict[str, float] | None = None,
    parallel: bool = True,
) -> InsightView:
    """Every aggregate of the Insight window.

    With `parallel`, entities and co-occurrence are counted on a second connection
    in a thread while this one counts directives and issuers (SQLite runs queries
    without holding Python's lock, so two cores share the work); each connection
    reads one committed state of the library. `timings`, when given, receives the
    seconds each part took and `total` (the time the whole view took).
    """
    clock = time.perf_counter
    times: dict[str, float] = {}
    labels = tuple(dict.fromkeys((options.entity_label, *PEOPLE_AND_MEETINGS)))
    limit = max(options.entity_limit, options.nodes)

    def timed(name: str, work: Callable[[], Any]) -> Any:
        started = clock()
        result = work()
        times[name] = clock() - started
        return result

    def entity_part(source: LibraryStore) -> tuple[dict[str, list[EntityRow]], Cooccurrence]:
        # People and meetings are counted once, for the entity chart and the graph's nodes.
        entities = timed("top_entities", lambda: entities_by_label(source, flt, labels, limit))
        people = {label: entities[label] for label in PEOPLE_AND_MEETINGS}
        pairs = timed("cooccurrence", lambda: pairs_among(source, flt, people, options.pair_limit, options.nodes))
        return entities, pairs

    def on_own_connection() -> tuple[dict[str, list[EntityRow]], Cooccurrence]:
        with store.open_reader() as other, other.read_snapshot(), other.insight_scope(flt):
            return entity_part(other)

    started = clock()
    with ThreadPoolExecutor(max_workers=1) as pool, store.read_snapshot(), store.insight_scope(flt):
        other = pool.submit(on_own_connection) if parallel else None
        articles = timed("articles", lambda: store.insight_article_count(flt))
        series = timed("directives_over_time", lambda: directives_over_time(store, flt, options.period, options.stack))
        issuers = timed("top_issuers", lambda: top_issuers(store, flt, options.issuer_limit, options.issuer_kinds))
        try:
            entities, pairs = other.result() if other is not None else entity_part(store)
        except LibraryError:  # the second connection could not open: count here
            entities, pairs = entity_part(store)
    times["total"] = clock() - started
    if timings is not None:
        timings.update(times)
    shown = entities[options.entity_label][: options.entity_limit]
    return InsightView(flt, options, articles, series, issuers, shown, pairs)
