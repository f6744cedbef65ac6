"""The article list can be scanned and the library search shows where it matched (issue 14, items 8 and 9).

Driven through the real window: Ctrl+K and typed words, a 1366×768 screen, real 新闻联播 transcripts.
"""

from __future__ import annotations

import re

import pytest
from helpers import SHARED_DATA
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QInputMethodEvent, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from gui.core.library import Library
from gui.core.model import Article
from gui.reader.highlight import SEARCH_BACKGROUND
from gui.shared.fonts import apply_cjk_font
from gui.window.articlemodel import ArticleTableModel
from gui.window.mainwindow import MainWindow

XWLB = SHARED_DATA / "xwlb-dev"
CTRL = Qt.KeyboardModifier.ControlModifier
FILLER = "各地区各部门认真贯彻落实党中央决策部署，扎实推进各项工作，取得了明显成效。" * 3


def _window(qtbot, qapp, library: Library, settings) -> MainWindow:
    win = MainWindow(library, apply_cjk_font(qapp), settings)
    qtbot.addWidget(win)
    win.fit_to_screen(QRect(0, 0, 1366, 768))
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def _search(win: MainWindow, qtbot, words: str) -> None:
    """Ctrl+K, the words from a Chinese input method, Enter."""
    qtbot.keyClick(win, Qt.Key.Key_K, CTRL)
    field = win.filter_bar.search
    assert field.hasFocus()
    typed = QInputMethodEvent()
    typed.setCommitString(words)
    QApplication.sendEvent(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _search_marks(win: MainWindow) -> list[tuple[int, int]]:
    """Body spans drawn in the search colour."""
    body = win.reader.body_view
    return sorted(
        (body.offsets.to_py(s.cursor.selectionStart()), body.offsets.to_py_end(s.cursor.selectionEnd()))
        for s in body.extraSelections()
        if s.format.background().color() == SEARCH_BACKGROUND
    )


@pytest.fixture()
def housing(library: Library) -> Library:
    # The newest article is opened at start; the other says 住房 only far down its text.
    paragraphs = (
        [FILLER] * 40 + ["会议强调，要做好住房保障工作，保障住房需求。", FILLER, "住房问题关系民生。"] + [FILLER] * 5
    )
    library.import_articles(
        [
            Article(title="住房保障会议", body="\n".join(paragraphs), published="2023-01-01"),
            Article(title="春耕生产", body="各地抓好春耕生产。", published="2023-01-02"),
        ]
    )
    return library


def test_a_library_search_marks_its_words_in_the_reader_until_it_is_cleared(
    qtbot, qapp, housing: Library, settings
) -> None:
    win = _window(qtbot, qapp, housing, settings)
    assert win.reader.title.text() == "春耕生产"
    _search(win, qtbot, "住房")
    qtbot.waitUntil(lambda: win.reader.title.text() == "住房保障会议", timeout=3000)
    body = win.reader.body_view
    text = body.body
    first = text.index("住房")
    # The first match is scrolled into view, and every match in view is marked.
    qtbot.waitUntil(lambda: body.visible_span()[0] <= first < body.visible_span()[1], timeout=3000)
    qtbot.waitUntil(lambda: bool(_search_marks(win)), timeout=3000)
    start, end = body.visible_span()
    in_view = [(m.start(), m.end()) for m in re.finditer("住房", text) if start <= m.start() and m.end() <= end]
    assert len(in_view) >= 2
    assert set(in_view) <= set(_search_marks(win))
    assert all(text[a:b] == "住房" for a, b in _search_marks(win))
    # Clearing the search (Ctrl+K, select all, Delete, Enter) removes the marks.
    qtbot.keyClick(win, Qt.Key.Key_K, CTRL)
    qtbot.keyClick(win.filter_bar.search, Qt.Key.Key_Delete)
    qtbot.keyClick(win.filter_bar.search, Qt.Key.Key_Return)
    assert win.model.rowCount() == 2
    assert _search_marks(win) == []


def test_the_title_takes_most_of_the_list_on_a_laptop_screen(qtbot, qapp, housing: Library, settings) -> None:
    win = _window(qtbot, qapp, housing, settings)
    header = win.table.horizontalHeader()
    others = sum(header.sectionSize(c) for c in range(1, win.model.columnCount()) if not header.isSectionHidden(c))
    assert header.sectionSize(ArticleTableModel.TITLE) > others
    # Dates and counts are still shown whole.
    metrics = win.table.fontMetrics()
    assert header.sectionSize(ArticleTableModel.DATE) > metrics.horizontalAdvance("2023-01-02")
    assert header.sectionSize(ArticleTableModel.DIRECTIVES) > metrics.horizontalAdvance("999/999")


def _painted_text(win: MainWindow) -> str:
    """The text the list draws, from an SVG rendering of it (text stays text in SVG)."""
    viewport = win.table.viewport()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(viewport.size())
    generator.setViewBox(QRectF(viewport.rect()))
    painter = QPainter(generator)
    viewport.render(painter, QPoint(0, 0))
    painter.end()
    return bytes(data.data()).decode("utf-8")


@pytest.mark.skipif(not XWLB.is_dir(), reason="needs ../shared/data/xwlb-dev")
def test_articles_of_the_same_title_show_how_they_differ(qtbot, qapp, library: Library, settings) -> None:
    files = sorted(XWLB.glob("*.md"))[:3]
    library.import_paths(files)
    win = _window(qtbot, qapp, library, settings)
    model = win.model
    summaries = [r for r in range(model.rowCount()) if model.index(r, 0).data() == "新闻摘要"]
    assert len(summaries) == 3  # one a day
    openings = [model.index(r, 0).data(ArticleTableModel.OpeningRole) for r in summaries]
    # The words after the shared lead-in (本期节目主要内容：1.), different for each day.
    assert len(set(openings)) == 3 and all(o and not o.startswith("本期节目") for o in openings)
    win.table.scrollTo(model.index(summaries[0], 0))
    QApplication.processEvents()
    painted = _painted_text(win)
    assert openings[0][:6] in painted
    # A title no other row has shows no opening.
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    unique = next(r for r, title in enumerate(titles) if titles.count(title) == 1)
    assert model.index(unique, 0).data(ArticleTableModel.OpeningRole) == ""


def test_a_row_another_coder_deleted_is_painted_without_failing(qtbot, qapp, library, library_path, settings) -> None:
    """On a shared library the list's ids can outlive an article: the page read for them comes back
    shorter, and the row left without its data is drawn empty, not a crash in paint."""
    library.import_articles([Article(title=f"第{n}篇", body=f"{n}号文件。" + FILLER) for n in range(5)])
    win = _window(qtbot, qapp, library, settings)
    gone = win.model.article_id(0)
    with Library.open(library_path, create=False) as other:
        other.store.delete_article(gone)
    win.model._pages.clear()  # the page is read again, as when it scrolls back into view
    win.table.viewport().grab()  # paints every row shown
    assert win.model.data(win.model.index(4, 0)) is None  # five ids, four articles
