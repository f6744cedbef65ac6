"""Annotating by keyboard and mouse, as an editor does, checked in the library."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from helpers import ASTRAL, MEETING, SOURCE_ROOT, annotation_rows, open_article, run_in_window, select_qt, utf16_len
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from gui.core.model import Article
from gui.core.nlp.topics import Topic
from gui.core.store import Store
from gui.reader.panelmodels import DirectiveTableModel, EntityGroupModel, IdsRole
from gui.window.mainwindow import MainWindow


def test_keyboard_selection_and_a_label_key_create_an_entity(win: MainWindow, qtbot) -> None:
    open_article(win, "会议报道")
    body = win.reader.body_view
    start = MEETING.index("商黎光")
    cursor = QTextCursor(body.document())
    cursor.setPosition(start)
    body.setTextCursor(cursor)
    for _ in range(3):
        qtbot.keyClick(body, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(body, Qt.Key.Key_1)
    rows = annotation_rows(win.library.store, "会议报道")
    assert ("商黎光", "PER", start, start + 3, "manual", "accepted") in rows
    assert win.library.store.lexicon() == [("商黎光", "PER", "user", "add")]
    assert win.reader.current().text == "商黎光"


def test_offsets_stay_right_after_characters_outside_the_bmp(win: MainWindow, qtbot) -> None:
    open_article(win, "生僻字")
    name_start = ASTRAL.index("林武")
    qt_start = utf16_len(ASTRAL[:name_start])
    assert qt_start != name_start  # the text really has astral characters before the name
    select_qt(win, qt_start, qt_start + 2)
    qtbot.keyClick(win.reader.body_view, Qt.Key.Key_1)
    # A drag that ends inside a surrogate pair snaps to the whole character.
    zhang = ASTRAL.index("张三𠀾")
    select_qt(win, utf16_len(ASTRAL[:zhang]), utf16_len(ASTRAL[:zhang]) + 3)
    qtbot.keyClick(win.reader.body_view, Qt.Key.Key_1)
    rows = annotation_rows(win.library.store, "生僻字")
    assert ("林武", "PER", name_start, name_start + 2, "manual", "accepted") in rows
    assert ("张三𠀾", "PER", zhang, zhang + 3, "manual", "accepted") in rows
    for text, _label, start, end, *_ in rows:
        assert ASTRAL[start:end] == text


def test_click_selects_a_highlight_then_keys_relabel_and_delete_with_undo(win: MainWindow, qtbot) -> None:
    open_article(win, "会议报道")
    body = win.reader.body_view
    start = MEETING.index("林武")
    cursor = QTextCursor(body.document())
    cursor.setPosition(start + 1)
    rect = body.cursorRect(cursor)
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.x() - 3, rect.center().y()))
    assert win.reader.current().text == "林武"
    qtbot.keyClick(body, Qt.Key.Key_3)  # ORG
    assert ("林武", "ORG", start, start + 2, "auto", "accepted") in annotation_rows(win.library.store, "会议报道")
    qtbot.keyClick(body, Qt.Key.Key_Delete)
    assert not any(r[0] == "林武" for r in annotation_rows(win.library.store, "会议报道"))

    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ("林武", "ORG", start, start + 2, "auto", "accepted") in annotation_rows(win.library.store, "会议报道")
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ("林武", "PER", start, start + 2, "auto", "suggested") in annotation_rows(win.library.store, "会议报道")
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ("林武", "ORG", start, start + 2, "auto", "accepted") in annotation_rows(win.library.store, "会议报道")


def test_tab_walks_suggestions_enter_accepts_x_rejects(win: MainWindow, qtbot) -> None:
    open_article(win, "会议报道")
    body = win.reader.body_view
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    assert win.reader.current().text == "省委书记"
    qtbot.keyClick(body, Qt.Key.Key_Return)  # accept, and move on
    assert win.reader.current().text == "林武"
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    assert win.reader.current().kind == "directive"
    qtbot.keyClick(body, Qt.Key.Key_Backtab)
    assert win.reader.current().text == "林武"
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    qtbot.keyClick(body, Qt.Key.Key_Return)  # accept the directive
    assert win.reader.current().text == "出席会议"
    qtbot.keyClick(body, Qt.Key.Key_X)
    rows = annotation_rows(win.library.store, "会议报道")
    assert ("省委书记", "POST", MEETING.index("省委书记"), MEETING.index("省委书记") + 4, "auto", "accepted") in rows
    assert any(r[0].startswith("会议指出") and r[5] == "accepted" for r in rows)
    assert any(r[0] == "出席会议" and r[5] == "rejected" for r in rows)
    assert ("出席会议", "MEETING", "user", "block") in win.library.store.lexicon()
    assert win.model.data(win.model.index(win.table.currentIndex().row(), 4)) == "1/1"


def test_d_marks_and_unmarks_the_sentence_at_the_cursor(win: MainWindow, qtbot) -> None:
    open_article(win, "春耕")
    body = win.reader.body_view
    cursor = QTextCursor(body.document())
    cursor.setPosition(8)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_D)
    directives = [r for r in annotation_rows(win.library.store, "春耕") if r[1] == "DIRECTIVE"]
    assert len(directives) == 1
    text, _label, start, end, origin, status = directives[0]
    assert (origin, status) == ("manual", "accepted")
    assert text.endswith("做好春耕生产。")
    assert win.panel.directive_model.rowCount() == 1
    qtbot.keyClick(body, Qt.Key.Key_D)
    assert [r for r in annotation_rows(win.library.store, "春耕") if r[1] == "DIRECTIVE"] == []


def test_directive_attributes_are_edited_in_the_panel(win: MainWindow, qtbot) -> None:
    open_article(win, "会议报道")
    directive = next(a for a in win.reader.annotations if a.kind == "directive")
    win.annotator.focus(directive.id)
    editor = win.panel.editor
    assert editor.isEnabled()
    assert "林武" in [editor.issuer.itemText(i) for i in range(editor.issuer.count())]
    editor.addressee.setText("各级党委")
    editor.addressee.editingFinished.emit()
    editor.strength.setCurrentText("必须")
    editor.strength.activated.emit(0)
    stored = win.library.store.annotation(directive.id)
    assert stored.attrs["addressee"] == "各级党委"
    assert stored.attrs["strength"] == "必须"
    assert stored.attrs["issuer"] == "会议"


def test_ctrl_enter_marks_done_and_goes_to_the_next_article_not_done(win: MainWindow, qtbot) -> None:
    open_article(win, "会议报道")
    qtbot.keyClick(win.reader.body_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert win.reader.title.text() != "会议报道"
    statuses = {r.title: r.status for r in win.library.store.article_rows(win.library.article_ids())}
    assert statuses["会议报道"] == "done"
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo goes back to it
    assert win.reader.title.text() == "会议报道"
    assert win.library.store.get_article(win.current_article_id()).status != "done"


def test_a_chinese_input_method_commit_still_works_as_a_key(win: MainWindow, qtbot) -> None:
    open_article(win, "会议报道")
    start = MEETING.index("商黎光")
    select_qt(win, start, start + 3)
    event = QInputMethodEvent()
    event.setCommitString("１")  # full-width 1, as a Chinese IME commits it
    QApplication.sendEvent(win.reader.body_view, event)
    assert ("商黎光", "PER", start, start + 3, "manual", "accepted") in annotation_rows(win.library.store, "会议报道")


def test_side_panel_lists_entities_by_label_and_jumps_to_them(win: MainWindow, qtbot, qtmodeltester) -> None:
    open_article(win, "会议报道")
    model = win.panel.entity_model
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(win.panel.directive_model, force_py=True)
    groups = {model.data(model.index(r, 0)): model.data(model.index(r, 1)) for r in range(model.rowCount())}
    assert groups == {"Person PER": 1, "Post POST": 1, "Meeting MEETING": 1}  # label names follow the UI language
    per = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "Person PER")
    child = model.index(0, 0, model.index(per, 0))
    assert model.data(child) == "林武"
    win.panel.entities.clicked.emit(child)
    assert win.reader.current().text == "林武"
    assert model.data(child, IdsRole) == [win.reader.current_id]


def test_empty_models_pass_the_model_tester(qtmodeltester) -> None:
    qtmodeltester.check(EntityGroupModel(), force_py=True)
    qtmodeltester.check(DirectiveTableModel(), force_py=True)


def test_filters_and_search_narrow_the_list(win: MainWindow, qtbot) -> None:
    bar = win.filter_bar
    qtbot.keyClick(win, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert bar.search.hasFocus()
    typed = QInputMethodEvent()
    typed.setCommitString("林武")  # Chinese arrives from the input method, not as key presses
    QApplication.sendEvent(bar.search, typed)
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    titles = {win.model.data(win.model.index(r, 0)) for r in range(win.model.rowCount())}
    assert titles == {"会议报道", "生僻字"}
    assert win.count_label.text() == "2 of 3 articles"
    bar.reset()
    bar.select(bar.label, "MEETING")
    assert win.model.rowCount() == 1
    bar.reset()
    bar.select(bar.issuer, "会议")
    assert win.model.rowCount() == 1
    bar.reset()
    bar.date_from.setText("2022-03-24")
    bar.date_from.editingFinished.emit()
    assert win.model.rowCount() == 2


def test_layout_and_last_article_are_restored(qtbot, qapp, annotated_library, settings) -> None:
    first = MainWindow(annotated_library, None, settings)
    qtbot.addWidget(first)
    open_article(first, "春耕")
    first.zoom(2)
    first.close()
    second = MainWindow(annotated_library, None, settings)
    qtbot.addWidget(second)
    assert second.reader.title.text() == "春耕"
    assert second.reader.body_view.font().pointSize() == settings.font_size() == 16


def test_an_edit_survives_killing_the_app_right_after_it(tmp_path: Path, annotated_library) -> None:
    """Kill -9 straight after the key press: the edit is already in the library file."""
    path = annotated_library.path
    annotated_library.close()
    script = textwrap.dedent(
        f"""
        import os, signal
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QSettings, Qt
        from PySide6.QtGui import QTextCursor
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication
        from gui.core.library import Library
        from gui.window.mainwindow import MainWindow
        from gui.shared.settings import Settings
        app = QApplication([])
        window = MainWindow(Library.open({str(path)!r}), None,
                            Settings(QSettings({str(tmp_path / "k.ini")!r}, QSettings.Format.IniFormat)))
        window.show()
        for row in range(window.model.rowCount()):
            if window.model.data(window.model.index(row, 0)) == "会议报道":
                window.select_row(row)
        body = window.reader.body_view
        cursor = QTextCursor(body.document())
        start = body.body.index("商黎光")
        cursor.setPosition(start)
        cursor.setPosition(start + 3, QTextCursor.MoveMode.KeepAnchor)
        body.setTextCursor(cursor)
        QTest.keyClick(body, Qt.Key.Key_1)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    env = dict(os.environ, PYTHONPATH=SOURCE_ROOT)
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == -signal.SIGKILL, result.stderr
    with Store(path) as store:
        assert store.integrity_ok()
        assert any(r[0] == "商黎光" and r[4] == "manual" for r in annotation_rows(store, "会议报道"))


def test_show_only_narrows_the_list_until_the_chip_is_clicked(win: MainWindow, qtbot) -> None:
    ids = win.library.article_ids()[:2]
    win.show_only(ids, "林武")
    assert win.model.rowCount() == 2
    assert win.filter_bar.ids_chip.isVisible()
    assert "林武" in win.filter_bar.ids_chip.text()
    qtbot.mouseClick(win.filter_bar.ids_chip, Qt.MouseButton.LeftButton)
    assert win.model.rowCount() == 3
    assert not win.filter_bar.ids_chip.isVisible()


def test_apply_my_corrections_retags_other_articles_in_the_background(win: MainWindow, qtbot) -> None:
    open_article(win, "生僻字")
    start = ASTRAL.index("张三")
    select_qt(win, utf16_len(ASTRAL[:start]), utf16_len(ASTRAL[:start]) + 2)
    qtbot.keyClick(win.reader.body_view, Qt.Key.Key_1)  # teaches PER 张三
    other = win.library.import_articles([Article(title="另一篇", body="本报讯 张三出席活动。")]).added_ids[0]
    run_in_window(qtbot, win, win.retag_all)
    names = {(a.text, a.label, a.origin) for a in win.library.store.annotations(other)}
    assert ("张三", "PER", "auto") in names
    # Manual work in the first article is untouched.
    assert ("张三", "PER", start, start + 2, "manual", "accepted") in annotation_rows(win.library.store, "生僻字")


def test_settings_dialog_changes_keys_colours_and_size_and_they_persist(win: MainWindow, qtbot, settings) -> None:
    dialog = win.open_settings()
    table = dialog.label_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "ORG")
    table.item(row, 4).setText("0")
    table.item(row, 3).setText("#123456")
    dialog.font_size.setValue(18)
    dialog.accept()
    assert win.labels.by_key("0").code == "ORG"
    assert settings.labels().get("ORG").color == "#123456"
    assert settings.font_size() == 18
    assert win.reader.legend.buttons["ORG"].text().startswith("0 ")
    open_article(win, "会议报道")
    start = MEETING.index("省委常委会")
    select_qt(win, start, start + 5)
    qtbot.keyClick(win.reader.body_view, Qt.Key.Key_0)
    assert ("省委常委会", "ORG", start, start + 5, "manual", "accepted") in annotation_rows(
        win.library.store, "会议报道"
    )


def test_settings_dialog_refuses_clashing_keys(win: MainWindow) -> None:
    dialog = win.open_settings()
    table = dialog.label_table
    table.item(1, 4).setText(table.item(0, 4).text())
    dialog.accept()
    assert dialog.isVisible() and "same key" in dialog.error.text()
    dialog.reject()


def test_topics_edited_in_settings_belong_to_the_library(win: MainWindow) -> None:
    shipped = win.library.topics()
    dialog = win.open_settings()
    dialog.accept()
    assert win.library.topics() == shipped  # weak keywords survive the table unchanged
    dialog = win.open_settings()
    dialog._add_topic_row("春耕", "春耕，备耕", "农时、节气")
    dialog.accept()
    assert Topic("春耕", ("春耕", "备耕"), ("农时", "节气")) in win.library.topics()


def test_the_shortcuts_dialog_lists_every_key(win: MainWindow) -> None:
    from gui.window.shortcuts import ShortcutsDialog

    dialog = ShortcutsDialog(win.labels, win)
    keys = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert {
        "1",
        "7",
        "Tab / Shift+Tab",
        "Enter",
        "X",
        "D",
        "Ctrl+Enter",
        "J",
        "K",
        "Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y",
    } <= set(keys)


def test_clicking_a_legend_label_tags_the_selection(win: MainWindow, qtbot) -> None:
    open_article(win, "春耕")
    select_qt(win, 4, 6)
    qtbot.mouseClick(win.reader.legend.buttons["LOC"], Qt.MouseButton.LeftButton)
    assert ("各地", "LOC", 4, 6, "manual", "accepted") in annotation_rows(win.library.store, "春耕")


def test_the_seed_page_can_be_done_with_the_keyboard_alone(qtbot, qapp, seeded_library, settings) -> None:
    """Review every suggestion, add a missed name via find, mark each article done: keys only."""
    window = MainWindow(seeded_library, None, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    body = window.reader.body_view
    assert body.hasFocus()
    for _ in range(3):
        article_id = window.current_article_id()
        suggested = [a for a in window.library.store.annotations(article_id) if a.status == "suggested"]
        qtbot.keyClick(body, Qt.Key.Key_Tab)
        for n, _annotation in enumerate(suggested):
            # Accept most, reject every fifth: Enter and X each move on to the next suggestion.
            qtbot.keyClick(body, Qt.Key.Key_X if n % 5 == 4 else Qt.Key.Key_Return)
        left = [a for a in window.library.store.annotations(article_id) if a.status == "suggested"]
        assert left == []
        # Find a word and tag it: Ctrl+F, type, Enter selects it, Esc back to the text, 3 tags it as ORG.
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert window.reader.find_bar.field.hasFocus()
        typed = QInputMethodEvent()
        typed.setCommitString("本报")
        QApplication.sendEvent(window.reader.find_bar.field, typed)
        qtbot.keyClick(window.reader.find_bar.field, Qt.Key.Key_Return)
        qtbot.keyClick(window.reader.find_bar.field, Qt.Key.Key_Escape)
        assert body.hasFocus()
        qtbot.keyClick(body, Qt.Key.Key_3)
        assert any(a.text == "本报" and a.origin == "manual" for a in window.library.store.annotations(article_id))
        qtbot.keyClick(body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert window.library.store.get_article(article_id).status == "done"
    statuses = {r.status for r in window.library.store.article_rows(window.library.article_ids())}
    assert statuses == {"done"}


def test_open_library_switches_windows_and_remembers_it(
    win: MainWindow, qtbot, tmp_path, settings, monkeypatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr("gui.window.libraries.QMessageBox.warning", lambda _parent, _title, text: warnings.append(text))
    other = tmp_path / "other.sqlite"
    new_window = win.open_library(str(other))
    assert new_window is not None
    qtbot.addWidget(new_window)
    assert new_window.library.path == other
    assert not win.isVisible()
    assert str(win.library.path) in settings.recent_libraries()
    new_window._fill_recent()
    assert str(win.library.path) in [a.text() for a in new_window.recent_menu.actions()]
    assert new_window.open_library(str(tmp_path)) is None  # a folder is no library: a message, no window
    assert warnings and str(tmp_path) in warnings[0]


def test_theme_chosen_in_settings_sticks(win: MainWindow, settings) -> None:
    settings.set_theme("dark")
    dialog = win.open_settings()
    assert dialog.theme.currentData() == "dark"
    dialog.accept()
    assert settings.theme() == "dark"
    settings.set_theme("light")
    dialog = win.open_settings()
    dialog.accept()
    assert settings.theme() == "light"
