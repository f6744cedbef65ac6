"""The Qt binding itself must not corrupt the interpreter during a long editing session."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QTextEdit


def test_calling_qt_methods_that_return_nothing_keeps_none_alive(qapp) -> None:
    # PySide6 6.12.0 released a reference to None on each such call; on Python 3.11
    # None is not immortal, and an editor's afternoon of clicks ended in an abort.
    text, label = QTextEdit(), QLabel()
    text.setPlainText("本报讯 林武主持会议。")
    before = sys.getrefcount(None)
    for _ in range(200):
        text.setTextCursor(text.textCursor())
        text.moveCursor(QTextCursor.MoveOperation.End)
        label.setText("林武")
    assert sys.getrefcount(None) >= before - 5
