"""What an editor's keys and clicks mean, as operations on a library.

Each operation reads the article's annotations as shown (`annotations`) and returns
the reversible edit it stands for (gui/core/corrections.py), or None when there is
nothing to change. Nothing is written here: the caller writes the edit with
`Library.apply` and keeps it for undo (the window's undo stack does). So the rules —
that deleting a manual annotation deletes it and an automatic one is rejected, which
sentences a directive covers, who issues it — live here once, for the window, the
command line and tests without a display.

Every edit is the current coder's (`library.coder`): what they add is theirs, and a suggestion
(or any annotation of the library's own layer) they accept, reject or change becomes theirs.
Another coder's annotation is read-only: operations on it return None. On a team's server
library the library's layer is shared by every coder (and PostgreSQL lets only a lead change
it), so there a coder's change to one of its annotations is a copy in the coder's own layer,
which hides the library's annotation of that span from them (`shown`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from gui.core import corrections
from gui.core.corrections import Edit, StatusEdit
from gui.core.library import Library
from gui.core.model import Annotation, Article
from gui.core.nlp.directives import DirectiveDetector
from gui.core.nlp.sentences import sentences_touching
from gui.core.vocabulary import DIRECTIVE_LABEL, ISSUER_KINDS


def editable(library: Library, annotation: Annotation) -> bool:
    """The current coder may change their own annotations and the library's own layer ('')."""
    return annotation.coder in ("", library.coder)


def _copies(library: Library, annotation: Annotation) -> bool:
    """A named coder's change to the shared library layer of a server library is their own copy."""
    return library.login is not None and bool(library.coder) and annotation.coder == ""


def _change(library: Library, annotation: Annotation, description: str = "", **fields: Any) -> Edit | None:
    """A change by the current coder: the annotation becomes theirs."""
    if not editable(library, annotation):
        return None
    edit = corrections.change(library.store, annotation, description=description, coder=library.coder, **fields)
    if _copies(library, annotation) and edit.after is not None:
        edit.before, edit.after = None, replace(edit.after, id=None, updated_at="")
    return edit


def _remove(library: Library, annotation: Annotation) -> Edit | None:
    if not editable(library, annotation):
        return None
    if _copies(library, annotation):
        return _change(library, annotation, status="rejected")
    return corrections.remove(library.store, annotation)


def shown(annotations: Sequence[Annotation], coder: str) -> list[Annotation]:
    """The library's layer and this coder's, without the library's annotations the coder has
    their own copy of (same kind and span): what the coder sees and edits."""
    mine = {(a.kind, a.start, a.end) for a in annotations if a.coder == coder} if coder else set()
    return [
        a
        for a in annotations
        if a.coder == coder or (a.coder == "" and (not coder or (a.kind, a.start, a.end) not in mine))
    ]


def same_entity(annotations: Sequence[Annotation], start: int, end: int, label: str) -> Annotation | None:
    """The entity of this span and label, whatever its status."""
    return next(
        (a for a in annotations if a.kind == "entity" and (a.start, a.end, a.label) == (start, end, label)), None
    )


def tag(
    library: Library, article: Article, annotations: Sequence[Annotation], start: int, end: int, label: str
) -> Edit | None:
    """Tag body[start:end] with a label. If that entity is already there (a suggestion, or
    rejected), accepting it is what was meant; None when it is there and accepted."""
    assert article.id is not None
    same = same_entity(annotations, start, end, label)
    if same is not None:
        return accept(library, same)
    new = Annotation("entity", label, start, end, article.body[start:end], article_id=article.id, coder=library.coder)
    return corrections.add(library.store, new)


def relabel(library: Library, annotation: Annotation, label: str) -> Edit | None:
    """Give an entity another label (the editor's word: it becomes accepted)."""
    if annotation.kind != "entity" or annotation.label == label:
        return None
    return _change(library, annotation, label=label, status="accepted")


def accept(library: Library, annotation: Annotation) -> Edit | None:
    return set_status(library, annotation, "accepted")


def reject(library: Library, annotation: Annotation) -> Edit | None:
    """Reject: a manual annotation is deleted (nobody proposed it); an automatic one is marked
    rejected, so re-tagging never proposes it again."""
    if annotation.origin == "manual":
        return _remove(library, annotation)
    if annotation.status == "rejected":
        return None
    return _change(library, annotation, status="rejected")


def set_status(library: Library, annotation: Annotation, status: str) -> Edit | None:
    """Accept or reject (see `reject`); None when the annotation already has that status."""
    if status == "rejected":
        return reject(library, annotation)
    if annotation.status == status:
        return None
    return _change(library, annotation, status=status)


def delete(library: Library, annotation: Annotation) -> Edit | None:
    """Delete: a suggestion is rejected (so it is never proposed again); an annotation
    someone accepted or rejected is removed."""
    if annotation.status == "suggested":
        return _change(library, annotation, status="rejected")
    return _remove(library, annotation)


def directive_at(annotations: Sequence[Annotation], offset: int) -> Annotation | None:
    """The directive (not a rejected one) that covers this offset."""
    return next(
        (a for a in annotations if a.kind == "directive" and a.status != "rejected" and a.start <= offset < a.end),
        None,
    )


def mark_directive(
    library: Library, article: Article, annotations: Sequence[Annotation], start: int, end: int
) -> Edit | None:
    """Mark as a directive the whole sentences that start..end touches (a cursor when start == end),
    with the detector's reading of them (given the title, as when tagging, so a document's provision
    is the document's): its own attributes if it found a directive there, else the speaker at that
    point as issuer. None where there is no sentence (a blank line)."""
    assert article.id is not None
    span = sentences_touching(article.body, start, end)
    if span is None:
        return None
    first, last = span
    entities = [a for a in annotations if a.kind == "entity" and a.status != "rejected"]
    attrs = DirectiveDetector(library.topics()).reading(article.body, first, last, entities, article.title)
    new = Annotation(
        "directive",
        DIRECTIVE_LABEL,
        first,
        last,
        article.body[first:last],
        attrs=attrs,
        article_id=article.id,
        coder=library.coder,
    )
    return corrections.add(library.store, new)


def unmark_directive(library: Library, directive: Annotation) -> Edit | None:
    """Take a directive back: one marked by hand is deleted, a suggestion is rejected."""
    return reject(library, directive)


def toggle_directive(
    library: Library,
    article: Article,
    annotations: Sequence[Annotation],
    start: int,
    end: int,
    at: int | None = None,
) -> Edit | None:
    """D: unmark the directive at `at` (default `start`), or mark the sentences start..end touches as one."""
    existing = directive_at(annotations, start if at is None else at)
    if existing is not None:
        return unmark_directive(library, existing)
    return mark_directive(library, article, annotations, start, end)


def set_directive_attrs(
    library: Library, directive: Annotation, attrs: dict[str, Any], description: str = ""
) -> Edit | None:
    """New issuer, addressee, strength or topic. Editing a suggestion accepts it, so that
    re-tagging (which replaces suggestions only) keeps the editor's work."""
    if attrs == directive.attrs:
        return None
    return _change(library, directive, attrs=dict(attrs), description=description)


def set_article_status(library: Library, article_id: int, status: str) -> StatusEdit | None:
    """Mark an article new, in progress or done; None when it already is."""
    article = library.article(article_id)
    if article is None or article.status == status:
        return None
    return corrections.set_status(library.store, article_id, status)


def speakers(annotations: Sequence[Annotation]) -> list[str]:
    """Who can issue directives in an article: the people, meetings, documents, organisations and
    posts tagged in it (not rejected), and the issuers its directives already have."""
    found = [a.text for a in annotations if a.kind == "entity" and a.label in ISSUER_KINDS and a.status != "rejected"]
    found += [str(a.attrs.get("issuer", "")) for a in annotations if a.kind == "directive"]
    return [s for s in dict.fromkeys(found) if s]


def focus_after(edit: Edit | StatusEdit, forward: bool = True) -> int | None:
    """The annotation to show as current once the edit (or its undo) is written: the one it made
    or changed; None when it deleted one or concerns the article."""
    if isinstance(edit, StatusEdit):
        return None
    target = edit.after if forward else edit.before
    return target.id if target is not None else None
