"""The whole Insight view at once, inside one read snapshot, on two connections when it can."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from gui.core.codebook import Codebook, codebook_from_json
from gui.core.errors import InputError, LibraryError
from gui.core.insight.codes import OVER_TIME, CodesOverTime, Crosstab, by_name, codes_over_time, crossable, crosstab
from gui.core.insight.directives import DirectivesOverTime, IssuerRow, directives_over_time, top_issuers
from gui.core.insight.entities import Cooccurrence, EntityRow, entities_by_label, pairs_among
from gui.core.insight.network import NetworkGraph
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
    # The codebook's tab: a crosstab of two variables (None: the codebook's first, second), or the
    # row variable over time when the column is OVER_TIME; not_coded keeps the uncoded units.
    code_row: str | None = None
    code_column: str | None = None
    code_period: str = "year"
    not_coded: bool = True


@dataclass(slots=True)
class CodesView:
    """The codebook's tab: no codebook, no codes yet, or a crosstab or a variable over time."""

    codebook: Codebook | None
    codes: int  # codes in the library (any article, any coder)
    crosstab: Crosstab | None = None
    over_time: CodesOverTime | None = None


@dataclass(slots=True)
class InsightView:
    flt: ArticleFilter
    options: ViewOptions
    articles: int  # under the filter
    over_time: DirectivesOverTime
    issuers: list[IssuerRow]
    entities: list[EntityRow]  # of options.entity_label
    cooccurrence: Cooccurrence
    codes: CodesView | None = None
    network: NetworkGraph | None = None  # the issuing network (Library.insight_view adds it)

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
        codes = timed("codes", lambda: compute_codes(store, flt, options))
        try:
            entities, pairs = other.result() if other is not None else entity_part(store)
        except LibraryError:  # the second connection could not open: count here
            entities, pairs = entity_part(store)
    times["total"] = clock() - started
    if timings is not None:
        timings.update(times)
    shown = entities[options.entity_label][: options.entity_limit]
    return InsightView(flt, options, articles, series, issuers, shown, pairs, codes)


def compute_codes(store: LibraryStore, flt: ArticleFilter, options: ViewOptions) -> CodesView:
    """The crosstab (or the variable over time) that the options ask for, when there are codes."""
    stored = store.codebook_json()
    try:
        codebook = codebook_from_json(stored[0], str(store.path)) if stored is not None else None
    except (ValueError, InputError):
        codebook = None  # Library.codebook() says what is wrong where a codebook is used to code
    view = CodesView(codebook, store.count_codes())
    variables = crossable(codebook)
    if not view.codes or not variables:
        return view
    row, column = by_name(codebook, [options.code_row, options.code_column])
    row = row or variables[0]
    if options.code_column == OVER_TIME:
        view.over_time = codes_over_time(store, flt, row, options.code_period, options.not_coded)
    else:
        column = column or (variables[1] if len(variables) > 1 and row is variables[0] else variables[0])
        view.crosstab = crosstab(store, flt, row, column, options.not_coded)
    return view
