"""Adjudication's items: what the coders of an article agree and disagree on (issue 17).

For an article two or more named coders worked on, the **items** to decide, in reading order:

- an entity span (exact start and end): each coder's labels there, or none. Coders agree when
  they all gave the span the same label(s); a span only some coders have, or one coder has with
  another label, is a disagreement.
- a directive: coders' directives matched by overlapping spans (each joins the unit it overlaps
  most that has none of that coder's yet); they disagree on presence or on issuer, strength,
  addressee or topic (a span a sentence longer or shorter is not a disagreement).
- a code per variable: on the article, and on each directive (through the directive matching).

A coder's version is what they confirmed: the annotations of their layer that are not rejected,
and the library's suggested directives they coded (as they are). A suggestion no coder confirmed
is an item all coders agree is not there. The final layer is the library's own ('' coder).
Decisions (gui/core/adjudication.py) hold while the coders' versions are what they were.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from gui.core.errors import InputError
from gui.core.messages import msg
from gui.core.model import Annotation
from gui.core.store import LibraryStore
from gui.core.store.decisions import DecisionRow

DIRECTIVE_ATTRS = ("issuer", "strength", "addressee", "topic")
FINAL = ""  # the library's own layer: the final, adjudicated one
ACTIONS = ("take", "none", "edit")


@dataclass(slots=True)
class Item:
    """One thing to decide on an article: `versions` maps each coder to their version (None: they
    have none). Versions are JSON values: an entity's labels (a sorted list), a directive's
    {"start", "end", "attrs"}, a code's value."""

    key: str
    kind: str  # entity | directive | code
    start: int  # body span (article codes: -1)
    end: int
    versions: dict[str, Any]
    final: Any  # the final layer's version now
    variable: str = ""  # codes: the variable
    unit: str = ""  # codes: "article", or the directive item's key
    decision: DecisionRow | None = None  # the item's decision, if it still holds

    @property
    def agreed(self) -> bool:
        """All coders of the article gave the same version."""
        return len({_compare(self.kind, v) for v in self.versions.values()}) == 1

    @property
    def open(self) -> bool:
        """A disagreement not yet decided."""
        return not self.agreed and self.decision is None

    def fingerprint(self) -> str:
        return json.dumps(self.versions, ensure_ascii=False, sort_keys=True)


@dataclass(slots=True)
class Curation:
    """An article's items and its coders (the legend's order: coder #1 is coders[0])."""

    article_id: int
    coders: list[str]
    items: list[Item]

    @property
    def open(self) -> list[Item]:
        return [i for i in self.items if i.open]

    @property
    def agreed(self) -> list[Item]:
        return [i for i in self.items if i.agreed]

    @property
    def adjudicated(self) -> bool:
        """No disagreement left (an article of fewer than two coders has nothing to adjudicate)."""
        return not self.open

    def item(self, key: str) -> Item:
        found = next((i for i in self.items if i.key == key), None)
        if found is None:
            raise InputError(msg("adjudication.no_item", item=key, article=self.article_id))
        return found


def _compare(kind: str, version: Any) -> str:
    """What must be equal for coders to agree (a directive's attributes, not its exact span)."""
    if kind == "directive" and version is not None:
        version = {k: version["attrs"].get(k) or "" for k in DIRECTIVE_ATTRS}
    return json.dumps(version, ensure_ascii=False, sort_keys=True)


# -- reading the items ---------------------------------------------------------------------


def coders_of(store: LibraryStore, article_id: int) -> list[str]:
    """The named coders with annotations or codes on the article, by name."""
    annotations = store.annotations(article_id)
    found = {a.coder for a in annotations}
    found |= {r.coder for r in store.codes("article", [article_id])}
    found |= {r.coder for r in store.codes("directive", [a.id for a in annotations if a.id and a.kind == "directive"])}
    found.discard(FINAL)
    return sorted(found)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


@dataclass(slots=True)
class _Unit:
    """A matched directive: each coder's directive in it, and the final layer's."""

    members: dict[str, Annotation] = field(default_factory=dict)
    finals: list[Annotation] = field(default_factory=list)

    def span(self) -> tuple[int, int]:
        spans = [(a.start, a.end) for a in self.members.values()] or [(a.start, a.end) for a in self.finals]
        return min(s for s, _ in spans), max(e for _, e in spans)


def _match_directives(mine: dict[str, list[Annotation]], finals: list[Annotation]) -> list[_Unit]:
    units: list[_Unit] = []
    for coder, directives in mine.items():
        for d in directives:
            best = max(
                (u for u in units if coder not in u.members and overlap(u.span(), (d.start, d.end)) > 0),
                key=lambda u: overlap(u.span(), (d.start, d.end)),
                default=None,
            )
            if best is None:
                best = _Unit()
                units.append(best)
            best.members[coder] = d
    for f in finals:
        best = max(
            (u for u in units if u.members and overlap(u.span(), (f.start, f.end)) > 0),
            key=lambda u: overlap(u.span(), (f.start, f.end)),
            default=None,
        )
        if best is None and f.status != "rejected":
            units.append(_Unit(finals=[f]))
        elif best is not None:
            best.finals.append(f)
    return sorted(units, key=_Unit.span)


def _directive_version(a: Annotation | None) -> dict[str, Any] | None:
    return None if a is None else {"start": a.start, "end": a.end, "attrs": dict(a.attrs)}


def _entity_labels(annotations: Iterable[Annotation]) -> list[str] | None:
    labels = sorted({a.label for a in annotations if a.status != "rejected"})
    return labels or None


def curation(store: LibraryStore, article_id: int) -> Curation:
    """The article's items with their coders' versions, the final layer's and the decisions that hold."""
    coders = coders_of(store, article_id)
    if len(coders) < 2:
        return Curation(article_id, coders, [])
    annotations = store.annotations(article_id)
    directive_ids = [a.id for a in annotations if a.kind == "directive" and a.id is not None]
    directive_codes = store.codes("directive", directive_ids)
    coded_by: dict[int, set[str]] = {}
    for row in directive_codes:
        coded_by.setdefault(row.unit_id, set()).add(row.coder)
    items: list[Item] = []

    entities = [a for a in annotations if a.kind == "entity"]
    spans = sorted(
        {(a.start, a.end) for a in entities if (a.coder in coders and a.status != "rejected") or a.coder == FINAL}
    )
    for start, end in spans:
        here = [a for a in entities if (a.start, a.end) == (start, end)]
        final = _entity_labels(a for a in here if a.coder == FINAL)
        versions: dict[str, Any] = {c: _entity_labels(a for a in here if a.coder == c) for c in coders}
        if final is None and all(v is None for v in versions.values()):
            continue  # only rejected suggestions there: nothing anyone says is there
        items.append(Item(f"entity:{start}-{end}", "entity", start, end, versions, final))

    mine: dict[str, list[Annotation]] = {c: [] for c in coders}
    finals: list[Annotation] = []
    for a in annotations:
        if a.kind != "directive":
            continue
        if a.coder in mine and a.status != "rejected":
            mine[a.coder].append(a)
        elif a.coder == FINAL:
            finals.append(a)
            # A suggestion a coder coded is theirs as it was (whatever the final layer did with it since).
            for coder in coded_by.get(a.id or -1, ()):
                if coder in mine:
                    mine[coder].append(a)
    for unit in _match_directives(mine, finals):
        start, end = unit.span()
        key = f"directive:{start}-{end}"
        live = [f for f in unit.finals if f.status != "rejected"]
        versions = {c: _directive_version(unit.members.get(c)) for c in coders}
        item = Item(key, "directive", start, end, versions, _directive_version(live[0] if live else None))
        items.append(item)
        for variable in sorted(
            {r.variable for m in unit.members.values() for r in directive_codes if r.unit_id == m.id}
        ):
            values = {
                c: next(
                    (r.value for r in directive_codes if r.unit_id == m.id and r.variable == variable and r.coder == c),
                    None,
                )
                for c, m in unit.members.items()
            }
            final_value = next(
                (
                    r.value
                    for r in directive_codes
                    if live and r.unit_id == live[0].id and r.variable == variable and r.coder == FINAL
                ),
                None,
            )
            items.append(Item(f"code:{key}:{variable}", "code", start, end, values, final_value, variable, key))

    article_codes = store.codes("article", [article_id])
    for variable in sorted({r.variable for r in article_codes if r.coder in coders}):
        values = {
            c: next((r.value for r in article_codes if r.variable == variable and r.coder == c), None) for c in coders
        }
        final_value = next((r.value for r in article_codes if r.variable == variable and r.coder == FINAL), None)
        items.append(Item(f"code:article:{variable}", "code", -1, -1, values, final_value, variable, "article"))

    decided = {d.item: d for d in store.decisions(article_id)}
    for item in items:
        decision = decided.get(item.key)
        if decision is not None and decision.versions == item.fingerprint():
            item.decision = decision
    # Reading order: by position (a directive's codes right after it), the article's codes last.
    items.sort(key=lambda i: (i.start < 0, i.start, i.kind == "code", i.key))
    return Curation(article_id, coders, _without_settled_codes(items))


def _without_settled_codes(items: list[Item]) -> list[Item]:
    """A directive's codes are decided only where the directive is in the final layer, or still open."""
    by_key = {i.key: i for i in items}

    def wanted(item: Item) -> bool:
        if item.kind != "code" or item.unit == "article":
            return True
        directive = by_key[item.unit]
        return directive.open or directive.final is not None

    return [i for i in items if wanted(i)]
