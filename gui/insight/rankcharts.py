"""Insight's ranked bar charts: the top issuers (split by topic) and the top entities of a label
(articles and mentions); long rankings scroll, with the numbers on the bars."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarSet, QHorizontalBarSeries, QHorizontalStackedBarSeries
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from gui.core import insight
from gui.insight.charts import (
    TOTAL_ROOM,
    ChartView,
    RankedBars,
    Select,
    category_axis,
    hover_tip,
    place_legend,
    value_axis,
)
from gui.shared.plaintext import chart_text


def draw_issuers(view: ChartView, rows: Sequence[insight.IssuerRow], colors: dict[str, QColor], select: Select) -> None:
    """One horizontal bar per issuer (the first on top), split by topic."""
    chart = view.clear()
    if not rows:
        view.show_empty(QCoreApplication.translate("ChartView", "No issuers under these filters"))
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

        def tip(index: int, topic: str = topic) -> str:
            return f"{ordered[index].name} · {insight.value_text(topic)}: {ordered[index].topic_count(topic):,}"

        bar_set.clicked.connect(clicked)
        bar_set.hovered.connect(hover_tip(tip))
        bars.append(bar_set)
    chart.addSeries(bars)
    place_legend(chart, len(topics))
    font = view.font()
    y_axis = category_axis([r.name for r in ordered], font)
    x_axis = value_axis(round(max(r.directives for r in rows) * TOTAL_ROOM), font)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(y_axis)
    bars.attachAxis(x_axis)
    view.ranked = RankedBars(view, bars, y_axis, stacked=True)


def draw_entities(view: ChartView, rows: Sequence[insight.EntityRow], color: QColor, select: Select) -> None:
    """For each entity, a bar of its articles and one of its mentions (the first entity on top)."""
    chart = view.clear()
    if not rows:
        view.show_empty(QCoreApplication.translate("ChartView", "No entities of this label under these filters"))
        return
    ordered = list(reversed(rows))
    bars = QHorizontalBarSeries()
    for name, values, shade in (
        (QCoreApplication.translate("ChartView", "Articles"), [r.articles for r in ordered], color),
        (QCoreApplication.translate("ChartView", "Mentions"), [r.mentions for r in ordered], color.lighter(150)),
    ):
        bar_set = QBarSet(chart_text(name))
        bar_set.append([float(v) for v in values])
        bar_set.setColor(shade)
        bar_set.setBorderColor(shade)
        bar_set.clicked.connect(lambda index: select(ordered[index].selector))
        bar_set.hovered.connect(
            hover_tip(
                lambda index: QCoreApplication.translate(
                    "ChartView", "{text}: {articles} articles, {mentions} mentions"
                ).format(text=ordered[index].text, articles=ordered[index].articles, mentions=ordered[index].mentions)
            )
        )
        bars.append(bar_set)
    chart.addSeries(bars)
    font = view.font()
    y_axis = category_axis([r.text for r in ordered], font)
    x_axis = value_axis(round(max(max(r.mentions, r.articles) for r in rows) * TOTAL_ROOM), font)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(y_axis)
    bars.attachAxis(x_axis)
    view.ranked = RankedBars(view, bars, y_axis, stacked=False)
