"""The codebook in Insight: a crosstab of two variables, and one variable over time.

What a crosstab counts (its unit) follows the two variables' units:
- two article variables: articles;
- two directive variables: directives (those not rejected, as everywhere in Insight);
- an article variable with a directive variable: directives, each under its article's code
  ("what do the directives of 供给型 articles demand": strength by instrument). An article
  without directives counts nowhere there.
The same variable twice crosses its values with themselves (a multi variable's values chosen
together, its diagonal the units that chose each).

A unit counts once in every pair of its values: each value chosen of a multi variable, and the
codes of every coder together (a unit two coders coded differently counts under both values, as
the list's code filter finds it under both). A unit without a code of a variable counts under
NOT_CODED, a row or column of its own that `not_coded=False` leaves out (with the units it
held). Totals count units, not pairs: a row's total is the units with that row's value, so with
a multi column the row percentages can add up to more than 100 (percent of units, as SPSS's
multiple-response tables report). Only variables with values (nominal, multi, ordinal) are
crossed, their values in codebook order.

Over time: one variable's units per month, quarter or year of the article's publication date
(the keys the directives chart uses: "2024-05", and "2024-Q2", "2024"), empty periods between the
first and the last filled in, undated units under NO_DATE, last.

Every cell, total and bar carries a `Selector` of the articles behind it (a unit with those codes,
by `insight_code_article_ids`); its description names variables and codes, and the window words
it in the interface language.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from gui.core.codebook import Codebook, Variable
from gui.core.insight.selectors import MAX_FILLED_PERIODS, NO_DATE, Selector, period_key
from gui.core.model import ArticleFilter
from gui.core.store.api import LibraryStore
from gui.core.vocabulary import VALUE_TYPES

NOT_CODED = ""  # a unit without a code of the variable (a value's code is never empty)
NOT_CODED_TEXT = "(not coded)"
CODE_PERIODS = ("month", "quarter", "year")
OVER_TIME = "@time"  # ViewOptions.code_column: the row variable over time (a variable's name has no @)
Code = tuple[str, str, str | None]  # (the variable's unit, variable, code): see insight_code_article_ids


def crossable(codebook: Codebook | None) -> list[Variable]:
    """The variables a crosstab can take: those with values."""
    return [v for v in codebook.variables if v.type in VALUE_TYPES] if codebook is not None else []


def counted_unit(first: Variable, second: Variable) -> str:
    """What a crosstab of two variables counts: articles only when both code articles."""
    return "article" if first.unit == second.unit == "article" else "directive"


def code_text(code: str) -> str:
    return NOT_CODED_TEXT if code == NOT_CODED else code


@dataclass(frozen=True, slots=True)
class ChiSquare:
    """Pearson's chi-square test of independence of the table's rows and columns (scipy)."""

    chi2: float
    dof: int
    p: float
    cramers_v: float
    small_expected: bool  # some expected count under 5: the p value is rough


@dataclass(slots=True)
class Crosstab:
    unit: str  # "article" or "directive": what is counted
    row: Variable
    column: Variable
    rows: list[str]  # codes in codebook order (those of the variable), NOT_CODED last when shown
    columns: list[str]
    counts: dict[tuple[str, str], int]  # (row code, column code) → units
    row_totals: dict[str, int]  # units with the row's code
    column_totals: dict[str, int]
    total: int  # units in the table
    chi_square: ChiSquare | None = None  # None: scipy missing, a multi variable, or too few values

    def count(self, row: str, column: str) -> int:
        return self.counts.get((row, column), 0)

    def row_percent(self, row: str, column: str) -> float | None:
        """The cell as a percentage of its row's units (None for an empty row)."""
        total = self.row_totals.get(row, 0)
        return 100.0 * self.count(row, column) / total if total else None

    def _code(self, variable: Variable, code: str | None) -> Code:
        return (variable.unit, variable.name, code)

    def selector(self, row: str | None = None, column: str | None = None) -> Selector:
        """The articles behind a cell (both given), a row's or a column's total, or the whole table:
        those with a unit coded so. A total of a table without its NOT_CODED row or column only
        counts units coded on the other variable too, and so does its selector."""
        codes: list[Code] = []
        parts: list[str] = []
        for variable, code, others in ((self.row, row, self.rows), (self.column, column, self.columns)):
            if code is not None:
                codes.append(self._code(variable, code))
                parts.append(f"{variable.name}: {code_text(code)}")
            elif NOT_CODED not in others:
                codes.append(self._code(variable, None))  # coded, any value: as the table counts
        return Selector(" × ".join(parts) or self.unit, codes=tuple(codes), code_unit=self.unit)


def _values_by_unit(
    store: LibraryStore, flt: ArticleFilter, variable: Variable, units: Iterable[tuple[int, int]]
) -> dict[int, list[str]]:
    """Each unit's codes of a variable in codebook order (NOT_CODED alone when it has none);
    `units` are (unit id, article id), and an article variable reads the unit's article."""
    chosen: dict[int, set[str]] = defaultdict(set)
    for unit_id, code in store.insight_code_values(flt, variable.unit, variable.name):
        chosen[unit_id].add(code)
    order = {code: n for n, code in enumerate(variable.codes())}
    out: dict[int, list[str]] = {}
    for unit_id, article_id in units:
        codes = chosen.get(article_id if variable.unit == "article" else unit_id)
        # A code the codebook no longer has (a forced change deletes those; never shown) is left out.
        known = sorted((c for c in codes or () if c in order), key=order.__getitem__)
        out[unit_id] = known or [NOT_CODED]
    return out


def crosstab(
    store: LibraryStore,
    flt: ArticleFilter,
    row: Variable,
    column: Variable,
    not_coded: bool = True,
) -> Crosstab:
    """Units by the codes of two variables (see the module doc); `not_coded=False` leaves out the
    units without a code of either variable."""
    for variable in (row, column):
        if variable.type not in VALUE_TYPES:
            raise ValueError(f"{variable.name} is a {variable.type} variable: only variables with values cross")
    unit = counted_unit(row, column)
    units = [(u.unit_id, u.article_id) for u in store.insight_code_units(flt, unit)]
    by_row = _values_by_unit(store, flt, row, units)
    by_column = by_row if column.name == row.name else _values_by_unit(store, flt, column, units)
    counts: Counter[tuple[str, str]] = Counter()
    row_totals: Counter[str] = Counter()
    column_totals: Counter[str] = Counter()
    total = 0
    for unit_id, _article in units:
        rows, columns = by_row[unit_id], by_column[unit_id]
        if not not_coded:
            rows = [c for c in rows if c != NOT_CODED]
            columns = [c for c in columns if c != NOT_CODED]
            if not rows or not columns:
                continue
        total += 1
        row_totals.update(rows)
        column_totals.update(columns)
        counts.update((r, c) for r in rows for c in columns)
    table = Crosstab(
        unit,
        row,
        column,
        _axis(row, row_totals, not_coded),
        _axis(column, column_totals, not_coded),
        dict(counts),
        dict(row_totals),
        dict(column_totals),
        total,
    )
    if "multi" not in (row.type, column.type) and row.name != column.name:
        table.chi_square = chi_square(table)
    return table


def _axis(variable: Variable, totals: Counter[str], not_coded: bool) -> list[str]:
    """Every value of the codebook (a value nobody chose is a finding too), NOT_CODED when some unit is."""
    return variable.codes() + ([NOT_CODED] if not_coded and totals[NOT_CODED] else [])


def chi_square(table: Crosstab) -> ChiSquare | None:
    """The test over the coded rows and columns that have units; None without scipy (optional:
    pizhu does not require it) or with fewer than two such rows or columns."""
    try:
        # Imported when used: Insight opens without it. scipy ships no type hints.
        from scipy.stats import chi2_contingency  # type: ignore[import-untyped, unused-ignore]
    except ImportError:
        return None
    rows = [r for r in table.rows if r != NOT_CODED and any(table.count(r, c) for c in table.columns)]
    columns = [c for c in table.columns if c != NOT_CODED and any(table.count(r, c) for r in rows)]
    if len(rows) < 2 or len(columns) < 2:
        return None
    observed = [[table.count(r, c) for c in columns] for r in rows]
    result = chi2_contingency(observed, correction=False)
    n = sum(map(sum, observed))
    v = math.sqrt(float(result.statistic) / (n * (min(len(rows), len(columns)) - 1)))
    small = bool((result.expected_freq < 5).any())
    return ChiSquare(float(result.statistic), int(result.dof), float(result.pvalue), v, small)


# -- one variable over time ------------------------------------------------------


@dataclass(slots=True)
class CodesOverTime:
    unit: str  # the variable's unit: articles or directives are counted
    variable: Variable
    period: str
    periods: list[str]  # in time order, NO_DATE last when some unit's article has no date
    values: list[str]  # codes in codebook order, NOT_CODED last when shown
    counts: dict[tuple[str, str], int]  # (period, code) → units
    totals: dict[str, int] = field(default_factory=dict)  # code → units over the whole range

    @property
    def units(self) -> int:
        return sum(self.totals.values())

    def count(self, period: str, value: str) -> int:
        return self.counts.get((period, value), 0)

    def period_total(self, period: str) -> int:
        return sum(self.count(period, value) for value in self.values)

    def selector(self, period: str | None = None, value: str | None = None) -> Selector:
        """The articles behind a bar segment (both given), a whole bar, or a value over the whole range."""
        codes: tuple[Code, ...] = ((self.variable.unit, self.variable.name, value),) if value is not None else ()
        parts = [period_label(period)] if period is not None else []
        if value is not None:
            parts.append(f"{self.variable.name}: {code_text(value)}")
        dates = period_range(period, self.period) if period not in (None, NO_DATE) else None
        return Selector(
            " · ".join(parts) or self.variable.name,
            dates=dates,
            undated=period == NO_DATE,
            codes=codes,
            code_unit=self.unit,
        )


def code_period_key(published: str | None, period: str) -> str:
    """The month ("2024-05"), quarter ("2024-Q2") or year ("2024") of a date; NO_DATE without one."""
    month = period_key(published, "month")
    if month == NO_DATE or period == "month":
        return month
    if period == "quarter":
        return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"
    return month[:4]


def period_range(key: str, period: str) -> tuple[str, str]:
    """The first and last day of a month, quarter or year key."""
    year = int(key[:4])
    if period == "year":
        return f"{year}-01-01", f"{year}-12-31"
    first = int(key[5:7]) if period == "month" else (int(key[6]) - 1) * 3 + 1
    last = first + (0 if period == "month" else 2)
    end = date(year + last // 12, last % 12 + 1, 1).toordinal() - 1  # the day before the next month
    return f"{year}-{first:02d}-01", date.fromordinal(end).isoformat()


def period_label(key: str) -> str:
    return "no date" if key == NO_DATE else key


def _step(key: str, period: str) -> str:
    year = int(key[:4])
    if period == "year":
        return str(year + 1)
    if period == "quarter":
        quarter = int(key[6])
        return f"{year + quarter // 4}-Q{quarter % 4 + 1}"
    month = int(key[5:7])
    return f"{year + month // 12}-{month % 12 + 1:02d}"


def _periods(keys: set[str], period: str) -> list[str]:
    """Every period from the first key to the last (only the keys when that is too many), NO_DATE last."""
    dated = sorted(k for k in keys if k != NO_DATE)
    out: list[str] = []
    if dated:
        key = dated[0]
        while key <= dated[-1] and len(out) <= MAX_FILLED_PERIODS:
            out.append(key)
            key = _step(key, period)
        if len(out) > MAX_FILLED_PERIODS:
            out = dated
    return out + ([NO_DATE] if NO_DATE in keys else [])


def codes_over_time(
    store: LibraryStore, flt: ArticleFilter, variable: Variable, period: str = "year", not_coded: bool = True
) -> CodesOverTime:
    """A variable's units per period and code (a multi variable's unit under each code it has)."""
    if period not in CODE_PERIODS:
        raise ValueError(f"period must be one of {CODE_PERIODS}, not {period!r}")
    if variable.type not in VALUE_TYPES:
        raise ValueError(f"{variable.name} is a {variable.type} variable: only variables with values are counted")
    found = store.insight_code_units(flt, variable.unit)
    by_unit = _values_by_unit(store, flt, variable, [(u.unit_id, u.article_id) for u in found])
    counts: Counter[tuple[str, str]] = Counter()
    totals: Counter[str] = Counter()
    keys: dict[str | None, str] = {}
    for unit in found:
        key = keys.get(unit.published)
        if key is None:
            key = keys[unit.published] = code_period_key(unit.published, period)
        codes = [c for c in by_unit[unit.unit_id] if not_coded or c != NOT_CODED]
        counts.update((key, c) for c in codes)
        totals.update(codes)
    values = _axis(variable, totals, not_coded)
    periods = _periods({k for k, _c in counts}, period)
    return CodesOverTime(variable.unit, variable, period, periods, values, dict(counts), dict(totals))


# -- as tables -------------------------------------------------------------------


def table_crosstab(table: Crosstab) -> tuple[list[str], list[list[object]]]:
    """The crosstab as a spreadsheet lays one out: a row per row code with its counts, its total
    and its row percentages, then the column totals."""
    codes = [code_text(c) for c in table.columns]
    header = [f"{table.row.name} \\ {table.column.name}", *codes, "total", *(f"% {c}" for c in codes)]
    out: list[list[object]] = []
    for r in table.rows:
        percents = [table.row_percent(r, c) for c in table.columns]
        out.append(
            [
                code_text(r),
                *(table.count(r, c) for c in table.columns),
                table.row_totals.get(r, 0),
                *(round(p, 1) if p is not None else "" for p in percents),
            ]
        )
    out.append(["total", *(table.column_totals.get(c, 0) for c in table.columns), table.total])
    return header, out


def table_codes_over_time(series: CodesOverTime) -> tuple[list[str], list[list[object]]]:
    rows: list[list[object]] = [
        [period_label(p), code_text(v), series.count(p, v)]
        for p in series.periods
        for v in series.values
        if series.count(p, v)
    ]
    return ["period", series.variable.name, series.unit + "s"], rows


def by_name(codebook: Codebook | None, names: Sequence[str | None]) -> list[Variable | None]:
    """The crossable variables of these names (None where the codebook has none of the name)."""
    found = {v.name: v for v in crossable(codebook)}
    return [found.get(name) if name else None for name in names]
