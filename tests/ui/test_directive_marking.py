"""D marks whole sentences, whatever is selected, with the issuer the detector would give."""

from __future__ import annotations

import pytest
from helpers import active_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from gui.core.model import Article
from gui.window.mainwindow import MainWindow

SPEECH = (
    "省委常委会召开会议，省委书记林武主持会议并讲话。"
    "林武指出，今年的春耕生产形势总体平稳。"
    "他强调，各级党委政府必须压实责任。"
)
REPORT = "记者从省气象局获悉，全省气温回升。各地积极开展春季植树活动。"


@pytest.fixture()
def window(qtbot, qapp, library, settings, tmp_path) -> MainWindow:
    library.import_articles([Article(title="天气", body=REPORT, published="2022-03-24")])
    speech = tmp_path / "speech.txt"
    speech.write_text(f"讲话\n\n{SPEECH}\n", encoding="utf-8")
    assert library.import_paths([speech]).added == 1  # tagged as an import is: with suggestions
    return active_window(qtbot, library, settings)


def _open(win: MainWindow, title: str) -> int:
    for row in range(win.model.rowCount()):
        if win.model.data(win.model.index(row, 0)) == title:
            win.select_row(row)
            win.reader.body_view.setFocus()
            return win.current_article_id()
    raise AssertionError(title)


def _find(win: MainWindow, qtbot, word: str) -> None:
    """Ctrl+F, the word from an input method, Enter selects the match, Esc back to the text."""
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    typed = QInputMethodEvent()
    typed.setCommitString(word)
    QApplication.sendEvent(win.reader.find_bar.field, typed)
    qtbot.keyClick(win.reader.find_bar.field, Qt.Key.Key_Return)
    qtbot.keyClick(win.reader.find_bar.field, Qt.Key.Key_Escape)
    assert win.reader.body_view.hasFocus()


def _directives(win: MainWindow, article_id: int):
    return [a for a in win.library.store.annotations(article_id) if a.kind == "directive" and a.origin == "manual"]


def test_d_after_find_marks_the_whole_sentence_with_the_speaker_as_issuer(window: MainWindow, qtbot) -> None:
    article_id = _open(window, "讲话")
    _find(window, qtbot, "春耕")
    qtbot.keyClick(window.reader.body_view, Qt.Key.Key_D)
    [marked] = _directives(window, article_id)
    sentence = "林武指出，今年的春耕生产形势总体平稳。"
    assert (marked.text, marked.start) == (sentence, SPEECH.index(sentence))
    assert marked.attrs["issuer"] == "林武"
    assert marked.attrs["issuer_label"] == "PER"


def test_a_selection_across_two_sentences_marks_both_whole(window: MainWindow, qtbot) -> None:
    article_id = _open(window, "天气")
    body = window.reader.body_view
    cursor = QTextCursor(body.document())
    cursor.setPosition(REPORT.index("回升"))
    body.setTextCursor(cursor)
    for _ in range(6):  # 回升。各地积 — into the second sentence
        qtbot.keyClick(body, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(body, Qt.Key.Key_D)
    [marked] = _directives(window, article_id)
    assert (marked.start, marked.end) == (0, len(REPORT))
    # Nobody speaks in a plain report: no issuer is invented.
    assert marked.attrs["issuer"] == ""


def test_an_edited_suggestion_survives_apply_my_corrections(window: MainWindow, qtbot) -> None:
    """Typing a new issuer for a suggested directive is the editor's work: re-tagging keeps it."""
    article_id = _open(window, "讲话")
    body = window.reader.body_view
    suggested = [a for a in window.library.store.annotations(article_id) if a.kind == "directive"]
    assert suggested and suggested[0].status == "suggested"
    while window.reader.current() is None or window.reader.current().kind != "directive":
        qtbot.keyClick(body, Qt.Key.Key_Tab)
    field = window.panel.editor.issuer.lineEdit()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Provincial Party Committee")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    edited = window.library.store.annotation(suggested[0].id)
    assert edited.attrs["issuer"] == "Provincial Party Committee"
    assert window.undo_stack.count() == 1
    window.retag_action.trigger()  # Tools → Apply My Corrections to All Articles
    qtbot.waitUntil(lambda: window.undo_stack.count() == 0, timeout=60000)  # cleared when the re-tag is done
    directives = [a for a in window.library.store.annotations(article_id) if a.kind == "directive"]
    assert [a.attrs["issuer"] for a in directives if a.start == edited.start] == ["Provincial Party Committee"]
