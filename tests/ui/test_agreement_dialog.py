"""Tools → Intercoder Agreement…: the reliability report on the real window, from codes of several
coders imported through the articles JSONL (Krippendorff's published example: 4 coders, 12 units).

The table shows the published alphas with their colours, the pair tab every coder pair, the
filters recompute, Export CSV… writes the core's CSV, and a library without a codebook or
without two coders says so in the window.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QListWidget, QTableView, QToolTip
from test_cli_agreement import GRADES, krippendorff_library, make_library
from test_cli_agreement_layers import layered_library

from gui import cli
from gui.core.library import Library
from gui.dialogs.agreementchart import ROW
from gui.dialogs.agreementdialog import AgreementDialog
from gui.dialogs.agreementtables import GOOD, POOR, TENTATIVE_COLOUR
from gui.window.mainwindow import MainWindow

WAIT_MS = 30000  # the statistics libraries load on the first report


def _window(qtbot, settings, db: str) -> MainWindow:
    library = Library.open(db)
    win = MainWindow(library, None, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _open(qtbot, win: MainWindow) -> AgreementDialog:
    win.agreement_action.trigger()  # Tools → Intercoder Agreement…
    dialog = win.findChild(AgreementDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    _wait(qtbot, dialog)
    return dialog


def _wait(qtbot, dialog: AgreementDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None and not dialog._debounce.isActive(), timeout=WAIT_MS)


def _rows(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _column(table: QTableView, title: str) -> int:
    model = table.model()
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title)


def _by_variable(dialog: AgreementDialog) -> dict[str, list[str]]:
    return {row[0]: row for row in _rows(dialog.variable_table)}


def _uncheck(qtbot, dialog: AgreementDialog, check_list: QListWidget, key: str) -> None:
    items = [check_list.item(r) for r in range(check_list.count())]
    item = next(each for each in items if each.data(Qt.ItemDataRole.UserRole) == key)
    check_list.scrollToItem(item)
    rect = check_list.visualItemRect(item)
    qtbot.mouseClick(check_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # selects the row
    qtbot.keyClick(check_list, Qt.Key.Key_Space)  # and Space unchecks its box
    assert item.checkState() == Qt.CheckState.Unchecked
    qtbot.waitUntil(lambda: dialog._debounce.isActive() or dialog.task is not None, timeout=WAIT_MS)
    _wait(qtbot, dialog)


@pytest.fixture()
def krippendorff(tmp_path: Path) -> str:
    return krippendorff_library(tmp_path / "k")


def test_the_published_example_shows_in_the_table_chart_and_pair_tab(qtbot, settings, krippendorff) -> None:
    win = _window(qtbot, settings, krippendorff)
    dialog = _open(qtbot, win)
    rows = _by_variable(dialog)
    alpha, coders, units = (_column(dialog.variable_table, t) for t in ("Alpha", "Coders", "Units"))
    assert {name: row[alpha] for name, row in rows.items()} == {
        "k_nominal": "0.743",
        "k_ordinal": "0.815",
        "k_interval": "0.849",
    }
    assert all(row[coders] == "4" and row[units] == "11" for row in rows.values())
    # Four coders: neither Cohen's nor Fleiss' kappa applies.
    assert rows["k_nominal"][_column(dialog.variable_table, "Cohen's kappa")] == "—"
    assert rows["k_nominal"][_column(dialog.variable_table, "Fleiss' kappa")] == "—"
    low, high = (float(x) for x in rows["k_nominal"][_column(dialog.variable_table, "95% interval")].split(" – "))
    assert low <= 0.743 <= high
    model = dialog.variable_table.model()
    colours = {
        model.index(r, 0).data(): model.index(r, alpha).data(Qt.ItemDataRole.BackgroundRole).color()
        for r in range(model.rowCount())
    }
    assert colours == {"k_nominal": TENTATIVE_COLOUR, "k_ordinal": GOOD, "k_interval": GOOD}
    assert [(bar.label, round(bar.alpha or 0, 3)) for bar in dialog.chart.bars] == [
        ("k_nominal", 0.743),
        ("k_ordinal", 0.815),
        ("k_interval", 0.849),
    ]
    # Resting the pointer on the second bar tells its figure and interval.
    dialog.tabs.setCurrentIndex(0)
    chart = dialog.chart
    qtbot.waitUntil(chart.isVisible)
    at = QPoint(chart.width() // 2, int(chart._plot().top() + ROW * 1.5))
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, at, chart.mapToGlobal(at)))
    qtbot.waitUntil(lambda: "k_ordinal" in QToolTip.text())
    assert "alpha 0.815" in QToolTip.text()
    # Clicking the alpha header sorts by the figure.
    header = dialog.variable_table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(alpha) + 5, 5)
    )
    order = [row[0] for row in _rows(dialog.variable_table)]
    assert order in (["k_nominal", "k_ordinal", "k_interval"], ["k_interval", "k_ordinal", "k_nominal"])
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(alpha) + 5, 5)
    )
    assert [row[0] for row in _rows(dialog.variable_table)] == order[::-1]

    dialog.tabs.setCurrentIndex(1)  # Coder Pairs
    pairs = _rows(dialog.pair_table)
    variable = _column(dialog.pair_table, "Variable")
    for name in rows:
        mine = [row for row in pairs if row[variable] == name]
        assert sorted((row[0], row[1]) for row in mine) == [
            ("A", "B"), ("A", "C"), ("A", "D"), ("B", "C"), ("B", "D"), ("C", "D")
        ]  # fmt: skip
    assert dialog.tabs.count() == 2  # no annotations by coders: no entities tab
    assert "0.800" in " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_unchecking_a_coder_or_a_variable_recomputes(qtbot, settings, krippendorff, capsys) -> None:
    win = _window(qtbot, settings, krippendorff)
    dialog = _open(qtbot, win)
    _uncheck(qtbot, dialog, dialog.coder_list, "D")
    capsys.readouterr()
    assert cli.main(["agreement", "--db", krippendorff, "--format", "json", "--coders", "A,B,C"]) == 0
    expected = {v["variable"]: v for v in json.loads(capsys.readouterr().out)["variables"]}
    rows = _by_variable(dialog)
    alpha, coders = _column(dialog.variable_table, "Alpha"), _column(dialog.variable_table, "Coders")
    assert {name: row[alpha] for name, row in rows.items()} == {n: f"{v['alpha']:.3f}" for n, v in expected.items()}
    assert rows["k_nominal"][alpha] != "0.743" and rows["k_nominal"][coders] == "3"
    assert len(_rows(dialog.pair_table)) == 3 * 3  # three pairs of three coders, three variables
    assert all("D" not in row[:2] for row in _rows(dialog.pair_table))

    _uncheck(qtbot, dialog, dialog.variable_list, "k_interval")
    assert sorted(_by_variable(dialog)) == ["k_nominal", "k_ordinal"]

    _uncheck(qtbot, dialog, dialog.coder_list, "C")  # A and B: Cohen's kappa applies
    assert _by_variable(dialog)["k_nominal"][_column(dialog.variable_table, "Cohen's kappa")] != "—"
    _uncheck(qtbot, dialog, dialog.coder_list, "B")
    assert dialog.pages.currentWidget() is dialog.message
    assert "two or more coders" in dialog.message.text()
    assert not dialog.export_button.isEnabled()


def test_export_csv_writes_the_report(qtbot, settings, krippendorff, tmp_path, monkeypatch) -> None:
    win = _window(qtbot, settings, krippendorff)
    dialog = _open(qtbot, win)
    target = tmp_path / "out" / "报告.csv"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "CSV (*.csv)"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    variables = {row["variable"]: row for row in rows if row["scope"] == "variable"}
    assert round(float(variables["k_nominal"]["alpha"]), 3) == 0.743
    assert round(float(variables["k_interval"]["alpha"]), 3) == 0.849
    assert len([row for row in rows if row["scope"] == "pair"]) == 18
    assert str(target) in dialog.status.text()


def test_the_interface_language_labels_and_poor_alpha(qtbot, settings, tmp_path) -> None:
    """Variable labels, not names; an alpha below 0.667 coloured as not reliable."""
    variable = {
        "name": "tone",
        "label_en": "Tone",
        "label_zh": "语气",
        "unit": "article",
        "type": "nominal",
        "values": [{"code": g, "label_zh": g, "label_en": g} for g in GRADES[:2]],
    }
    # Two coders who agree on half the units: alpha well below the thresholds.
    units = [[{"variable": "tone", "value": GRADES[0], "coder": "王"},
              {"variable": "tone", "value": GRADES[n % 2], "coder": "李"}] for n in range(8)]  # fmt: skip
    win = _window(qtbot, settings, make_library(tmp_path / "tone", [variable], units))
    dialog = _open(qtbot, win)
    rows = _by_variable(dialog)
    assert list(rows) == ["Tone"]
    alpha = _column(dialog.variable_table, "Alpha")
    assert float(rows["Tone"][alpha]) < 0.667
    assert dialog.variable_table.model().index(0, alpha).data(Qt.ItemDataRole.BackgroundRole).color() == POOR
    assert rows["Tone"][_column(dialog.variable_table, "Cohen's kappa")] != "—"  # two coders: Cohen's kappa


@pytest.mark.parametrize("codebook", [True, False])
def test_a_library_without_coders_or_codebook_says_so(qtbot, settings, tmp_path, codebook) -> None:
    variable = {"name": "tone", "unit": "article", "type": "nominal", "values": [{"code": "x"}, {"code": "y"}]}
    units = [[{"variable": "tone", "value": "x", "coder": "王"}] for _ in range(3)]  # one coder only
    db = make_library(tmp_path / "one", [variable], units)
    if not codebook:
        db = str(tmp_path / "empty.sqlite")
        with Library.open(db):
            pass
    win = _window(qtbot, settings, db)
    dialog = _open(qtbot, win)
    assert dialog.pages.currentWidget() is dialog.message and dialog.message.isVisible()
    expected = "two or more coders" if codebook else "no codebook"
    assert expected in dialog.message.text()
    assert not dialog.export_button.isEnabled()


def test_entity_and_directive_figures_from_the_coders_layers_get_their_own_tab(qtbot, settings, tmp_path) -> None:
    """Three coders' annotations imported through their JSONL (tests/test_cli_agreement_layers.py,
    where the figures are worked out by hand): the third tab shows them, and unchecking a coder
    recomputes them for the two left."""
    dialog = _open(qtbot, _window(qtbot, settings, layered_library(tmp_path)))
    assert dialog.tabs.count() == 3
    dialog.tabs.setCurrentWidget(dialog.annotation_tab)
    table = dialog.annotation_table
    f1, alpha, coders = (_column(table, title) for title in ("F1", "Alpha", "Coders"))
    rows = _rows(table)
    first = {row[0]: row for row in reversed(rows)}  # the summary rows come before the pairs
    assert first["Entities, all labels"][f1] == "0.615" and first["Entities, all labels"][coders] == "3"
    assert first["Entities: PER"][f1] == "1.000" and first["Entities: ORG"][f1] == "0.400"
    assert first["Directives found"][f1] == "0.571"
    assert first["Directives: strength"][alpha] == "0.900"
    pair = next(row for row in rows if row[0] == "Directives found" and row[coders] == "a × b")
    assert pair[f1] == "0.667"
    strength = next(row for row in rows if row[0] == "Directives: strength" and row[coders] == "a × b")
    assert strength[alpha] == "0.833"  # the pair's own matches (worked out in the CLI test)
    _uncheck(qtbot, dialog, dialog.coder_list, "c")
    first = {row[0]: row for row in reversed(_rows(dialog.annotation_table))}
    assert first["Entities, all labels"][f1] == "0.800" and first["Entities, all labels"][coders] == "2"
    assert first["Directives found"][f1] == "0.667"
