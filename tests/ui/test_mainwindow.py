"""The main window, driven as a user would: list, read, navigate, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import run_in_window
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.core.library import Library
from gui.core.model import Article
from gui.core.store import Store
from gui.shared.fonts import apply_cjk_font
from gui.window import libraries
from gui.window.articlemodel import ArticleTableModel
from gui.window.mainwindow import MainWindow


@pytest.fixture()
def window(qtbot, qapp: QApplication, seeded_library: Library, settings) -> MainWindow:
    family = apply_cjk_font(qapp)
    win = MainWindow(seeded_library, family, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def titles(win: MainWindow) -> list[str]:
    model = win.model
    return [model.data(model.index(r, ArticleTableModel.TITLE)) for r in range(model.rowCount())]


def test_window_lists_the_seeded_articles(window: MainWindow) -> None:
    assert sorted(titles(window)) == sorted(
        [
            "省委常委会议召开会议",
            "抓紧抓实抓细常态化防控举措 持续巩固来之不易的防控成果",
            "技术经理人纳入我省职称评审序列",
        ]
    )
    model = window.model
    assert model.data(model.index(0, ArticleTableModel.DATE)) == "2022-03-25"
    assert model.data(model.index(0, ArticleTableModel.STATUS)) == "new"
    assert window.count_label.text() == "3 articles"
    assert str(window.library.path) in window.path_label.text()


def test_selecting_an_article_shows_its_headline_and_body(window: MainWindow, qtbot) -> None:
    row = titles(window).index("抓紧抓实抓细常态化防控举措 持续巩固来之不易的防控成果")
    rect = window.table.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    reader = window.reader
    article = window.library.article(window.current_article_id())
    assert reader.title.text() == article.title
    assert reader.pre_title.text() == "林武主持召开省委第七十四次疫情防控专题会强调"
    assert reader.subtitles.text() == "蓝佛安提出具体要求 商黎光出席"
    assert reader.body_view.toPlainText() == article.body
    assert reader.body_view.toPlainText().startswith("本报讯 (山西日报记者 杨文)")


def test_j_and_k_move_through_the_list(window: MainWindow, qtbot) -> None:
    window.table.setFocus()
    assert window.table.currentIndex().row() == 0
    qtbot.keyClick(window.table, Qt.Key.Key_J)
    assert window.table.currentIndex().row() == 1
    qtbot.keyClick(window.reader.body_view, Qt.Key.Key_J)  # also while reading
    assert window.table.currentIndex().row() == 2
    qtbot.keyClick(window.table, Qt.Key.Key_J)  # stays on the last one
    assert window.table.currentIndex().row() == 2
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    assert window.table.currentIndex().row() == 1
    assert window.reader.title.text() == titles(window)[1]


def test_import_adds_rows_and_selects_the_new_article(window: MainWindow, qtbot, tmp_path: Path) -> None:
    page = tmp_path / "2022-04-01.txt"
    page.write_text("省政府召开常务会议\n\n本报讯 4月1日，省政府召开常务会议，研究春耕生产工作。", encoding="gb18030")
    run_in_window(qtbot, window, lambda: window.start_import([str(page)]), timeout=20000)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)
    assert "省政府召开常务会议" in titles(window)
    assert window.reader.title.text() == "省政府召开常务会议"
    assert window.count_label.text() == "4 articles"


def test_import_problems_are_shown_not_raised(window: MainWindow, qtbot, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    run_in_window(qtbot, window, lambda: window.start_import([str(tmp_path / "empty.txt")]), timeout=20000)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None)
    box = window.findChild(QMessageBox)
    assert "empty.txt: empty file" in box.detailedText()
    box.close()
    assert window.model.rowCount() == 3


def test_articles_added_by_another_process_appear_when_the_window_is_activated(window: MainWindow) -> None:
    with Store(window.library.path) as other:  # e.g. `pizhu import` in a terminal
        other.add_article(Article(title="终端导入的文章", body="本报讯 正文。"))
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert "终端导入的文章" in titles(window)


def test_article_text_is_shown_literally_never_as_html(qtbot, qapp, library: Library) -> None:
    body = '本报讯 <img src="http://example.org/x.png"><a href="http://example.org">点我</a> &amp; <b>粗</b>'
    library.import_articles([Article(title="<h1>标题</h1>", body=body)])
    win = MainWindow(library, apply_cjk_font(qapp))
    qtbot.addWidget(win)
    assert win.reader.body_view.toPlainText() == body
    assert win.reader.title.text() == "<h1>标题</h1>"
    assert win.reader.title.textFormat() == Qt.TextFormat.PlainText


def test_chinese_text_is_drawn_with_a_font_that_has_the_glyphs(window: MainWindow) -> None:
    metrics = QFontMetrics(window.reader.body_view.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "林武主持会议")


def test_article_model_passes_the_model_tester(qtmodeltester, seeded_library: Library) -> None:
    model = ArticleTableModel(seeded_library)
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_on_a_laptop_screen_the_side_panel_keeps_room_for_the_directive_text(window: MainWindow, qtbot) -> None:
    window.resize(1366, 768)
    QApplication.processEvents()
    assert window.panel.directive_model.rowCount()  # the start-up article has directives
    table = window.panel.directives
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(0) > 0.25 * table.viewport().width(), timeout=2000)
    assert table.viewport().width() > 250  # the legend wraps instead of holding the reader wide
    assert table.horizontalHeader().length() <= table.viewport().width()  # every column in view, no scrolling
    # The status column shows the words of the article list, in the interface's language.
    assert {window.model.data(window.model.index(r, ArticleTableModel.STATUS)) for r in range(3)} <= {
        "new",
        "in progress",
        "done",
    }


def test_the_toolbar_names_the_main_actions_and_shows_the_rest_as_icons(window: MainWindow) -> None:
    shown = [
        window.import_files_action,
        window.export_action,
        window.done_action,
        window.search_action,
        window.undo_action,
        window.next_action,
        window.settings_action,
    ]
    buttons = {action.text().replace("&", "").rstrip("…"): window.toolbar.widgetForAction(action) for action in shown}
    named = {
        text for text, button in buttons.items() if button.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
    }
    assert named == {"Import Files", "Export", "Mark Done and Go to Next", "Search"}, named
    assert all(not button.icon().isNull() for button in buttons.values())


def test_open_recent_reopens_the_last_library(window: MainWindow, qtbot, tmp_path: Path) -> None:
    first = str(window.library.path)
    other = window.open_library(str(tmp_path / "other.sqlite"))
    assert other is not None
    qtbot.addWidget(other)
    other.recent_menu.aboutToShow.emit()  # File → Open Recent fills as it opens
    entry = next(a for a in other.recent_menu.actions() if a.text() == first)
    entry.trigger()
    again = libraries._open_windows[-1]
    qtbot.addWidget(again)
    assert str(again.library.path) == first and again.model.rowCount() == window.model.rowCount()
    assert not other.isVisible()
