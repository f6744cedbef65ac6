"""A long article: highlights follow the view, the side panel lists every annotation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from gui.core.model import Annotation, Article
from gui.window.mainwindow import MainWindow

PEOPLE = ["林武", "蓝佛安", "商黎光", "张吉福", "李凤岐", "卢东亮", "于英杰", "孙洪山"]


def _long_article() -> Article:
    """Some 300 paragraphs, each naming a person: annotations from the first line to the last."""
    paragraphs, annotations = [], []
    offset = 0
    for i in range(300):
        name = PEOPLE[i % len(PEOPLE)]
        lead = f"第{i + 1}段，"
        paragraph = f"{lead}{name}在调研时强调，要把各项工作抓实抓细，确保取得实效。"
        start = offset + len(lead)
        annotations.append(Annotation("entity", "PER", start, start + len(name), name, status="accepted"))
        paragraphs.append(paragraph)
        offset += len(paragraph) + 1
    return Article(title="长文", body="\n".join(paragraphs), published="2022-03-26", annotations=annotations)


@pytest.fixture()
def long_win(qtbot, qapp, library, settings) -> MainWindow:
    from gui.shared.fonts import apply_cjk_font

    library.import_articles(
        [_long_article(), Article(title="短文", body="林武强调，要抓实抓细。", published="2022-03-25")]
    )
    window = MainWindow(library, apply_cjk_font(qapp), settings)
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    qtbot.waitExposed(window)
    _open(window, "长文")
    qtbot.waitUntil(window.reader.body_view.is_laid_out, timeout=2000)
    return window


def _open(window: MainWindow, title: str) -> None:
    """Select an article in the shown window, as a click does (nothing processed after it)."""
    for row in range(window.model.rowCount()):
        if window.model.data(window.model.index(row, 0)) != title:
            window.select_row(row)  # another one first: selecting the open row changes nothing
    for row in range(window.model.rowCount()):
        if window.model.data(window.model.index(row, 0)) == title:
            window.select_row(row)


def _highlighted(window: MainWindow, annotation: Annotation) -> bool:
    body = window.reader.body_view
    start, end = body.offsets.to_qt(annotation.start), body.offsets.to_qt(annotation.end)
    return any(s.cursor.selectionStart() == start and s.cursor.selectionEnd() == end for s in body.extraSelections())


def _people(window: MainWindow) -> list[Annotation]:
    return [a for a in window.reader.annotations if a.label == "PER"]


def test_the_text_scrolled_to_is_highlighted(long_win: MainWindow, qtbot) -> None:
    people = _people(long_win)
    assert len(people) == 300
    assert _highlighted(long_win, people[0])
    bar = long_win.reader.body_view.verticalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert _highlighted(long_win, people[-1])
    bar.setValue(bar.maximum() // 2)
    QApplication.processEvents()
    start, end = long_win.reader.body_view.visible_span()
    in_view = [a for a in people if start <= a.start and a.end <= end]
    assert in_view and all(_highlighted(long_win, a) for a in in_view)


def test_a_taller_window_highlights_the_text_it_uncovers(long_win: MainWindow, qtbot) -> None:
    def in_view() -> list[Annotation]:
        start, end = long_win.reader.body_view.visible_span()
        return [a for a in _people(long_win) if start <= a.start and a.end <= end]

    before = len(in_view())
    long_win.resize(1000, 1400)
    QApplication.processEvents()
    assert len(in_view()) > before
    assert all(_highlighted(long_win, a) for a in in_view())


def test_walking_to_the_last_suggestion_reveals_it_highlighted(long_win: MainWindow, qtbot) -> None:
    last = _people(long_win)[-1]
    long_win.reader.set_current(last.id)
    QApplication.processEvents()
    assert _highlighted(long_win, last)
    start, end = long_win.reader.body_view.visible_span()
    assert start <= last.start < end


def test_the_side_panel_lists_every_annotation_once_the_text_is_shown(long_win: MainWindow, qtbot) -> None:
    panel, model = long_win.panel, long_win.panel.entity_model
    qtbot.waitUntil(lambda: panel.entities.isExpanded(model.index(0, 0)), timeout=2000)
    rows = {str(model.index(r, 0).data()): model.index(r, 0) for r in range(model.rowCount())}
    person = next(index for name, index in rows.items() if "PER" in name or "人物" in name or "Person" in name)
    assert model.index(person.row(), 1).data() == len(_people(long_win))
    names = {model.index(r, 0, person).data(): model.index(r, 1, person).data() for r in range(model.rowCount(person))}
    assert set(PEOPLE) <= set(names)
    assert names["林武"] == sum(1 for a in _people(long_win) if a.text == "林武") >= 37


def _reopen(window: MainWindow) -> None:
    _open(window, "长文")
    assert not window.reader.body_view.is_laid_out()  # the first frame is still to come


def test_the_whole_text_is_there_before_the_first_frame(long_win: MainWindow, qtbot) -> None:
    _reopen(long_win)
    body = long_win.reader.body_view
    assert body.toPlainText() == long_win.reader.article.body
    assert _highlighted(long_win, _people(long_win)[0])
    qtbot.waitUntil(body.is_laid_out, timeout=2000)  # after the frame, without anyone asking
    height = body.document().size().height()
    assert height > 10 * body.viewport().height()


def test_keys_before_the_first_frame_act_on_the_whole_text(long_win: MainWindow, qtbot) -> None:
    _reopen(long_win)
    body = long_win.reader.body_view
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert body.cursor_offset() == len(long_win.reader.article.body)
    bar = body.verticalScrollBar()
    assert bar.maximum() - 100 < bar.value() <= bar.maximum()  # at the end (less its margin)
    assert bar.maximum() > 10 * body.viewport().height()
    assert _highlighted(long_win, _people(long_win)[-1])


def test_finding_text_of_the_last_paragraph_before_the_first_frame(long_win: MainWindow, qtbot) -> None:
    _reopen(long_win)
    reader = long_win.reader
    reader.find_bar.open()
    reader.find_bar.field.setText("第300段")
    assert reader.find_bar.find_next()
    QApplication.processEvents()
    start, end = reader.body_view.visible_span()
    assert start <= reader.article.body.index("第300段") < end
    assert _highlighted(long_win, _people(long_win)[-1])


def test_a_click_in_the_first_frame_lands_on_the_character_under_it(long_win: MainWindow, qtbot) -> None:
    from PySide6.QtGui import QTextCursor

    _reopen(long_win)
    body = long_win.reader.body_view
    target = _people(long_win)[3]
    cursor = QTextCursor(body.document())
    cursor.setPosition(body.offsets.to_qt(target.start) + 1)
    rect = body.cursorRect(cursor)
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert long_win.reader.current() is not None and long_win.reader.current().id == target.id


_BODIES = {
    "Chinese": "\n".join(
        f"第{i}段，省委书记在调研时强调，要把各项工作抓实抓细，确保取得实效，推动高质量发展。" for i in range(300)
    ),
    "English, after a Chinese opening": "本报讯 (记者 杨文) 外电报道摘要如下，供参考。" * 6
    + "\n"
    + "\n".join(f"Paragraph {i}: the minister said that every office must act at once, in full." for i in range(300)),
    "one line per paragraph": "\n".join(f"{i}. 加强巡视。" for i in range(2000)),
    "a paragraph with no break": "要加强巡视工作，" * 1500,
}


@pytest.mark.parametrize("kind", list(_BODIES))
def test_the_first_frame_has_text_down_to_the_bottom_of_the_view(qtbot, qapp, library, settings, kind: str) -> None:
    from gui.shared.fonts import apply_cjk_font

    body_text = _BODIES[kind]
    library.import_articles(
        [Article(title="长文", body=body_text), Article(title="短文", body="林武强调，要抓实抓细。")]
    )
    window = MainWindow(library, apply_cjk_font(qapp), settings)
    qtbot.addWidget(window)
    window.resize(1000, 900)
    window.show()
    qtbot.waitExposed(window)
    _open(window, "长文")
    body = window.reader.body_view
    assert body.toPlainText() == body_text
    assert body.is_laid_out() == (kind == "a paragraph with no break")  # one paragraph: laid out whole
    # What the first frame can show: the height of the paragraphs laid out so far.
    assert body.document().documentLayout().documentSize().height() >= body.viewport().height()
    qtbot.waitUntil(body.is_laid_out, timeout=2000)
    assert body.document().documentLayout().documentSize().height() > 3 * body.viewport().height()


def test_a_shorter_headline_lays_out_only_what_the_taller_view_shows(qtbot, qapp, library, settings) -> None:
    """From an article with a headline of three lines to a long one titled in one: the body grows
    taller by the lines the headline lost. The text down to its new bottom is laid out and
    highlighted at once; the rest of the long article still waits until after the first frame."""
    from gui.shared.fonts import apply_cjk_font

    headed = Article(
        pre_title="林武主持召开省委第七十四次疫情防控专题会强调",
        title="抓紧抓实抓细常态化防控举措",
        subtitles=["蓝佛安提出具体要求", "商黎光出席"],
        body="林武强调，要抓实抓细。",
        published="2022-03-27",
    )
    library.import_articles([_long_article(), headed])
    window = MainWindow(library, apply_cjk_font(qapp), settings)
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    qtbot.waitExposed(window)
    _open(window, "抓紧抓实抓细常态化防控举措")
    body = window.reader.body_view
    qtbot.waitUntil(lambda: body.height() > 0 and body.is_laid_out(), timeout=2000)
    before = body.viewport().size()
    _open(window, "长文")
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the headline's new height, no paint yet
    assert body.viewport().width() == before.width() and body.viewport().height() > before.height()
    assert not body.is_laid_out()  # the rest of the article waits
    assert body.document().documentLayout().documentSize().height() >= body.viewport().height()
    start, end = body.visible_span()
    shown = [a for a in _people(window) if start <= a.start and a.end <= end]
    assert shown and all(_highlighted(window, a) for a in shown)
    qtbot.waitUntil(body.is_laid_out, timeout=2000)
