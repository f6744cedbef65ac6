"""A title of 5,000 characters without a break point once held the window 137,860 px wide
(issue 21): long imported text is cut or wrapped everywhere, and the window still fits a
1366x768 laptop screen with room to read the article."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from gui.core.library import Library
from gui.core.model import Annotation, Article
from gui.shared.fonts import apply_cjk_font
from gui.window.mainwindow import MainWindow

LAPTOP = QSize(1366, 768)


def long_article(run: str) -> Article:
    """Every headline field, a person's name and a directive's issuer and topic: one unbroken run of `run`."""
    name = run * 2000
    body = f"本报讯 {name}指出，要加强巡视工作。各地要做好春耕生产。"
    sentence = body[len("本报讯 ") : body.index("。") + 1]
    directive = Annotation(
        "directive",
        "DIRECTIVE",
        body.index(sentence),
        body.index(sentence) + len(sentence),
        sentence,
        attrs={"issuer": name, "issuer_label": "PER", "strength": "要", "topic": run * 2000, "addressee": ""},
    )
    person = Annotation("entity", "PER", body.index(name), body.index(name) + len(name), name)
    return Article(
        title=run * 5000,
        pre_title=run * 3000,
        subtitles=[run * 3000, run * 3000],
        byline=run * 2000,
        source=f"/tmp/{run * 200}.txt",
        published="2022-03-25",
        body=body,
        pretagged=True,
        annotations=[person, directive],
    )


@pytest.mark.parametrize("run", ["a", "中"], ids=["latin", "chinese"])
def test_a_5000_character_title_leaves_the_window_fitting_a_laptop_screen(
    qtbot, qapp, library: Library, settings, run: str
) -> None:
    library.import_articles([long_article(run)])
    window = MainWindow(library, apply_cjk_font(qapp), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.reader.title.text().replace("\u200b", "").startswith(run * 20)  # the article is open
    assert window.minimumSizeHint().width() < LAPTOP.width()
    assert window.minimumSize().width() < LAPTOP.width()
    assert window.minimumSizeHint().height() < LAPTOP.height()
    window.resize(LAPTOP)
    QApplication.processEvents()
    assert window.size() == LAPTOP
    # The headline, cut, does not push the text off the screen; more of the title is in its tooltip.
    body = window.reader.body_view
    assert body.height() > 5 * body.fontMetrics().lineSpacing()
    assert window.reader.title.width() <= window.reader.width()
    assert run * 100 in window.reader.title.toolTip().replace("\u200b", "")

    insight = window.open_insight()
    qtbot.addWidget(insight)
    qtbot.waitUntil(lambda: insight.view is not None, timeout=20000)
    assert insight.minimumSizeHint().width() < LAPTOP.width()
    insight.resize(LAPTOP)
    QApplication.processEvents()
    assert insight.size() == LAPTOP
