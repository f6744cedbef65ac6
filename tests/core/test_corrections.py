"""Corrections as reversible edits, and what they teach the lexicon."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core import corrections
from gui.core.model import Annotation, Article
from gui.core.store import Store

BODY = "省委副书记商黎光出席会议。从严治党要求严格。"


@pytest.fixture()
def store(tmp_path: Path):
    with Store(tmp_path / "lib.sqlite") as s:
        s.add_article(
            Article(title="t", body=BODY),
            [
                Annotation("entity", "POST", 0, 5, "省委副书记"),
                Annotation("entity", "PER", 13, 17, "从严治党"),  # a wrong automatic person name
            ],
        )
        yield s


def rows(store: Store) -> set[tuple[str, str, str, str]]:
    return {(a.text, a.label, a.origin, a.status) for a in store.annotations(1)}


def test_adding_by_hand_teaches_the_term_and_undo_forgets_it(store: Store) -> None:
    edit = corrections.add(store, Annotation("entity", "PER", 5, 8, "商黎光", article_id=1))
    corrections.apply(store, edit)
    assert ("商黎光", "PER", "manual", "accepted") in rows(store)
    assert store.lexicon() == [("商黎光", "PER", "user", "add")]
    assert store.get_article(1).status == "in_progress"

    corrections.apply(store, edit, forward=False)
    assert ("商黎光", "PER", "manual", "accepted") not in rows(store)
    assert store.lexicon() == []

    corrections.apply(store, edit)  # redo restores the same row
    assert [a.id for a in store.annotations(1) if a.text == "商黎光"] == [edit.after.id]


def test_deleting_an_automatic_entity_blocks_it(store: Store) -> None:
    wrong = next(a for a in store.annotations(1) if a.text == "从严治党")
    edit = corrections.remove(store, wrong)
    corrections.apply(store, edit)
    assert "从严治党" not in {t for t, *_ in rows(store)}
    assert store.lexicon() == [("从严治党", "PER", "user", "block")]
    corrections.apply(store, edit, forward=False)
    assert ("从严治党", "PER", "auto", "suggested") in rows(store)
    assert store.lexicon() == []


def test_rejecting_blocks_and_relabelling_moves_the_term(store: Store) -> None:
    wrong = next(a for a in store.annotations(1) if a.text == "从严治党")
    corrections.apply(store, corrections.change(store, wrong, status="rejected"))
    assert store.lexicon() == [("从严治党", "PER", "user", "block")]

    post = next(a for a in store.annotations(1) if a.text == "省委副书记")
    edit = corrections.change(store, post, label="ORG")
    corrections.apply(store, edit)
    assert set(store.lexicon()) == {
        ("从严治党", "PER", "user", "block"),
        ("省委副书记", "POST", "user", "block"),
        ("省委副书记", "ORG", "user", "add"),
    }
    corrections.apply(store, edit, forward=False)
    assert ("省委副书记", "POST", "auto", "suggested") in rows(store)
    assert store.lexicon() == [("从严治党", "PER", "user", "block")]


def test_accepting_changes_status_only(store: Store) -> None:
    post = next(a for a in store.annotations(1) if a.text == "省委副书记")
    corrections.apply(store, corrections.change(store, post, status="accepted"))
    assert ("省委副书记", "POST", "auto", "accepted") in rows(store)
    assert store.lexicon() == []


def test_status_edits_undo(store: Store) -> None:
    edit = corrections.set_status(store, 1, "done")
    corrections.apply(store, edit)
    assert store.get_article(1).status == "done"
    corrections.apply(store, edit, forward=False)
    assert store.get_article(1).status == "new"
