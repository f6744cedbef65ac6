"""Adjudication: the lead decides the coders' disagreements into the final layer (issue 17).

The items and their coders' versions are gui/core/adjudication_items.py's. What all coders of an
article agree on is written to the final layer (the library's own, '') by `apply_agreements`:
the window calls it when the lead opens an article in curation mode, a script or the round-trip
test calls it directly. Each disagreement is decided by `decide`: take coder X's version, take
none, or edit (the final layer keeps its version, or gets a copy of the first coder's, to change
by hand). Both write in one transaction and record a row per item in the store's `decisions`
(who decided, when, and the coders' versions then: if a coder's layer changes later, the item is
open again). They return a `DecisionEdit` that `Library.apply` writes again or reverses, so the
window's undo stack takes it like any other edit. Adjudication never teaches the lexicon.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from gui.core import corrections
from gui.core.adjudication_items import ACTIONS, FINAL, Curation, Item, curation, overlap
from gui.core.corrections import EDIT_LOCK_WAIT, CodeEdit, Edit
from gui.core.errors import InputError
from gui.core.messages import msg
from gui.core.model import Annotation, now_iso
from gui.core.store import LibraryStore
from gui.core.store.decisions import DecisionRow

if TYPE_CHECKING:
    from gui.core.library import Library

__all__ = [
    "ACTIONS",
    "FINAL",
    "Curation",
    "DecisionEdit",
    "Item",
    "apply_agreements",
    "apply_edit",
    "curation",
    "decide",
]


@dataclass(slots=True)
class DecisionEdit:
    """Decisions written together: the edits of the final layer, in order, and the decision rows
    before (None: none) and after. `Library.apply` writes it again or reverses it."""

    article_id: int
    steps: list[Edit | CodeEdit] = field(default_factory=list)
    rows_before: dict[str, DecisionRow | None] = field(default_factory=dict)
    rows_after: dict[str, DecisionRow] = field(default_factory=dict)
    description: str = ""


# -- writing the final layer ------------------------------------------------------------------


def _reject(annotation: Annotation) -> Edit | None:
    """Out of the final layer: a suggestion is rejected (never proposed again), a manual one removed."""
    if annotation.status == "rejected":
        return None
    if annotation.origin == "manual":
        return Edit(annotation.article_id or 0, annotation, None, description="Adjudicate")
    return Edit(
        annotation.article_id or 0, annotation, replace(annotation, status="rejected"), description="Adjudicate"
    )


def _accepted(annotation: Annotation, **fields: Any) -> Edit | None:
    fields.setdefault("status", "accepted")
    after = replace(annotation, **fields)
    return (
        None if after == annotation else Edit(annotation.article_id or 0, annotation, after, description="Adjudicate")
    )


def _write(store: LibraryStore, edit: DecisionEdit, step: Edit | CodeEdit | None) -> None:
    if step is not None:
        corrections.apply(store, step)
        edit.steps.append(step)


def _clear_codes(store: LibraryStore, edit: DecisionEdit, directive: Annotation) -> None:
    """Before a final directive is removed, its codes (so that undo puts them back too)."""
    assert directive.id is not None
    for row in store.codes("directive", [directive.id]):
        if row.coder == FINAL:
            step = CodeEdit(edit.article_id, "directive", directive.id, row.variable, FINAL, row.value, None)
            _write(store, edit, step)


def _set_entity(store: LibraryStore, edit: DecisionEdit, item: Item, labels: Sequence[str] | None) -> None:
    here = [
        a
        for a in store.annotations(edit.article_id, "entity")
        if a.coder == FINAL and (a.start, a.end) == (item.start, item.end)
    ]
    wanted = set(labels or ())
    for a in here:
        if a.label not in wanted:
            _write(store, edit, _reject(a))
    for label in sorted(wanted):
        same = next((a for a in here if a.label == label), None)
        if same is not None:
            _write(store, edit, _accepted(same))
            continue
        article = store.get_article(edit.article_id)
        assert article is not None
        text = article.body[item.start : item.end]
        new = Annotation(
            "entity", label, item.start, item.end, text, origin="manual", status="accepted", article_id=edit.article_id
        )
        _write(store, edit, Edit(edit.article_id, None, new, description="Adjudicate"))


def _final_directives(store: LibraryStore, article_id: int, item: Item) -> list[Annotation]:
    """The final layer's directives of the item (overlapping its span), the closest first."""
    found = [
        a
        for a in store.annotations(article_id, "directive")
        if a.coder == FINAL and a.status != "rejected" and overlap((a.start, a.end), (item.start, item.end)) > 0
    ]
    return sorted(found, key=lambda a: -overlap((a.start, a.end), (item.start, item.end)))


def _coded_by_coders(store: LibraryStore, directives: Sequence[Annotation]) -> set[int]:
    ids = [a.id for a in directives if a.id is not None]
    return {r.unit_id for r in store.codes("directive", ids) if r.coder != FINAL}


def _set_directive(store: LibraryStore, edit: DecisionEdit, item: Item, version: dict[str, Any] | None) -> None:
    finals = _final_directives(store, edit.article_id, item)
    # A suggestion a coder coded is part of their version: only its status may change.
    coded = _coded_by_coders(store, finals)
    start, end, attrs = (version["start"], version["end"], dict(version["attrs"])) if version else (0, 0, {})
    fits = [a for a in finals if a.id not in coded or (a.start, a.end, a.attrs) == (start, end, attrs)]
    keep = fits[0] if fits and version is not None else None
    for a in finals:
        if a is keep:
            continue
        if a.id in coded:
            _write(store, edit, _accepted(a, status="rejected") if a.status != "rejected" else None)
            continue
        if a.origin == "manual":
            _clear_codes(store, edit, a)
        _write(store, edit, _reject(a))
    if version is None:
        return
    article = store.get_article(edit.article_id)
    assert article is not None
    if keep is not None:
        _write(store, edit, _accepted(keep, start=start, end=end, text=article.body[start:end], attrs=attrs))
        return
    new = Annotation(
        "directive",
        "DIRECTIVE",
        start,
        end,
        article.body[start:end],
        attrs,
        "manual",
        "accepted",
        article_id=edit.article_id,
    )
    _write(store, edit, Edit(edit.article_id, None, new, description="Adjudicate"))


def _set_code(store: LibraryStore, edit: DecisionEdit, item: Item, value: Any, items: dict[str, Item]) -> bool:
    """Write the final layer's code; False when a directive's code has no final directive to go on."""
    unit, unit_id = "article", edit.article_id
    if item.unit != "article":
        finals = _final_directives(store, edit.article_id, items[item.unit])
        if not finals or finals[0].id is None:
            return False
        unit, unit_id = "directive", finals[0].id
    before = store.code(unit, unit_id, item.variable, FINAL)
    if before != value:
        _write(store, edit, CodeEdit(edit.article_id, unit, unit_id, item.variable, FINAL, before, value))
    return True


def _set_final(store: LibraryStore, edit: DecisionEdit, item: Item, version: Any, items: dict[str, Item]) -> bool:
    if item.kind == "entity":
        _set_entity(store, edit, item, version)
    elif item.kind == "directive":
        _set_directive(store, edit, item, version)
    else:
        return _set_code(store, edit, item, version, items)
    return True


def _record(store: LibraryStore, edit: DecisionEdit, item: Item, action: str, coder: str, decided_by: str) -> None:
    if item.key not in edit.rows_before:
        edit.rows_before[item.key] = next((r for r in store.decisions(edit.article_id) if r.item == item.key), None)
    row = DecisionRow(edit.article_id, item.key, action, coder, item.fingerprint(), decided_by, now_iso())
    store.set_decision(row)
    edit.rows_after[item.key] = row


def _agree(store: LibraryStore, edit: DecisionEdit, decided_by: str) -> None:
    """Write the agreed items not yet recorded; again while a write makes more possible (a
    directive's codes follow once the directive is in the final layer)."""
    tried: set[str] = set()
    while True:
        items = {i.key: i for i in curation(store, edit.article_id).items}
        pending = [i for i in items.values() if i.agreed and i.decision is None and i.key not in tried]
        if not pending:
            return
        for item in pending:
            tried.add(item.key)
            if _set_final(store, edit, item, next(iter(item.versions.values())), items):
                _record(store, edit, item, "agreed", "", decided_by)


def apply_agreements(library: Library, article_id: int, decided_by: str | None = None) -> DecisionEdit | None:
    """Write what all the article's coders agree on to the final layer (items not yet recorded);
    None when there was nothing to write."""
    library._must_be_writable()
    store = library.store
    edit = DecisionEdit(article_id, description="Apply agreements")
    with store.transaction(wait=EDIT_LOCK_WAIT):
        _agree(store, edit, library.coder if decided_by is None else decided_by)
    return edit if edit.rows_after else None


def decide(
    library: Library, article_id: int, key: str, action: str, coder: str = "", decided_by: str | None = None
) -> DecisionEdit:
    """Decide an item: `take` coder's version, `none`, or `edit` (the final layer gets a copy of the
    first coder's version, or keeps its own, for the lead to change by hand). Agreements that the
    decision makes possible (a directive's codes) are written with it."""
    library._must_be_writable()
    store = library.store
    current = curation(store, article_id)
    item = current.item(key)
    if action not in ACTIONS:
        raise InputError(msg("adjudication.bad_action", action=action))
    if action == "take" and coder not in item.versions:
        raise InputError(msg("adjudication.no_coder", coder=coder, item=key))
    if action == "take":
        version = item.versions[coder]
    elif action == "none":
        version, coder = None, ""
    else:
        present = [v for v in item.versions.values() if v is not None]
        version, coder = (item.final if item.final is not None else (present[0] if present else None)), ""
    edit = DecisionEdit(article_id, description=f"Decide {key}")
    who = library.coder if decided_by is None else decided_by
    with store.transaction(wait=EDIT_LOCK_WAIT):
        if not _set_final(store, edit, item, version, {i.key: i for i in current.items}):
            raise InputError(msg("adjudication.no_directive", variable=item.variable))
        _record(store, edit, item, action, coder, who)
        _agree(store, edit, who)
    return edit


def apply_edit(store: LibraryStore, edit: DecisionEdit, forward: bool = True) -> None:
    """Write a DecisionEdit again (redo) or reverse it (undo), in one transaction."""
    with store.transaction(wait=EDIT_LOCK_WAIT):
        for step in edit.steps if forward else reversed(edit.steps):
            corrections.apply(store, step, forward)
        for key, before in edit.rows_before.items():
            row = edit.rows_after[key] if forward else before
            if row is None:
                store.delete_decision(edit.article_id, key)
            else:
                store.set_decision(row)


# -- a whole library -----------------------------------------------------------------------------


@dataclass(slots=True)
class AdjudicationSummary:
    articles: int = 0  # articles of two or more coders
    adjudicated: int = 0
    agreed: int = 0
    open: int = 0


def summary(library: Library, article_ids: Sequence[int] | None = None) -> AdjudicationSummary:
    """How far adjudication has come over the articles of two or more coders."""
    result = AdjudicationSummary()
    for article_id in library.store.multi_coder_articles(article_ids):
        current = curation(library.store, article_id)
        result.articles += 1
        result.adjudicated += current.adjudicated
        result.agreed += len(current.agreed)
        result.open += len(current.open)
    return result
