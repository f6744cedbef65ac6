"""Two coders editing the same annotation at once, on both backends: the second write is
refused with the current state (one coded line), nothing is overwritten, and undo and redo of
one's own edits are no conflicts."""

from __future__ import annotations

import pytest
from helpers.backends import Backend

from gui.core import corrections
from gui.core.errors import LibraryError
from gui.core.messages import message_of
from gui.core.model import Annotation, Article

BODY = "国务院要求各地加强管理，商黎光出席会议。"


def _library(backend: Backend) -> int:
    with backend.open() as store:
        article_id = store.add_article(
            Article("标题", BODY),
            [Annotation("entity", "ORG", 0, 3, "国务院"), Annotation("entity", "PER", 11, 14, "商黎光")],
        )
    assert article_id is not None
    return article_id


def _entity(store, article_id: int, text: str) -> Annotation:  # type: ignore[no-untyped-def]
    return next(a for a in store.annotations(article_id) if a.text == text)


def test_the_second_of_two_changes_to_one_annotation_is_refused_with_the_current_state(
    store_backend: Backend,
) -> None:
    article_id = _library(store_backend)
    with store_backend.open() as li, store_backend.open() as wang:
        seen_by_li, seen_by_wang = _entity(li, article_id, "国务院"), _entity(wang, article_id, "国务院")
        corrections.apply(li, corrections.change(li, seen_by_li, label="GOV"))
        wang_edit = corrections.change(wang, seen_by_wang, status="rejected")
        with pytest.raises(LibraryError) as caught:
            corrections.apply(wang, wang_edit)
        line = message_of(caught.value)
        assert line.code == "annotation.conflict" and line.params["label"] == "GOV" and "\n" not in str(line)
        assert (_entity(wang, article_id, "国务院").label, _entity(wang, article_id, "国务院").status) == (
            "GOV",
            "accepted",
        )
        # Made again on the state now shown, wang's edit is written.
        corrections.apply(wang, corrections.change(wang, _entity(wang, article_id, "国务院"), status="rejected"))
        assert _entity(li, article_id, "国务院").status == "rejected"


def test_deleting_what_another_changed_or_changing_what_another_deleted_is_refused(store_backend: Backend) -> None:
    article_id = _library(store_backend)
    with store_backend.open() as li, store_backend.open() as wang:
        a_li, a_wang = _entity(li, article_id, "商黎光"), _entity(wang, article_id, "商黎光")
        corrections.apply(li, corrections.change(li, a_li, label="POST"))
        with pytest.raises(LibraryError) as caught:
            corrections.apply(wang, corrections.remove(wang, a_wang))
        assert message_of(caught.value).code == "annotation.conflict"
        assert _entity(li, article_id, "商黎光").label == "POST"  # still there, li's
        b_li, b_wang = _entity(li, article_id, "国务院"), _entity(wang, article_id, "国务院")
        corrections.apply(li, corrections.remove(li, b_li))
        with pytest.raises(LibraryError) as caught:
            corrections.apply(wang, corrections.change(wang, b_wang, label="GOV"))
        assert message_of(caught.value).code == "annotation.gone"
        assert [a.text for a in wang.annotations(article_id)] == ["商黎光"]


@pytest.mark.parametrize("clock", ["real", "one millisecond"])
def test_undo_and_redo_of_ones_own_edits_are_no_conflicts_until_another_coder_writes(
    store_backend: Backend, clock: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if clock == "one millisecond":  # every write in the same millisecond: stamps repeat (it failed in CI once)
        monkeypatch.setattr("gui.core.store.annotations.now_iso", lambda: "2026-12-07T05:43:01.801Z")
    article_id = _library(store_backend)
    with store_backend.open() as li, store_backend.open() as wang:
        edits = [corrections.change(li, _entity(li, article_id, "国务院"), label="GOV")]
        corrections.apply(li, edits[0])
        edits.append(corrections.change(li, _entity(li, article_id, "国务院"), status="rejected"))
        corrections.apply(li, edits[1])
        edits.append(corrections.remove(li, _entity(li, article_id, "商黎光")))
        corrections.apply(li, edits[2])
        for edit in reversed(edits):  # undo all, quickly: within one millisecond stamps still move
            corrections.apply(li, edit, forward=False)
        assert {(a.text, a.label, a.status) for a in wang.annotations(article_id)} == {
            ("国务院", "ORG", "suggested"),
            ("商黎光", "PER", "suggested"),
        }
        for edit in edits:  # and redo all
            corrections.apply(li, edit)
        assert {(a.text, a.label, a.status) for a in wang.annotations(article_id)} == {("国务院", "GOV", "rejected")}
        # wang changes it; li's undo would overwrite wang's work: refused.
        corrections.apply(wang, corrections.change(wang, _entity(wang, article_id, "国务院"), label="ORG"))
        with pytest.raises(LibraryError) as caught:
            corrections.apply(li, edits[1], forward=False)
        assert message_of(caught.value).code == "annotation.conflict"
        assert _entity(li, article_id, "国务院").label == "ORG"
