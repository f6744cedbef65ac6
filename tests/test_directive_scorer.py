"""The directive evaluation's scorer (benchmarks/eval_directives.py): one authority, however its meeting is spelled.

The published figures rest on it, so it is tested like code a user runs; it is loaded from its file
because the tests import nothing else from benchmarks/."""

import importlib.util
import sys
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "eval_directives", Path(__file__).resolve().parents[1] / "benchmarks" / "eval_directives.py"
)
assert _SPEC is not None and _SPEC.loader is not None
scorer = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = scorer  # its dataclasses look themselves up there
_SPEC.loader.exec_module(scorer)


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("习近平", "习近平"),
        ("《国务院关于加强监管的意见》", "国务院关于加强监管的意见"),
        ("十四届全国人大三次会议", "中华人民共和国第十四届全国人民代表大会第三次会议"),
        ("全国政协主席会议", "政协第十四届全国委员会第四十一次主席会议"),
        ("国务院全体会议", "国务院第六次全体会议"),
        ("委员长会议", "十四届全国人大常委会第29次委员长会议"),
        ("党的二十届四中全会", "四中全会"),
        ("中国共产党第二十届中央委员会第三次全体会议", "二十届中央委员会三次全体会议"),
    ],
)
def test_one_authority_spelled_two_ways_is_the_same_issuer(gold: str, predicted: str) -> None:
    assert scorer.same_issuer(gold, predicted)
    assert scorer.same_issuer(predicted, gold)


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("国务院第五次全体会议", "国务院第六次全体会议"),  # both numbered, differently
        ("党的二十届三中全会", "四中全会"),
        ("三中全会", "四中全会"),
        ("十四届全国人大四次会议主席团会议", "会议"),  # a bare 会议 names no body
        ("十四届全国人大四次会议主席团会议", "十四届全国人大四次会议"),  # the presidium is not the session
        ("全体会议", "国务院全体会议"),  # too short to name one body's meeting
        ("中共中央政治局会议", "中共中央政治局"),  # the meeting is not the body
        ("习近平", "习主席"),
    ],
)
def test_different_authorities_stay_different(gold: str, predicted: str) -> None:
    assert not scorer.same_issuer(gold, predicted)
    assert not scorer.same_issuer(predicted, gold)
