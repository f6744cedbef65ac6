"""The Insight window: charts on a seeded library, clicks that narrow the list, filters, exports."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis
from PySide6.QtCore import QObject, Qt, Signal

from gui.core.store import ArticleFilter
from gui.insight.rowsmodel import RowsModel
from gui.insight.window import InsightWindow

LIN_ARTICLE = "抓紧抓实抓细常态化防控举措 持续巩固来之不易的防控成果"
MEETING_ARTICLE = "省委常委会议召开会议"


class FilterBarStub(QObject):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.flt = ArticleFilter()

    def current_filter(self) -> ArticleFilter:
        return self.flt


class AnnotatorStub(QObject):
    articleEdited = Signal(int)  # noqa: N815 - the annotator's signal name


class MainWindowStub:
    """What InsightWindow needs of the main window."""

    def __init__(self) -> None:
        self.filter_bar = FilterBarStub()
        self.annotator = AnnotatorStub()
        self.shown: list[tuple[list[int], str]] = []

    def show_only(self, ids: list[int], description: str) -> None:
        self.shown.append((ids, description))
        self.filter_bar.flt = replace(self.filter_bar.flt, ids=list(ids))  # as the real filter bar does
        self.filter_bar.changed.emit()


@pytest.fixture()
def stub() -> MainWindowStub:
    return MainWindowStub()


@pytest.fixture()
def insight_window(qtbot, seeded_library, stub):
    window = InsightWindow(seeded_library.path, stub)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=20000):
        window.show()
    yield window
    window.close()


def ids_of(library, *wanted: str) -> list[int]:
    store = library.store
    return sorted(r.id for r in store.article_rows(store.article_ids()) if r.title in wanted)


def bar_sets(panel):
    series = panel.view.chart().series()
    assert len(series) == 1 and isinstance(series[0], QAbstractBarSeries)
    return series[0].barSets()


def categories(panel) -> list[str]:
    axes = [a for a in panel.view.chart().axes() if isinstance(a, QBarCategoryAxis)]
    return axes[0].categories()


def click(qtbot, window: InsightWindow, action) -> tuple[list[int], str]:
    with qtbot.waitSignal(window.articlesShown, timeout=10000) as blocker:
        action()
    return blocker.args[0], blocker.args[1]


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_seed_shows_its_issuers_topics_and_people(insight_window) -> None:
    window = insight_window
    assert "3 articles" in window.summary_label.text() and "whole library" in window.summary_label.text()
    issuers = window.issuers_panel
    assert [r.name for r in issuers.rows[:2]] == ["林武", "省委常委会议"]
    assert categories(issuers)[-2:] == ["省委常委会议", "林武"]  # the top issuer is drawn on top
    assert issuers.model.data(issuers.model.index(0, 0)) == "林武"
    time_panel = window.time_panel
    assert categories(time_panel) == ["2022-03"]
    legend = [s.label() for s in bar_sets(time_panel)]
    assert legend[0].startswith("卫生、体育 (") and any(label.startswith("城乡建设、环境保护") for label in legend)
    assert time_panel.model.rowCount() == len(legend)
    people = [r.text for r in window.entities_panel.rows]
    assert people[0] == "林武" and {"蓝佛安", "商黎光", "于英杰", "杨文"} <= set(people)
    assert window.cooccurrence_panel.graph.nodes and window.cooccurrence_panel.graph.edges


def test_clicking_a_bar_narrows_the_list(qtbot, insight_window, seeded_library, stub) -> None:
    window = insight_window
    panel = window.issuers_panel
    lin_index = categories(panel).index("林武")
    epidemic = next(s for s in bar_sets(panel) if s.label() == "卫生、体育")
    ids, description = click(qtbot, window, lambda: epidemic.clicked.emit(lin_index))
    assert ids == ids_of(seeded_library, LIN_ARTICLE)
    assert description == "林武 · 卫生、体育"
    assert stub.shown == [(ids, description)]
    # The list's new ids came from this window: the charts do not collapse onto them.
    assert window.current_filter() == ArticleFilter()
    assert window._task is None and window.view is not None and window.view.articles == 3


def test_clicking_rows_segments_and_the_graph(qtbot, insight_window, seeded_library) -> None:
    window = insight_window
    ids, description = click(qtbot, window, lambda: click_row(qtbot, window.issuers_panel.table, 1))
    assert (ids, description) == (ids_of(seeded_library, MEETING_ARTICLE), "省委常委会议")
    housing = next(s for s in bar_sets(window.time_panel) if s.label().startswith("城乡建设、环境保护"))
    ids, description = click(qtbot, window, lambda: housing.clicked.emit(0))
    assert ids == ids_of(seeded_library, MEETING_ARTICLE) and description == "2022-03 · 城乡建设、环境保护"
    window.tabs.setCurrentWidget(window.entities_panel)
    ids, _ = click(qtbot, window, lambda: click_row(qtbot, window.entities_panel.table, 0))
    assert len(ids) == 2  # 林武 is in two articles
    window.tabs.setCurrentWidget(window.cooccurrence_panel)
    graph = window.cooccurrence_panel.graph
    node = next(n for n in graph.nodes if n.row.text == "林武")
    point = graph.mapFromScene(node.scenePos())
    ids, description = click(
        qtbot, window, lambda: qtbot.mouseClick(graph.viewport(), Qt.MouseButton.LeftButton, pos=point)
    )
    assert description == "林武 (PER)" and len(ids) == 2
    # An edge whose middle is not under another item.
    edge = next(e for e in graph.edges if graph.itemAt(graph.mapFromScene(e.line().center())) is e)
    middle = graph.mapFromScene(edge.line().center())
    ids, description = click(
        qtbot, window, lambda: qtbot.mouseClick(graph.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    )
    assert description == f"{edge.pair.a.text} + {edge.pair.b.text}" and len(ids) == edge.pair.articles


def test_the_charts_follow_the_filters_and_edits(qtbot, insight_window, seeded_library, stub) -> None:
    window = insight_window
    stub.filter_bar.flt = ArticleFilter(ids=ids_of(seeded_library, MEETING_ARTICLE))  # set elsewhere: followed
    with qtbot.waitSignal(window.refreshed, timeout=20000):
        stub.filter_bar.changed.emit()
    assert [r.name for r in window.issuers_panel.rows] == ["省委常委会议"]
    assert "1 chosen articles" in window.summary_label.text()
    stub.filter_bar.flt = ArticleFilter(date_from="2023-01-01")
    with qtbot.waitSignal(window.refreshed, timeout=20000):
        stub.filter_bar.changed.emit()
    assert window.view.articles == 0 and window.issuers_panel.rows == []
    assert window.time_panel.view.chart().series() == []  # an empty chart says so
    stub.filter_bar.flt = ArticleFilter()
    with qtbot.waitSignal(window.refreshed, timeout=20000):
        stub.filter_bar.changed.emit()
    # An edit elsewhere (here: straight to the store) shows after articleEdited.
    store = seeded_library.store
    lin_article = ids_of(seeded_library, LIN_ARTICLE)[0]
    for annotation in store.annotations(lin_article, "directive"):
        annotation.status = "rejected"
        store.update_annotation(annotation)
    with qtbot.waitSignal(window.refreshed, timeout=20000):
        stub.annotator.articleEdited.emit(lin_article)
    assert [r.name for r in window.issuers_panel.rows][:1] == ["省委常委会议"]


def test_options_change_the_period_stack_kinds_and_label(qtbot, insight_window) -> None:
    window = insight_window
    panel = window.time_panel
    panel.stack.setCurrentIndex(panel.stack.findData("strength"))
    panel.period.setCurrentIndex(panel.period.findData("week"))
    with qtbot.waitSignal(window.refreshed, timeout=20000):
        panel.stack.activated.emit(panel.stack.currentIndex())
    assert categories(panel) == ["2022-03-21"]
    assert [s.label().split(" ")[0] for s in bar_sets(panel)] == ["必须", "要", "鼓励", "可"]
    kinds = window.issuers_panel.kinds
    kinds.setCurrentIndex(kinds.findData(None))
    with qtbot.waitSignal(window.refreshed, timeout=20000):
        kinds.activated.emit(kinds.currentIndex())
    assert "《关于完善科技成果评价机制的实施意见》" in [r.name for r in window.issuers_panel.rows]
    label = window.entities_panel.label
    label.setCurrentIndex(label.findData("MEETING"))
    with qtbot.waitSignal(window.refreshed, timeout=20000):
        label.activated.emit(label.currentIndex())
    assert "省委常委会议" in [r.text for r in window.entities_panel.rows]


@pytest.mark.parametrize("panel", ["directives-over-time", "issuers", "entities", "cooccurrence"])
def test_every_chart_exports_png_svg_and_csv(insight_window, tmp_path: Path, panel: str) -> None:
    window = insight_window
    window.tabs.setCurrentWidget(window.panels[panel])
    png = window.export(panel, "png", tmp_path / "chart.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = window.export(panel, "svg", tmp_path / "chart.svg")
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "</svg>" in text
    if panel in ("issuers", "cooccurrence", "entities"):
        assert "林武" in text  # labels stay text
    data = window.export(panel, "csv", tmp_path / "numbers.csv")
    assert data.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(data, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) > 1
    if panel == "issuers":
        assert rows[1][:2] == ["林武", "PER"]


def test_rows_model(qtmodeltester) -> None:
    model = RowsModel(["text", "n"])
    qtmodeltester.check(model)
    from gui.core.insight import Selector

    model.set_rows([["林武", 24], ["省委常委会议", 7]], [Selector("a"), Selector("b")])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1)) == "24"
    assert model.data(model.index(0, 1), RowsModel.SORT_ROLE) == 24
    assert model.selector(1) == Selector("b") and model.selector(5) is None


def test_with_the_real_main_window(qtbot, qapp, seeded_library, settings) -> None:
    from gui.shared.fonts import apply_cjk_font
    from gui.window.mainwindow import MainWindow

    main = MainWindow(seeded_library, apply_cjk_font(qapp), settings)
    qtbot.addWidget(main)
    main.show()
    window = InsightWindow(seeded_library.path, main)
    with qtbot.waitSignal(window.refreshed, timeout=20000):
        window.show()
    assert window.issuers_panel.rows[0].name == "林武"
    ids, _ = click(qtbot, window, lambda: click_row(qtbot, window.issuers_panel.table, 0))
    assert main.model.rowCount() == len(ids) == 1
    assert main.filter_bar.ids_chip.isVisibleTo(main)
    assert window.current_filter() == ArticleFilter()
    # A filter set in the main window is followed.
    main.filter_bar.select(main.filter_bar.status, "done")
    qtbot.waitUntil(lambda: window.view is not None and window.view.flt.status == "done", timeout=20000)
    assert window.view.articles == 0
    window.close()


def test_the_charts_follow_a_dark_theme(qtbot, insight_window) -> None:
    from PySide6.QtCharts import QChart

    from gui.shared.theme import dark_palette

    window = insight_window
    assert window.time_panel.view.chart().theme() == QChart.ChartTheme.ChartThemeLight
    window.setPalette(dark_palette())
    qtbot.waitUntil(lambda: window.time_panel.view.chart().theme() == QChart.ChartTheme.ChartThemeDark, timeout=5000)
    assert window.issuers_panel.view.chart().theme() == QChart.ChartTheme.ChartThemeDark
    assert [r.name for r in window.issuers_panel.rows[:1]] == ["林武"]  # drawn again, not recomputed


def test_view_insight_opens_one_window_that_follows_the_main_window(qtbot, win) -> None:
    first = win.open_insight()
    qtbot.addWidget(first)
    assert first.isVisible()
    assert win.open_insight() is first  # one Insight window per main window
    win.insight_action.trigger()
    assert first.isVisible()


def test_empty_charts_say_so_in_chinese_in_the_chinese_interface(qtbot, seeded_library, stub) -> None:
    from gui.shared import i18n

    assert i18n.install("zh_CN") == "zh_CN"
    try:
        stub.filter_bar.flt = ArticleFilter(date_from="2099-01-01")  # nothing under these filters
        window = InsightWindow(seeded_library.path, stub)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.refreshed, timeout=20000):
            window.show()
        titles = [panel.view.chart().title() for panel in (window.time_panel, window.issuers_panel)]
        assert titles == ["当前筛选条件下没有指令", "当前筛选条件下没有发布者"]
        window.close()
    finally:
        i18n.install("en")
