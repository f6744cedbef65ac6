"""Unexpected errors in the window: logged with their traceback, shown in a dialog, survived.

Qt calls Python slots from its event loop; an exception there reaches
`sys.excepthook`. We log it (the user log folder, rotating) and show a dialog that
names the log file; the event loop goes on, and since every edit is written before
it is shown, no work is lost.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.core.errors import PizhuError
from gui.core.logs import setup_logging
from gui.shared.i18n import QT_TRANSLATE_NOOP, word

log = logging.getLogger("pizhu.crash")

# English source texts, translated when shown (context "CrashHandler").
TITLE = QT_TRANSLATE_NOOP("CrashHandler", "pizhu: unexpected error")
WHAT = QT_TRANSLATE_NOOP("CrashHandler", "Something went wrong: {error}")
LOGGED = QT_TRANSLATE_NOOP("CrashHandler", "Details were written to {path}.")
NOT_LOGGED = QT_TRANSLATE_NOOP("CrashHandler", "No log could be written.")
GO_ON = QT_TRANSLATE_NOOP("CrashHandler", "{where}\nYour work is saved; you can go on.")


def _t(text: str) -> str:
    return QCoreApplication.translate("CrashHandler", text)


class CrashHandler:
    def __init__(self) -> None:
        self.dialogs: list[QMessageBox] = []  # kept alive while open

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(value, PizhuError):
            # A known problem (locked or read-only library, full disk): its message says it all.
            log.warning("%s", value)
            self._show(QMessageBox.Icon.Warning, "pizhu", word(value), "")
            return
        log_file = setup_logging()
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        where = _t(LOGGED).format(path=log_file) if log_file else _t(NOT_LOGGED)
        self._show(
            QMessageBox.Icon.Critical,
            _t(TITLE),
            _t(WHAT).format(error=f"{kind.__name__}: {value}"),
            _t(GO_ON).format(where=where),
        )

    def _show(self, icon: QMessageBox.Icon, title: str, text: str, detail: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setTextFormat(Qt.TextFormat.PlainText)  # an error message may quote imported text
        if detail:
            box.setInformativeText(detail)
        box.finished.connect(lambda _result, b=box: self.dialogs.remove(b) if b in self.dialogs else None)
        self.dialogs.append(box)
        box.open()
