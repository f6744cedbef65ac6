"""Other coders' edits shown as they happen (issue 18): a mixin of MainWindow.

A timer asks the library every second whether another connection has committed a change
(`Library.data_version()`: SQLite's data_version pragma, or the PostgreSQL notifications
already received — no query either way) and, if so, refreshes the list and the open article
in place: the same article and annotation stay current, the list and the text keep their
scroll positions and a selection of text being tagged is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

from gui.window.host import WindowHost

POLL_MS = 1000


class LiveRefresh(WindowHost):
    """`_start_live_refresh()` in the window's constructor; `follow_others()` does the refresh."""

    _live_timer: QTimer

    def _start_live_refresh(self) -> None:
        self._live_timer = QTimer(self)
        self._live_timer.setInterval(POLL_MS)
        self._live_timer.timeout.connect(self._poll_others)
        self._live_timer.start()

    def _poll_others(self) -> None:
        if self._task is not None or not self.isVisible():  # a job of ours refreshes when it ends
            return
        try:
            version = self.library.data_version()
        except Exception:  # noqa: BLE001 - a server gone for a moment: the next tick asks again
            return
        if version != self._data_version:
            self.follow_others()

    def follow_others(self) -> None:
        """Re-read the list and the open article without moving the user's place."""
        keep = self.current_article_id()
        list_scroll = self.table.verticalScrollBar().value()
        body = self.reader.body_view
        text_scroll = body.verticalScrollBar().value()
        cursor = body.textCursor()
        self._refresh_choices()
        selection = self.table.selectionModel()
        blocked = selection.blockSignals(True)  # re-selecting the same article is no opening of it
        try:
            self.model.reload()
            row = self.model.row_of(keep) if keep is not None else -1
            if row >= 0:
                self.select_row(row)
        finally:
            selection.blockSignals(blocked)
        self.table.viewport().update()
        self._update_count()
        self._data_version = self.library.data_version()
        if row >= 0:
            self.annotator.reload(self.reader.current_id)
            body.setTextCursor(cursor)
            body.verticalScrollBar().setValue(text_scroll)
            self.table.verticalScrollBar().setValue(list_scroll)
        else:  # the article open was deleted by another coder
            self.select_row(0)
        if self._insight is not None:
            self._insight.refresh()
