"""Ctrl+F in the reader: a find bar over the body text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from gui.reader.bodyview import BodyView


class FindBar(QWidget):
    """Ctrl+F: find text in the article; Enter finds the next match and selects it."""

    def __init__(self, body: BodyView, parent: Any = None) -> None:
        super().__init__(parent)
        self.body = body
        self.field = QLineEdit()
        self.field.setObjectName("find")
        self.field.setPlaceholderText(self.tr("Find in article (Enter: next, Shift+Enter: previous, Esc: close)"))
        self.field.setClearButtonEnabled(True)
        self.status = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 2, 12, 2)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.status)
        self.field.returnPressed.connect(lambda: self.find_next(backward=False))
        self.field.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.body.setFocus()

    def find_next(self, backward: bool = False) -> bool:
        needle = self.field.text()
        if not needle:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.body.find(needle, flags)
        if not found:  # wrap around
            cursor = self.body.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self.body.setTextCursor(cursor)
            found = self.body.find(needle, flags)
        self.status.setText("" if found else self.tr("not found"))
        return found

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.find_next(backward=True)
                return True
        return super().eventFilter(watched, event)
