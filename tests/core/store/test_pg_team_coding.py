"""Coding on a team's server library (issue 18): the coder is the login; accepting, rejecting or
relabelling a suggestion of the shared library layer makes the coder's own copy (PostgreSQL lets
only a lead change that layer), so a coder tags, codes and notes as on a file — and another coder
still sees the suggestion untouched. A lead curating writes the final layer under the same rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.team import team_server

from gui import cli
from gui.core import adjudication, editing
from gui.core.library import Library
from gui.core.model import Annotation, Article

CODEBOOK = Path(__file__).resolve().parents[3] / "resources" / "codebooks" / "policy-documents.json"
BODY = "省委书记林武在太原主持会议。商黎光出席。"


@pytest.fixture()
def team(pg_cluster, capsys):  # noqa: ANN001, ANN201
    url = team_server(pg_cluster, "coding", coders=("li", "wang"), leads=("zhao",))
    assert cli.main(["codebook", "import", str(CODEBOOK), "--db", url]) == 0
    with Library.open(url) as owner:  # the database's owner: not on the team, works as ''
        assert owner.coder == "" and owner.login is None
        owner.store.add_article(
            Article(title="会议", body=BODY, published="2022-03-25"),
            [Annotation("entity", "PER", 4, 6, "林武"), Annotation("entity", "PER", 14, 17, "商黎光"),
             Annotation("entity", "LOC", 7, 9, "太原")],
        )  # fmt: skip
    capsys.readouterr()
    return lambda user: url.replace("postgres@", f"{user}@")


def _layer(library: Library, article_id: int, coder: str) -> list[tuple[str, str, str]]:
    return sorted((a.text, a.label, a.status) for a in library.annotations(article_id) if a.coder == coder)


def _shown(library: Library, article_id: int, text: str) -> Annotation:
    return next(a for a in editing.shown(library.annotations(article_id), library.coder) if a.text == text)


def test_a_coder_works_on_the_shared_suggestions_in_their_own_layer(team) -> None:  # noqa: ANN001
    with Library.open(team("li")) as li:
        assert li.coder == "li" and li.login == ("li", False)
        (article_id,) = li.article_ids()
        article = li.article(article_id)
        assert article is not None
        suggestions = _layer(li, article_id, "")

        accept = editing.accept(li, _shown(li, article_id, "林武"))
        reject = editing.reject(li, _shown(li, article_id, "太原"))
        relabel = editing.relabel(li, _shown(li, article_id, "商黎光"), "ORG")
        for edit in (accept, reject, relabel):
            assert edit is not None
            li.apply(edit)
        tag = editing.tag(li, article, li.annotations(article_id), 0, 2, "LOC")
        assert tag is not None
        li.apply(tag)
        li.apply(li.set_code("article", article_id, "instrument", "供给型"))
        li.set_note(article_id, "太原不是机构")

        assert _layer(li, article_id, "li") == [
            ("商黎光", "ORG", "accepted"), ("太原", "LOC", "rejected"), ("林武", "PER", "accepted"),
            ("省委", "LOC", "accepted"),
        ]  # fmt: skip
        assert _layer(li, article_id, "") == suggestions  # the library's layer is as it was
        # What li sees: their copies instead of the suggestions they decided.
        seen = editing.shown(li.annotations(article_id), "li")
        assert {a.coder for a in seen} == {"li"} and len(seen) == 4
        assert li.store.code("article", article_id, "instrument", "li") == "供给型"
        assert li.note(article_id) == "太原不是机构"

        li.apply(relabel, forward=False)  # undo takes li's copy away, the suggestion shows again
        assert _shown(li, article_id, "商黎光").coder == "" and _shown(li, article_id, "商黎光").label == "PER"

    with Library.open(team("wang")) as wang:
        assert wang.coder == "wang"
        assert all(
            a.coder == "" and a.status == "suggested" for a in editing.shown(wang.annotations(article_id), "wang")
        )
        assert wang.store.code("article", article_id, "instrument", "wang") is None and wang.note(article_id) == ""
        edit = editing.accept(wang, _shown(wang, article_id, "太原"))
        assert edit is not None
        wang.apply(edit)
        assert _layer(wang, article_id, "wang") == [("太原", "LOC", "accepted")]
        assert ("太原", "LOC", "rejected") in _layer(wang, article_id, "li")  # li's rows untouched


def test_a_lead_curating_writes_the_final_layer(team) -> None:  # noqa: ANN001
    for coder, label in (("li", "LOC"), ("wang", "LOC")):
        with Library.open(team(coder)) as library:
            (article_id,) = library.article_ids()
            edit = editing.relabel(library, _shown(library, article_id, "太原"), "ORG" if coder == "li" else label)
            accepted = editing.accept(library, _shown(library, article_id, "林武"))
            for step in (edit, accepted):
                if step is not None:
                    library.apply(step)
    with Library.open(team("zhao")) as zhao:
        assert zhao.coder == "zhao" and zhao.login == ("zhao", True)
        zhao.coder = adjudication.FINAL  # what curation mode does
        applied = adjudication.apply_agreements(zhao, article_id, decided_by="zhao")
        assert applied is not None
        decided = adjudication.decide(zhao, article_id, "entity:7-9", "take", "li", decided_by="zhao")
        final = _layer(zhao, article_id, "")
        assert ("林武", "PER", "accepted") in final and ("太原", "ORG", "accepted") in final
        zhao.apply(decided, forward=False)  # undo, under the same rules
        assert ("太原", "ORG", "accepted") not in _layer(zhao, article_id, "")
