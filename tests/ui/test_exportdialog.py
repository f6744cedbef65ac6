"""File → Export… as a user goes through it: choose, filter, export, cancel, open the folder."""

from __future__ import annotations

import csv
import io
import threading
import time
from pathlib import Path

import pytest
from core.test_adjudication import CODERS, lead  # noqa: F401 - the three-coder library fixture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

import gui.dialogs.exportdialog
from gui.core.library import Library
from gui.core.model import Annotation
from gui.dialogs.exportdialog import ExportDialog

CODERS_SORTED = sorted(CODERS)


@pytest.fixture()
def dialog(qtbot, seeded_library: Library, tmp_path: Path) -> ExportDialog:
    store = seeded_library.store
    article_id = seeded_library.article_ids()[0]
    body = store.get_article(article_id).body
    start = body.index("本报讯")
    store.add_annotation(Annotation("entity", "ORG", start, start + 3, "本报讯", article_id=article_id))
    out = tmp_path / "exports"
    out.mkdir()
    win = ExportDialog(seeded_library.path, folder=out)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def choose(win: ExportDialog, what: str, fmt: str) -> None:
    win.what_box.setCurrentIndex(win.what_box.findData(what))
    win.format_box.setCurrentIndex(win.format_box.findData(fmt))


def button(box: QMessageBox, text: str) -> QPushButton:
    return next(b for b in box.buttons() if b.text() == text)


def test_the_formats_offered_follow_what_is_exported(dialog: ExportDialog) -> None:
    formats = {}
    for what in ("entities", "directives", "articles"):
        choose(dialog, what, "csv")
        formats[what] = [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())]
        assert Path(dialog.path_edit.text()).name == f"{what}.csv"  # the suggested name follows
    assert formats == {
        "entities": ["csv", "jsonl", "bio", "doccano"],
        "directives": ["csv", "jsonl"],
        "articles": ["csv", "jsonl"],
    }
    assert not dialog.labels_edit.isEnabled()  # articles: labels do not apply
    choose(dialog, "entities", "bio")
    assert dialog.labels_edit.isEnabled() and not dialog.excel_check.isEnabled()
    assert not dialog.annotation_checks["rejected"].isChecked()  # training data leaves rejections out
    assert Path(dialog.path_edit.text()).name == "entities.bio.txt"


def test_exporting_writes_the_file_and_offers_the_folder(
    dialog: ExportDialog, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        gui.dialogs.exportdialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    choose(dialog, "entities", "csv")
    qtbot.keyClicks(dialog.labels_edit, "ORG")
    target = Path(dialog.path_edit.text())
    with qtbot.waitSignal(dialog.exported, timeout=20000) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].path == target
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data  # Excel is the default in the window
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows and {r["label"] for r in rows} == {"ORG"} and "本报讯" in {r["text"] for r in rows}
    qtbot.waitUntil(lambda: dialog.done_box is not None and dialog.done_box.isVisible())
    assert str(target) in dialog.done_box.text()
    qtbot.mouseClick(button(dialog.done_box, "Open Folder"), Qt.MouseButton.LeftButton)
    assert opened == [str(target.parent)]
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_cancelling_stops_the_export_and_leaves_no_file(
    dialog: ExportDialog, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_export = Library.export
    started = threading.Event()

    def slow_export(library, options, path, progress=None, cancelled=None):  # noqa: ANN001, ANN202
        # A big library: still busy when the user presses Cancel.
        started.set()
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            progress(0, 1000, "entities")
            time.sleep(0.01)
        return real_export(library, options, path, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(Library, "export", slow_export)
    choose(dialog, "articles", "jsonl")
    target = Path(dialog.path_edit.text())
    task = dialog.start_export()
    assert task is not None
    qtbot.waitUntil(
        lambda: started.is_set() and dialog.progress is not None and dialog.progress.isVisible(), timeout=5000
    )
    cancel = next(b for b in dialog.progress.findChildren(QPushButton) if b.text() == "Cancel")
    with qtbot.waitSignal(task.finished, timeout=20000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cancelled" in dialog.message_label.text())
    assert list(target.parent.iterdir()) == []  # neither the file nor a temporary one
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_wrong_input_is_explained_and_nothing_starts(dialog: ExportDialog, qtbot) -> None:
    qtbot.keyClicks(dialog.from_edit, "last spring")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "not a date" in dialog.message_label.text()
    assert dialog.task is None and dialog.isVisible()


def test_a_failing_export_is_one_message_and_the_dialog_stays(dialog: ExportDialog, qtbot, tmp_path: Path) -> None:
    dialog.path_edit.setText(str(tmp_path / "no-such-folder" / "entities.csv"))
    dialog.start_export()
    # Waiting on the error itself: the task may finish before a wait on its signal would start.
    qtbot.waitUntil(lambda: dialog.error_box is not None and dialog.error_box.isVisible(), timeout=20000)
    assert "no such folder" in dialog.error_box.text()
    dialog.error_box.close()
    assert dialog.isVisible()


def test_reversed_dates_are_explained_in_the_window_s_words_not_command_line_flags(dialog: ExportDialog, qtbot) -> None:
    qtbot.keyClicks(dialog.from_edit, "2022-04-01")
    qtbot.keyClicks(dialog.to_edit, "2022-03-01")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = dialog.message_label.text()
    assert "2022-04-01" in text and "after" in text
    assert "--" not in text
    assert dialog.task is None


def test_a_library_without_named_coders_offers_no_layer(dialog: ExportDialog) -> None:
    assert not dialog.layer_box.isVisible() and dialog.options().layer is None


def test_ctrl_e_on_a_team_library_exports_the_layer_chosen(qtbot, qapp, lead: Path, settings, tmp_path: Path) -> None:  # noqa: F811
    from gui.shared.fonts import apply_cjk_font
    from gui.window.mainwindow import MainWindow

    settings.set_coder("lead")
    window = MainWindow(Library.open(lead, create=False), apply_cjk_font(qapp), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: qapp.activeWindow() is window)
    qtbot.keyClick(window.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in window.findChildren(ExportDialog) if d.isVisible())
    box = dialog.layer_box
    assert box.isVisible()
    assert [box.itemData(i) for i in range(box.count())] == ["final", *CODERS_SORTED, "all"]
    choose(dialog, "articles", "jsonl")
    assert not box.isEnabled() and dialog.options().layer is None  # every layer, lossless
    choose(dialog, "entities", "bio")
    last = box.model().item(box.count() - 1)
    assert not last.isEnabled()  # BIO cannot say whose
    choose(dialog, "entities", "csv")
    assert box.isEnabled() and last.isEnabled()

    exported: dict[str, list[dict[str, str]]] = {}
    for layer in ("final", "li", "all"):
        box.setCurrentIndex(box.findData(layer))
        target = tmp_path / f"{layer}.csv"
        dialog.path_edit.setText(str(target))
        with qtbot.waitSignal(dialog.exported, timeout=20000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.export_button.isEnabled())  # the worker has finished
        dialog.done_box.done(0)
        dialog.show()  # the dialog closes after the message; open it again for the next layer
        exported[layer] = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline="")))
    assert "coder" not in exported["final"][0] and "coder" not in exported["li"][0]
    assert {r["coder"] for r in exported["all"]} == {"", *CODERS_SORTED}
    li = sorted((r["start"], r["label"]) for r in exported["all"] if r["coder"] == "li")
    assert li and li == sorted((r["start"], r["label"]) for r in exported["li"])
    assert len(exported["all"]) > len(exported["final"]) + len(exported["li"])
