"""Agreement on plain data: the MASI distance and alpha of sets, entity spans and directives
(the functions the window and the CLI will call once annotations carry their coder)."""

from __future__ import annotations

import numpy as np
import pytest

from gui.core.agreement_spans import DirectiveSpan, Span, directive_agreement, entity_agreement
from gui.core.agreement_stats import Scale, masi_distance, percent_agreement


def test_masi_distance_grades_equal_nested_overlapping_and_disjoint_sets() -> None:
    a, b, ab, bc = frozenset("a"), frozenset("b"), frozenset("ab"), frozenset("bc")
    assert masi_distance(ab, ab) == 0
    assert masi_distance(ab, a) == pytest.approx(1 - 1 / 2 * 2 / 3)  # subset
    assert masi_distance(ab, bc) == pytest.approx(1 - 1 / 3 * 1 / 3)  # overlap
    assert masi_distance(a, b) == 1


def test_masi_alpha_of_sets_by_hand() -> None:
    # u1 {a}/{a}, u2 {b}/{b}, u3 {a,b}/{a}: D_o = (2 x 2/3) / 6, D_e = (12 + 4 + 8/3) / 30.
    ratings = {
        1: {"x": frozenset("a"), "y": frozenset("a")},
        2: {"x": frozenset("b"), "y": frozenset("b")},
        3: {"x": frozenset("ab"), "y": frozenset("a")},
    }
    scale = Scale.of("multi", ratings)
    expected = 1 - (4 / 3 / 6) / ((12 + 4 + 8 / 3) / 30)
    assert scale.alpha(scale.counts(ratings)) == pytest.approx(expected)
    assert percent_agreement(ratings) == pytest.approx(200 / 3)


def test_entity_f1_per_label_counts_exact_spans_of_documents_both_coders_annotated() -> None:
    documents = {
        1: {
            "a": [Span(0, 2, "PER"), Span(5, 8, "ORG")],
            "b": [Span(0, 2, "PER"), Span(5, 7, "ORG")],  # ORG one character short: no agreement
        },
        2: {"a": [Span(0, 3, "LOC")]},  # b did not annotate this one: it does not count
        3: {"a": [], "b": [Span(1, 3, "PER")]},  # a annotated and found nothing: it counts
    }
    result = entity_agreement(documents, {1: 10, 2: 10, 3: 10})
    assert (result["articles"], result["coders"]) == (2, 2)
    labels = {row["label"]: row["f1"] for row in result["labels"]}
    assert labels == {"ORG": 0.0, "PER": pytest.approx(2 * 1 / 3)}
    assert result["f1"] == pytest.approx(2 * 1 / 5)
    [overall] = [p for p in result["pairs"] if p["label"] is None]
    assert (overall["coder_a"], overall["coder_b"], overall["articles"]) == ("a", "b", 2)


def test_character_alpha_by_hand_and_for_identical_and_nested_spans() -> None:
    # Four characters: PER/PER, PER/none, none/none, none/none -> alpha 1 - (2/8) / (30/56).
    result = entity_agreement({1: {"a": [Span(0, 2, "PER")], "b": [Span(0, 1, "PER")]}}, {1: 4})
    assert result["alpha"] == pytest.approx(1 - (2 / 8) / (30 / 56))
    same = [Span(0, 4, "ORG"), Span(6, 8, "LOC")]
    assert entity_agreement({1: {"a": same, "b": list(same)}}, {1: 12})["alpha"] == pytest.approx(1.0)
    # A nested span wins over the one around it: a's ORG with a LOC inside reads as b's ORG, LOC, ORG.
    nested = {
        "a": [Span(0, 6, "ORG"), Span(2, 4, "LOC")],
        "b": [Span(0, 2, "ORG"), Span(2, 4, "LOC"), Span(4, 6, "ORG")],
    }
    assert entity_agreement({1: nested}, {1: 8})["alpha"] == pytest.approx(1.0)
    assert entity_agreement({1: {"a": same}}, {1: 12})["alpha"] is None  # one coder: nothing to compare


def _directive(start: int, end: int, **attrs: str) -> DirectiveSpan:
    return DirectiveSpan(start, end, attrs)


def test_directives_match_by_overlap_one_to_one_and_attributes_agree_across_coders() -> None:
    documents = {
        1: {
            "a": [
                _directive(0, 10, issuer="国务院", strength="必须"),
                _directive(20, 30, issuer="省委", strength="要"),
            ],
            "b": [_directive(2, 12, issuer="国务院", strength="必须"), _directive(40, 50, issuer="省委")],
            "c": [_directive(0, 28, issuer="国务院", strength="要")],  # overlaps both of a's: matches the larger
        },
        2: {"a": [_directive(0, 5, topic="经济")], "b": [_directive(0, 5, topic="经济")]},
    }
    result = directive_agreement(documents)
    pairs = {(p["coder_a"], p["coder_b"]): p["f1"] for p in result["pairs"]}
    assert pairs[("a", "b")] == pytest.approx(2 * 2 / 6)  # 1 + 1 matched of 4 + 2 directives
    assert pairs[("a", "c")] == pytest.approx(2 * 1 / 3)  # doc 1 only: c did not annotate doc 2
    assert pairs[("b", "c")] == pytest.approx(2 * 1 / 3)
    assert result["f1"] == pytest.approx(2 * 4 / 12)
    # Units across coders: {a0, b0, c0} and doc 2's pair.
    assert result["matched"] == 2
    attributes = {a["attribute"]: a for a in result["attributes"]}
    assert attributes["issuer"]["units"] == 1 and attributes["issuer"]["percent_agreement"] == 100.0
    assert attributes["strength"]["level"] == "ordinal" and attributes["strength"][
        "percent_agreement"
    ] == pytest.approx(100 / 3)
    assert attributes["topic"]["units"] == 1 and attributes["addressee"]["units"] == 0
    assert attributes["addressee"]["alpha"] is None


def test_ordinal_strength_alpha_orders_by_the_vocabulary_not_by_characters() -> None:
    # 必须 > 要 > 鼓励 > 可: a near miss (必须/要) costs less than a far one (必须/可).
    def alpha_with(far: str) -> float:
        documents = {
            n: {"a": [_directive(0, 5, strength=s)], "b": [_directive(0, 5, strength=t)]}
            for n, (s, t) in enumerate([("必须", "必须"), ("要", "要"), ("鼓励", "鼓励"), ("可", "可"), ("必须", far)])
        }
        [strength] = [a for a in directive_agreement(documents)["attributes"] if a["attribute"] == "strength"]
        return strength["alpha"]

    assert alpha_with("要") > alpha_with("鼓励") > alpha_with("可")


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "multi"])
def test_a_bootstrap_draw_of_every_unit_once_is_the_librarys_alpha(level: str) -> None:
    # Krippendorff's 4 x 12 example (None: not coded); multi makes sets of each value and the next.
    rows = {
        "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    }

    def value(v: int) -> object:
        return {"nominal": str(v), "ordinal": str(v), "interval": float(v), "multi": frozenset({v, v % 3})}[level]

    ratings = {u: {c: value(r[u]) for c, r in rows.items() if r[u] is not None} for u in range(12)}
    scale = Scale.of(level, ratings, ["1", "2", "3", "4", "5"])
    counts = scale.counts(ratings)
    alpha = scale.alpha(counts)
    assert alpha is not None
    assert scale.draw_alpha(scale._unit_coincidences(counts), np.ones(12, dtype=np.int64)) == pytest.approx(alpha)
    low, high = scale.bootstrap(counts, draws=200, seed=7) or (2, -2)
    assert low <= alpha <= high and scale.bootstrap(counts, draws=200, seed=7) == (low, high)
