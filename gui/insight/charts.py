"""The charts, tables and graph of the Insight window, and their export to PNG, SVG and CSV.

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
SVG or a QPainter. Charts are built in this one module, so a later move stays local.

The co-occurrence graph is a small QGraphicsScene of our own (nodes and weighted
edges, laid out by gui.core.insight.layout_graph); its items are clickable too.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QToolTip,
    QWidget,
)

from gui.core import insight
from gui.core.insight import Selector
from gui.shared.plaintext import NAME_LIMIT, chart_text, short, tooltip

_Index = QModelIndex | QPersistentModelIndex
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
    colors = {}
    for n, value in enumerate(values):
        if not value:
            colors[value] = QColor(NONE_COLOR)
        elif stack == "strength":
            colors[value] = QColor(STRENGTH_COLORS.get(value, TOPIC_COLORS[n % len(TOPIC_COLORS)]))
        else:
            colors[value] = QColor(TOPIC_COLORS[n % len(TOPIC_COLORS)])
    return colors


# -- tables ----------------------------------------------------------------------


class RowsModel(QAbstractTableModel):
    """A small read-only table (the numbers beside a chart); each row knows its articles."""

    SORT_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, header: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._header = list(header)
        self._rows: list[list[Any]] = []
        self._selectors: list[Selector] = []

    def set_header(self, header: Sequence[str]) -> None:
        self.beginResetModel()
        self._header = list(header)
        self.endResetModel()

    def set_rows(self, rows: Sequence[Sequence[Any]], selectors: Sequence[Selector]) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._selectors = list(selectors)
        self.endResetModel()

    def is_numeric(self, column: int) -> bool:
        return bool(self._rows) and all(isinstance(r[column], int) for r in self._rows)

    def selector(self, row: int) -> Selector | None:
        return self._selectors[row] if 0 <= row < len(self._selectors) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._header)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._header[section] if 0 <= section < len(self._header) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:,}" if isinstance(value, int) else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._selectors[index.row()].description) if index.row() < len(self._selectors) else None
        if role == self.SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


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


def _category_axis(categories: Sequence[str], font: QFont) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append([chart_text(c) for c in categories])
    axis.setLabelsFont(font)
    return axis


def _span_axis(periods: Sequence[str], font: QFont) -> QCategoryAxis:
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


def _value_axis(maximum: int, font: QFont) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, max(1, maximum))
    axis.applyNiceNumbers()
    axis.setMinorTickCount(0)
    axis.setLabelsFont(font)
    return axis


def _place_legend(chart: QChart, entries: int) -> None:
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
                        put(text, left, rect.center().y(), _ink_on(bar_set.color()))
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
                    beside(f"{bar_set.at(row):,.0f}", end, rect, _ink_on(bar_set.color()))


def _ink_on(color: QColor) -> QColor:
    """Black or white, whichever reads on `color` (by its luminance: yellow takes black)."""
    luminance = 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF()
    return QColor("#000000") if luminance > 0.6 else QColor("#ffffff")


def _hover(text: Callable[[int], str]) -> Callable[[bool, int], None]:
    def show(status: bool, index: int) -> None:
        if status:
            QToolTip.showText(QCursor.pos(), tooltip(text(index)))
        else:
            QToolTip.hideText()

    return show


def draw_over_time(
    view: ChartView, series: insight.DirectivesOverTime, colors: dict[str, QColor], select: Select
) -> None:
    """Directives per period, one stacked bar per period, a colour per topic or strength."""
    chart = view.clear()
    if not series.periods:
        view.show_empty(view.tr("No directives under these filters"))
        return
    bars = QStackedBarSeries()
    periods = series.periods
    for value in series.stacks:
        total = next((t.directives for t in series.totals if t.value == value), 0)
        bar_set = QBarSet(chart_text(f"{insight.value_text(value)} ({total:,})"))
        bar_set.append([float(series.count(p, value)) for p in periods])
        bar_set.setColor(colors[value])
        bar_set.setBorderColor(colors[value])
        bar_set.clicked.connect(lambda index, v=value: select(series.selector(periods[index], v)))
        bar_set.hovered.connect(
            _hover(
                lambda index, v=value: (
                    f"{insight.period_text(periods[index])} · {insight.value_text(v)}: "
                    f"{series.count(periods[index], v):,}"
                )
            )
        )
        bars.append(bar_set)
    if len(periods) < 6:
        bars.setBarWidth(0.12 * len(periods) + 0.2)
    chart.addSeries(bars)
    font = view.font()
    if len(periods) > LONG_AXIS:
        x_axis = _span_axis(periods, font)
    else:
        x_axis = _category_axis([insight.period_text(p) for p in periods], font)
        if len(periods) > MANY_CATEGORIES:
            x_axis.setLabelsAngle(-90)
    y_axis = _value_axis(max(series.period_total(p) for p in periods), font)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(x_axis)
    bars.attachAxis(y_axis)
    _place_legend(chart, len(series.stacks))
    for marker, total in zip(chart.legend().markers(bars), series.totals, strict=False):
        marker.clicked.connect(lambda t=total: select(t.selector))


def draw_issuers(view: ChartView, rows: Sequence[insight.IssuerRow], colors: dict[str, QColor], select: Select) -> None:
    """One horizontal bar per issuer (the first on top), split by topic."""
    chart = view.clear()
    if not rows:
        view.show_empty(view.tr("No issuers under these filters"))
        return
    ordered = list(reversed(rows))  # a horizontal chart draws its first category at the bottom
    topics = [t for t in colors if any(r.topic_count(t) for r in rows)]
    bars = QHorizontalStackedBarSeries()
    for topic in topics:
        bar_set = QBarSet(chart_text(insight.value_text(topic)))
        bar_set.append([float(r.topic_count(topic)) for r in ordered])
        bar_set.setColor(colors[topic])
        bar_set.setBorderColor(colors[topic])

        def clicked(index: int, topic: str = topic) -> None:
            found = next((t for t in ordered[index].topics if t.topic == topic), None)
            select(found.selector if found else ordered[index].selector)

        bar_set.clicked.connect(clicked)
        bar_set.hovered.connect(
            _hover(
                lambda index, t=topic: (
                    f"{ordered[index].name} · {insight.value_text(t)}: {ordered[index].topic_count(t):,}"
                )
            )
        )
        bars.append(bar_set)
    chart.addSeries(bars)
    _place_legend(chart, len(topics))
    font = view.font()
    y_axis = _category_axis([r.name for r in ordered], font)
    x_axis = _value_axis(round(max(r.directives for r in rows) * TOTAL_ROOM), font)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(y_axis)
    bars.attachAxis(x_axis)
    view.ranked = RankedBars(view, bars, y_axis, stacked=True)


def draw_entities(view: ChartView, rows: Sequence[insight.EntityRow], color: QColor, select: Select) -> None:
    """For each entity, a bar of its articles and one of its mentions (the first entity on top)."""
    chart = view.clear()
    if not rows:
        view.show_empty(view.tr("No entities of this label under these filters"))
        return
    ordered = list(reversed(rows))
    bars = QHorizontalBarSeries()
    for name, values, shade in (
        (view.tr("Articles"), [r.articles for r in ordered], color),
        (view.tr("Mentions"), [r.mentions for r in ordered], color.lighter(150)),
    ):
        bar_set = QBarSet(chart_text(name))
        bar_set.append([float(v) for v in values])
        bar_set.setColor(shade)
        bar_set.setBorderColor(shade)
        bar_set.clicked.connect(lambda index: select(ordered[index].selector))
        bar_set.hovered.connect(
            _hover(
                lambda index: view.tr("{text}: {articles} articles, {mentions} mentions").format(
                    text=ordered[index].text, articles=ordered[index].articles, mentions=ordered[index].mentions
                )
            )
        )
        bars.append(bar_set)
    chart.addSeries(bars)
    font = view.font()
    y_axis = _category_axis([r.text for r in ordered], font)
    x_axis = _value_axis(round(max(max(r.mentions, r.articles) for r in rows) * TOTAL_ROOM), font)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(y_axis)
    bars.attachAxis(x_axis)
    view.ranked = RankedBars(view, bars, y_axis, stacked=False)


# -- the co-occurrence graph -----------------------------------------------------


class _Clickable:
    selector: Selector
    on_click: Select

    def _press(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.on_click(self.selector)
        else:
            event.ignore()


class NodeItem(_Clickable, QGraphicsEllipseItem):
    def __init__(self, row: insight.EntityRow, radius: float, color: QColor, on_click: Select) -> None:
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.row, self.selector, self.on_click = row, row.selector, on_click
        self.setBrush(QBrush(color))
        self.setPen(QPen(color.darker(140), 1.5))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptHoverEvents(True)
        self.setZValue(2)
        self.setToolTip(tooltip(f"{row.text} ({row.label}): {row.articles:,} / {row.mentions:,}"))

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._press(event)

    def hoverEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.setPen(QPen(self.pen().color(), 3))
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.setPen(QPen(self.pen().color(), 1.5))
        super().hoverLeaveEvent(event)


class EdgeItem(_Clickable, QGraphicsLineItem):
    def __init__(
        self, pair: insight.PairRow, start: QPointF, end: QPointF, width: float, color: QColor, on_click: Select
    ) -> None:
        super().__init__(start.x(), start.y(), end.x(), end.y())
        self.pair, self.selector, self.on_click = pair, pair.selector, on_click
        self._width, self._color = width, color
        self.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self.setToolTip(tooltip(f"{pair.a.text} — {pair.b.text}: {pair.articles:,}"))

    def shape(self) -> QPainterPath:
        # A thin line is still easy to hit.
        path = QPainterPath(self.line().p1())
        path.lineTo(self.line().p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(max(10.0, self._width + 6))
        return stroker.createStroke(path)

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._press(event)

    def hoverEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        highlight = QColor(self._color)
        highlight.setAlpha(255)
        self.setPen(QPen(highlight, self._width + 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.setPen(QPen(self._color, self._width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        super().hoverLeaveEvent(event)


class GraphView(QGraphicsView):
    """People and meetings as nodes (size: articles), shared articles as edges (width: how many)."""

    selected = Signal(object)  # a Selector
    SIZE = 560.0  # the drawing's width and height in scene units

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(QSize(320, 260))
        self.nodes: list[NodeItem] = []
        self.edges: list[EdgeItem] = []

    def set_graph(self, result: insight.Cooccurrence, colors: Callable[[str], QColor]) -> None:
        scene = self.scene()
        scene.clear()
        self.nodes, self.edges = [], []
        index = {(r.label, r.text): n for n, r in enumerate(result.nodes)}
        connected = sorted(
            {index[(p.a.label, p.a.text)] for p in result.pairs} | {index[(p.b.label, p.b.text)] for p in result.pairs}
        )
        if not connected:
            text = scene.addSimpleText(self.tr("No people or meetings appear together under these filters"))
            text.setBrush(self.palette().color(self.foregroundRole()))
            return
        rows = [result.nodes[n] for n in connected]
        position = {n: i for i, n in enumerate(connected)}
        links = [
            (position[index[(p.a.label, p.a.text)]], position[index[(p.b.label, p.b.text)]], float(p.articles))
            for p in result.pairs
        ]
        half = self.SIZE / 2
        points = [QPointF(x * half, y * half) for x, y in insight.layout_graph(len(rows), links)]
        most_articles = max(r.articles for r in rows) or 1
        heaviest = max(w for _a, _b, w in links) or 1
        edge_color = QColor(self.palette().color(self.foregroundRole()))
        for (a, b, weight), pair in zip(links, result.pairs, strict=True):
            color = QColor(edge_color)
            color.setAlpha(int(70 + 150 * weight / heaviest))
            item = EdgeItem(pair, points[a], points[b], 1 + 7 * weight / heaviest, color, self.selected.emit)
            scene.addItem(item)
            self.edges.append(item)
        text_color = self.palette().color(self.foregroundRole())
        for row, point in zip(rows, points, strict=True):
            radius = 6 + 16 * math.sqrt(row.articles / most_articles)
            node = NodeItem(row, radius, colors(row.label), self.selected.emit)
            node.setPos(point)
            label = QGraphicsSimpleTextItem(short(row.text, NAME_LIMIT), node)
            label.setBrush(text_color)
            label.setFont(self.font())
            label.setPos(radius + 2, -label.boundingRect().height() / 2)
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, False)
            scene.addItem(node)
            self.nodes.append(node)
        self._fit()

    def _fit(self) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-12, -12, 12, 12)
        self.scene().setSceneRect(rect)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.scene().items():
            self._fit()


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
    if not image.save(str(path), "PNG"):
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
