"""The label legend wraps onto more rows in a narrow reader instead of widening it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from gui.reader.readerview import ReaderView
from gui.shared.labels import LabelSet


def _rows(legend: QWidget) -> list[int]:
    return sorted({w.geometry().y() for w in legend.findChildren(QWidget) if w.isVisible()})


def _inside(legend: QWidget) -> bool:
    area = legend.rect()
    return all(area.contains(w.geometry()) for w in legend.findChildren(QWidget) if w.isVisible())


def test_the_legend_wraps_and_keeps_every_label_in_view(qtbot) -> None:
    reader = ReaderView(LabelSet())
    qtbot.addWidget(reader)
    reader.resize(1400, 600)
    reader.show()
    qtbot.waitExposed(reader)
    legend = reader.legend
    assert len(legend.buttons) >= 7
    assert len(_rows(legend)) == 1 and _inside(legend)
    one_row = legend.height()

    reader.resize(520, 600)
    QApplication.processEvents()
    assert reader.width() == 520  # the legend does not hold the reader wide
    assert len(_rows(legend)) >= 2 and _inside(legend)
    assert legend.height() > one_row
    # Left to right, top to bottom, in the labels' order.
    order = [(b.geometry().y(), b.geometry().x()) for b in legend.buttons.values()]
    assert order == sorted(order)


def test_the_reader_is_narrow_enough_for_a_laptop_screen(qtbot) -> None:
    reader = ReaderView(LabelSet())
    qtbot.addWidget(reader)
    assert reader.minimumSizeHint().width() < 500
