"""Insight: what a library, or the article list's current filter, says in aggregate.

The questions researchers ask of official news, answered from the store's SQL
aggregates (`Store.insight_*`) and shaped here into plain dataclasses for the
Insight window (gui/insight.py), the benchmark and tests:

- `directives_over_time`: directives per day, week (weeks start on Monday and are
  named by that Monday) or month of the article's publication date, stacked by topic
  or by strength; articles without a date count under `NO_DATE` (after the dated
  periods). Empty periods between the first and the last are filled in, so the
  axis is proportional to time.
- `top_issuers`: issuers by number of directives, with the topics each one issues
  on. Issuer strings are normalised (`issuer_key`): spaces, 《》 and quotes around
  the name and a trailing 同志 do not make another issuer. An issuer's kind is the
  label the detector linked it to most often (PER, MEETING, DOC, ORG, POST); an
  issuer typed by hand (no label) takes the label of an entity with the same text.
  "People and meetings" (the default) keeps PER and MEETING.
- `top_entities`: the entities of one label found in most articles, with their
  mentions and number of articles.
- `cooccurrence`: who appears with whom: the most frequent people and meetings
  (the graph's nodes) and the pairs of them that share articles, ranked.

Everything counts only what the article list counts: annotations not rejected,
in the articles the filter selects. Each bar, row, node and edge carries a
`Selector`; `article_ids_for(store, flt, selector)` gives the articles behind it,
so the window never issues SQL. `compute_view` computes the whole view at once
(inside one read snapshot) and `table_*` functions give the numbers behind each
chart as rows for `write_csv`.
"""

from __future__ import annotations

import csv
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from gui.core.store import ArticleFilter, Store

NO_DATE = ""  # the period of articles without a publication date
NO_DATE_TEXT = "no date"
NO_VALUE_TEXT = "(none)"  # a directive without a topic (or strength)
PERIODS = ("day", "week", "month")
STACKS = ("topic", "strength")
STRENGTHS = ("必须", "要", "鼓励", "可")
ENTITY_LABELS = ("PER", "POST", "ORG", "LOC", "TIME", "MEETING", "DOC")
ISSUER_KINDS = ("PER", "MEETING", "DOC", "ORG", "POST")
PEOPLE_AND_MEETINGS = ("PER", "MEETING")
# Empty periods are filled in up to this many bars; beyond, only periods with directives show.
MAX_FILLED_PERIODS = 400
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # as gui/core/export.py: OWASP's list


# -- selecting the articles behind a bar -----------------------------------------


@dataclass(frozen=True, slots=True)
class Selector:
    """The articles behind one bar, point, row, node or edge, within the view's filter.

    period: (day|week|month, period key); directive: (attribute, value) pairs one
    directive must have; issuers: issuer strings as stored, one of which that
    directive has; entities: (label, text) that must all appear in the article.
    """

    description: str
    period: tuple[str, str] | None = None
    directive: tuple[tuple[str, str], ...] = ()
    issuers: tuple[str, ...] = ()
    entities: tuple[tuple[str, str], ...] = ()


def article_ids_for(store: Store, flt: ArticleFilter, selector: Selector) -> list[int]:
    """Ids of the articles behind a selector (newest first), for MainWindow.show_only."""
    return store.insight_article_ids(
        flt,
        period=selector.period,
        directive=selector.directive,
        issuers=selector.issuers,
        entities=selector.entities,
    )


def period_text(key: str) -> str:
    return NO_DATE_TEXT if key == NO_DATE else key


def value_text(value: str) -> str:
    return value or NO_VALUE_TEXT


# -- summary ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Summary:
    articles: int
    directives: int
    entities: int


def summary(store: Store, flt: ArticleFilter) -> Summary:
    return Summary(*store.insight_summary(flt))


# -- directives over time --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StackTotal:
    """One topic (or strength) over the whole time range."""

    value: str
    directives: int
    articles: int
    selector: Selector


@dataclass(slots=True)
class DirectivesOverTime:
    period: str
    stack: str
    periods: list[str]  # in time order, NO_DATE last when some articles have no date
    stacks: list[str]  # stack values: topics by number of directives, strengths strongest first; '' last
    counts: dict[tuple[str, str], int]  # (period, stack value) → directives
    totals: list[StackTotal]  # per stack value, in `stacks` order

    def count(self, period: str, value: str) -> int:
        return self.counts.get((period, value), 0)

    def period_total(self, period: str) -> int:
        return sum(self.count(period, value) for value in self.stacks)

    def selector(self, period: str | None = None, value: str | None = None) -> Selector:
        """The articles behind a bar segment (both given), a whole bar, or a stack value."""
        parts = []
        if period is not None:
            parts.append(period_text(period))
        if value is not None:
            parts.append(value_text(value))
        return Selector(
            description=" · ".join(parts) or "directives",
            period=(self.period, period) if period is not None else None,
            directive=((self.stack, value),) if value is not None else (),
        )


def directives_over_time(
    store: Store, flt: ArticleFilter, period: str = "month", stack: str = "topic"
) -> DirectivesOverTime:
    if period not in PERIODS:
        raise ValueError(f"period must be one of {PERIODS}, not {period!r}")
    if stack not in STACKS:
        raise ValueError(f"stack must be one of {STACKS}, not {stack!r}")
    counts: dict[tuple[str, str], int] = {}
    for key, value, n in store.insight_directives_by_period(flt, period, stack):
        counts[(key, value)] = counts.get((key, value), 0) + n
    totals = {value: (n, articles) for value, n, articles in store.insight_directive_values(flt, stack)}
    if stack == "strength":
        stacks = [s for s in STRENGTHS if s in totals]
        stacks += sorted(v for v in totals if v not in STRENGTHS and v)
    else:
        stacks = sorted((v for v in totals if v), key=lambda v: (-totals[v][0], v))
    if "" in totals:
        stacks.append("")
    series = DirectivesOverTime(period, stack, _periods({k for k, _v in counts}, period), stacks, counts, [])
    series.totals = [StackTotal(v, *totals[v], series.selector(value=v)) for v in stacks]
    return series


def _periods(keys: set[str], period: str) -> list[str]:
    dated = sorted(k for k in keys if k != NO_DATE)
    filled = _fill(dated, period) if dated else []
    return filled + ([NO_DATE] if NO_DATE in keys else [])


def _fill(keys: list[str], period: str) -> list[str]:
    """All periods from the first key to the last; the keys as they are if they are not dates."""
    try:
        first, last = _day(keys[0], period), _day(keys[-1], period)
    except ValueError:
        return keys
    out: list[str] = []
    day = first
    while day <= last:
        if len(out) >= MAX_FILLED_PERIODS:
            return keys
        out.append(day.strftime("%Y-%m") if period == "month" else day.isoformat())
        if period == "month":
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        else:
            day += timedelta(days=7 if period == "week" else 1)
    return out if set(keys) <= set(out) else keys


def _day(key: str, period: str) -> date:
    return date.fromisoformat(key + "-01" if period == "month" else key)


# -- issuers ---------------------------------------------------------------------

_SPACE_BETWEEN_HAN = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
_EDGE = " \t\r\n\u3000《》〈〉“”‘’\"'「」"


def issuer_key(raw: str) -> str:
    """One spelling per issuer: '《实施意见》', ' 林武 ' and '林武同志' are '实施意见', '林武', '林武'."""
    text = _SPACE_BETWEEN_HAN.sub("", " ".join(raw.split())).strip(_EDGE)
    if text.endswith("同志") and len(text) > 2:
        text = text[:-2].rstrip(_EDGE)
    return text


@dataclass(frozen=True, slots=True)
class TopicCount:
    topic: str
    directives: int
    articles: int
    selector: Selector


@dataclass(frozen=True, slots=True)
class IssuerRow:
    name: str  # as most often written
    kind: str  # PER, MEETING, DOC, ORG, POST, or '' when unknown
    directives: int
    articles: int
    topics: tuple[TopicCount, ...]  # most directives first
    selector: Selector

    def topic_count(self, topic: str) -> int:
        return next((t.directives for t in self.topics if t.topic == topic), 0)


def top_issuers(
    store: Store, flt: ArticleFilter, limit: int = 15, kinds: Sequence[str] | None = PEOPLE_AND_MEETINGS
) -> list[IssuerRow]:
    """The issuers of most directives (of these kinds; None: every issuer, known kind or not)."""
    directives: Counter[str] = Counter()
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    topics: dict[str, Counter[str]] = defaultdict(Counter)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for raw, label, topic, n in store.insight_issuers(flt):
        key = issuer_key(raw)
        if not key:
            continue
        directives[key] += n
        labels[key][label] += n
        topics[key][topic] += n
        spellings[key][raw] += n
    ranked = sorted(directives, key=lambda k: (-directives[k], k))

    def known(key: str) -> str:
        found = [(n, label) for label, n in labels[key].items() if label]
        return max(found)[1] if found else ""

    kind = {k: known(k) for k in ranked}
    # Hand-typed issuers have no label: look their text up among the entities, but
    # only for those that would make the list.
    cut = _cut(ranked, kind, kinds, limit)
    unknown = [k for k in ranked[:cut] if not kind[k]]
    if unknown:
        found: dict[str, Counter[str]] = defaultdict(Counter)
        for text, label, n in store.insight_entity_labels(unknown, ISSUER_KINDS):
            found[text][label] += n
        for key in unknown:
            if found[key]:
                kind[key] = max((n, label) for label, n in found[key].items())[1]
    chosen = [k for k in ranked if kinds is None or kind[k] in kinds][:limit]
    rows = []
    for key in chosen:
        raws = tuple(sorted(spellings[key]))
        name = issuer_key(spellings[key].most_common(1)[0][0]) if kind[key] != "DOC" else _doc_name(spellings[key])
        articles: dict[str | None, int] = dict(store.insight_issuer_articles(flt, raws))
        selector = Selector(description=name, issuers=raws)
        topic_rows = tuple(
            TopicCount(
                topic,
                n,
                articles.get(topic, 0),
                Selector(f"{name} · {value_text(topic)}", directive=(("topic", topic),), issuers=raws),
            )
            for topic, n in sorted(topics[key].items(), key=lambda item: (-item[1], item[0] == "", item[0]))
        )
        rows.append(IssuerRow(name, kind[key], directives[key], articles.get(None, 0), topic_rows, selector))
    return rows


def _cut(ranked: list[str], kind: dict[str, str], kinds: Sequence[str] | None, limit: int) -> int:
    """How far down the ranking the list may reach once unknown kinds are resolved."""
    taken = 0
    for n, key in enumerate(ranked):
        if kinds is None or kind[key] in kinds:
            taken += 1
            if taken == limit:
                return n + 1
    return len(ranked)


def _doc_name(spellings: Counter[str]) -> str:
    """A document by its title in 《》 when any spelling has them."""
    titled = [s for s, _n in spellings.most_common() if "《" in s]
    return " ".join((titled or [spellings.most_common(1)[0][0]])[0].split())


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
    store: Store, flt: ArticleFilter, labels: Sequence[str] = ENTITY_LABELS, limit: int = 20
) -> dict[str, list[EntityRow]]:
    """For each label, the `limit` entities found in most articles (then most mentions)."""
    out: dict[str, list[EntityRow]] = {label: [] for label in labels}
    for label, text, mentions, articles in store.insight_entities(flt, labels, limit):
        out[label].append(_entity_row(label, text, mentions, articles))
    return out


def top_entities(store: Store, flt: ArticleFilter, label: str, limit: int = 20) -> list[EntityRow]:
    return entities_by_label(store, flt, (label,), limit)[label]


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
    store: Store,
    flt: ArticleFilter,
    labels: Sequence[str] = PEOPLE_AND_MEETINGS,
    limit: int = 50,
    nodes: int = 30,
) -> Cooccurrence:
    """Who appears with whom: pairs among the `nodes` most frequent entities of these labels."""
    by_label = entities_by_label(store, flt, labels, nodes)
    return _pairs(store, flt, by_label, limit, nodes)


def _pairs(
    store: Store, flt: ArticleFilter, by_label: dict[str, list[EntityRow]], limit: int, nodes: int
) -> Cooccurrence:
    rows = sorted(
        (row for group in by_label.values() for row in group), key=lambda r: (-r.articles, -r.mentions, r.text)
    )[:nodes]
    index = {(r.label, r.text): r for r in rows}
    pairs = []
    for la, ta, lb, tb, n in store.insight_pairs(flt, list(index), limit):
        a, b = index[(la, ta)], index[(lb, tb)]
        if (b.articles, b.mentions) > (a.articles, a.mentions):
            a, b = b, a
        pairs.append(
            PairRow(a, b, n, Selector(f"{a.text} + {b.text}", entities=((a.label, a.text), (b.label, b.text))))
        )
    return Cooccurrence(rows, pairs)


# -- the whole view --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ViewOptions:
    period: str = "month"
    stack: str = "topic"
    issuer_kinds: tuple[str, ...] | None = PEOPLE_AND_MEETINGS  # None: every issuer
    issuer_limit: int = 15
    entity_limit: int = 20
    nodes: int = 30  # people and meetings in the co-occurrence graph
    pair_limit: int = 50


@dataclass(slots=True)
class InsightView:
    flt: ArticleFilter
    options: ViewOptions
    summary: Summary
    over_time: DirectivesOverTime
    issuers: list[IssuerRow]
    entities: dict[str, list[EntityRow]]  # label → top entities, for every label
    cooccurrence: Cooccurrence


def compute_view(
    store: Store,
    flt: ArticleFilter,
    options: ViewOptions = ViewOptions(),  # noqa: B008 - frozen
    timings: dict[str, float] | None = None,
) -> InsightView:
    """Every aggregate of the Insight window, from one state of the library.

    `timings`, when given, receives the seconds each part took and `total`.
    """
    clock = time.perf_counter
    times: dict[str, float] = {}

    def timed(name: str, work: Callable[[], Any]) -> Any:
        started = clock()
        result = work()
        times[name] = clock() - started
        return result

    started = clock()
    with store.read_snapshot():
        head = timed("summary", lambda: summary(store, flt))
        series = timed("directives_over_time", lambda: directives_over_time(store, flt, options.period, options.stack))
        issuers = timed("top_issuers", lambda: top_issuers(store, flt, options.issuer_limit, options.issuer_kinds))
        labels = tuple(dict.fromkeys((*ENTITY_LABELS, *PEOPLE_AND_MEETINGS)))
        limit = max(options.entity_limit, options.nodes)
        entities = timed("top_entities", lambda: entities_by_label(store, flt, labels, limit))
        # The graph's nodes come from the same counts as the entity chart.
        people = {label: entities[label] for label in PEOPLE_AND_MEETINGS}
        pairs = timed("cooccurrence", lambda: _pairs(store, flt, people, options.pair_limit, options.nodes))
    times["total"] = clock() - started
    if timings is not None:
        timings.update(times)
    shown = {label: rows[: options.entity_limit] for label, rows in entities.items()}
    return InsightView(flt, options, head, series, issuers, shown, pairs)


# -- the numbers behind the charts -----------------------------------------------

Table = tuple[list[str], list[list[Any]]]


def table_over_time(series: DirectivesOverTime) -> Table:
    header = ["period", series.stack, "directives"]
    rows = [
        [period_text(p), value_text(v), series.count(p, v)]
        for p in series.periods
        for v in series.stacks
        if series.count(p, v)
    ]
    return header, rows


def table_stack_totals(series: DirectivesOverTime) -> Table:
    return [series.stack, "directives", "articles"], [
        [value_text(t.value), t.directives, t.articles] for t in series.totals
    ]


def table_issuers(rows: Iterable[IssuerRow]) -> Table:
    header = ["issuer", "kind", "directives", "articles", "topic", "topic_directives", "topic_articles"]
    out = []
    for row in rows:
        for t in row.topics:
            out.append(
                [row.name, row.kind, row.directives, row.articles, value_text(t.topic), t.directives, t.articles]
            )
    return header, out


def table_entities(rows: Iterable[EntityRow]) -> Table:
    return ["label", "text", "mentions", "articles"], [[r.label, r.text, r.mentions, r.articles] for r in rows]


def table_pairs(result: Cooccurrence) -> Table:
    header = ["label_a", "a", "label_b", "b", "shared_articles", "articles_a", "articles_b"]
    rows = [[p.a.label, p.a.text, p.b.label, p.b.text, p.articles, p.a.articles, p.b.articles] for p in result.pairs]
    return header, rows


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading ' (OWASP)."""
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def write_csv(path: str | Path, table: Table) -> Path:
    """Write a table as CSV for Excel: UTF-8 with a BOM, CRLF, formula-like cells neutralised."""
    header, rows = table
    path = Path(path)
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([neutralise(v) for v in row] for row in rows)
    return path
