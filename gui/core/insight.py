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
import math
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from gui.core.csvcells import escape_cell
from gui.core.errors import LibraryError
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


# -- selecting the articles behind a bar -----------------------------------------


@dataclass(frozen=True, slots=True)
class Selector:
    """The articles behind one bar, point, row, node or edge, within the view's filter.

    dates: (first, last) publication day of a period, both included; undated: the
    articles without a date; directive: (topic|strength, value) pairs one counted
    directive must have, by one of `issuers` (issuer strings as stored) when given;
    entities: (label, text) that must all appear in the article.
    """

    description: str
    dates: tuple[str, str] | None = None
    undated: bool = False
    directive: tuple[tuple[str, str], ...] = ()
    issuers: tuple[str, ...] = ()
    entities: tuple[tuple[str, str], ...] = ()


def article_ids_for(store: Store, flt: ArticleFilter, selector: Selector) -> list[int]:
    """Ids of the articles behind a selector (newest first), for MainWindow.show_only."""
    return store.insight_article_ids(
        flt,
        dates=selector.dates,
        undated=selector.undated,
        directive=selector.directive,
        issuers=selector.issuers,
        entities=selector.entities,
    )


def period_text(key: str) -> str:
    return NO_DATE_TEXT if key == NO_DATE else key


def value_text(value: str) -> str:
    return value or NO_VALUE_TEXT


# -- periods ---------------------------------------------------------------------


def period_key(published: str | None, period: str) -> str:
    """The day, week (its Monday) or month of a publication date; NO_DATE without a valid date."""
    if not published:
        return NO_DATE
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return NO_DATE
    if period == "month":
        return published[:7]
    if period == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    return day.isoformat()


def period_dates(key: str, period: str) -> tuple[str, str]:
    """The first and last day of a period key."""
    first = _day(key, period)
    if period == "month":
        last = _next_month(first) - timedelta(days=1)
    elif period == "week":
        last = first + timedelta(days=6)
    else:
        last = first
    return first.isoformat(), last.isoformat()


def _day(key: str, period: str) -> date:
    return date.fromisoformat(key + "-01" if period == "month" else key)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def period_selector(key: str, period: str, description: str | None = None) -> Selector:
    text = description or period_text(key)
    if key == NO_DATE:
        return Selector(text, undated=True)
    return Selector(text, dates=period_dates(key, period))


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
    periods: list[str]  # in time order, NO_DATE last when some directives' articles have no date
    stacks: list[str]  # topics by number of directives, or strengths strongest first; '' (none) last
    counts: dict[tuple[str, str], int]  # (period, stack value) → directives
    totals: list[StackTotal]  # per stack value, in `stacks` order

    @property
    def directives(self) -> int:
        return sum(self.counts.values())

    def count(self, period: str, value: str) -> int:
        return self.counts.get((period, value), 0)

    def period_total(self, period: str) -> int:
        return sum(self.count(period, value) for value in self.stacks)

    def selector(self, period: str | None = None, value: str | None = None) -> Selector:
        """The articles behind a bar segment (both given), a whole bar, or a stack value."""
        directive = ((self.stack, value),) if value is not None else ()
        if period is None:
            return Selector(value_text(value) if value is not None else "directives", directive=directive)
        text = period_text(period) + (f" · {value_text(value)}" if value is not None else "")
        base = period_selector(period, self.period, text)
        return Selector(text, dates=base.dates, undated=base.undated, directive=directive)


def directives_over_time(
    store: Store, flt: ArticleFilter, period: str = "month", stack: str = "topic"
) -> DirectivesOverTime:
    """Directives per period, stacked by topic or strength."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {PERIODS}, not {period!r}")
    if stack not in STACKS:
        raise ValueError(f"stack must be one of {STACKS}, not {stack!r}")
    counts: dict[tuple[str, str], int] = defaultdict(int)
    totals: Counter[str] = Counter()
    keys: dict[str | None, str] = {}
    for published, topic, strength, n in store.insight_directive_days(flt):
        key = keys.get(published)
        if key is None:
            key = keys[published] = period_key(published, period)
        value = topic if stack == "topic" else strength
        counts[(key, value)] += n
        totals[value] += n
    articles = dict(store.insight_directive_articles(flt, stack))
    if stack == "strength":
        stacks = [s for s in STRENGTHS if s in totals]
        stacks += sorted(v for v in totals if v not in STRENGTHS and v)
    else:
        stacks = sorted((v for v in totals if v), key=lambda v: (-totals[v], v))
    if "" in totals:
        stacks.append("")
    series = DirectivesOverTime(period, stack, _periods({k for k, _v in counts}, period), stacks, dict(counts), [])
    series.totals = [StackTotal(v, totals[v], articles.get(v, 0), series.selector(value=v)) for v in stacks]
    return series


def _periods(keys: set[str], period: str) -> list[str]:
    dated = sorted(k for k in keys if k != NO_DATE)
    filled = _fill(dated, period) if dated else []
    return filled + ([NO_DATE] if NO_DATE in keys else [])


def _fill(keys: list[str], period: str) -> list[str]:
    """Every period from the first key to the last (only the keys when that is too many)."""
    first, last = _day(keys[0], period), _day(keys[-1], period)
    out: list[str] = []
    day = first
    while day <= last:
        if len(out) >= MAX_FILLED_PERIODS:
            return keys
        out.append(day.strftime("%Y-%m") if period == "month" else day.isoformat())
        day = _next_month(day) if period == "month" else day + timedelta(days=7 if period == "week" else 1)
    return out


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
    directives: dict[str, int] = defaultdict(int)
    articles: dict[str, int] = defaultdict(int)  # exact for an issuer written one way only
    spellings: dict[str, list[tuple[int, str]]] = defaultdict(list)  # key → (directives, as written)
    for raw, n, in_articles in store.insight_issuers(flt):
        key = issuer_key(raw)
        if key:
            directives[key] += n
            articles[key] += in_articles
            spellings[key].append((n, raw))
    ranked = sorted(directives, key=lambda k: (-directives[k], k))
    # Kinds and topics are looked up for the issuers at the top of the ranking, a
    # batch at a time, until `limit` of the wanted kinds are found.
    kind: dict[str, str] = {}
    topics: dict[str, dict[str, int]] = {}
    chosen: list[str] = []
    batch = max(3 * limit, 30)
    for first in range(0, len(ranked), batch):
        keys = ranked[first : first + batch]
        _kinds_and_topics(store, flt, keys, spellings, kind, topics)
        chosen.extend(k for k in keys if kinds is None or kind[k] in kinds)
        if len(chosen) >= limit:
            break
    rows = []
    for key in chosen[:limit]:
        written = Counter({raw: n for n, raw in spellings[key]})
        raws = tuple(sorted(written))
        name = _doc_name(written) if kind[key] == "DOC" else issuer_key(written.most_common(1)[0][0])
        in_articles = articles[key] if len(raws) == 1 else store.insight_issuer_articles(flt, raws)
        topic_rows = tuple(
            TopicCount(topic, n, Selector(f"{name} · {value_text(topic)}", directive=(("topic", topic),), issuers=raws))
            for topic, n in sorted(topics[key].items(), key=lambda item: (-item[1], item[0] == "", item[0]))
        )
        rows.append(IssuerRow(name, kind[key], directives[key], in_articles, topic_rows, Selector(name, issuers=raws)))
    return rows


def _kinds_and_topics(
    store: Store,
    flt: ArticleFilter,
    keys: Sequence[str],
    spellings: dict[str, list[tuple[int, str]]],
    kind: dict[str, str],
    topics: dict[str, dict[str, int]],
) -> None:
    """Fill in each issuer's kind (the label linked most often) and its directives per topic."""
    key_of = {raw: key for key in keys for _n, raw in spellings[key]}
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for key in keys:
        topics[key] = defaultdict(int)
    for raw, label, topic, n in store.insight_issuer_labels(flt, list(key_of)):
        key = key_of[raw]
        topics[key][topic] += n
        if label:
            labels[key][label] += n
    for key in keys:
        kind[key] = max((n, label) for label, n in labels[key].items())[1] if labels[key] else ""
    # Hand-typed issuers have no label: the label of an entity with the same text.
    unknown = [k for k in keys if not kind[k]]
    if unknown:
        found: dict[str, tuple[int, str]] = {}
        for text, label, n in store.insight_entity_labels(unknown, ISSUER_KINDS):
            if (n, label) > found.get(text, (0, "")):
                found[text] = (n, label)
        for key in unknown:
            if key in found:
                kind[key] = found[key][1]


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
    return {label: top_entities(store, flt, label, limit) for label in labels}


def top_entities(store: Store, flt: ArticleFilter, label: str, limit: int = 20) -> list[EntityRow]:
    """The `limit` entities of a label found in most articles (then most mentions)."""
    return [_entity_row(label, *row) for row in store.insight_entities(flt, label, limit)]


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


# -- the whole view --------------------------------------------------------------


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
    store: Store,
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

    def entity_part(source: Store) -> tuple[dict[str, list[EntityRow]], Cooccurrence]:
        # People and meetings are counted once, for the entity chart and the graph's nodes.
        entities = timed("top_entities", lambda: entities_by_label(source, flt, labels, limit))
        people = {label: entities[label] for label in PEOPLE_AND_MEETINGS}
        pairs = timed("cooccurrence", lambda: _pairs(source, flt, people, options.pair_limit, options.nodes))
        return entities, pairs

    def on_own_connection() -> tuple[dict[str, list[EntityRow]], Cooccurrence]:
        with Store(store.path, read_only=True) as other, other.read_snapshot(), other.insight_scope(flt):
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
    header = ["issuer", "kind", "directives", "articles", "topic", "topic_directives"]
    out = []
    for row in rows:
        for t in row.topics:
            out.append([row.name, row.kind, row.directives, row.articles, value_text(t.topic), t.directives])
    return header, out


def table_entities(rows: Iterable[EntityRow]) -> Table:
    return ["label", "text", "mentions", "articles"], [[r.label, r.text, r.mentions, r.articles] for r in rows]


def table_pairs(result: Cooccurrence) -> Table:
    header = ["label_a", "a", "label_b", "b", "shared_articles", "articles_a", "articles_b"]
    rows = [[p.a.label, p.a.text, p.b.label, p.b.text, p.articles, p.a.articles, p.b.articles] for p in result.pairs]
    return header, rows


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading ' (as every pizhu CSV)."""
    return escape_cell(value) if isinstance(value, str) else value


def write_csv(path: str | Path, table: Table) -> Path:
    """Write a table as CSV for Excel: UTF-8 with a BOM, CRLF, formula-like cells neutralised."""
    header, rows = table
    path = Path(path)
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([neutralise(v) for v in row] for row in rows)
    return path


# -- drawing the co-occurrence graph -------------------------------------------

GRAPH_GRAVITY = 0.5


def layout_graph(
    count: int, edges: Sequence[tuple[int, int, float]], iterations: int = 300
) -> list[tuple[float, float]]:
    """Positions in [-1, 1]² for `count` nodes joined by weighted edges (i, j, weight).

    A force-directed layout: every pair of nodes repels, an edge pulls its ends
    together in proportion to its weight, and the moves shrink step by step. It
    starts from a circle in node order, so the same graph always gets the same
    drawing. Nodes joined by nothing drift to the rim.
    """
    if count == 0:
        return []
    if count == 1:
        return [(0.0, 0.0)]
    xs = [math.cos(2 * math.pi * i / count) for i in range(count)]
    ys = [math.sin(2 * math.pi * i / count) for i in range(count)]
    heaviest = max((w for _i, _j, w in edges), default=1.0) or 1.0
    springs = [(i, j, 0.3 + 0.7 * w / heaviest) for i, j, w in edges if i != j]
    k = math.sqrt(4.0 / count)  # the ideal distance between nodes in a 2×2 square
    gravity = GRAPH_GRAVITY
    step = 0.2
    for _ in range(iterations):
        dx = [0.0] * count
        dy = [0.0] * count
        for i in range(count):
            for j in range(i + 1, count):
                ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
                dist2 = max(ddx * ddx + ddy * ddy, 1e-6)
                force = k * k / dist2
                dx[i] += ddx * force
                dy[i] += ddy * force
                dx[j] -= ddx * force
                dy[j] -= ddy * force
        for i, j, weight in springs:
            ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
            dist = math.sqrt(ddx * ddx + ddy * ddy) or 1e-3
            force = dist * weight / k
            dx[i] -= ddx * force
            dy[i] -= ddy * force
            dx[j] += ddx * force
            dy[j] += ddy * force
        for i in range(count):
            # A pull to the centre keeps unconnected parts close to the rest.
            dx[i] -= xs[i] * gravity
            dy[i] -= ys[i] * gravity
            length = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) or 1.0
            move = min(length, step)
            xs[i] += dx[i] / length * move
            ys[i] += dy[i] / length * move
        step = max(step * 0.985, 0.002)
    # Then no two nodes closer than a fair share of the square (cliques pull their members together).
    points = _normalised(xs, ys)
    xs, ys = [x for x, _y in points], [y for _x, y in points]
    _separate(xs, ys, min(0.35, 1.2 / math.sqrt(count)))
    return _normalised(xs, ys)


def _separate(xs: list[float], ys: list[float], gap: float, rounds: int = 50) -> None:
    """Push apart nodes closer than `gap` (hubs that everything pulls to the same place)."""
    count = len(xs)
    for _ in range(rounds):
        moved = False
        for i in range(count):
            for j in range(i + 1, count):
                ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
                dist = math.sqrt(ddx * ddx + ddy * ddy)
                if dist >= gap:
                    continue
                if dist < 1e-9:
                    ddx, ddy, dist = 1e-3 * (1 + i), 1e-3, math.hypot(1e-3 * (1 + i), 1e-3)
                push = (gap - dist) / 2 / dist
                xs[i] += ddx * push
                ys[i] += ddy * push
                xs[j] -= ddx * push
                ys[j] -= ddy * push
                moved = True
        if not moved:
            return


def _normalised(xs: list[float], ys: list[float]) -> list[tuple[float, float]]:
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    half = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    return [((x - cx) / half, (y - cy) / half) for x, y in zip(xs, ys, strict=True)]
