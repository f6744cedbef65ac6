"""Insight's first tab: directives over time, by day, week or month, stacked by topic or strength."""

from __future__ import annotations

from PySide6.QtCharts import QBarSet, QStackedBarSeries
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from gui.core import insight
from gui.insight.charts import (
    LONG_AXIS,
    MANY_CATEGORIES,
    ChartView,
    Select,
    category_axis,
    hover_tip,
    place_legend,
    span_axis,
    value_axis,
)
from gui.shared.plaintext import chart_text


def draw_over_time(
    view: ChartView, series: insight.DirectivesOverTime, colors: dict[str, QColor], select: Select
) -> None:
    """Directives per period, one stacked bar per period, a colour per topic or strength."""
    chart = view.clear()
    if not series.periods:
        view.show_empty(QCoreApplication.translate("ChartView", "No directives under these filters"))
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
            hover_tip(
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
        x_axis = span_axis(periods, font)
    else:
        x_axis = category_axis([insight.period_text(p) for p in periods], font)
        if len(periods) > MANY_CATEGORIES:
            x_axis.setLabelsAngle(-90)
    y_axis = value_axis(max(series.period_total(p) for p in periods), font)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(x_axis)
    bars.attachAxis(y_axis)
    place_legend(chart, len(series.stacks))
    for marker, total in zip(chart.legend().markers(bars), series.totals, strict=False):
        marker.clicked.connect(lambda t=total: select(t.selector))
