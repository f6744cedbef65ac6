"""Insight's co-occurrence graph: a small QGraphicsScene of our own (nodes and weighted edges, laid
out by gui.core.insight.layout_graph) whose nodes and edges are clickable."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from gui.core import insight
from gui.core.insight import Selector
from gui.insight.charts import Select
from gui.shared.plaintext import NAME_LIMIT, short, tooltip


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
        self.empty_text = self.tr("No people or meetings appear together under these filters")

    def set_graph(self, result: insight.Cooccurrence, colors: Callable[[str], QColor]) -> None:
        scene = self.scene()
        scene.clear()
        self.nodes, self.edges = [], []
        index = {(r.label, r.text): n for n, r in enumerate(result.nodes)}
        connected = sorted(
            {index[(p.a.label, p.a.text)] for p in result.pairs} | {index[(p.b.label, p.b.text)] for p in result.pairs}
        )
        if not connected:
            text = scene.addSimpleText(self.empty_text)
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
