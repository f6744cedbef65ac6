"""Running long core operations off the UI thread, with progress and cancel.

A `Task` runs one function on its own QThread. The function receives a progress
callback and a cancel check (the core's Progress/CancelCheck); results and
errors come back as signals on the UI thread. A PizhuError becomes its one-line
message; anything else is logged and reported with the log's location.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QThread, Signal

from gui.core.errors import PizhuError
from gui.i18n import word

log = logging.getLogger("pizhu.workers")

UNEXPECTED = QT_TRANSLATE_NOOP("Task", "unexpected error: {error}")  # translated when reported

Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class Task(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, parent: Any = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()

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
