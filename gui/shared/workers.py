"""Running long core operations off the UI thread, with progress and cancel.

`run_job` is the one way the window runs library work (import, re-tag, export,
Insight): the work gets its own `Library`, opened from a path on the worker thread
(SQLite connections belong to the thread that made them), a progress callback and
a cancel check (the core's Progress/CancelCheck); an optional progress dialog shows
how far it is and its Cancel stops it. Results and errors come back as signals on
the UI thread: a PizhuError as its message in the interface's language, anything
else logged with its traceback and reported as an unexpected error.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from gui.core.errors import PizhuError
from gui.core.library import CancelCheck, Library, Progress
from gui.core.paths import ServerPath, location
from gui.shared.i18n import QT_TRANSLATE_NOOP, word

log = logging.getLogger("pizhu.workers")

UNEXPECTED = QT_TRANSLATE_NOOP("Task", "unexpected error: {error}")  # translated when reported
CANCEL = QT_TRANSLATE_NOOP("Task", "Cancel")

Work = Callable[[Progress, CancelCheck], Any]
LibraryWork = Callable[[Library, Progress, CancelCheck], Any]
# What the progress dialog says: (done, total, what is being worked on) -> its text.
ProgressText = Callable[[int, int, str], str]


class Task(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, parent: Any = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.dialog: QProgressDialog | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancel.is_set)
        except PizhuError as exc:
            self.failed.emit(word(exc))  # worded here: a signal carries plain text
        except Exception as exc:  # noqa: BLE001 - reported to the user, logged in full
            log.exception("background task failed")
            error = f"{type(exc).__name__}: {exc}"
            self.failed.emit(QCoreApplication.translate("Task", UNEXPECTED).format(error=error))
        else:
            self.succeeded.emit(result)


def run_job(
    parent: QObject,
    library_path: Path | ServerPath,
    work: LibraryWork,
    *,
    done: Callable[[Any], None] | None = None,
    failed: Callable[[str], None] | None = None,
    title: str | None = None,
    progress_text: ProgressText | None = None,
    verify: bool = True,
) -> Task:
    """Start `work(library, progress, cancelled)` on a worker thread with its own library.

    `done` gets the result and `failed` the message, on the UI thread, after the progress
    dialog (shown when a `title` is given and the work takes over 300 ms) has closed. The
    task deletes itself when finished. `verify` False skips the page check on open (Insight
    opens the library after every edit).
    """
    path = location(library_path)

    def in_worker(progress: Progress, cancelled: CancelCheck) -> Any:
        # The window's library is there already: one gone since (moved, a share unmounted) is an
        # error, not a new empty library made behind the user's back.
        with Library.open(path, create=False, verify=verify) as library:
            return work(library, progress, cancelled)

    task = Task(in_worker, parent)
    if title is not None:
        task.dialog = _progress_dialog(task, parent, title, progress_text)
    if done is not None:
        task.succeeded.connect(done)
    if failed is not None:
        task.failed.connect(failed)
    task.finished.connect(task.deleteLater)
    task.start()
    return task


def _progress_dialog(task: Task, parent: QObject, title: str, text: ProgressText | None) -> QProgressDialog:
    dialog = QProgressDialog(
        title, QCoreApplication.translate("Task", CANCEL), 0, 0, parent if isinstance(parent, QWidget) else None
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)  # closed when the task has ended, not when a count reaches its total
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.cancel)

    def on_progress(done: int, total: int, what: str) -> None:
        if task.dialog is None:
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if text is not None:
            dialog.setLabelText(text(done, total, what))

    def close() -> None:
        if task.dialog is not None:
            task.dialog = None
            dialog.reset()
            dialog.deleteLater()

    task.progressed.connect(on_progress)
    # Connected before the caller's slots: the dialog is gone when they show a result or an error.
    task.succeeded.connect(close)
    task.failed.connect(close)
    return dialog
