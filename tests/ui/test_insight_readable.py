"""Insight's charts are readable at the window's default size and on a 1366×768 screen (issue 14, item 7).

A library of the 21 real 新闻联播 transcripts in xwlb-dev: each name on the entities axis is drawn whole (Qt
Charts elided them all to "…"), and a number is drawn on a stacked segment only if it fits in
it (the numbers of thin segments ran together: "5135565114").
"""

from __future__ import annotations

import pytest
from helpers import SHARED_DATA
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem, QGraphicsTextItem

from gui.core.library import Library
from gui.insight.window import InsightWindow
from gui.shared.fonts import apply_cjk_font
from gui.window.mainwindow import MainWindow

XWLB = SHARED_DATA / "xwlb-dev"
pytestmark = pytest.mark.skipif(not XWLB.is_dir(), reason="needs ../shared/data/xwlb-dev")


@pytest.fixture()
def insight(qtbot, qapp, library: Library, settings) -> InsightWindow:
    library.import_paths(sorted(XWLB.glob("*.md")))  # 21 days: thin segments beside wide ones
    win = MainWindow(library, apply_cjk_font(qapp), settings)
    qtbot.addWidget(win)
    win.show()
    window = win.open_insight()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=20000)
    return window


def _texts(view: QChartView) -> list[tuple[str, QRectF]]:
    """The visible text drawn in a chart, with where (scene coordinates)."""
    rich, simple = QGraphicsTextItem().type(), QGraphicsSimpleTextItem().type()
    found = []
    for item in view.scene().items():
        if not item.isVisible() or item.type() not in (rich, simple):
            continue
        if item.type() == rich:
            text_item = item.toGraphicsObject()
            assert isinstance(text_item, QGraphicsTextItem)
            text = text_item.toPlainText()
        else:
            text = item.text()  # type: ignore[attr-defined]
        found.append((text, item.sceneBoundingRect()))
    return found


def _show(qtbot, window: InsightWindow, tab: int, width: int, height: int) -> QChartView:
    window.resize(width, height)
    window.tabs.setCurrentIndex(tab)
    view = window.tabs.currentWidget().chart
    QApplication.processEvents()
    view.grab()  # a chart lays out its labels when it is painted
    QApplication.processEvents()
    return view


SIZES = [(1180, 720), (1366, 740)]  # the default size; a 1366x768 screen


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_entity_on_the_axis_is_named_in_full(qtbot, insight: InsightWindow, width: int, height: int) -> None:
    view = _show(qtbot, insight, 2, width, height)
    axis = next(a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis))
    categories = axis.categories()
    shown = categories[categories.index(axis.min()) : categories.index(axis.max()) + 1]
    assert len(shown) >= 10  # of the 20 in the table beside
    assert not axis.labelsTruncated()
    drawn = {text for text, _rect in _texts(view)}
    assert set(shown) <= drawn, f"not drawn in full: {set(shown) - drawn}"
    assert not any(text.endswith("…") for text in drawn)


def _segments(view: QChartView) -> list[tuple[QRectF, float]]:
    """Each stacked segment shown of a bar of more than one, in scene coordinates, with its value
    (a bar of one segment shows its total after it instead)."""
    chart = view.chart()
    series = chart.series()[0]
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    categories = axis.categories()
    half = series.barWidth() / 2
    found = []
    for row in range(categories.index(axis.min()), len(categories)):
        start = 0.0
        bar = []
        for bar_set in series.barSets():
            value = bar_set.at(row)
            if value <= 0:
                continue
            corner = chart.mapToPosition(QPointF(start, row + half), series)
            other = chart.mapToPosition(QPointF(start + value, row - half), series)
            bar.append((chart.mapRectToScene(QRectF(corner, other).normalized()), value))
            start += value
        found += bar if len(bar) > 1 else []
    return found


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_segment_shows_its_number_only_if_it_fits(qtbot, insight: InsightWindow, width: int, height: int) -> None:
    view = _show(qtbot, insight, 1, width, height)
    segments = _segments(view)
    numbers = [(text, rect) for text, rect in _texts(view) if text.replace(",", "").isdigit()]
    inside = 0
    for text, rect in numbers:
        for segment, value in segments:
            if segment.contains(rect.center()):
                inside += 1
                assert text == f"{value:,.0f}"
                assert rect.width() <= segment.width(), f"{text} drawn on a segment {segment.width():.0f} px wide"
    assert inside >= 3
    # The wide segments keep their numbers: any segment wider than the widest number drawn (and
    # its margin) shows one, however the counts of the library scale the chart.
    widest = max(rect.width() for _text, rect in numbers if any(seg.contains(rect.center()) for seg, _v in segments))
    for segment, value in segments:
        if segment.width() >= widest + 8:
            assert any(segment.contains(rect.center()) for _t, rect in numbers), f"{value:.0f} not drawn"
    # No two numbers overlap.
    for n, (_text, rect) in enumerate(numbers):
        assert not any(rect.intersected(other).width() > 1 for _t, other in numbers[n + 1 :])
