"""Closing a window that opened its library while an article is still opening: the library closes
with the window, and nothing the window had put off (the panel arranged after the text's first
frame, the search typed a moment ago, the note, the list's paint) reaches it afterwards."""

from __future__ import annotations

import pytest
from helpers import MEETING, PLAIN, meeting_annotations
from helpers.backends import Backend
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from gui.core.library import Library
from gui.core.model import Article
from gui.shared.fonts import apply_cjk_font
from gui.window.mainwindow import MainWindow


@pytest.fixture()
def location(store_backend: Backend) -> str:
    where = store_backend.location("closing")
    with Library.open(where) as setup:
        setup.import_articles(
            [
                Article(title=f"会议{i}", body=MEETING, published=f"2022-03-1{i}", annotations=meeting_annotations())
                for i in range(6)
            ]
            + [Article(title="春耕", body=PLAIN, published="2022-03-01")]
        )
    return where


def _window(location: str, qtbot, qapp, settings) -> MainWindow:
    window = MainWindow(Library.open(location), apply_cjk_font(qapp), settings)
    window.owns_library = True  # as File → Open Library makes it: the library closes with the window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _type_chinese(field: QWidget, text: str) -> None:
    """Text committed by a Chinese input method, as typing it delivers it."""
    field.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


@pytest.mark.parametrize("typed", ["", "春耕"])
def test_closing_while_an_article_opens_leaves_the_closed_library_alone(
    location: str,
    qtbot,
    qapp,
    settings,
    typed: str,
) -> None:
    window = _window(location, qtbot, qapp, settings)
    window.select_row(3)  # its side panel is arranged after the text's first frame
    chosen = window.current_article_id()
    qtbot.keyClicks(window.annotator.panel.coding.note, "check the date")  # written a moment after the last key
    _type_chinese(window.filter_bar.search, typed)  # the search runs a moment after the last key
    window.close()
    qtbot.wait(600)  # every timer the window had started has fired by now
    # Nothing reached the closed library (pytest-qt fails the test on an exception in a slot or
    # a paint), the window's last article and note were kept, and a new window opens on them.
    assert not window.isVisible()
    again = _window(location, qtbot, qapp, settings)
    assert again.current_article_id() == chosen
    assert again.annotator.panel.coding.note.toPlainText() == "check the date"
    assert again.filter_bar.search.text() == ""
    again.close()
    qtbot.wait(300)


def test_switching_libraries_while_an_article_opens(
    location: str,
    store_backend: Backend,
    qtbot,
    qapp,
    settings,
) -> None:
    """File → Open Library while the list is filtering and an article opening: the old window closes
    its library and its put-off work dies with it; the new window shows the other library."""
    window = _window(location, qtbot, qapp, settings)
    other = store_backend.location("other")
    with Library.open(other) as setup:
        setup.import_articles([Article(title="另一库", body=PLAIN, published="2022-04-01")])
    window.select_row(2)
    _type_chinese(window.filter_bar.search, "会议")
    qtbot.keyClick(window.reader.body_view, Qt.Key.Key_J)  # the next article, still opening
    new = window.open_library(other)
    assert new is not None
    qtbot.addWidget(new)
    qtbot.wait(600)
    assert new.reader.title.text() == "另一库"
    assert not window.isVisible()
    new.close()
    qtbot.wait(300)
