"""Agreement on annotations: entity spans and directives, from plain data.

Each function takes, per document (an article), each coder's annotations; a coder present
for a document with an empty list annotated it and found nothing, a coder absent did not
annotate it. Only documents with two or more coders count.

Entities:
- pairwise exact-span F1 per label: a span agrees when both coders marked the same start,
  end and label; F1 = 2 x agreeing / (spans of A + spans of B), pooled over the documents
  both annotated, and for a label over all coder pairs (pooled the same way);
- Krippendorff's alpha over character-level labels: every character of a document is a unit
  whose value is the label of the coder's span covering it, or none; where one coder's spans
  overlap, the shorter (inner) one wins.

Directives:
- detection F1 per coder pair: two coders' directives match when their spans overlap, one to
  one, the largest overlap first (a directive covers whole sentences, so this is sentence
  agreement too); F1 = 2 x matched / (directives of A + directives of B);
- alpha of each attribute (issuer, strength, addressee, topic) over matched directives:
  pairwise matches join into units across all coders; strength is ordinal (vocabulary.STRENGTHS,
  strongest first), the others nominal; an empty attribute is missing.
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable, Mapping, Sequence
from typing import Any, NamedTuple

import numpy as np

from gui.core.agreement_stats import Scale, percent_agreement
from gui.core.vocabulary import STRENGTHS

DIRECTIVE_ATTRIBUTES = ("issuer", "strength", "addressee", "topic")
ORDINAL_ATTRIBUTES: dict[str, Sequence[str]] = {"strength": STRENGTHS}


class Span(NamedTuple):
    start: int
    end: int
    label: str


class DirectiveSpan(NamedTuple):
    start: int
    end: int
    attrs: Mapping[str, str]


# document (any hashable key: Any, since Mapping's keys are invariant) -> coder -> that coder's annotations of it
Entities = Mapping[Any, Mapping[str, Sequence[Span]]]
Directives = Mapping[Any, Mapping[str, Sequence[DirectiveSpan]]]


def _f1(agreeing: int, total: int) -> float | None:
    return 2 * agreeing / total if total else None


def _shared(documents: Mapping[Hashable, Mapping[str, Any]]) -> dict[Hashable, Mapping[str, Any]]:
    return {doc: coders for doc, coders in documents.items() if len(coders) >= 2}


def _coders(documents: Mapping[Hashable, Mapping[str, Any]]) -> list[str]:
    return sorted({coder for coders in documents.values() for coder in coders})


# -- entities ------------------------------------------------------------------------


def entity_agreement(documents: Entities, lengths: Mapping[Any, int]) -> dict[str, Any]:
    """Entity agreement: `{"articles", "coders", "alpha", "f1", "labels": [{"label", "f1"}],
    "pairs": [{"coder_a", "coder_b", "label", "articles", "f1", "alpha"}]}` (label None: all labels;
    a pair's character alpha is on its all-labels row).
    `lengths` gives each document's length in characters (for the character-level alpha)."""
    shared = _shared(documents)
    coders = _coders(shared)
    labels = sorted({span.label for spans_of in shared.values() for spans in spans_of.values() for span in spans})
    # label (None: all) -> [agreeing, total] pooled over pairs
    pooled: dict[str | None, list[int]] = {label: [0, 0] for label in (None, *labels)}
    pairs: list[dict[str, Any]] = []
    for first, second in itertools.combinations(coders, 2):
        both = [doc for doc, spans_of in shared.items() if first in spans_of and second in spans_of]
        if not both:
            continue
        counts: dict[str | None, list[int]] = {label: [0, 0] for label in (None, *labels)}
        for doc in both:
            a, b = set(shared[doc][first]), set(shared[doc][second])
            for label in (None, *labels):
                a_l = a if label is None else {s for s in a if s.label == label}
                b_l = b if label is None else {s for s in b if s.label == label}
                counts[label][0] += len(a_l & b_l)
                counts[label][1] += len(a_l) + len(b_l)
        # The pair's character alpha (all labels) on the documents both annotated.
        alpha = _character_alpha({doc: {c: shared[doc][c] for c in (first, second)} for doc in both}, lengths, labels)
        for label, (agreeing, total) in counts.items():
            pooled[label][0] += agreeing
            pooled[label][1] += total
            pairs.append(
                {"coder_a": first, "coder_b": second, "label": label, "articles": len(both), "f1": _f1(agreeing, total),
                 "alpha": alpha if label is None else None}
            )  # fmt: skip
    return {
        "articles": len(shared),
        "coders": len(coders),
        "alpha": _character_alpha(shared, lengths, labels),
        "f1": _f1(*pooled[None]),
        "labels": [{"label": label, "f1": _f1(*pooled[label])} for label in labels],
        "pairs": pairs,
    }


def _character_alpha(
    shared: Mapping[Hashable, Mapping[str, Sequence[Span]]], lengths: Mapping[Hashable, int], labels: list[str]
) -> float | None:
    """Nominal alpha with every character of every shared document as a unit (0: no label)."""
    scale = Scale("nominal", ["", *labels])
    blocks = []
    for doc, spans_of in shared.items():
        length = lengths[doc]
        block = np.zeros((length, len(scale.domain)), dtype=np.int64)
        rows = np.arange(length)
        for spans in spans_of.values():
            marks = np.zeros(length, dtype=np.int64)
            for span in sorted(spans, key=lambda s: s.start - s.end):  # longest first: inner spans win
                marks[max(span.start, 0) : min(span.end, length)] = scale.index[span.label]
            np.add.at(block, (rows, marks), 1)
        blocks.append(block)
    if not blocks:
        return None
    return scale.alpha(np.concatenate(blocks))


# -- directives ----------------------------------------------------------------------


def _overlap(a: DirectiveSpan, b: DirectiveSpan) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def _match(a: Sequence[DirectiveSpan], b: Sequence[DirectiveSpan]) -> list[tuple[int, int]]:
    """One-to-one matches of overlapping directives, the largest overlap first."""
    candidates = sorted(
        ((i, j) for i, x in enumerate(a) for j, y in enumerate(b) if _overlap(x, y) > 0),
        key=lambda ij: (-_overlap(a[ij[0]], b[ij[1]]), a[ij[0]].start, b[ij[1]].start),
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    matches = []
    for i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            matches.append((i, j))
    return matches


Node = tuple[Hashable, str, int]  # (document, coder, index of the coder's directive)


def _link(
    shared: Mapping[Hashable, Mapping[str, Sequence[DirectiveSpan]]], coders: list[str]
) -> tuple[list[dict[str, Any]], int, int, list[dict[str, Node]]]:
    """Pairwise matches: the pairs' detection F1, matched and total directives over all pairs,
    and the units across all coders (union-find over the pairwise matches), each unit as
    coder -> their directive; where a chain of matches joins two directives of one coder, the
    earlier (by index) stands for them."""
    parent: dict[Node, Node] = {}

    def root(node: Node) -> Node:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    pairs: list[dict[str, Any]] = []
    matched_all, total_all = 0, 0
    for first, second in itertools.combinations(coders, 2):
        both = [doc for doc, of in shared.items() if first in of and second in of]
        if not both:
            continue
        matched, total = 0, 0
        pair_units: list[dict[str, DirectiveSpan]] = []
        for doc in both:
            a, b = shared[doc][first], shared[doc][second]
            found = _match(a, b)
            matched += len(found)
            total += len(a) + len(b)
            for i, j in found:
                parent[root((doc, second, j))] = root((doc, first, i))
                pair_units.append({first: a[i], second: b[j]})
        matched_all += matched
        total_all += total
        pairs.append(
            {"coder_a": first, "coder_b": second, "articles": len(both), "f1": _f1(matched, total),
             "matched": matched, "attributes": [_attribute(name, pair_units) for name in DIRECTIVE_ATTRIBUTES]}
        )  # fmt: skip
    units: dict[Node, dict[str, Node]] = {}
    for doc, of in shared.items():
        for coder, directives in of.items():
            for index in range(len(directives)):
                units.setdefault(root((doc, coder, index)), {}).setdefault(coder, (doc, coder, index))
    return pairs, matched_all, total_all, list(units.values())


def directive_units(documents: Directives) -> dict[Node, int]:
    """The directives matched across two or more coders, each (document, coder, index) with
    the number of its unit: codes on one unit's directives are codes of one unit."""
    shared = _shared(documents)
    _, _, _, units = _link(shared, _coders(shared))
    matched = [unit for unit in units if len(unit) >= 2]
    return {node: number for number, unit in enumerate(matched) for node in unit.values()}


def directive_agreement(documents: Directives) -> dict[str, Any]:
    """Directive agreement: `{"articles", "coders", "f1", "matched", "attributes": [{"attribute",
    "level", "units", "alpha", "percent_agreement"}], "pairs": [{"coder_a", "coder_b", "articles", "f1",
    "matched", "attributes"}]}` (a pair's attributes on its own matches, shaped as the report's);
    `matched` counts the units (directives matched across two or more coders)."""
    shared = _shared(documents)
    coders = _coders(shared)
    pairs, matched_all, total_all, units = _link(shared, coders)
    matched_units = [
        {coder: shared[doc][coder][index] for coder, (doc, _, index) in unit.items()}
        for unit in units
        if len(unit) >= 2
    ]
    return {
        "articles": len(shared),
        "coders": len(coders),
        "f1": _f1(matched_all, total_all),
        "matched": len(matched_units),
        "attributes": [_attribute(name, matched_units) for name in DIRECTIVE_ATTRIBUTES],
        "pairs": pairs,
    }


def _attribute(name: str, units: list[dict[str, DirectiveSpan]]) -> dict[str, Any]:
    ratings = {
        n: {coder: d.attrs[name] for coder, d in unit.items() if d.attrs.get(name)} for n, unit in enumerate(units)
    }
    ratings = {n: values for n, values in ratings.items() if len(values) >= 2}
    level = "ordinal" if name in ORDINAL_ATTRIBUTES else "nominal"
    scale = Scale.of(level, ratings, ORDINAL_ATTRIBUTES.get(name, ()))
    return {
        "attribute": name,
        "level": level,
        "units": len(ratings),
        "alpha": scale.alpha(scale.counts(ratings)) if ratings else None,
        "percent_agreement": percent_agreement(ratings),
    }
