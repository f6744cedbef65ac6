"""Team coding in the window: the coder's name, their layer, and other coders' work on view."""

from __future__ import annotations

from helpers import MEETING, open_article
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from gui.core.model import Annotation
from gui.window.mainwindow import MainWindow


def _window(qtbot, qapp, library, settings) -> MainWindow:  # noqa: ANN001
    from gui.shared.fonts import apply_cjk_font

    window = MainWindow(library, apply_cjk_font(qapp), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _click(window: MainWindow, qtbot, offset: int) -> None:  # noqa: ANN001
    body = window.reader.body_view
    cursor = QTextCursor(body.document())
    cursor.setPosition(offset + 1)
    rect = body.cursorRect(cursor)
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.x() - 3, rect.center().y()))


def test_an_accepted_suggestion_becomes_the_coders(qtbot, qapp, annotated_library, settings) -> None:
    settings.set_coder("wang")
    win = _window(qtbot, qapp, annotated_library, settings)
    assert win.coder_label.text() == "Coder: wang"
    open_article(win, "会议报道")
    _click(win, qtbot, MEETING.index("林武"))
    assert win.reader.current().text == "林武"
    qtbot.keyClick(win.reader.body_view, Qt.Key.Key_Return)
    (lin,) = [a for a in annotated_library.annotations(win.current_article_id()) if a.text == "林武"]
    assert (lin.status, lin.coder) == ("accepted", "wang")
    # Working alone (the name cleared in Settings): the next one stays in the library's own layer.
    settings.set_coder("")
    win.apply_coder()
    assert win.coder_label.text() == "Working alone"
    _click(win, qtbot, MEETING.index("省委书记"))
    qtbot.keyClick(win.reader.body_view, Qt.Key.Key_Return)
    (post,) = [a for a in annotated_library.annotations(win.current_article_id()) if a.text == "省委书记"]
    assert (post.status, post.coder) == ("accepted", "")


def test_view_all_coders_work_shows_another_coders_annotation_read_only(
    qtbot, qapp, annotated_library, settings
) -> None:
    article_id = next(
        r.id for r in annotated_library.article_rows(annotated_library.article_ids()) if r.title == "会议报道"
    )
    start = MEETING.index("商黎光")
    theirs = Annotation("entity", "PER", start, start + 3, "商黎光", origin="manual", status="accepted",
                        article_id=article_id, coder="li")  # fmt: skip
    annotated_library.store.add_annotation(theirs)
    settings.set_coder("wang")
    win = _window(qtbot, qapp, annotated_library, settings)
    open_article(win, "会议报道")
    assert "商黎光" not in [a.text for a in win.reader.annotations]
    win.all_coders_action.trigger()  # View → All Coders' Work
    assert win.all_coders_action.isChecked()
    shown = next(a for a in win.reader.annotations if a.text == "商黎光")
    assert shown.coder == "li"
    assert "li" in win.reader.describe_at(start + 1)
    # Read-only: Delete on it changes nothing.
    _click(win, qtbot, start)
    assert win.reader.current().text == "商黎光"
    qtbot.keyClick(win.reader.body_view, Qt.Key.Key_Delete)
    assert any(a.text == "商黎光" and a.coder == "li" for a in annotated_library.annotations(article_id))
    win.all_coders_action.trigger()
    assert "商黎光" not in [a.text for a in win.reader.annotations]
