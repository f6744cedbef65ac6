"""View → Activity Log: what the background work of this session reported, kept after the
status bar has moved on (import summaries with every problem line, re-tags, failures)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout


@dataclass(frozen=True, slots=True)
class Entry:
    time: datetime
    summary: str
    details: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        return [f"{self.time:%H:%M:%S}  {self.summary}"] + [f"          {line}" for line in self.details]


class ActivityLog(QObject):
    """The session's entries, newest last; views follow `added`."""

    added = Signal(object)  # Entry

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []

    def add(self, summary: str, details: list[str] | tuple[str, ...] = ()) -> Entry:
        entry = Entry(datetime.now(), summary, tuple(details))
        self.entries.append(entry)
        self.added.emit(entry)
        return entry


class ActivityLogDialog(QDialog):
    def __init__(self, log: ActivityLog, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activity Log"))
        # Plain text only: file names and problem lines come from imported files.
        self.text = QPlainTextEdit()
        self.text.setObjectName("activity")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setPlaceholderText(self.tr("Nothing has happened yet in this session."))
        for entry in log.entries:
            self._append(entry)
        log.added.connect(self._append)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _append(self, entry: Entry) -> None:
        self.text.appendPlainText("\n".join(entry.lines()))
