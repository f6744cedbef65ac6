"""View → Original Document (Ctrl+Alt+O): an article's PDF pages, or its saved page to open."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import SHARED_DATA
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from gui.reader.original import OriginalDialog
from gui.window.articlemodel import ArticleTableModel
from gui.window.mainwindow import MainWindow

FORMATS = SHARED_DATA / "formats"
pytestmark = pytest.mark.skipif(not FORMATS.is_dir(), reason=f"the sample files are not at {FORMATS}")


def _open_article(win: MainWindow, qtbot, title: str) -> None:
    win.refresh()
    model = win.model
    rows = [r for r in range(model.rowCount()) if model.data(model.index(r, ArticleTableModel.TITLE)) == title]
    assert rows, f"{title} is not listed"
    win.select_row(rows[0])
    win.reader.body_view.setFocus()


def _press_original(win: MainWindow, qtbot) -> OriginalDialog | None:
    win.activateWindow()  # back from a dialog
    win.reader.body_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() in (win, None))
    qtbot.keyClick(
        win.reader.body_view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, OriginalDialog) and w.isVisible()]
    return dialogs[-1] if dialogs else None


def test_a_newspaper_article_shows_the_pdf_page_it_came_from(win: MainWindow, qtbot, tmp_path: Path) -> None:
    pdf = tmp_path / "rmrb.pdf"
    shutil.copy(FORMATS / "pdf" / "rmrb_20251020_compiled.pdf", pdf)
    win.library.import_paths([pdf])
    _open_article(win, qtbot, "我心中的两条江")
    dialog = _press_original(win, qtbot)
    assert dialog is not None and dialog.pdf_view is not None
    assert dialog.document is not None and dialog.document.pageCount() == 228
    article = dialog.article
    assert article.page_from
    qtbot.waitUntil(lambda: dialog.current_page() == article.page_from - 1)  # opened at the article's page
    assert f"Pages: {article.page_from}–{article.page_to}" in dialog.info.text()
    assert "changed" not in dialog.info.text()
    dialog.close()
    pdf.write_bytes(pdf.read_bytes() + b"\n% edited\n")  # the file changes after import
    win.original_action.trigger()  # this time from the View menu
    again = next(w for w in QApplication.topLevelWidgets() if isinstance(w, OriginalDialog) and w.isVisible())
    assert again is not None and "The file has changed since it was imported." in again.info.text()
    again.close()


def test_a_web_page_offers_its_saved_file_and_address(win: MainWindow, qtbot, monkeypatch, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!-- saved from url=(0040)http://www.news.cn/2024-01/01/c_1.htm -->\n"
        "<html><head><title>冬季供暖保障工作部署-新华网</title></head><body><div id='zoom'>"
        "<p>新华社北京1月1日电 国务院办公厅日前印发通知，要求各地做好冬季供暖保障工作，确保群众温暖过冬。</p>"
        "</div></body></html>",
        encoding="utf-8",
    )
    win.library.import_paths([page])
    opened: list[QUrl] = []
    monkeypatch.setattr("gui.reader.original.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    _open_article(win, qtbot, "冬季供暖保障工作部署")
    dialog = _press_original(win, qtbot)
    assert dialog is not None and dialog.pdf_view is None
    assert "http://www.news.cn/2024-01/01/c_1.htm" in dialog.info.text()
    qtbot.mouseClick(dialog.open_file, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_url, Qt.MouseButton.LeftButton)
    assert [u.toString() for u in opened] == [
        QUrl.fromLocalFile(str(page.resolve())).toString(),
        "http://www.news.cn/2024-01/01/c_1.htm",
    ]
    dialog.close()
    page.unlink()
    gone = _press_original(win, qtbot)
    assert gone is not None and "no longer there" in gone.info.text() and not gone.open_file.isEnabled()
    gone.close()


def test_a_text_article_has_no_original_and_says_so(win: MainWindow, qtbot) -> None:
    _open_article(win, qtbot, "春耕")
    assert _press_original(win, qtbot) is None
    assert "no original document" in win.statusBar().currentMessage()
