"""The reliability report's chart: Krippendorff's alpha per variable as horizontal bars, the
bootstrap 95% interval as whiskers, and the 0.667 and 0.800 thresholds as dashed lines.

Painted rather than drawn with Qt Charts: a horizontal bar per variable leaves long Chinese
labels room, whiskers are not a Qt Charts series, and painted text is never read as HTML
(a variable's label comes from an imported codebook). A bar is coloured like the table's
alpha cell; hovering it gives the figures.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from gui.core.agreement import RELIABLE, TENTATIVE
from gui.dialogs.agreementtables import interval, number, threshold_colour
from gui.shared.plaintext import NAME_LIMIT, short, tooltip

ROW = 24  # pixels per variable
BAR = 14
LABEL_WIDTH = 220  # at most, for the variables' labels
MARGIN = 8
AXIS = 26  # the axis' ticks and numbers below the bars


@dataclass(slots=True)
class Bar:
    label: str
    alpha: float | None
    ci: tuple[float, float] | None


class AlphaChart(QWidget):
    """Alpha per variable; the axis runs from 0 (or below, if an interval reaches below) to 1."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_chart")
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(600, MARGIN * 2 + AXIS + ROW * max(len(self.bars), 1))

    def low_end(self) -> float:
        lows = [b.ci[0] for b in self.bars if b.ci] + [b.alpha for b in self.bars if b.alpha is not None]
        return min(0.0, math.floor(min(lows, default=0.0) * 10) / 10)

    def _label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(short(b.label, NAME_LIMIT)) for b in self.bars), default=0)
        return min(widest + MARGIN, LABEL_WIDTH, self.width() // 3)

    def _plot(self) -> QRectF:
        left = MARGIN + self._label_width()
        return QRectF(left, MARGIN, max(self.width() - left - MARGIN * 4, 10), ROW * max(len(self.bars), 1))

    def _x(self, plot: QRectF, value: float) -> float:
        low = self.low_end()
        return plot.left() + (value - low) / (1.0 - low) * plot.width()

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        faint = QColor(text_colour)
        faint.setAlpha(90)
        plot = self._plot()
        metrics = QFontMetrics(self.font())
        # The axis: ticks every 0.2 (0.1 when the axis is short), numbers below.
        low = self.low_end()
        step = 0.1 if 1.0 - low <= 1.0 else 0.2
        painter.setPen(QPen(faint, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        tick = low
        while tick <= 1.0 + 1e-9:
            x = self._x(plot, tick)
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            painter.setPen(text_colour)
            text = f"{tick:.1f}"
            painter.drawText(
                QPointF(x - metrics.horizontalAdvance(text) / 2, plot.bottom() + 6 + metrics.ascent()), text
            )
            tick = round(tick + step, 10)
        # Krippendorff's thresholds.
        for threshold in (TENTATIVE, RELIABLE):
            x = self._x(plot, threshold)
            painter.setPen(QPen(text_colour, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top() - 2), QPointF(x, plot.bottom()))
        zero = self._x(plot, 0.0)
        for row, bar in enumerate(self.bars):
            top = plot.top() + row * ROW
            middle = top + ROW / 2
            painter.setPen(text_colour)
            label = metrics.elidedText(
                short(bar.label, NAME_LIMIT), Qt.TextElideMode.ElideRight, int(plot.left()) - MARGIN * 2
            )
            painter.drawText(QRectF(MARGIN, top, plot.left() - MARGIN * 2, ROW),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)  # fmt: skip
            if bar.alpha is None:
                painter.drawText(QPointF(zero + 4, middle + metrics.ascent() / 2 - 1), "—")
                continue
            colour = QColor(threshold_colour(bar.alpha) or faint)
            colour.setAlpha(200)
            end = self._x(plot, bar.alpha)
            painter.fillRect(QRectF(min(zero, end), middle - BAR / 2, abs(end - zero), BAR), colour)
            if bar.ci:
                self._whisker(painter, plot, bar.ci, middle, text_colour)
        painter.end()

    def _whisker(self, painter: QPainter, plot: QRectF, ci: tuple[float, float], middle: float, colour: QColor) -> None:
        left, right = self._x(plot, ci[0]), self._x(plot, ci[1])
        painter.setPen(QPen(colour, 1.5))
        painter.drawLine(QPointF(left, middle), QPointF(right, middle))
        for x in (left, right):
            painter.drawLine(QPointF(x, middle - 4), QPointF(x, middle + 4))

    def bar_at(self, y: float) -> Bar | None:
        row = int((y - self._plot().top()) // ROW)
        return self.bars[row] if 0 <= row < len(self.bars) and y >= self._plot().top() else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos().y())
            if bar is None:
                QToolTip.hideText()
            else:
                figures = self.tr("alpha {alpha} (95% interval: {interval})")
                text = bar.label + "\n" + figures.format(alpha=number(bar.alpha), interval=interval(bar.ci))
                QToolTip.showText(event.globalPos(), tooltip(text), self)
            return True
        return super().event(event)
