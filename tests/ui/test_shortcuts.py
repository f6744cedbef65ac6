"""Every shortcut of the window fires from the keyboard: none is held twice."""

from __future__ import annotations

from collections import Counter

from helpers import MEETING, annotation_rows, open_article
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor

from gui.window.mainwindow import MainWindow
from gui.window.shortcuts import shortcut_rows

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _tag_a_name(win: MainWindow, qtbot) -> tuple[str, str, int, int, str, str]:
    open_article(win, "会议报道")
    body = win.reader.body_view
    start = MEETING.index("商黎光")
    cursor = QTextCursor(body.document())
    cursor.setPosition(start)
    body.setTextCursor(cursor)
    for _ in range(3):
        qtbot.keyClick(body, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(body, Qt.Key.Key_1)
    row = ("商黎光", "PER", start, start + 3, "manual", "accepted")
    assert row in annotation_rows(win.library.store, "会议报道")
    return row


def test_redo_fires_from_ctrl_shift_z_and_ctrl_y(win: MainWindow, qtbot) -> None:
    row = _tag_a_name(win, qtbot)
    body = win.reader.body_view
    for redo in ((Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)):
        qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
        assert row not in annotation_rows(win.library.store, "会议报道")
        qtbot.keyClick(body, *redo)
        assert row in annotation_rows(win.library.store, "会议报道"), f"redo by {redo} did nothing"


def _window_keys(win: MainWindow) -> Counter[str]:
    """How many shortcut entries each key sequence has among the window's actions."""
    keys: Counter[str] = Counter()
    for action in win.findChildren(QAction):
        for key in action.shortcuts():
            keys[key.toString(QKeySequence.SequenceFormat.PortableText)] += 1
    return keys


def test_no_key_is_held_twice_so_none_is_ambiguous(win: MainWindow) -> None:
    keys = _window_keys(win)
    assert keys, "the window has shortcuts"
    assert [k for k, n in keys.items() if n > 1] == []


def test_every_listed_action_key_belongs_to_exactly_one_action(win: MainWindow) -> None:
    """The keys Help → Keyboard Shortcuts lists that are menu actions are each held once."""
    keys = _window_keys(win)
    listed = []
    for spec, _action in shortcut_rows(win.labels):
        for part in spec.replace(" / ", ",").split(","):
            part = part.strip()
            if "+" in part and part.split("+")[0] == "Ctrl":
                listed.append(QKeySequence(part).toString(QKeySequence.SequenceFormat.PortableText))
    assert "Ctrl+Y" in listed and "Ctrl+Shift+Z" in listed
    for key in listed:
        assert keys[key] == 1, f"{key} is held by {keys[key]} actions"


def test_undoing_every_edit_makes_the_article_new_again(win: MainWindow, qtbot) -> None:
    open_article(win, "会议报道")
    article_id = win.current_article_id()
    assert win.library.store.get_article(article_id).status == "new"
    body = win.reader.body_view
    _tag_a_name(win, qtbot)
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    qtbot.keyClick(body, Qt.Key.Key_Return)  # accept a suggestion: a second edit
    assert win.library.store.get_article(article_id).status == "in_progress"
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert win.library.store.get_article(article_id).status == "in_progress"  # one edit still stands
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert win.library.store.get_article(article_id).status == "new"
    status_column = next(
        c for c in range(win.model.columnCount()) if win.model.headerData(c, Qt.Orientation.Horizontal) == "Status"
    )
    assert win.model.data(win.model.index(win.table.currentIndex().row(), status_column)) == "new"
    qtbot.keyClick(body, Qt.Key.Key_Y, CTRL)  # redo: started again
    assert win.library.store.get_article(article_id).status == "in_progress"


def test_an_article_marked_in_progress_by_hand_stays_so_after_undo(win: MainWindow, qtbot) -> None:
    open_article(win, "会议报道")
    article_id = win.current_article_id()
    win.annotator.set_article_status("in_progress")
    _tag_a_name(win, qtbot)
    qtbot.keyClick(win.reader.body_view, Qt.Key.Key_Z, CTRL)
    assert win.library.store.get_article(article_id).status == "in_progress"


def test_f1_lists_the_curation_keys_and_f7_belongs_to_adjudicate(win: MainWindow, qtbot, qapp) -> None:
    from gui.window.shortcuts import ShortcutsDialog

    win.activateWindow()
    qtbot.waitUntil(lambda: qapp.activeWindow() is win)
    qtbot.keyClick(win.table, Qt.Key.Key_F1)
    dialog = next(d for d in win.findChildren(ShortcutsDialog) if d.isVisible())
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    for key in ("F7", "N / P", "1…9", "0", "E"):
        assert key in rows, f"{key} is not listed"
    assert "Curation" in rows["N / P"] and "disagreement" in rows["N / P"] and "coder" in rows["1…9"]
    dialog.close()
    assert _window_keys(win)["F7"] == 1
    (adjudicate,) = [a for a in win.findChildren(QAction) if "F7" in [k.toString() for k in a.shortcuts()]]
    assert "Curation" in adjudicate.text()
