"""The window under trouble: unexpected errors, a second pizhu process, a read-only library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import SOURCE_ROOT, open_article, select_qt
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.core.library import Library
from gui.core.logs import setup_logging
from gui.core.store import Store
from gui.dialogs.crash import CrashHandler
from gui.window.mainwindow import MainWindow


def open_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_an_unexpected_error_is_logged_and_shown_with_the_log_path(qtbot) -> None:
    handler = CrashHandler()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    log_file = setup_logging()
    assert log_file is not None
    logged = log_file.read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in logged and "Traceback" in logged
    (box,) = handler.dialogs
    assert "boom in a slot" in box.text()
    assert str(log_file) in box.informativeText()
    box.close()


@pytest.mark.qt_no_exception_capture
def test_the_app_keeps_running_after_an_error_in_a_slot(qtbot, win: MainWindow) -> None:
    handler = CrashHandler()
    previous = sys.excepthook
    handler.install()
    try:
        QTimer.singleShot(0, lambda: 1 / 0)
        qtbot.waitUntil(lambda: bool(handler.dialogs), timeout=5000)
    finally:
        sys.excepthook = previous
    assert "ZeroDivisionError" in handler.dialogs[0].text()
    handler.dialogs[0].close()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    # Still usable: J moves to the next article.
    row = win.table.currentIndex().row()
    qtbot.keyClick(win.table, Qt.Key.Key_J)
    assert win.table.currentIndex().row() == row + 1


def test_an_import_in_a_terminal_while_the_window_is_open(win: MainWindow, tmp_path: Path, seed_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=SOURCE_ROOT)
    result = subprocess.run(
        [sys.executable, "-m", "gui", "import", str(seed_path), "--db", str(win.library.path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    QApplication.sendEvent(win, QEvent(QEvent.Type.WindowActivate))
    assert win.model.rowCount() == 6
    assert win.count_label.text() == "6 articles"
    # The window can still write.
    open_article(win, "春耕")
    select_qt(win, 4, 6)
    assert win.annotator.article is not None
    win.annotator.apply_label("LOC")
    with Store(win.library.path) as store:
        assert store.integrity_ok()
        assert any(a.label == "LOC" for a in store.annotations(win.annotator.article.id))


def test_a_read_only_library_opens_and_edits_are_refused_with_a_message(
    qtbot, qapp, annotated_library: Library, settings, monkeypatch
) -> None:
    path = annotated_library.path
    annotated_library.close()
    window = MainWindow(Library(Store(path, read_only=True)), None, settings)
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    open_article(window, "春耕")
    select_qt(window, 4, 6)
    window.annotator.apply_label("LOC")
    assert shown and "read-only" in shown[0]
    assert window.undo_stack.count() == 0  # nothing pretends to be done
