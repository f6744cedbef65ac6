"""What the Insight charts share: a chart view that follows the palette, axes, ranked bars with their
numbers, colours, hover tips, and export of any chart or graph to PNG and SVG.

The charts themselves are timechart.py (directives over time), rankcharts.py (top issuers and
entities) and graph.py (co-occurrence); the tables beside them use rowsmodel.py.

Charts are drawn with Qt Charts (the QtCharts module of PySide6-Addons). Why this
library and not pyqtgraph, the other well-kept choice for PySide6:

- Bundle size: Qt Charts adds about 3 MB to the PyInstaller bundle (its library and
  binding; the OpenGL libraries it links are already in PySide6-Essentials).
  pyqtgraph needs numpy, about 30 MB more in the bundle.
- What the charts need is built in: category axes with Chinese labels, stacked and
  horizontal bars, a `clicked(index)` and `hovered` signal on every bar set (a bar
  is a click target with no hit-testing of our own), and clickable legend markers.
- Export: a chart is a QGraphicsView, so the same painting goes to a PNG (QImage)
  or to an SVG through QSvgGenerator (QtSvg, in PySide6-Essentials) as vectors.
  pyqtgraph 0.14's SVG exporter failed with PySide6 6.12.0 when this was chosen.
- Dark mode: the chart follows the window palette (Qt's light or dark chart theme,
  on the palette's own background).
- One binding, one version: PySide6-Addons pins the same version as PySide6-Essentials.

The costs: PySide6-Addons is a large wheel for developers (about 60 MB to download,
the bundle takes only what is imported), and Qt marks Qt Charts deprecated since Qt
6.10 in favour of Qt Graphs, which renders through Qt Quick and cannot paint to an
SVG or a QPainter. Charts are built in this one folder, so a later move stays local.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QCategoryAxis, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsView, QToolTip, QWidget

from gui.core import insight
from gui.core.insight import Selector
from gui.shared.plaintext import chart_text, tooltip

# What a click on a bar, a legend entry, a node or an edge calls with the articles behind it.
Select = Callable[[Selector], None]


# Topic colours, in the order of the topics' totals; enough to tell a dozen apart.
TOPIC_COLORS = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
    "#b07aa1", "#ff9da7", "#9c755f", "#86bc86", "#d37295", "#a0cbe8",
)  # fmt: skip
STRENGTH_COLORS = {"必须": "#c0392b", "要": "#e67e22", "鼓励": "#27ae60", "可": "#2e86c1"}
NONE_COLOR = "#9e9e9e"
MANY_CATEGORIES = 8  # beyond this, period labels are turned on their side
ROW_LINES = 1.5  # a ranked chart's rows are at least this many lines of its font apart
BAR_WIDTH = 0.8  # of a row: room for a number inside a segment, or beside each of two bars
TOTAL_ROOM = 1.1  # the value axis goes this much past the longest bar: room for its number
LONG_AXIS = 36  # beyond this many periods, the axis is labelled by year (or month)
LEGEND_BESIDE = 5  # a legend of more entries goes to the right of the chart, one entry a line


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(widget.backgroundRole()).lightness() < 128


def value_colors(values: Sequence[str], stack: str) -> dict[str, QColor]:
    """A colour for each topic (or strength), the same in every chart of a view."""
    colors: dict[str, QColor] = {}
    for n, value in enumerate(values):
        if not value:
            colors[value] = QColor(NONE_COLOR)
        elif stack == "strength":
            colors[value] = QColor(STRENGTH_COLORS.get(value, TOPIC_COLORS[n % len(TOPIC_COLORS)]))
        else:
            colors[value] = QColor(TOPIC_COLORS[n % len(TOPIC_COLORS)])
    return colors


# -- charts ----------------------------------------------------------------------


class ChartView(QChartView):
    """A chart that follows the palette (light or dark) and never animates."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(QSize(360, 260))
        self.clear()

    def clear(self) -> QChart:
        self.ranked: RankedBars | None = None  # a ranked chart's rows and numbers (draw_issuers, draw_entities)
        chart = QChart()
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark(self) else QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundBrush(QBrush(self.palette().color(self.backgroundRole())))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setFont(self.font())
        chart.setMargins(QMargins(4, 4, 4, 4))
        old = self.chart()
        self.setChart(chart)  # the view takes ownership of the new chart
        if old is not None:
            old.deleteLater()
        return chart

    def show_empty(self, text: str) -> None:
        chart = self.clear()
        chart.setTitle(chart_text(text))
        chart.setTitleFont(self.font())


def category_axis(categories: Sequence[str], font: QFont) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append([chart_text(c) for c in categories])
    axis.setLabelsFont(font)
    return axis


def span_axis(periods: Sequence[str], font: QFont) -> QCategoryAxis:
    """For a long time axis: one label per year (or per month when it spans two years at most)."""
    dated = [p for p in periods if p != insight.NO_DATE]
    years = len({p[:4] for p in dated})
    prefix = 4 if years > 2 or len({p[:7] for p in dated}) > 24 else 7
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
    axis.setLabelsFont(font)
    axis.setRange(-0.5, len(periods) - 0.5)
    axis.setStartValue(-0.5)
    current, end = None, -0.5
    for index, period in enumerate(periods):
        span = insight.period_text(period) if period == insight.NO_DATE else period[:prefix]
        if span != current and current is not None:
            axis.append(chart_text(current), end)
        current, end = span, index + 0.5
    if current is not None:
        axis.append(chart_text(current), end)
    if prefix == 7 or len(axis.categoriesLabels()) > MANY_CATEGORIES:
        axis.setLabelsAngle(-90)
    return axis


def value_axis(maximum: int, font: QFont) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, max(1, maximum))
    axis.applyNiceNumbers()
    axis.setMinorTickCount(0)
    axis.setLabelsFont(font)
    return axis


def place_legend(chart: QChart, entries: int) -> None:
    if entries > LEGEND_BESIDE:
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)


class RankedBars:
    """A horizontal bar chart of ranked rows, the first on top, that labels readably at any size.

    Qt Charts elides every category label to "…" once the rows are closer than a label is high,
    and numbers either every bar of a set or none, so the numbers of thin segments run together
    ("5135565114"). So the chart shows as many rows as its height can label (the first ones; the
    table beside it has them all), and draws the numbers itself: a segment's number inside it when
    it fits, each stacked bar's total after its end, each bar's number after it when there is
    room. The rest is in the tooltip. Both follow the chart's size (`plotAreaChanged`)."""

    def __init__(self, view: ChartView, bars: QAbstractBarSeries, axis: QBarCategoryAxis, stacked: bool) -> None:
        self.view, self.bars, self.axis, self.stacked = view, bars, axis, stacked
        self.categories = axis.categories()
        self.values: list[QGraphicsSimpleTextItem] = []
        metrics = QFontMetricsF(view.font())
        self.digits = metrics.tightBoundingRect("0123456789").height()
        self.row_pitch = max(metrics.height() * ROW_LINES, metrics.height() + 9)
        if not stacked and bars.count() > 1:
            # Two numbers beside two bars in a row must not touch.
            self.row_pitch = max(self.row_pitch, (self.digits + 4) * bars.count() / BAR_WIDTH)
        bars.setBarWidth(BAR_WIDTH)
        view.chart().plotAreaChanged.connect(self.layout)

    def rows_that_fit(self, height: float) -> int:
        # Qt Charts gives each of n categories height / (n + 1) for its label.
        return max(1, min(len(self.categories), int(height / self.row_pitch) - 1))

    def shown(self) -> range:
        """Indexes of the categories on the axis (the last is the first row)."""
        first = self.categories.index(self.axis.min()) if self.axis.min() in self.categories else 0
        return range(first, len(self.categories))

    def layout(self, plot: QRectF | None = None) -> None:
        plot = plot if plot is not None else self.view.chart().plotArea()
        if plot.height() <= 0:
            return
        count = self.rows_that_fit(plot.height())
        if len(self.shown()) != count:
            self.axis.setRange(self.categories[-count], self.categories[-1])
        self.place_values(plot)

    def place_values(self, plot: QRectF) -> None:
        chart = self.view.chart()
        for item in self.values:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.values = []
        sets = self.bars.barSets()
        font = self.view.font()
        metrics = QFontMetricsF(font)
        outside = self.view.palette().color(self.view.foregroundRole())
        half = BAR_WIDTH / 2

        def at(value: float, row: float) -> QPointF:
            return chart.mapToPosition(QPointF(value, row), self.bars)

        def put(text: str, x: float, y: float, color: QColor) -> None:
            item = QGraphicsSimpleTextItem(text, chart)
            item.setFont(font)
            item.setBrush(color)
            item.setZValue(10)
            item.setPos(x, y - item.boundingRect().height() / 2)
            self.values.append(item)

        def beside(text: str, end: QPointF, inside: QRectF, color: QColor) -> None:
            """After the bar's end if the plot has room, else inside its end if it fits there."""
            width = metrics.horizontalAdvance(text)
            if end.x() + 4 + width <= plot.right():
                put(text, end.x() + 4, end.y(), outside)
            elif width + 6 <= inside.width():
                put(text, inside.right() - 3 - width, end.y(), color)

        for row in self.shown():
            if self.stacked:
                start, parts = 0.0, [(s, s.at(row)) for s in sets if s.at(row) > 0]
                for bar_set, value in parts:
                    rect = QRectF(at(start, row + half), at(start + value, row - half)).normalized()
                    start += value
                    text = f"{value:,.0f}"
                    fits = metrics.horizontalAdvance(text) + 6 <= rect.width() and self.digits + 2 <= rect.height()
                    if fits and len(parts) > 1:  # one segment: the total says it
                        left = rect.center().x() - metrics.horizontalAdvance(text) / 2
                        put(text, left, rect.center().y(), ink_on(bar_set.color()))
                if parts:
                    end = at(start, row)
                    beside(f"{start:,.0f}", end, QRectF(), outside)
            else:
                thickness = BAR_WIDTH / len(sets)
                for n, bar_set in enumerate(sets):
                    # Qt Charts draws a row's first set at the bottom.
                    bottom = row - half + n * thickness
                    rect = QRectF(at(0, bottom + thickness), at(bar_set.at(row), bottom)).normalized()
                    if self.digits + 2 > rect.height() or bar_set.at(row) <= 0:
                        continue
                    end = QPointF(rect.right(), rect.center().y())
                    beside(f"{bar_set.at(row):,.0f}", end, rect, ink_on(bar_set.color()))


def ink_on(color: QColor) -> QColor:
    """Black or white, whichever reads on `color` (by its luminance: yellow takes black)."""
    luminance = 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF()
    return QColor("#000000") if luminance > 0.6 else QColor("#ffffff")


def hover_tip(text: Callable[[int], str]) -> Callable[[bool, int], None]:
    def show(status: bool, index: int) -> None:
        if status:
            QToolTip.showText(QCursor.pos(), tooltip(text(index)))
        else:
            QToolTip.hideText()

    return show


# -- export ----------------------------------------------------------------------


def save_png(view: QGraphicsView, path: str | Path, scale: float = 2.0) -> Path:
    """The view as drawn, at `scale` times its size on screen (sharp on any display)."""
    path = Path(path)
    size = view.viewport().size()
    image = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(view.palette().color(view.backgroundRole()))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.render(painter, QRectF(0, 0, size.width(), size.height()), view.viewport().rect())
    painter.end()
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload] # the stub says bytes; the binding wants str
        raise OSError(f"cannot write {path}")
    return path


def save_svg(view: QGraphicsView, path: str | Path, title: str = "") -> Path:
    """The view as vector graphics (text stays text)."""
    path = Path(path)
    size = view.viewport().size()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription("pizhu Insight")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"cannot write {path}")
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), view.palette().color(view.backgroundRole()))
    view.render(painter, QRectF(0, 0, size.width(), size.height()), view.viewport().rect())
    painter.end()
    if not path.exists():
        raise OSError(f"cannot write {path}")
    return path
