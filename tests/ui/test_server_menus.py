"""The window's menus on a team's server library (issue 18), opened with a password in its URL:
View → Insight (Ctrl+I) charts the server's articles, Help → About names the server library — and
neither the About box nor a window title ever shows the password."""

from __future__ import annotations

import pytest
from helpers import active_window
from helpers.team import team_server
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel

from gui.core.library import Library
from gui.core.model import Annotation, Article
from gui.dialogs.aboutdialog import AboutDialog
from gui.insight.window import InsightWindow
from gui.window.mainwindow import MainWindow

BODY = "省委书记林武在太原主持会议。会议要求，要做好春耕生产。"
PASSWORD = "s3cret-Pw"


@pytest.fixture()
def li_window(pg_cluster, qtbot, settings, capsys):  # noqa: ANN001, ANN201
    url = team_server(pg_cluster, "menus")
    with Library.open(url) as owner:
        owner.store.add_article(
            Article(title="会议", body=BODY, published="2022-03-25"),
            [Annotation("entity", "PER", 4, 6, "林武"), Annotation("entity", "LOC", 7, 9, "太原")],
        )
        owner.store.add_article(Article(title="春耕", body="各地要做好春耕生产。", published="2022-04-02"))
        owner.store.add_article(
            Article(title="防汛", body="林武强调，要抓好防汛工作。", published="2022-04-03"),
            [Annotation("entity", "PER", 0, 2, "林武")],
        )
    capsys.readouterr()
    # The cluster trusts local logins: the password is not checked, only carried in the URL.
    library = Library.open(url.replace("postgres@", f"li:{PASSWORD}@"))
    window = active_window(qtbot, library, settings)
    yield window, url.rsplit("/", 1)[1]
    window.close()
    library.close()


def _menu_action(window: MainWindow, menu: str, item: str) -> QAction:
    """The action the user clicks: `item` in the menu bar's `menu` (their English texts, & removed)."""
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu and top.menu() is not None:
            for action in top.menu().actions():
                if action.text().replace("&", "") == item:
                    return action
    raise AssertionError(f"no {menu} → {item}")


def test_insight_charts_the_server_library(li_window, qtbot) -> None:  # noqa: ANN001
    window, database = li_window
    qtbot.keyClick(window.reader.body_view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # View → Insight
    insight = window.findChild(InsightWindow)
    assert insight is not None and insight.isVisible()
    qtbot.waitUntil(lambda: insight.view is not None and insight._task is None, timeout=30000)
    assert "3 articles" in insight.summary_label.text()
    assert [r.text for r in insight.entities_panel.rows][:1] == ["林武"]
    assert database in insight.windowTitle() and PASSWORD not in insight.windowTitle()

    # A click on 林武 narrows the main window's list to his two articles (read from the server).
    insight.tabs.setCurrentWidget(insight.entities_panel)
    table = insight.entities_panel.table
    with qtbot.waitSignal(insight.articlesShown, timeout=30000):
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 0)).center()
        )
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10000)
    titles = {window.model.data(window.model.index(row, 0)) for row in range(window.model.rowCount())}
    assert titles == {"会议", "防汛"}


def test_about_names_the_server_library_without_its_password(li_window, qtbot, pg_cluster) -> None:  # noqa: ANN001
    window, database = li_window
    _menu_action(window, "Help", "About pizhu").trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget() or window.findChild(AboutDialog), AboutDialog))
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    text = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"li@127.0.0.1:{pg_cluster.port}/{database}" in text
    assert PASSWORD not in text
    assert PASSWORD not in window.windowTitle() and PASSWORD not in window.path_label.text()
    dialog.close()
