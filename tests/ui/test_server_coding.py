"""A coder codes a suggested directive by keys in a team's server library (issue 18): the accept
is the coder's own copy (the suggestion stays the library's), so the codes must go on the copy
and the copy stay current — else the second key codes the article instead."""

from __future__ import annotations

import pytest
from helpers import active_window, code_in
from helpers.team import team_server
from PySide6.QtCore import Qt

from gui.core import paths
from gui.core.codebook import load_codebook
from gui.core.library import Library
from gui.core.model import Annotation, Article
from gui.window.mainwindow import MainWindow

BODY = "省委书记林武主持会议。会议要求，要做好春耕生产。各地要抓好防汛工作。"


@pytest.fixture()
def li_window(pg_cluster, qtbot, settings, capsys):  # noqa: ANN001, ANN201
    url = team_server(pg_cluster, "coding")
    first, second = BODY.index("要做好"), BODY.index("各地")
    with Library.open(url) as owner:
        owner.set_codebook(load_codebook(paths.resources_dir() / "codebooks" / "policy-documents.json"))
        owner.store.add_article(
            Article(title="会议", body=BODY, published="2022-03-25"),
            [
                Annotation("directive", "DIRECTIVE", first, second, BODY[first:second]),
                Annotation("directive", "DIRECTIVE", second, len(BODY), BODY[second:]),
            ],
        )
    capsys.readouterr()
    library = Library.open(url.replace("postgres@", "li@"))
    window = active_window(qtbot, library, settings)
    code_in(qtbot, window, 0)
    yield window
    window.close()
    library.close()


def _codes(window: MainWindow, unit: str, unit_id: int) -> dict:
    return {r.variable: r.value for r in window.library.codes_of(unit, [unit_id])}


@pytest.mark.parametrize(
    ("keys", "expected"),
    [("yp", {"strength": "要", "issuer_level": "省"}), ("cb", {"issuer_level": "中央", "strength": "必须"})],
)
def test_keys_code_the_coders_copy_of_a_suggested_directive(li_window: MainWindow, qtbot, keys, expected) -> None:  # noqa: ANN001
    window = li_window
    body = window.reader.body_view
    article = window.current_article_id()
    qtbot.keyClick(body, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the first directive
    suggestion = window.reader.current()
    assert suggestion is not None and suggestion.kind == "directive" and suggestion.coder == ""
    for key in keys:
        qtbot.keyClicks(body, key)
    [copy] = [a for a in window.library.annotations(article) if a.coder == "li" and a.kind == "directive"]
    assert (copy.start, copy.status) == (suggestion.start, "accepted")
    assert window.reader.current_id == copy.id
    assert _codes(window, "directive", copy.id) == expected
    assert _codes(window, "directive", suggestion.id) == {}
    assert _codes(window, "article", article) == {}  # no key fell through to the article
