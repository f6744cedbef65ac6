"""Insight's stacked bars over time: directives by day, week or month stacked by topic or strength
(the first tab), and one codebook variable's values over time (the Codes tab) share one drawing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCharts import QAbstractAxis, QBarSet, QStackedBarSeries
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


@dataclass(frozen=True)
class Stack:
    """One coloured part of every period's bar: its legend entry, counts and what a click selects."""

    legend: str  # plain text, with its total
    color: QColor
    counts: list[float]  # one per period
    clicked: Callable[[int], None]  # a bar of this stack clicked, by its period's index
    tip: Callable[[int], str]
    legend_clicked: Callable[[], None]


def draw_stacked_periods(
    view: ChartView, periods: Sequence[str], period_text: Callable[[str], str], stacks: Sequence[Stack]
) -> None:
    """One stacked bar per period; a long run of periods is labelled by span, many turned on their side."""
    chart = view.clear()
    bars = QStackedBarSeries()
    for stack in stacks:
        bar_set = QBarSet(chart_text(stack.legend))
        bar_set.append(stack.counts)
        bar_set.setColor(stack.color)
        bar_set.setBorderColor(stack.color)
        bar_set.clicked.connect(stack.clicked)
        bar_set.hovered.connect(hover_tip(stack.tip))
        bars.append(bar_set)
    if len(periods) < 6:
        bars.setBarWidth(0.12 * len(periods) + 0.2)
    chart.addSeries(bars)
    font = view.font()
    x_axis: QAbstractAxis
    if len(periods) > LONG_AXIS:
        x_axis = span_axis(periods, font)
    else:
        x_axis = category_axis([period_text(p) for p in periods], font)
        if len(periods) > MANY_CATEGORIES:
            x_axis.setLabelsAngle(-90)
    tallest = max((sum(stack.counts[i] for stack in stacks) for i in range(len(periods))), default=0)
    y_axis = value_axis(int(tallest), font)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(x_axis)
    bars.attachAxis(y_axis)
    place_legend(chart, len(stacks))
    for marker, stack in zip(chart.legend().markers(bars), stacks, strict=False):
        marker.clicked.connect(stack.legend_clicked)


def draw_over_time(
    view: ChartView, series: insight.DirectivesOverTime, colors: dict[str, QColor], select: Select
) -> None:
    """Directives per period, one stacked bar per period, a colour per topic or strength."""
    if not series.periods:
        view.clear()
        view.show_empty(QCoreApplication.translate("ChartView", "No directives under these filters"))
        return
    periods = series.periods
    totals = {t.value: t for t in series.totals}

    def stack(value: str) -> Stack:
        total = totals.get(value)
        return Stack(
            legend=f"{insight.value_text(value)} ({total.directives if total else 0:,})",
            color=colors[value],
            counts=[float(series.count(p, value)) for p in periods],
            clicked=lambda index: select(series.selector(periods[index], value)),
            tip=lambda index: (
                f"{insight.period_text(periods[index])} · {insight.value_text(value)}: "
                f"{series.count(periods[index], value):,}"
            ),
            legend_clicked=lambda: select(total.selector if total else series.selector(None, value)),
        )

    draw_stacked_periods(view, periods, insight.period_text, [stack(value) for value in series.stacks])
