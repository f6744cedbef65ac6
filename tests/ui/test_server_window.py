"""The window on a team's server library (issue 18): File → Open Library on a Server… filled in by
keys opens the library in a new window, with the login as the coder in the status bar; the list
shows its articles, an article opens, Tab and Enter accept a suggestion and a label key tags —
as the coder's own rows, nothing of the library's layer changed. A wrong port is one line."""

from __future__ import annotations

import pytest
from helpers import open_article
from helpers.team import team_server
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.core.library import Library
from gui.core.model import Annotation, Article
from gui.dialogs.exportdialog import ExportDialog
from gui.dialogs.serverdialog import ServerDialog
from gui.window import libraries
from gui.window.mainwindow import MainWindow

BODY = "省委书记林武在太原主持会议。商黎光出席。"


@pytest.fixture()
def server(pg_cluster, capsys):  # noqa: ANN001, ANN201
    url = team_server(pg_cluster, "window")
    with Library.open(url) as owner:
        owner.store.add_article(
            Article(title="会议", body=BODY, published="2022-03-25"), [Annotation("entity", "PER", 4, 6, "林武")]
        )
        owner.store.add_article(Article(title="春耕", body="各地要做好春耕生产。", published="2022-03-24"))
    capsys.readouterr()
    return pg_cluster, url.rsplit("/", 1)[1]


def _fill_and_open(qtbot, port: int, database: str, user: str) -> None:  # noqa: ANN001
    """Type into the dialog when it shows (it is modal), then press Enter."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ServerDialog)
        for field, text in ((dialog.host, "127.0.0.1"), (dialog.database, database), (dialog.user, user)):
            field.selectAll()
            qtbot.keyClicks(field, text)
        dialog.port.setValue(port)
        qtbot.keyClick(dialog.user, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)


def test_a_coder_opens_the_server_library_lists_opens_and_tags(  # noqa: ANN001
    win: MainWindow, server, qtbot, monkeypatch, tmp_path
) -> None:
    cluster, database = server
    cluster.new_database("other")  # another library on the same server: the dialog names the right one
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    _fill_and_open(qtbot, 1, database, "li")  # nothing listens there
    win.choose_server_library()
    assert len(warnings) == 1 and "\n" not in warnings[0] and "<br" not in warnings[0], warnings
    assert "127.0.0.1" in warnings[0] and win.isVisible() and not libraries._open_windows  # still on its library
    _fill_and_open(qtbot, cluster.port, database, "li")
    win.choose_server_library()
    window = libraries._open_windows[-1]
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert str(window.library.path) == f"postgresql://li@127.0.0.1:{cluster.port}/{database}?sslmode=prefer"
    assert window.coder_label.text() == "Coder: li"
    assert window.model.rowCount() == 2

    open_article(window, "会议")
    assert window.reader.body_view.toPlainText().startswith("省委书记")
    body = window.reader.body_view
    qtbot.keyClick(body, Qt.Key.Key_Tab)  # to the suggestion 林武
    qtbot.keyClick(body, Qt.Key.Key_Return)  # accept it
    cursor = QTextCursor(body.document())
    cursor.setPosition(BODY.index("商黎光"))
    cursor.setPosition(BODY.index("商黎光") + 3, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_1)  # PER
    rows = sorted((a.coder, a.text, a.status) for a in window.library.annotations(window.current_article_id()))
    assert rows == [("", "林武", "suggested"), ("li", "商黎光", "accepted"), ("li", "林武", "accepted")]

    # File → Export works on a server library too: li's layer as CSV.
    window.export_action.trigger()  # File → Export…
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None and window.findChild(ExportDialog).isVisible())
    dialog = window.findChild(ExportDialog)
    dialog.what_box.setCurrentIndex(dialog.what_box.findData("entities"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    if dialog.layer_box.isVisible():
        dialog.layer_box.setCurrentIndex(dialog.layer_box.findData("li"))
    target = tmp_path / "li-entities.csv"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "商黎光" in target.read_text(encoding="utf-8-sig")

    window.close()
    assert window.settings.recent_libraries()[0] == str(window.library.path)  # the URL, no password in it
