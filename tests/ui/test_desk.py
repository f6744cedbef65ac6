"""A day at a real desk: a laptop screen, the window's title, tagging colours, the activity log."""

from __future__ import annotations

from pathlib import Path

from helpers import DAY, MEETING, open_article, run_in_window
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton, QWidget

from gui.window.mainwindow import MainWindow


def _inside_window(win: MainWindow, widget: QWidget) -> bool:
    top_left = widget.mapTo(win, widget.rect().topLeft())
    return widget.isVisible() and win.rect().contains(QRect(top_left, widget.size()))


def test_the_window_fits_a_1366x768_laptop_with_panel_buttons_and_status_bar_in_view(win: MainWindow, qtbot) -> None:
    win.fit_to_screen(QRect(0, 0, 1366, 768))
    qtbot.waitUntil(lambda: win.width() <= 1366 and win.height() <= 768)
    assert win.minimumSizeHint().width() <= 1366 and win.minimumSizeHint().height() <= 768
    open_article(win, "会议报道")
    buttons = [b for b in win.panel.findChildren(QPushButton) if b.isVisible()]
    assert buttons, "the directive editor's Accept and Reject buttons"
    for widget in [*buttons, win.statusBar(), win.reader.body_view, win.table]:
        assert _inside_window(win, widget), widget
    # The reader keeps a readable share: at least a third of the width.
    assert win.reader.width() >= 1366 // 3


def test_f9_hides_the_side_panel_so_the_reader_gets_its_room_at_1280x720(win: MainWindow, qtbot) -> None:
    win.fit_to_screen(QRect(0, 0, 1280, 720))
    qtbot.waitUntil(lambda: win.width() <= 1280)
    before = win.reader.width()
    qtbot.keyClick(win.reader.body_view, Qt.Key.Key_F9)
    assert not win.panel.isVisible()
    qtbot.waitUntil(lambda: win.reader.width() > before)
    qtbot.keyClick(win.reader.body_view, Qt.Key.Key_F9)
    assert win.panel.isVisible()


def test_the_layout_is_remembered_per_screen_size(win: MainWindow, settings) -> None:
    win.close()
    size = win.screen().availableGeometry().size()
    assert settings.window_state(f"geometry@{size.width()}x{size.height()}") is not None
    assert settings.window_state("geometry@1x1") is None  # another screen size starts from a fitted layout


def test_the_window_title_names_the_app_once(win: MainWindow) -> None:
    # Qt shows "<title> — <application display name>" (批注 pizhu) on X11 and Windows itself.
    assert "pizhu" not in win.windowTitle()
    assert win.windowTitle().startswith(win.library.path.name)


def test_after_tagging_by_key_the_selection_no_longer_hides_the_colour(win: MainWindow, qtbot) -> None:
    open_article(win, "会议报道")
    body = win.reader.body_view
    cursor = QTextCursor(body.document())
    cursor.setPosition(MEETING.index("商黎光"))
    body.setTextCursor(cursor)
    for _ in range(3):
        qtbot.keyClick(body, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert body.textCursor().hasSelection()
    qtbot.keyClick(body, Qt.Key.Key_1)
    assert not body.textCursor().hasSelection()
    assert win.reader.current().text == "商黎光"  # still the current one, in its label's colour


def test_an_import_report_stays_reachable_in_the_activity_log(win: MainWindow, qtbot, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("新闻标题\n\n本报讯 各地要做好防汛工作。\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    run_in_window(qtbot, win, lambda: win.start_import([str(good), str(empty)]))
    for box in QApplication.topLevelWidgets():  # the problem box of the import
        if box.isVisible() and box is not win and box.windowTitle() == "Import":
            box.close()
    win.statusBar().showMessage("something else", 10)  # the status bar moves on
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(win.reader.body_view, Qt.Key.Key_L, ctrl_shift)
    dialog = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == "Activity Log")
    text = dialog.findChild(QPlainTextEdit).toPlainText()
    assert "empty.txt" in text
    assert "1" in text.splitlines()[0]  # the summary line counts the added article
    dialog.close()


def test_core_messages_are_chinese_in_the_chinese_interface(qtbot, library, settings, tmp_path: Path) -> None:
    """An editor who reads no English understands why a file was not imported."""
    from gui.shared import i18n

    assert i18n.install("zh_CN") == "zh_CN"
    try:
        win = MainWindow(library, None, settings)
        qtbot.addWidget(win)
        win.show()
        empty = tmp_path / "空.txt"
        empty.write_bytes(b"")
        records = tmp_path / "records.jsonl"
        records.write_text('{"title": "标题", "body": "正文。"}\n{"title": 1\n', encoding="utf-8")
        run_in_window(qtbot, win, lambda: win.start_import([str(empty), str(records)]))
        [entry] = win.activity.entries
        lines = [win_line for win_line in entry.details]
        assert any(line.endswith("空.txt：空文件；已跳过") for line in lines), lines
        assert any("records.jsonl 第 2 行：不是有效的 JSON" in line and line.endswith("，已跳过") for line in lines), (
            lines
        )
        assert not any("skipped" in line or "empty file" in line for line in lines)
    finally:
        i18n.install("en")


def test_summaries_of_the_day_s_headlines_can_be_left_out_of_the_list(qtbot, library, settings, tmp_path: Path) -> None:
    day = tmp_path / "day.md"
    day.write_text(DAY, encoding="utf-8")
    library.import_paths([day])
    win = MainWindow(library, None, settings)
    qtbot.addWidget(win)
    win.show()

    def titles() -> list[str]:
        return [win.model.data(win.model.index(r, 0)) for r in range(win.model.rowCount())]

    assert "今晚要点" in titles() and len(titles()) == 4
    kind = win.filter_bar.kind
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)  # Articles only
    qtbot.waitUntil(lambda: len(titles()) == 3)
    assert "今晚要点" not in titles()
    qtbot.keyClick(kind, Qt.Key.Key_Down)  # Summaries only
    qtbot.waitUntil(lambda: titles() == ["今晚要点"])
