"""An editor's corrections as reversible edits, and what they teach the lexicon.

Every change an editor makes to an article's annotations is an `Edit`: the
annotation before and after (None for "did not exist") plus the lexicon rows it
changes; a code given to an article or a directive is a `CodeEdit` (its value before
and after, made by Library.set_code). `apply` writes it in one transaction, forwards (do/redo) or backwards
(undo), so the window's undo stack needs no logic of its own and nothing is
shown as done before it is in the library.

What corrections teach (entities only): tagging a term by hand adds it to the
user's lexicon for that label; deleting, rejecting or relabelling an automatic
suggestion blocks the term for the old label, so re-tagging never proposes it again.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from gui.core.model import Annotation
from gui.core.store import LibraryStore

LexiconKey = tuple[str, str]  # (term, label)


@dataclass(slots=True)
class Edit:
    article_id: int
    before: Annotation | None
    after: Annotation | None
    lexicon_before: dict[LexiconKey, str | None] = field(default_factory=dict)
    lexicon_after: dict[LexiconKey, str | None] = field(default_factory=dict)
    description: str = ""
    # The article's status before the edit first moved it from new to in progress: undoing
    # that edit makes the article new again, so undoing every edit leaves it as it was.
    article_status_before: str | None = None


@dataclass(slots=True)
class CodeEdit:
    """A code set, changed or cleared: its value before and after (None for "no code")."""

    article_id: int  # the article coded, or the one the coded directive is in
    unit: str
    unit_id: int
    variable: str
    coder: str
    before: Any
    after: Any
    description: str = ""
    article_status_before: str | None = None  # as Edit's: undoing every edit leaves the article new


@dataclass(slots=True)
class StatusEdit:
    article_id: int
    before: str
    after: str
    description: str = ""


def _lexicon_state(store: LibraryStore, keys: set[LexiconKey]) -> dict[LexiconKey, str | None]:
    rows = {(row.term, row.label): row.action for row in store.lexicon_terms(keys)}
    return {key: rows.get(key) for key in keys}


def _learn(store: LibraryStore, edit: Edit, changes: dict[LexiconKey, str | None]) -> Edit:
    edit.lexicon_before = _lexicon_state(store, set(changes))
    edit.lexicon_after = dict(changes)
    return edit


def _teaches(annotation: Annotation | None) -> bool:
    return annotation is not None and annotation.kind == "entity" and len(annotation.text.strip()) >= 2


def _forget_or_block(annotation: Annotation, store: LibraryStore) -> str | None:
    """What removing this entity means for its term: block an automatic one, forget a taught one."""
    if annotation.origin == "auto":
        return "block"
    current = _lexicon_state(store, {(annotation.text, annotation.label)})
    return (
        None if current[(annotation.text, annotation.label)] == "add" else current[(annotation.text, annotation.label)]
    )


def add(store: LibraryStore, annotation: Annotation, description: str = "") -> Edit:
    """A new annotation made by the editor (manual and accepted)."""
    assert annotation.article_id is not None
    new = replace(annotation, id=None, origin="manual", status="accepted")
    edit = Edit(annotation.article_id, None, new, description=description or f"Add {new.label} {new.text}")
    if _teaches(new):
        _learn(store, edit, {(new.text, new.label): "add"})
    return edit


def remove(store: LibraryStore, annotation: Annotation, description: str = "") -> Edit:
    """Delete an annotation outright (an automatic entity's term is blocked for its label)."""
    assert annotation.article_id is not None
    edit = Edit(annotation.article_id, annotation, None, description=description or f"Delete {annotation.text}")
    if _teaches(annotation):
        _learn(store, edit, {(annotation.text, annotation.label): _forget_or_block(annotation, store)})
    return edit


def change(store: LibraryStore, annotation: Annotation, description: str = "", **fields: Any) -> Edit:
    """Change label, status, span or attributes of an annotation.

    Changing anything but the status of a suggestion is the editor's work: it becomes
    accepted, so re-tagging (which replaces suggestions only) keeps it.
    """
    assert annotation.article_id is not None
    after = replace(annotation, **fields)  # Annotation's own fields, of several types: replace() checks the names
    if "status" not in fields and annotation.status == "suggested" and after != annotation:
        after = replace(after, status="accepted")
    edit = Edit(annotation.article_id, annotation, after, description=description or f"Change {annotation.text}")
    if not _teaches(annotation):
        return edit
    term = annotation.text
    if after.label != annotation.label:
        _learn(store, edit, {(term, annotation.label): _forget_or_block(annotation, store), (term, after.label): "add"})
    elif after.status == "rejected" and annotation.status != "rejected":
        _learn(store, edit, {(term, annotation.label): "block"})
    elif annotation.status == "rejected" and after.status != "rejected" and annotation.origin == "auto":
        _learn(store, edit, {(term, annotation.label): None})  # un-rejecting lifts the block
    return edit


# How long an edit waits for another process's write (an import's or re-tag's batch takes
# well under a second). The window's thread waits here: a busy library must give a message
# to try again in a moment, never a frozen window.
EDIT_LOCK_WAIT = 1.0


def apply(store: LibraryStore, edit: Edit | StatusEdit | CodeEdit, forward: bool = True) -> None:
    """Write an edit (or its reverse) and its lexicon changes in one transaction."""
    with store.transaction(wait=EDIT_LOCK_WAIT):
        if isinstance(edit, StatusEdit):
            store.set_article_status(edit.article_id, edit.after if forward else edit.before)
            return
        if isinstance(edit, CodeEdit):
            value = edit.after if forward else edit.before
            store.set_code(edit.unit, edit.unit_id, edit.variable, value, edit.coder)
            _follow_status(store, edit, forward)
            return
        old, new = (edit.before, edit.after) if forward else (edit.after, edit.before)
        if old is None and new is not None:
            if new.id is None:
                store.add_annotation(new)  # assigns the id that undo and redo reuse
            else:
                store.restore_annotation(new)
        elif new is None and old is not None:
            assert old.id is not None  # an annotation to delete was stored, so it has an id
            store.delete_annotation(old.id, expected=old.updated_at or None)
        elif new is not None:
            # The stamp `old` carries is the one this edit was made on (or, undoing or redoing,
            # the one the last apply wrote): another coder's write since makes it a conflict.
            store.update_annotation(new, expected=old.updated_at if old is not None and old.updated_at else None)
        for (term, label), action in (edit.lexicon_after if forward else edit.lexicon_before).items():
            if action is None:
                store.remove_lexicon_term(term, label)
            else:
                store.set_lexicon_term(term, label, action)
        _follow_status(store, edit, forward)


def _follow_status(store: LibraryStore, edit: Edit | CodeEdit, forward: bool) -> None:
    """An edit makes a new article in progress; undoing the edit that did so makes it new again."""
    article = store.get_article(edit.article_id)
    status = article.status if article is not None else None
    if forward:
        if edit.article_status_before is None:
            edit.article_status_before = status
        store.mark_in_progress(edit.article_id)
    elif edit.article_status_before == "new" and status == "in_progress":
        store.set_article_status(edit.article_id, "new")


def set_status(store: LibraryStore, article_id: int, status: str) -> StatusEdit:
    article = store.get_article(article_id)
    assert article is not None
    return StatusEdit(article_id, article.status, status, f"Mark {status.replace('_', ' ')}")
