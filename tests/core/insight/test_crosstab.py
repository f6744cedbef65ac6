"""The codebook's crosstab and a variable over time (gui/core/insight/codes.py), counted by hand on
small libraries: multi-choice variables, uncoded units, directive units, coders, time buckets, the
articles behind a cell, the chi-square test and the CSV; and the list's filter by several codes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from gui import cli
from gui.core import insight
from gui.core.codebook import Codebook, codebook_from_data
from gui.core.insight import NO_DATE, NOT_CODED, OVER_TIME, ViewOptions
from gui.core.library import Library
from gui.core.model import Annotation, Article, ArticleFilter

ALL = ArticleFilter()
NC = NOT_CODED


def variable(name: str, unit: str, kind: str, *codes: str) -> dict:
    values = [{"code": code, "label_zh": code, "label_en": f"{name}-{code}"} for code in codes]
    return {"name": name, "label_zh": name, "label_en": name, "unit": unit, "type": kind, "values": values}


CODEBOOK = codebook_from_data(
    {
        "name": "test",
        "variables": [
            variable("instrument", "article", "nominal", "供给型", "需求型", "环境型"),
            variable("area", "article", "multi", "经济", "民生", "教育"),
            variable("strength", "directive", "ordinal", "必须", "要", "可"),
            variable("level", "directive", "nominal", "中央", "省"),
            {"name": "note", "unit": "article", "type": "text"},
        ],
    }
)


def article(title: str, published: str | None, *directives: str, rejected: tuple[str, ...] = ()) -> Article:
    """An article whose body is its directives' sentences (each a directive annotation)."""
    body = "".join(directives)
    annotations = []
    for text in directives:
        start = body.index(text)
        status = "rejected" if text in rejected else "suggested"
        attrs = {"issuer": "林武", "topic": "经济", "strength": "要"}
        annotations.append(Annotation("directive", "DIRECTIVE", start, start + len(text), text, attrs, status=status))
    return Article(title=title, body=body or title, published=published, annotations=annotations, pretagged=True)


class Coded:
    """Four articles and their directives, coded (see each test for the table it makes):

    A1 2021-03-10  instrument 供给型, area 经济+民生;  d1 必须/省, d2 要/(none)
    A2 2021-11-02  instrument 需求型, area 民生;       d3 要/省, d6 必须/(none), d4 rejected 必须/中央
    A3 2022-02-01  instrument 供给型, area (none);     no directives
    A4 no date     instrument (none), area 教育;       d5 not coded
    """

    def __init__(self, library: Library) -> None:
        library.import_articles(
            [
                article("A1", "2021-03-10", "必须一。", "要二。"),
                article("A2", "2021-11-02", "要三。", "必须六。", "必须四。", rejected=("必须四。",)),
                article("A3", "2022-02-01"),
                article("A4", None, "五。"),
            ]
        )
        library.set_codebook(CODEBOOK)
        self.library = library
        self.a1, self.a2, self.a3, self.a4 = library.article_ids(ALL, sort="imported")
        d = {a.text: a.id for i in (self.a1, self.a2, self.a4) for a in library.annotations(i, "directive")}
        code = library.set_code
        code("article", self.a1, "instrument", "供给型")
        code("article", self.a1, "area", ["经济", "民生"])
        code("article", self.a2, "instrument", "需求型")
        code("article", self.a2, "area", ["民生"])
        code("article", self.a3, "instrument", "供给型")
        code("article", self.a4, "area", ["教育"])
        for text, strength, level in (
            ("必须一。", "必须", "省"),
            ("要二。", "要", None),
            ("要三。", "要", "省"),
            ("必须六。", "必须", None),
            ("必须四。", "必须", "中央"),
        ):
            code("directive", d[text], "strength", strength)
            if level:
                code("directive", d[text], "level", level)

    def table(self, row: str, column: str, not_coded: bool = True, flt: ArticleFilter = ALL) -> insight.Crosstab:
        return insight.crosstab(self.library.store, flt, var(row), var(column), not_coded)

    def behind(self, selector: insight.Selector, flt: ArticleFilter = ALL) -> list[int]:
        return sorted(self.library.insight_article_ids(flt, selector))


def var(name: str):
    found = CODEBOOK.variable(name)
    assert found is not None
    return found


@pytest.fixture()
def coded(library: Library) -> Coded:
    return Coded(library)


def cells(table: insight.Crosstab) -> dict[tuple[str, str], int]:
    return {(r, c): table.count(r, c) for r in table.rows for c in table.columns if table.count(r, c)}


def test_two_article_variables_count_articles_a_multi_value_each(coded: Coded) -> None:
    table = coded.table("instrument", "area")
    assert table.unit == "article"
    assert table.rows == ["供给型", "需求型", "环境型", NC] and table.columns == ["经济", "民生", "教育", NC]
    assert cells(table) == {
        ("供给型", "经济"): 1,
        ("供给型", "民生"): 1,
        ("供给型", NC): 1,
        ("需求型", "民生"): 1,
        (NC, "教育"): 1,
    }
    assert table.row_totals == {"供给型": 2, "需求型": 1, NC: 1} and table.total == 4
    assert table.column_totals == {"经济": 1, "民生": 2, "教育": 1, NC: 1}
    # Percent of the row's articles: A1 chose two areas, so the row adds up to 150.
    assert [table.row_percent("供给型", c) for c in table.columns] == [50.0, 50.0, 0.0, 50.0]
    assert table.row_percent("环境型", "经济") is None  # nobody chose it: still a row, no percentage
    assert table.chi_square is None  # a multi variable's units are in several cells: no test
    # The articles behind a cell are those counted in it.
    assert coded.behind(table.selector("供给型", "民生")) == [coded.a1]
    assert coded.behind(table.selector("需求型", "民生")) == [coded.a2]
    assert coded.behind(table.selector("供给型", NC)) == [coded.a3]
    assert coded.behind(table.selector(NC, "教育")) == [coded.a4]
    assert coded.behind(table.selector("供给型")) == sorted([coded.a1, coded.a3])
    assert coded.behind(table.selector(column="民生")) == sorted([coded.a1, coded.a2])


def test_hiding_the_uncoded_leaves_out_their_units_and_totals_follow(coded: Coded) -> None:
    table = coded.table("instrument", "area", not_coded=False)
    assert table.rows == ["供给型", "需求型", "环境型"] and table.columns == ["经济", "民生", "教育"]
    assert table.total == 2 and table.row_totals == {"供给型": 1, "需求型": 1}
    assert table.row_percent("供给型", "经济") == 100.0
    # A3 (供给型, no area) is not in this table, nor behind its row.
    assert coded.behind(table.selector("供给型")) == [coded.a1]
    assert coded.behind(table.selector()) == sorted([coded.a1, coded.a2])


def test_two_directive_variables_count_directives_each_on_its_own(coded: Coded) -> None:
    table = coded.table("strength", "level")
    assert table.unit == "directive"
    assert cells(table) == {("必须", "省"): 1, ("必须", NC): 1, ("要", "省"): 1, ("要", NC): 1, (NC, NC): 1}
    assert table.total == 5  # the rejected directive (必须/中央) counts nowhere
    assert table.column_totals == {"省": 2, NC: 3}
    assert table.count("必须", "中央") == 0
    # A2 has 必须 (d6) and 省 (d3), but not on one directive: it is not behind that cell.
    assert coded.behind(table.selector("必须", "省")) == [coded.a1]
    assert coded.behind(table.selector("要", NC)) == [coded.a1]
    assert coded.behind(table.selector("必须", NC)) == [coded.a2]
    assert coded.behind(table.selector(NC, NC)) == [coded.a4]
    assert coded.behind(table.selector("必须", "中央")) == []


@pytest.mark.parametrize("flip", [False, True])
def test_an_article_variable_with_a_directive_variable_counts_directives_by_their_article(
    coded: Coded, flip: bool
) -> None:
    table = coded.table("strength", "instrument") if flip else coded.table("instrument", "strength")
    got = {((c, r) if flip else (r, c)): n for (r, c), n in cells(table).items()}
    assert table.unit == "directive"
    # A3 has no directive: its 供给型 counts nowhere.
    assert got == {("供给型", "必须"): 1, ("供给型", "要"): 1, ("需求型", "要"): 1, ("需求型", "必须"): 1, (NC, NC): 1}
    selector = table.selector("必须", "需求型") if flip else table.selector("需求型", "必须")
    assert coded.behind(selector) == [coded.a2]
    nothing = table.selector("可", "供给型") if flip else table.selector("供给型", "可")
    assert coded.behind(nothing) == []


def test_every_coder_counts_and_the_list_filter_narrows_the_table(coded: Coded) -> None:
    coded.library.set_code("article", coded.a2, "instrument", "环境型", coder="li")
    table = coded.table("instrument", "area")
    # A2 is 需求型 for one coder and 环境型 for another: it counts under both, once in the total.
    assert table.count("需求型", "民生") == 1 and table.count("环境型", "民生") == 1
    assert table.total == 4 and table.column_totals["民生"] == 2
    narrowed = coded.table("instrument", "area", flt=ArticleFilter(date_from="2021-06-01"))
    # From June 2021: A2 (需求型 and 环境型, 民生) and A3 (供给型, no area); A4 has no date.
    assert narrowed.total == 2 and narrowed.row_totals == {"供给型": 1, "需求型": 1, "环境型": 1}
    flt = ArticleFilter(date_to="2021-12-31")
    assert coded.behind(table.selector("供给型"), flt) == [coded.a1]


def test_one_multi_variable_crossed_with_itself_shows_values_chosen_together(coded: Coded) -> None:
    table = coded.table("area", "area", not_coded=False)
    assert cells(table) == {
        ("经济", "经济"): 1,
        ("经济", "民生"): 1,
        ("民生", "经济"): 1,
        ("民生", "民生"): 2,
        ("教育", "教育"): 1,
    }
    assert coded.behind(table.selector("经济", "民生")) == [coded.a1]


def test_a_variable_over_years_quarters_and_months(coded: Coded) -> None:
    store = coded.library.store
    years = insight.codes_over_time(store, ALL, var("instrument"), "year")
    assert years.periods == ["2021", "2022", NO_DATE] and years.values == ["供给型", "需求型", "环境型", NC]
    assert years.counts == {("2021", "供给型"): 1, ("2021", "需求型"): 1, ("2022", "供给型"): 1, (NO_DATE, NC): 1}
    quarters = insight.codes_over_time(store, ALL, var("instrument"), "quarter")
    assert quarters.periods == ["2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "2022-Q1", NO_DATE]
    assert quarters.count("2021-Q4", "需求型") == 1 and quarters.period_total("2021-Q2") == 0
    assert coded.behind(quarters.selector("2021-Q4", "需求型")) == [coded.a2]
    assert coded.behind(quarters.selector("2021-Q1")) == [coded.a1]
    assert coded.behind(quarters.selector(NO_DATE, NC)) == [coded.a4]
    months = insight.codes_over_time(store, ALL, var("area"), "month", not_coded=False)
    # A3 (2022-02) has no area and is left out; A4 (教育) has no date.
    assert months.periods[0] == "2021-03" and months.periods[-2:] == ["2021-11", NO_DATE]
    assert len(months.periods) == 9 + 1 and months.count("2021-03", "经济") == 1
    assert months.totals == {"经济": 1, "民生": 2, "教育": 1}  # A3 (no area) is left out
    # A directive variable counts directives by their article's date.
    strength = insight.codes_over_time(store, ALL, var("strength"), "year")
    assert strength.counts == {("2021", "必须"): 2, ("2021", "要"): 2, (NO_DATE, NC): 1}
    assert coded.behind(strength.selector("2021", "必须")) == sorted([coded.a1, coded.a2])


def test_period_keys_and_ranges() -> None:
    assert insight.codes.code_period_key("2024-05-31", "quarter") == "2024-Q2"
    assert insight.codes.code_period_key("2024-12-01T08:00", "year") == "2024"
    assert insight.codes.code_period_key("not a date", "month") == NO_DATE
    assert insight.codes.period_range("2024-Q1", "quarter") == ("2024-01-01", "2024-03-31")
    assert insight.codes.period_range("2023-Q4", "quarter") == ("2023-10-01", "2023-12-31")
    assert insight.codes.period_range("2024-02", "month") == ("2024-02-01", "2024-02-29")
    assert insight.codes.period_range("2024", "year") == ("2024-01-01", "2024-12-31")


def test_the_chi_square_of_a_two_by_two_table(library: Library) -> None:
    # 供给型 articles are mostly positive, 需求型 mostly negative: chi2 = N(ad-bc)^2 / (row and
    # column totals multiplied) = 8 * (3*3 - 1*1)^2 / 4^4 = 2.0, one degree of freedom, V = sqrt(2/8).
    pytest.importorskip("scipy")
    book = Codebook("t", (var("instrument"), codebook_from_data({"name": "x", "variables": [
        variable("tone", "article", "nominal", "正面", "负面")]}).variables[0]))  # fmt: skip
    library.import_articles([article(f"文{n}", "2022-01-01") for n in range(8)])
    library.set_codebook(book)
    for n, article_id in enumerate(library.article_ids(ALL, sort="imported")):
        library.set_code("article", article_id, "instrument", "供给型" if n < 4 else "需求型")
        library.set_code("article", article_id, "tone", "正面" if n in (0, 1, 2, 4) else "负面")
    tone = book.variable("tone")
    assert tone is not None
    table = insight.crosstab(library.store, ALL, var("instrument"), tone)
    test = table.chi_square
    assert test is not None
    assert test.chi2 == pytest.approx(2.0) and test.dof == 1 and test.cramers_v == pytest.approx(0.5)
    assert test.p == pytest.approx(0.1573, abs=1e-4) and test.small_expected  # every expected count is 2


def test_the_view_follows_the_options_and_says_when_there_is_nothing_to_cross(library: Library) -> None:
    empty = library.insight_view(ALL, ViewOptions()).codes
    assert empty is not None and empty.codebook is None and empty.crosstab is None
    library.set_codebook(CODEBOOK)
    uncoded = library.insight_view(ALL, ViewOptions()).codes
    assert uncoded is not None and uncoded.codes == 0 and uncoded.crosstab is None
    Coded(library)
    view = library.insight_view(ALL, ViewOptions()).codes
    assert view is not None and view.crosstab is not None  # the first two variables with values
    assert (view.crosstab.row.name, view.crosstab.column.name) == ("instrument", "area")
    chosen = library.insight_view(ALL, ViewOptions(code_row="level", code_column="strength", not_coded=False)).codes
    assert chosen is not None and chosen.crosstab is not None and chosen.crosstab.total == 2
    timed = library.insight_view(ALL, ViewOptions(code_row="strength", code_column=OVER_TIME)).codes
    assert timed is not None and timed.over_time is not None and timed.crosstab is None
    assert timed.over_time.periods == ["2021", NO_DATE]  # year, the default
    with pytest.raises(ValueError, match="text variable"):
        insight.crosstab(library.store, ALL, var("note"), var("area"))


def test_the_crosstab_as_csv(coded: Coded, tmp_path: Path) -> None:
    table = coded.table("instrument", "area")
    path = insight.write_csv(tmp_path / "x.csv", insight.table_crosstab(table))
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:6] == ["instrument \\ area", "经济", "民生", "教育", "(not coded)", "total"]
    assert rows[1] == ["供给型", "1", "1", "0", "1", "2", "50.0", "50.0", "0.0", "50.0"]
    assert rows[3] == ["环境型", "0", "0", "0", "0", "0", "", "", "", ""]
    assert rows[-1] == ["total", "1", "2", "1", "1", "4"]


def test_the_list_filters_by_several_codes_together(coded: Coded, capsys: pytest.CaptureFixture[str]) -> None:
    def found(*codes: tuple[str, str]) -> list[int]:
        return sorted(coded.library.article_ids(ArticleFilter(code=codes)))

    assert found(("area", "民生")) == sorted([coded.a1, coded.a2])
    assert found(("area", "民生"), ("instrument", "供给型")) == [coded.a1]
    assert found(("area", "民生"), ("strength", "必须")) == sorted([coded.a1, coded.a2])
    assert found(("area", "教育"), ("instrument", "供给型")) == []
    db = str(coded.library.path)
    coded.library.close()
    args = ["list", "--code", "area=民生", "--code", "instrument=需求型", "--format", "json", "--db", db]
    assert cli.main(args) == 0
    assert [row["id"] for row in json.loads(capsys.readouterr().out)] == [coded.a2]
