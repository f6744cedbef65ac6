"""Two coders on one library (an SQLite file or a PostgreSQL database of the throwaway
cluster): one's edits appear in the other's window within two seconds, without moving the
reader's place; an edit made on a state another coder has changed is refused with a message
and the article shown as it now is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import MEETING
from helpers.backends import Backend
from PySide6.QtCore import Qt

from gui.core import corrections
from gui.core.library import Library
from gui.core.model import Annotation, Article
from gui.window.mainwindow import MainWindow

# A long article (the reader scrolls) with an entity in every paragraph.
PARAGRAPHS = [f"第{i}段。{MEETING}" for i in range(80)]
LONG = "\n".join(PARAGRAPHS)


def _entities() -> list[Annotation]:
    found, at = [], 0
    for paragraph in PARAGRAPHS:
        start = at + paragraph.index("林武")
        found.append(Annotation("entity", "PER", start, start + 2, "林武"))
        at += len(paragraph) + 1
    return found


@pytest.fixture()
def two_coders(store_backend: Backend, qtbot, qapp, settings) -> Iterator[tuple[MainWindow, Library]]:  # noqa: ANN001
    from gui.shared.fonts import apply_cjk_font

    location = store_backend.location("team")
    with Library.open(location) as setup:
        setup.import_articles([Article(title="长文", body=LONG, published="2022-03-25", annotations=_entities())])
        setup.import_articles([Article(title="短文", body="本报讯 各地要做好春耕生产。", published="2022-03-24")])
    with Library.open(location) as mine, Library.open(location) as theirs:
        window = MainWindow(mine, apply_cjk_font(qapp), settings)
        qtbot.addWidget(window)
        window.resize(1200, 700)
        window.show()
        qtbot.waitExposed(window)
        yield window, theirs
        window.close()


def _open_long_article_scrolled(window: MainWindow, qtbot) -> tuple[int, Annotation]:  # noqa: ANN001
    window.select_row(window.model.row_of(window.library.article_ids()[0]))
    assert window.annotator.article is not None and window.annotator.article.title == "长文"
    bar = window.reader.body_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    middle = window.reader.annotations[40]
    window.annotator.focus(middle.id, reveal=False)
    return bar.value(), middle


def test_anothers_edit_shows_within_two_seconds_and_the_place_is_kept(two_coders, qtbot) -> None:  # noqa: ANN001
    window, theirs = two_coders
    scroll, middle = _open_long_article_scrolled(window, qtbot)
    article_id = window.current_article_id()
    theirs_annotation = next(a for a in theirs.annotations(article_id) if a.id == middle.id)
    theirs.apply(corrections.change(theirs.store, theirs_annotation, label="ORG"))
    theirs.import_articles([Article(title="新来的", body="国务院办公厅印发通知。", published="2022-03-26")])

    def shown() -> bool:
        current = window.reader.current()
        return current is not None and current.label == "ORG"

    qtbot.waitUntil(shown, timeout=2000)
    assert window.current_article_id() == article_id
    assert window.reader.current_id == middle.id
    assert window.reader.body_view.verticalScrollBar().value() == scroll
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=2000)
    assert "3" in window.count_label.text()
    assert window.current_article_id() == article_id  # the new article came in above: still this one


def test_an_edit_on_a_state_another_changed_is_refused_and_the_current_state_shown(
    two_coders, qtbot, monkeypatch
) -> None:  # noqa: ANN001
    window, theirs = two_coders
    warnings: list[str] = []
    monkeypatch.setattr("gui.window.mainwindow.QMessageBox.warning", lambda _p, _t, text: warnings.append(text))
    scroll, middle = _open_long_article_scrolled(window, qtbot)
    article_id = window.current_article_id()
    theirs_annotation = next(a for a in theirs.annotations(article_id) if a.id == middle.id)
    theirs.apply(corrections.change(theirs.store, theirs_annotation, status="rejected"))
    # Before the window has heard of it, this coder relabels the same name (key 3: ORG).
    window._live_timer.stop()
    qtbot.keyClick(window.reader.body_view, Qt.Key.Key_3)
    assert len(warnings) == 1 and "林武" in warnings[0] and "\n" not in warnings[0]
    stored = next(a for a in theirs.annotations(article_id) if a.id == middle.id)
    assert (stored.label, stored.status) == ("PER", "rejected")  # theirs, not overwritten
    assert (window.reader.current().label, window.reader.current().status) == ("PER", "rejected")
    assert window.reader.body_view.verticalScrollBar().value() == scroll
    # Now made on the state shown, the edit is written.
    qtbot.keyClick(window.reader.body_view, Qt.Key.Key_3)
    assert len(warnings) == 1
    assert next(a for a in theirs.annotations(article_id) if a.id == middle.id).label == "ORG"
