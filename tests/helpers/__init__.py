"""Helpers shared by the tests (importable as `helpers`; see pytest's pythonpath)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtGui import QTextCursor

import gui
from gui.core.model import Annotation
from gui.core.store import MIGRATIONS, Store

# The folder that holds the `gui` package the tests import: subprocesses get it on PYTHONPATH.
SOURCE_ROOT = str(Path(gui.__file__).resolve().parent.parent)
# The project's public data (../shared/data beside the repository; CI lays it there too).
SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"

MEETING = "省委常委会召开会议。省委书记林武主持会议。会议指出，要加强巡视工作。商黎光出席会议。"
ASTRAL = "𠀾𠀾记者𠀾林武报道。张三𠀾出席。"
PLAIN = "本报讯 各地要做好春耕生产。"

# A summary without the usual title: its numbered lines repeat the stories' headlines.
DAY = """# 晚间新闻

## 今晚要点

1.全省春耕生产全面展开；

2.我省出台稳就业十条措施；

3.黄河流域生态保护取得新进展；

## 全省春耕生产全面展开

各地抓住有利时机，积极开展春耕生产。

## 我省出台稳就业十条措施

省政府日前印发通知，要求各地稳定就业。

## 黄河流域生态保护取得新进展

记者从省生态环境厅获悉，黄河流域水质持续改善。
"""


def meeting_annotations() -> list[Annotation]:
    body = MEETING

    def span(text: str, label: str, kind: str = "entity", **attrs: object) -> Annotation:
        start = body.index(text)
        return Annotation(kind, label, start, start + len(text), text, attrs=dict(attrs))

    return [
        span("省委书记", "POST"),
        span("林武", "PER"),
        span(
            "会议指出，要加强巡视工作。",
            "DIRECTIVE",
            "directive",
            issuer="会议",
            strength="要",
            topic="巡视",
            addressee="",
        ),
        span("出席会议", "MEETING"),  # a wrong suggestion to reject
    ]


def annotation_rows(store: Store, title: str) -> list[tuple[str, str, int, int, str, str]]:
    """(text, label, start, end, origin, status) of the annotations of the article with this title."""
    article_id = next(r.id for r in store.article_rows(store.article_ids()) if r.title == title)
    return [(a.text, a.label, a.start, a.end, a.origin, a.status) for a in store.annotations(article_id)]


def open_article(window, title: str) -> None:  # noqa: ANN001 - a MainWindow
    for row in range(window.model.rowCount()):
        if window.model.data(window.model.index(row, 0)) == title:
            window.select_row(row)
            window.reader.body_view.setFocus()
            return
    raise AssertionError(f"no article {title!r} in the list")


def active_window(qtbot, library, settings):  # noqa: ANN001, ANN201 - a MainWindow on a Library
    """The main window on `library`, shown and active (key presses reach it)."""
    from gui.window.mainwindow import MainWindow

    window = MainWindow(library, None, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def code_in(qtbot, window, row: int) -> None:  # noqa: ANN001
    """Open the list's row `row` and wait for the coding panel, keys going to the text."""
    window.select_row(row)
    window.reader.body_view.setFocus()
    qtbot.waitUntil(lambda: window.panel.coding.isVisible())


def select_qt(window, start_qt: int, end_qt: int) -> None:  # noqa: ANN001
    """Select by Qt (UTF-16) positions, as a mouse drag would."""
    body = window.reader.body_view
    cursor = QTextCursor(body.document())
    cursor.setPosition(start_qt)
    cursor.setPosition(end_qt, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)


def run_in_window(qtbot, window, start: Callable[[], object], timeout: int = 60000) -> None:  # noqa: ANN001
    """Start background work from the main window (an import, a re-tag) and wait until it has ended.

    The wait is set up before the work starts, so work that ends at once is not missed: its report
    in the activity log is the visible end; then its worker thread is waited out too, so that the
    window is never torn down under a running thread.
    """
    with qtbot.waitSignal(window.activity.added, timeout=timeout):
        start()
    qtbot.waitUntil(lambda: not any(t.isRunning() for t in window.findChildren(QThread)), timeout=timeout)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def old_library(path: Path, version: int) -> sqlite3.Connection:
    """A library file as pizhu's schema `version` left it (the first `version` migrations), open
    for a test to fill through plain SQL; commit and close it before opening it with Store."""
    conn = sqlite3.connect(path)
    for step in MIGRATIONS[:version]:
        step(conn)
    conn.execute(f"PRAGMA user_version = {version}")
    return conn
