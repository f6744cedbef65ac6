"""Insight's Codes tab in the real window: Ctrl+I, choose two variables, click a cell, and the
article list shows the articles behind it; the time view; what the tab says without codes."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from gui.core import paths
from gui.core.codebook import codebook_from_data, load_codebook
from gui.core.library import Library
from gui.insight.window import InsightWindow
from gui.window.articlemodel import ArticleTableModel
from gui.window.mainwindow import MainWindow

EXAMPLE = paths.resources_dir() / "codebooks" / "policy-documents.json"
MEETING = "省委常委会议召开会议"
LIN = "抓紧抓实抓细常态化防控举措 持续巩固来之不易的防控成果"
TALENT = "技术经理人纳入我省职称评审序列"


def titles(window: MainWindow) -> list[str]:
    model = window.model
    return sorted(model.data(model.index(r, ArticleTableModel.TITLE)) for r in range(model.rowCount()))


def code_seed(library: Library) -> None:
    """The seed page coded: the meeting 供给型 on two areas, Lin's article 环境型 with a directive 必须,
    the talent article 供给型 on two areas with a directive 鼓励."""
    assert library.set_codebook(load_codebook(EXAMPLE)).applied
    ids = {library.article_rows([i])[0].title: i for i in library.article_ids()}
    for title, instrument, areas in (
        (MEETING, "供给型", ["国民经济管理、国有资产监管", "民政、扶贫、救灾"]),
        (LIN, "环境型", ["卫生、体育"]),
        (TALENT, "供给型", ["财政、金融、审计", "国民经济管理、国有资产监管"]),
    ):
        library.set_code("article", ids[title], "instrument", instrument)
        library.set_code("article", ids[title], "policy_area", areas)
    for title, strength in ((LIN, "必须"), (TALENT, "鼓励")):
        first = next(a for a in library.annotations(ids[title], "directive") if a.status != "rejected")
        library.set_code("directive", first.id or 0, "strength", strength)


@pytest.fixture()
def window(qtbot, qapp, seeded_library, settings) -> MainWindow:
    code_seed(seeded_library)
    win = MainWindow(seeded_library, None, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_codes(qtbot, window: MainWindow) -> InsightWindow:
    """Ctrl+I on the main window, then the Codes tab."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    insight = window._insight
    assert isinstance(insight, InsightWindow)
    qtbot.addWidget(insight)
    qtbot.waitUntil(lambda: insight.view is not None, timeout=20000)
    insight.tabs.setCurrentWidget(insight.codes_panel)
    return insight


def choose(qtbot, insight: InsightWindow, combo: QComboBox, text: str) -> None:
    """Pick an entry of a combo by its text with the keyboard, and wait for the recomputed view."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, [combo.itemText(i) for i in range(combo.count())]
    with qtbot.waitSignal(insight.refreshed, timeout=20000):
        key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
        while combo.currentIndex() != target:
            qtbot.keyClick(combo, key)


def click_cell(qtbot, insight: InsightWindow, row: str, column: str) -> None:
    panel = insight.codes_panel
    model = panel.heatmap
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    index = model.index(rows.index(row), header.index(column))
    panel.grid.scrollTo(index)  # as the user scrolls to it
    rect = panel.grid.visualRect(index)
    with qtbot.waitSignal(insight.articlesShown, timeout=10000):
        qtbot.mouseClick(panel.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_a_cell_lists_the_articles_with_both_codes(qtbot, window: MainWindow) -> None:
    insight = open_codes(qtbot, window)
    panel = insight.codes_panel
    assert panel.grid.isVisible()
    # The first two variables by default: policy instrument by policy area, in English labels.
    assert (panel.row.currentText(), panel.column.currentText()) == ("Policy instrument", "Policy area")
    model = panel.heatmap
    supply = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())].index("Supply-side")
    economy = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Economy")
    assert model.data(model.index(supply, economy)) == "2\n100%"
    click_cell(qtbot, insight, "Supply-side", "Civil affairs")
    qtbot.waitUntil(lambda: titles(window) == [MEETING])
    assert window.filter_bar.ids_chip.isVisible()
    assert "Policy instrument: Supply-side × Policy area: Civil affairs" in window.filter_bar.ids_chip.text()
    click_cell(qtbot, insight, "Supply-side", "Total")
    qtbot.waitUntil(lambda: titles(window) == sorted([MEETING, TALENT]))


def test_a_directive_variable_by_an_article_variable(qtbot, window: MainWindow, tmp_path: Path) -> None:
    insight = open_codes(qtbot, window)
    panel = insight.codes_panel
    choose(qtbot, insight, panel.column, "Strength of wording")
    assert panel.crosstab is not None and panel.crosstab.unit == "directive"
    click_cell(qtbot, insight, "Environmental", "Must")
    qtbot.waitUntil(lambda: titles(window) == [LIN])
    # Without the uncoded directives the table keeps the two coded ones.
    # A refresh already under way (the click above) may end first: wait for the table itself.
    qtbot.mouseClick(panel.not_coded, Qt.MouseButton.LeftButton, pos=panel.not_coded.rect().center())
    qtbot.waitUntil(lambda: panel.crosstab is not None and panel.crosstab.total == 2, timeout=20000)
    assert "2 directives" in panel.statistics.text()
    out = insight.export("codes", "csv", tmp_path / "crosstab.csv")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "instrument \\ strength" and rows[-1][-1] == "2"


def test_a_variable_over_time(qtbot, window: MainWindow) -> None:
    insight = open_codes(qtbot, window)
    panel = insight.codes_panel
    choose(qtbot, insight, panel.column, "Over time")
    assert panel.chart_view.isVisible() and panel.period.isVisible() and not panel.grid.isVisible()
    over_time = panel.over_time
    assert over_time is not None and over_time.periods == ["2022"]
    assert over_time.totals == {"供给型": 2, "环境型": 1}
    choose(qtbot, insight, panel.period, "By quarter")
    assert panel.over_time is not None and panel.over_time.periods == ["2022-Q1"]
    # The table beside the chart lists the values; a row lists its articles.
    rows = [panel.model.data(panel.model.index(r, 0)) for r in range(panel.model.rowCount())]
    assert rows == ["Supply-side", "Demand-side", "Environmental"]
    rect = panel.table.visualRect(panel.model.index(2, 0))
    with qtbot.waitSignal(insight.articlesShown, timeout=10000):
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: titles(window) == [LIN])


def test_without_a_codebook_the_tab_says_how_to_start(qtbot, qapp, seeded_library, settings) -> None:
    win = MainWindow(seeded_library, None, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    insight = open_codes(qtbot, win)
    panel = insight.codes_panel
    assert panel.message.isVisible() and "no codebook" in panel.message.text()
    assert not panel.row.isEnabled()
    seeded_library.set_codebook(load_codebook(EXAMPLE))
    with qtbot.waitSignal(insight.refreshed, timeout=20000):
        insight.refresh()
    assert "Nothing is coded yet" in panel.message.text() and "政策文本编码表" in panel.message.text()


def test_codebook_labels_that_look_like_html_are_shown_as_text(qtbot, qapp, seeded_library, settings) -> None:
    hostile = "<b>粗</b><img src=x>"
    values = [{"code": "甲", "label_en": hostile}, {"code": "乙", "label_en": "B"}]
    variables = [{"name": "tone", "label_en": hostile, "unit": "article", "type": "nominal", "values": values}]
    seeded_library.set_codebook(codebook_from_data({"name": hostile, "variables": variables}))
    first = seeded_library.article_ids()[0]
    seeded_library.set_code("article", first, "tone", "甲")
    win = MainWindow(seeded_library, None, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    insight = open_codes(qtbot, win)
    panel = insight.codes_panel
    assert panel.row.currentText() == hostile  # a combo shows text as it is
    model = panel.heatmap
    assert model.headerData(0, Qt.Orientation.Vertical) == hostile
    tip = model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img src=x&gt;" in tip and "<img" not in tip
    cell = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;粗&lt;/b&gt;" in cell and "<b>" not in cell
    choose(qtbot, insight, panel.column, "Over time")
    series = panel.chart_view.chart().series()[0]
    assert series.barSets()[0].label().startswith("&lt;b&gt;粗&lt;/b&gt;&lt;img src=x&gt;")  # Qt Charts renders HTML
    with qtbot.waitSignal(insight.articlesShown, timeout=10000):
        series.barSets()[0].clicked.emit(0)
    qtbot.waitUntil(lambda: len(titles(win)) == 1)
    assert hostile in win.filter_bar.ids_chip.text()
