"""File → New Library, Open Library and Open Recent: another library opens in a new window of the
same kind, and this one closes (its settings saved, its library closed if it opened it)."""

from __future__ import annotations

from functools import partial
from typing import Self

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from gui.core.errors import PizhuError
from gui.core.library import Library
from gui.shared.i18n import QT_TRANSLATE_NOOP, word
from gui.shared.plaintext import rich
from gui.window.host import WindowHost

LIBRARY_FILTER = QT_TRANSLATE_NOOP("MainWindow", "pizhu libraries (*.sqlite *.db);;All files (*)")
# Windows opened on another library are kept alive here until they are destroyed.
_open_windows: list[QMainWindow] = []


class LibrarySwitching(WindowHost):
    """Opening another library from MainWindow."""

    def choose_library(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a library"), str(self.library.path.parent), self.tr(LIBRARY_FILTER)
        )
        if path:
            self.open_library(path)

    def choose_server_library(self) -> None:
        """File → Open Server Library…: the last server library's fields to start from."""
        from gui.dialogs.serverdialog import ServerDialog

        last = next((p for p in self.settings.recent_libraries() if p.startswith("postgres")), "")
        dialog = ServerDialog(self, last)
        if dialog.exec():
            self.open_library(dialog.url())

    def new_library(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New library"), str(self.library.path.parent / "library.sqlite"), self.tr(LIBRARY_FILTER)
        )
        if path:
            self.open_library(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.settings.recent_libraries() if p != str(self.library.path)]
        for path in recent:
            self.recent_menu.addAction(path, partial(self.open_library, path))
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def open_library(self, path: str) -> Self | None:
        """Open another library in a new window, then close this one."""
        try:
            library = Library.open(path)
        except PizhuError as exc:
            QMessageBox.warning(self, self.tr("Open library"), rich(word(exc)))
            return None
        window = self.new_window(library)
        window.owns_library = True
        _open_windows.append(window)
        window.destroyed.connect(lambda _o=None, w=window: _open_windows.remove(w) if w in _open_windows else None)
        window.show()
        self.close()
        return window
