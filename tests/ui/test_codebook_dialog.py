"""Tools → Codebook…: editing the library's codebook, saved as a new version, on the real window.

Typed variables and values show in the side panel at once and their keys code; a change that
would invalidate codes names the variables and counts and saves only when told to delete them;
a problem disables Save and says why; a spreadsheet codebook is imported from a file.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from helpers import active_window, code_in
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from gui.core.codebook import SHEET_COLUMNS, Codebook, load_codebook
from gui.core.paths import resources_dir
from gui.core.vocabulary import RESERVED_KEYS
from gui.dialogs.codebookdialog import CodebookDialog
from gui.window.mainwindow import MainWindow

EXAMPLE = resources_dir() / "codebooks" / "policy-documents.json"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture()
def window(qtbot, qapp, seeded_library, settings) -> MainWindow:
    assert seeded_library.set_codebook(load_codebook(EXAMPLE)).applied
    win = active_window(qtbot, seeded_library, settings)
    code_in(qtbot, win, 0)
    return win


def _open(qtbot, window: MainWindow) -> CodebookDialog:
    window.codebook_action.trigger()  # Tools → Codebook…
    dialog = window.findChild(CodebookDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.list  # the keys start on the variables
    return dialog


def _free_keys(codebook: Codebook, window: MainWindow) -> list[str]:
    """Keys no article variable, label or reader command has."""
    used = {v.key.lower() for variable in codebook.of_unit("article") for v in variable.values}
    used |= {label.key.lower() for label in window.labels if label.key}
    used |= {key.lower() for key in RESERVED_KEYS}
    return [k for k in "abcdefghilmnopqrstuvwyz0123456789" if k not in used]


def _type(qtbot, text: str, then: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Type into whatever has the focus (an open table cell, a field), then press `then`.
    Chinese arrives as an input method commits it."""
    focus = QApplication.focusWidget()
    assert focus is not None
    if text.isascii():
        qtbot.keyClicks(focus, text)
    else:
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(focus, event)
    qtbot.keyClick(focus, then)
    QApplication.processEvents()  # a table cell's Return commits the cell queued


def _type_value(qtbot, dialog: CodebookDialog, code: str, zh: str, en: str, key: str) -> None:
    qtbot.mouseClick(dialog.editor.add_value, Qt.MouseButton.LeftButton)  # the new row's code cell is open
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
    for text in (code, zh, en):
        _type(qtbot, text)
    _type(qtbot, key, Qt.Key.Key_Return)


def _save(qtbot, dialog: CodebookDialog) -> None:
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: dialog.task is None and (dialog.confirm is not None or not dialog.changed()))


def test_a_typed_variable_is_saved_shown_in_the_panel_and_its_key_codes(qtbot, window) -> None:
    library = window.library
    article = window.current_article_id()
    dialog = _open(qtbot, window)
    assert dialog.version.text() == "Library version 1"
    assert [dialog.list.item(r).text().split()[0] for r in range(dialog.list.count())] == [
        v.name for v in load_codebook(EXAMPLE).variables
    ]
    assert not dialog.save_button.isEnabled()  # nothing changed yet

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is dialog.editor.name  # its name is selected for typing
    _type(qtbot, "tone")
    assert QApplication.focusWidget() is dialog.editor.label_zh
    _type(qtbot, "语气")
    _type(qtbot, "Tone")
    assert "needs values" in dialog.problem.text() and not dialog.save_button.isEnabled()
    first, second = _free_keys(load_codebook(EXAMPLE), window)[:2]
    _type_value(qtbot, dialog, "pos", "正面", "Positive", first)
    _type_value(qtbot, dialog, "neg", "负面", "Negative", second)
    assert not dialog.problem.isVisible() and dialog.save_button.isEnabled()

    _save(qtbot, dialog)
    assert dialog.version.text() == "Library version 2"
    tone = library.codebook().variable("tone")
    assert tone is not None and tone.label_zh == "语气" and tone.unit == "article" and tone.type == "nominal"
    assert [(v.code, v.label_zh, v.label_en, v.key) for v in tone.values] == [
        ("pos", "正面", "Positive", first),
        ("neg", "负面", "Negative", second),
    ]
    panel = window.panel.coding
    assert ("article", "tone", "neg") in panel.value_labels

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # saved: Esc closes without asking
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.reader.body_view.setFocus()
    qtbot.keyClicks(window.reader.body_view, second)
    assert {r.variable: r.value for r in library.codes_of("article", [article])} == {"tone": "neg"}
    qtbot.waitUntil(lambda: bool(panel.value_labels[("article", "tone", "neg")].property("coded")))


def test_renaming_a_coded_value_names_the_codes_it_would_delete_and_asks(qtbot, window) -> None:
    library = window.library
    ids = library.article_ids()
    for article in ids[:2]:
        library.set_code("article", article, "instrument", "供给型")
    library.set_code("article", ids[2], "instrument", "环境型")
    library.set_code("article", ids[0], "policy_area", ["党的建设"])
    window.refresh()
    dialog = _open(qtbot, window)
    dialog.list.setCurrentRow(0)  # instrument
    table = dialog.editor.values
    table.setFocus()
    table.setCurrentCell(0, 0)  # 供给型
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
    _type(qtbot, "supply", Qt.Key.Key_Return)
    assert table.item(0, 0).text() == "supply"

    _save(qtbot, dialog)
    box = dialog.confirm
    assert box is not None and box.isVisible()
    assert "Policy instrument (instrument): 2 codes" in box.text() and "policy_area" not in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.confirm is None)
    assert library.codebook_version() == 1 and "供给型" in library.codebook().variable("instrument").codes()
    assert [library.codes_of("article", [a])[0].value for a in ids[:2]] == ["供给型", "供给型"]
    assert dialog.isVisible() and dialog.changed()  # the edit is still there to change or save
    dialog.activateWindow()  # offscreen has no window manager to hand the focus back from the box
    qtbot.waitUntil(dialog.isActiveWindow)

    _save(qtbot, dialog)
    box = dialog.confirm
    assert box is not None
    delete = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    delete.click()
    qtbot.waitUntil(lambda: dialog.task is None and not dialog.changed())
    assert library.codebook_version() == 2 and library.codebook().variable("instrument").codes()[0] == "supply"
    codes = {(r.unit_id, r.variable): r.value for r in library.codes_of("article", ids)}
    assert codes == {(ids[0], "policy_area"): ["党的建设"], (ids[2], "instrument"): "环境型"}
    assert "2" in dialog.status.text() and "instrument" in dialog.status.text()
    assert ("article", "instrument", "supply") in window.panel.coding.value_labels


def test_a_problem_disables_save_and_says_why(qtbot, window) -> None:
    dialog = _open(qtbot, window)
    dialog.list.setCurrentRow(3)  # strength
    qtbot.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)
    assert dialog.list.currentRow() == 4 and dialog.editor.name.text() == "strength_copy"
    assert dialog.save_button.isEnabled()  # a copy under its own name is fine
    _type(qtbot, "issuer_level")  # the name of another variable
    assert not dialog.save_button.isEnabled()
    assert "'issuer_level'" in dialog.problem.text() and "twice" in dialog.problem.text()
    assert dialog.list.item(4).text().startswith("⚠") and not dialog.list.item(2).text().startswith("⚠")
    assert "problem" in dialog.save_problem()
    assert dialog.save() is None and library_unchanged(window)

    dialog.editor.name.setFocus()
    dialog.editor.name.selectAll()
    _type(qtbot, "", Qt.Key.Key_Delete)  # no name at all
    assert "must start with a letter" in dialog.problem.text() and not dialog.save_button.isEnabled()
    dialog.editor.name.setFocus()
    _type(qtbot, "force")
    assert not dialog.problem.isVisible() and dialog.save_button.isEnabled()

    table = dialog.editor.values  # a second value with the code of the first
    table.setFocus()
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
    _type(qtbot, table.item(0, 0).text(), Qt.Key.Key_Return)
    assert "given twice" in dialog.problem.text() and not dialog.save_button.isEnabled()

    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)  # unsaved edits: Esc asks first
    assert dialog.confirm is not None and dialog.isVisible()
    dialog.confirm.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.confirm is None)
    assert dialog.isVisible()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    discard = next(b for b in dialog.confirm.buttons() if "Discard" in b.text())
    discard.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert library_unchanged(window)


def library_unchanged(window: MainWindow) -> bool:
    return window.library.codebook_version() == 1 and window.library.codebook() == load_codebook(EXAMPLE)


def _write_sheet(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(SHEET_COLUMNS)
        writer.writerows(rows)


def test_a_csv_codebook_is_imported_from_a_file_and_saved(qtbot, window, tmp_path, monkeypatch) -> None:
    rows = [
        ["tone", "语气", "Tone", "全文的基调", "article", "nominal", "yes", "1", "正面", "Positive", "v"],
        ["tone", "", "", "", "", "", "", "2", "负面", "Negative", "8"],
        ["sector", "", "", "", "directive", "text", "", "", "", "", ""],
        ["amount", "金额", "Amount", "", "directive", "interval", "no", "", "", "", ""],
    ]
    twice = tmp_path / "twice.csv"
    _write_sheet(twice, [rows[0], [*rows[1][:7], "1", *rows[1][8:]]])  # the code 1 twice
    markup = tmp_path / "markup.csv"
    _write_sheet(markup, [rows[0], ["<b>sector</b>", *rows[2][1:]]])
    good = tmp_path / "project.csv"
    _write_sheet(good, rows)
    chosen = iter([str(twice), str(markup), str(good)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (next(chosen), ""))
    dialog = _open(qtbot, window)
    example = len(load_codebook(EXAMPLE).variables)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "twice.csv" in dialog.problem.text() and "'1'" in dialog.problem.text()
    assert dialog.list.count() == example and not dialog.changed()  # the editor is as it was
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "markup.csv" in dialog.problem.text() and "'<b>sector</b>'" in dialog.problem.text()
    assert dialog.problem.textFormat() == Qt.TextFormat.PlainText and dialog.list.count() == example

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [dialog.list.item(r).text().split()[0] for r in range(dialog.list.count())] == ["tone", "sector", "amount"]
    assert dialog.name.text() == "project" and "project.csv" in dialog.status.text()
    assert not dialog.problem.isVisible()
    assert window.library.codebook_version() == 1  # imported into the editor, not yet saved
    _save(qtbot, dialog)
    saved = window.library.codebook()
    assert saved == load_codebook(good) and window.library.codebook_version() == 2
    assert ("article", "tone", "2") in window.panel.coding.value_labels
    assert ("article", "instrument") not in window.panel.coding.variable_labels


def test_settings_opens_the_codebook_too(qtbot, window) -> None:
    settings = window.open_settings()
    qtbot.waitUntil(settings.isVisible)
    button = next(b for b in settings.findChildren(QPushButton) if b.objectName() == "edit_codebook")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = settings.findChild(CodebookDialog)
    assert dialog is not None and dialog.isVisible() and dialog.list.count() == len(load_codebook(EXAMPLE).variables)
