"""View → Documents and Insight's issuing network, driven by keys and clicks on the real window (issue 20)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.core.library import Library
from gui.core.model import Annotation
from gui.shared.fonts import apply_cjk_font
from gui.window.articlemodel import ArticleTableModel
from gui.window.documents import DocumentsWindow
from gui.window.mainwindow import MainWindow

NOTICE = """<html><head><title>国务院办公厅关于推进某某工作的意见_中国政府网</title></head><body>
<div id="UCAP-CONTENT"><table>
<tr><td>发文机关：</td><td>国务院办公厅</td><td>发文字号：</td><td>国办发〔2021〕22号</td></tr>
<tr><td>发布日期：</td><td>2021年07月02日</td></tr></table>
<p>各省、自治区、直辖市人民政府：根据《中华人民共和国城乡规划法》，现提出以下意见。</p></div></body></html>"""
NEWS = {
    "housing.txt": "住房政策出台\n\n近日，国务院办公厅印发《关于推进某某工作的意见》（国办发[2021]22号），"
    "要求各地加快推进。",
    "tax.txt": "减税政策延续\n\n财政部、税务总局联合发布《关于延续实施小微企业普惠性税收减免政策的公告》，"
    "明确有关政策。",
    "law.txt": "普法宣传进社区\n\n社区组织居民学习《城乡规划法》，了解规划知识。",
    "weather.txt": "今日天气\n\n今天晴，最高气温二十度。",
}


@pytest.fixture()
def library(tmp_path: Path) -> Library:
    (tmp_path / "notice.html").write_text(NOTICE, encoding="utf-8")
    for name, text in NEWS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Library.open(tmp_path / "lib.sqlite") as library:
        report = library.import_paths([tmp_path / "notice.html", *(tmp_path / n for n in NEWS)])
        assert report.added == 5, report.problems
        yield library


@pytest.fixture()
def window(qtbot, qapp: QApplication, library: Library, settings) -> MainWindow:
    win = MainWindow(library, apply_cjk_font(qapp), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def titles(win: MainWindow) -> set[str]:
    model = win.model
    return {model.data(model.index(r, ArticleTableModel.TITLE)) for r in range(model.rowCount())}


def open_documents(qtbot, win: MainWindow) -> DocumentsWindow:
    with qtbot.waitSignal(win.documents_action.triggered, timeout=5000):
        qtbot.keyClick(win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    documents = win._documents_window
    qtbot.waitUntil(lambda: documents.model.rowCount() > 0, timeout=20000)
    return documents


def row_of(documents: DocumentsWindow, text: str) -> int:
    for row in range(documents.proxy.rowCount()):
        document = documents._row_document(row)
        if document is not None and text in (document.title + document.number):
            return row
    raise AssertionError(f"no document row with {text}")


def test_documents_view_lists_records_and_a_click_filters_the_list(qtbot, window: MainWindow) -> None:
    documents = open_documents(qtbot, window)
    rows = {d.number or d.title: d for d in documents.model.rows}
    housing = rows["国办发〔2021〕22号"]
    assert housing.title == "《国务院办公厅关于推进某某工作的意见》" and housing.articles == 1
    assert rows["《中华人民共和国城乡规划法》"].articles == 2  # the short name is the same law
    assert "《关于延续实施小微企业普惠性税收减免政策的公告》" in rows
    assert documents.count_label.text()

    # A click on the law: the list shows the two articles that cite it, and the lower table too.
    row = row_of(documents, "城乡规划法")
    rect = documents.table.visualRect(documents.proxy.index(row, 0))
    with qtbot.waitSignal(documents.citingLoaded, timeout=20000):
        qtbot.mouseClick(documents.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: titles(window) == {"国务院办公厅关于推进某某工作的意见", "普法宣传进社区"}, timeout=5000)
    assert documents.citing.rowCount() == 2
    assert window.filter_bar.document_chip.isVisible()

    # Keys: find the notice by a part of its number, Enter on it filters the list to its articles.
    qtbot.keyClicks(documents.search, "22")
    assert documents.proxy.rowCount() == 1
    documents.table.setFocus()
    qtbot.keyClick(documents.table, Qt.Key.Key_Down)
    qtbot.keyClick(documents.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: titles(window) == {"国务院办公厅关于推进某某工作的意见", "住房政策出台"}, timeout=5000)

    # The chip clears the document criterion.
    qtbot.mouseClick(window.filter_bar.document_chip, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(titles(window)) == 5, timeout=5000)
    assert not window.filter_bar.document_chip.isVisible()


def test_documents_view_follows_an_edit(qtbot, window: MainWindow, library: Library) -> None:
    documents = open_documents(qtbot, window)
    before = {d.title for d in documents.model.rows}
    weather = next(i for i in library.article_ids() if library.article(i).title == "今日天气")
    body = library.article(weather).body
    start = body.index("今天")
    library.store.add_annotation(Annotation("entity", "DOC", start, start + 2, "今天", article_id=weather))
    with qtbot.waitSignal(documents.loaded, timeout=20000):
        window.annotator.articleEdited.emit(weather)
    assert {d.title for d in documents.model.rows} == before | {"《今天》"}


def test_insight_shows_the_issuing_network(qtbot, window: MainWindow) -> None:
    insight = window.open_insight()
    qtbot.waitUntil(lambda: insight.view is not None and insight.view.network is not None, timeout=30000)
    panel = insight.network_panel
    insight.tabs.setCurrentWidget(panel)
    texts = {node.row.text for node in panel.graph.nodes}
    assert {"财政部", "税务总局", "国务院办公厅"} <= texts
    edges = {(e.pair.a.text, e.pair.b.text) for e in panel.graph.edges}
    assert ("税务总局", "财政部") in edges or ("财政部", "税务总局") in edges
    # The notice cites the planning law: a document-to-document edge.
    assert any("城乡规划法" in b and "推进某某工作" in a for a, b in edges)
    # Clicking the body 财政部 lists the tax article.
    node = next(n for n in panel.graph.nodes if n.row.text == "财政部")
    with qtbot.waitSignal(insight.articlesShown, timeout=20000):
        node.on_click(node.selector)
    qtbot.waitUntil(lambda: titles(window) == {"减税政策延续"}, timeout=5000)
    insight.close()
