"""A long article: highlights follow the view, the side panel lists every annotation."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from gui.core.model import Annotation, Article
from gui.mainwindow import MainWindow

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
    from gui.fonts import apply_cjk_font

    library.import_articles([_long_article()])
    window = MainWindow(library, apply_cjk_font(qapp), settings)
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    qtbot.waitExposed(window)
    window.select_row(0)
    return window


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
    long_win.resize(1000, 1400)
    QApplication.processEvents()
    start, end = long_win.reader.body_view.visible_span()
    in_view = [a for a in _people(long_win) if start <= a.start and a.end <= end]
    assert len(in_view) > 20
    assert all(_highlighted(long_win, a) for a in in_view)


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
