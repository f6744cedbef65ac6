"""codebook_problems: every problem of a codebook being written, each with the variable it is in."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from gui.core.codebook import codebook_from_data, codebook_problems
from gui.core.errors import InputError
from gui.core.paths import resources_dir

EXAMPLE = json.loads((resources_dir() / "codebooks" / "policy-documents.json").read_text(encoding="utf-8"))


def _example(change: Any = None) -> dict[str, Any]:
    data = copy.deepcopy(EXAMPLE)
    if change is not None:
        change(data)
    return data


def test_a_valid_codebook_has_no_problems() -> None:
    assert codebook_problems(_example(), "cb") == []


def test_all_problems_are_listed_with_their_variable() -> None:
    def break_it(data: dict[str, Any]) -> None:
        variables = data["variables"]
        variables[0]["values"][1]["code"] = variables[0]["values"][0]["code"]  # instrument: a code twice
        variables[2]["name"] = ""  # issuer_level: no name
        variables[3]["name"] = "instrument"  # strength: a second instrument
        data["name"] = "  "

    problems = codebook_problems(_example(break_it), "cb")
    codes = [(index, line.code) for index, line in problems]
    assert codes == [
        (None, "codebook.no_name"),
        (0, "codebook.duplicate_code"),
        (2, "codebook.bad_name"),
        (3, "codebook.duplicate_variable"),
    ]
    assert all(line.startswith("cb") for _, line in problems)
    assert "'instrument'" in problems[3][1]


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["variables"][1]["values"].append({"code": "巡视"}),
        lambda d: d["variables"][1]["values"][0].update(key="B"),  # b is 党风廉政's: keys ignore case
        lambda d: d["variables"][0]["values"][0].update(key="j"),  # the reader's next article
        lambda d: d["variables"][0].update(type="text"),  # a text variable with values
        lambda d: d["variables"][2].update(unit="sentence"),
        lambda d: d["variables"][3].update(values=[]),
        lambda d: d.update(variables=[]),
        lambda d: d["variables"].append(copy.deepcopy(d["variables"][0])),
        lambda d: None,
        lambda d: d["variables"][0]["values"][0].update(key="9"),
    ],
)
def test_problems_are_empty_exactly_when_the_codebook_loads(change: Any) -> None:
    data = _example(change)
    problems = codebook_problems(data, "cb")
    try:
        codebook_from_data(data, "cb")
    except InputError as exc:
        assert problems, "the loader refuses what the editor would accept"
        assert exc.args[0].code in {line.code for _, line in problems}
    else:
        assert problems == []


def test_something_that_is_no_codebook_is_one_problem() -> None:
    assert [line.code for _, line in codebook_problems([1, 2], "cb")] == ["codebook.not_object"]
