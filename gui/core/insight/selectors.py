"""What every part of the Insight view shares: the vocabulary of its axes, periods of time,
and `Selector`, the articles behind one bar, row, node or edge."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from gui.core.model import ArticleFilter
from gui.core.store.api import LibraryStore

NO_DATE = ""  # the period of articles without a publication date
NO_DATE_TEXT = "no date"
NO_VALUE_TEXT = "(none)"  # a directive without a topic (or strength)
PERIODS = ("day", "week", "month")
STACKS = ("topic", "strength")
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
    entities: (label, text) that must all appear in the article; codes: (the variable's unit,
    variable, code) that one unit of `code_unit` (the article, or one of its directives) has
    all of (codes.py says how; the code "" is no code of the variable, None any).
    """

    description: str
    dates: tuple[str, str] | None = None
    undated: bool = False
    directive: tuple[tuple[str, str], ...] = ()
    issuers: tuple[str, ...] = ()
    entities: tuple[tuple[str, str], ...] = ()
    codes: tuple[tuple[str, str, str | None], ...] = ()
    code_unit: str = ""  # "article" or "directive" when the selector is of codes
    articles: tuple[int, ...] = ()  # these articles (a node or edge of the issuing network)


def article_ids_for(store: LibraryStore, flt: ArticleFilter, selector: Selector) -> list[int]:
    """Ids of the articles behind a selector (newest first), for MainWindow.show_only."""
    if selector.articles:
        chosen = [i for i in selector.articles if flt.ids is None or i in set(flt.ids)]
        return store.article_ids(replace(flt, ids=chosen))
    if selector.code_unit:
        return store.insight_code_article_ids(
            flt, selector.code_unit, selector.codes, dates=selector.dates, undated=selector.undated
        )
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
    first = first_day(key, period)
    if period == "month":
        last = next_month(first) - timedelta(days=1)
    elif period == "week":
        last = first + timedelta(days=6)
    else:
        last = first
    return first.isoformat(), last.isoformat()


def first_day(key: str, period: str) -> date:
    return date.fromisoformat(key + "-01" if period == "month" else key)


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def period_selector(key: str, period: str, description: str | None = None) -> Selector:
    text = description or period_text(key)
    if key == NO_DATE:
        return Selector(text, undated=True)
    return Selector(text, dates=period_dates(key, period))
