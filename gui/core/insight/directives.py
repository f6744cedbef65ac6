"""Directives in aggregate: how many per period of time, stacked by topic or strength, and who
issues them (issuers by number of directives, with their kind and topics)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from gui.core.insight.selectors import (
    MAX_FILLED_PERIODS,
    NO_DATE,
    PEOPLE_AND_MEETINGS,
    PERIODS,
    STACKS,
    Selector,
    first_day,
    next_month,
    period_key,
    period_selector,
    period_text,
    value_text,
)
from gui.core.model import ArticleFilter
from gui.core.store.api import LibraryStore
from gui.core.vocabulary import ISSUER_KINDS, STRENGTHS

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
    store: LibraryStore, flt: ArticleFilter, period: str = "month", stack: str = "topic"
) -> DirectivesOverTime:
    """Directives per period, stacked by topic or strength."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {PERIODS}, not {period!r}")
    if stack not in STACKS:
        raise ValueError(f"stack must be one of {STACKS}, not {stack!r}")
    counts: dict[tuple[str, str], int] = defaultdict(int)
    totals: Counter[str] = Counter()
    keys: dict[str | None, str] = {}
    for day in store.insight_directive_days(flt):
        key = keys.get(day.published)
        if key is None:
            key = keys[day.published] = period_key(day.published, period)
        value = day.topic if stack == "topic" else day.strength
        counts[(key, value)] += day.directives
        totals[value] += day.directives
    articles = {row.value: row.articles for row in store.insight_directive_articles(flt, stack)}
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
    first, last = first_day(keys[0], period), first_day(keys[-1], period)
    out: list[str] = []
    day = first
    while day <= last:
        if len(out) >= MAX_FILLED_PERIODS:
            return keys
        out.append(day.strftime("%Y-%m") if period == "month" else day.isoformat())
        day = next_month(day) if period == "month" else day + timedelta(days=7 if period == "week" else 1)
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
    store: LibraryStore, flt: ArticleFilter, limit: int = 15, kinds: Sequence[str] | None = PEOPLE_AND_MEETINGS
) -> list[IssuerRow]:
    """The issuers of most directives (of these kinds; None: every issuer, known kind or not)."""
    directives: dict[str, int] = defaultdict(int)
    articles: dict[str, int] = defaultdict(int)  # exact for an issuer written one way only
    spellings: dict[str, list[tuple[int, str]]] = defaultdict(list)  # key → (directives, as written)
    for row in store.insight_issuers(flt):
        key = issuer_key(row.issuer)
        if key:
            directives[key] += row.directives
            articles[key] += row.articles
            spellings[key].append((row.directives, row.issuer))
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
    store: LibraryStore,
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
    for row in store.insight_issuer_labels(flt, list(key_of)):
        key = key_of[row.issuer]
        topics[key][row.topic] += row.directives
        if row.issuer_label:
            labels[key][row.issuer_label] += row.directives
    for key in keys:
        kind[key] = max((n, label) for label, n in labels[key].items())[1] if labels[key] else ""
    # Hand-typed issuers have no label: the label of an entity with the same text.
    unknown = [k for k in keys if not kind[k]]
    if unknown:
        found: dict[str, tuple[int, str]] = {}
        for entity in store.insight_entity_labels(unknown, ISSUER_KINDS):
            if (entity.mentions, entity.label) > found.get(entity.text, (0, "")):
                found[entity.text] = (entity.mentions, entity.label)
        for key in unknown:
            if key in found:
                kind[key] = found[key][1]


def _doc_name(spellings: Counter[str]) -> str:
    """A document by its title in 《》 when any spelling has them."""
    titled = [s for s, _n in spellings.most_common() if "《" in s]
    return " ".join((titled or [spellings.most_common(1)[0][0]])[0].split())
