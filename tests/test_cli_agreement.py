"""`pizhu agreement`: intercoder reliability from codes imported through the articles JSONL,
checked against the published examples (Krippendorff 2011, Fleiss 1971, a Cohen 2x2 table)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from test_cli import assert_one_line_error, run

from gui import cli
from gui.core.terminal import width_of

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example with missing
# values: 4 coders (rows) x 12 units (columns), None where a coder left the unit out.
KRIPPENDORFF = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
}
# The ordinal values as words whose order is not their sorting order: the codebook gives it.
GRADES = ["很低", "低", "中", "高", "很高"]

# Fleiss (1971) as in Wikipedia's "Fleiss' kappa": 10 subjects, 14 raters, how many raters
# put each subject in each of 5 categories. kappa 0.210, P-bar 0.378.
FLEISS = [
    [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
]  # fmt: skip


def _values(*codes: str) -> list[dict[str, str]]:
    return [{"code": code, "label_zh": code, "label_en": code} for code in codes]


def _variable(name: str, kind: str, *codes: str) -> dict[str, Any]:
    return {"name": name, "unit": "article", "type": kind, "values": _values(*codes)}


def make_library(tmp_path: Path, variables: list[dict[str, Any]], units: list[list[dict[str, Any]]]) -> str:
    """A library with this codebook and one article per unit carrying its codes (JSONL import)."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    db = str(tmp_path / "lib.sqlite")
    codebook = tmp_path / "codebook.json"
    codebook.write_text(json.dumps({"name": "test", "variables": variables}, ensure_ascii=False), encoding="utf-8")
    lines = tmp_path / "coded.jsonl"
    with lines.open("w", encoding="utf-8") as out:
        for n, codes in enumerate(units):
            record = {"title": f"单位{n}", "body": f"第{n}篇文章的正文。", "codes": codes}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    assert cli.main(["codebook", "import", str(codebook), "--db", db]) == 0
    assert cli.main(["import", str(lines), "--db", db]) == 0
    return db


def agreement(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> dict[str, Any]:
    capsys.readouterr()
    assert cli.main(["agreement", "--db", db, "--format", "json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def by_name(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {row["variable"]: row for row in report["variables"]}


def krippendorff_library(tmp_path: Path) -> str:
    variables = [
        _variable("k_nominal", "nominal", *GRADES),
        _variable("k_ordinal", "ordinal", *GRADES),
        {"name": "k_interval", "unit": "article", "type": "interval"},
    ]
    units = []
    for unit in range(12):
        codes = []
        for coder, row in KRIPPENDORFF.items():
            value = row[unit]
            if value is not None:
                codes += [
                    {"variable": "k_nominal", "value": GRADES[value - 1], "coder": coder},
                    {"variable": "k_ordinal", "value": GRADES[value - 1], "coder": coder},
                    {"variable": "k_interval", "value": value, "coder": coder},
                ]
        units.append(codes)
    return make_library(tmp_path, variables, units)


def test_krippendorffs_example_with_missing_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = agreement(capsys, krippendorff_library(tmp_path))
    rows = by_name(report)
    assert [rows[name]["level"] for name in ("k_nominal", "k_ordinal", "k_interval")] == [
        "nominal",
        "ordinal",
        "interval",
    ]
    assert round(rows["k_nominal"]["alpha"], 3) == 0.743
    assert round(rows["k_ordinal"]["alpha"], 3) == 0.815
    assert round(rows["k_interval"]["alpha"], 3) == 0.849
    for row in rows.values():
        # The 12th unit has one coder only: it cannot show agreement.
        assert row["units"] == 11 and row["coders"] == 4
        # Four coders: no Cohen's kappa; 3 or 4 coders a unit: no Fleiss' kappa.
        assert row["cohen_kappa"] is None and row["fleiss_kappa"] is None
        low, high = row["alpha_ci"]
        assert low <= row["alpha"] <= high
    assert report["coders"] == ["A", "B", "C", "D"]
    assert {(p["variable"], p["coder_a"], p["coder_b"]) for p in report["pairs"]} == {
        (v, a, b) for v in rows for a, b in (("A", "B"), ("A", "C"), ("A", "D"), ("B", "C"), ("B", "D"), ("C", "D"))
    }
    # Codes alone do not make an article annotated: the entity and directive sections are empty.
    assert report["entities"]["articles"] == 0 and report["entities"]["alpha"] is None
    assert report["directives"]["f1"] is None and report["directives"]["matched"] == 0


def test_fleiss_example_of_14_raters_and_10_subjects(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    categories = ["c1", "c2", "c3", "c4", "c5"]
    units = []
    for counts in FLEISS:
        values = [code for code, count in zip(categories, counts, strict=True) for _ in range(count)]
        units.append([{"variable": "category", "value": v, "coder": f"r{n:02}"} for n, v in enumerate(values)])
    db = make_library(tmp_path, [_variable("category", "nominal", *categories)], units)
    [row] = agreement(capsys, db)["variables"]
    assert round(row["fleiss_kappa"], 3) == 0.210
    assert round(row["percent_agreement"], 1) == 37.8  # Fleiss' P-bar, 0.378
    assert (row["units"], row["coders"], row["cohen_kappa"]) == (10, 14, None)


def cohen_library(tmp_path: Path) -> str:
    """50 units, two coders: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no (kappa 0.40)."""
    cells = [("yes", "yes")] * 20 + [("yes", "no")] * 5 + [("no", "yes")] * 10 + [("no", "no")] * 15
    units = [
        [{"variable": "approve", "value": a, "coder": "王"}, {"variable": "approve", "value": b, "coder": "李"}]
        for a, b in cells
    ]
    return make_library(tmp_path, [_variable("approve", "nominal", "yes", "no")], units)


def test_cohens_kappa_of_a_two_by_two_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = agreement(capsys, cohen_library(tmp_path))
    [row] = report["variables"]
    assert round(row["cohen_kappa"], 3) == 0.400
    assert round(row["percent_agreement"], 3) == 70.0
    assert (row["units"], row["coders"]) == (50, 2)
    assert row["fleiss_kappa"] is not None  # two coders on every unit
    [pair] = report["pairs"]
    assert (pair["coder_a"], pair["coder_b"], pair["units"]) == ("李", "王", 50)
    assert round(pair["cohen_kappa"], 3) == 0.400 and pair["alpha"] == row["alpha"]


def test_coders_option_narrows_to_a_pair_and_figures_match_the_pair(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = krippendorff_library(tmp_path)
    full = agreement(capsys, db)
    narrowed = agreement(capsys, db, "--coders", "B, D", "--variable", "k_nominal", "--variable", "k_interval")
    assert narrowed["coders"] == ["B", "D"]
    assert [row["variable"] for row in narrowed["variables"]] == ["k_nominal", "k_interval"]
    for row in narrowed["variables"]:
        [pair] = [
            p for p in full["pairs"] if p["variable"] == row["variable"] and (p["coder_a"], p["coder_b"]) == ("B", "D")
        ]
        assert (row["units"], row["coders"]) == (pair["units"], 2) == (10, 2)
        assert row["alpha"] == pytest.approx(pair["alpha"])
        assert row["percent_agreement"] == pytest.approx(pair["percent_agreement"])
    rows = by_name(narrowed)
    # Two coders now: Cohen's kappa for the nominal variable (as its pair has), none for a number.
    assert rows["k_nominal"]["cohen_kappa"] == pytest.approx(
        next(
            p["cohen_kappa"]
            for p in full["pairs"]
            if p["variable"] == "k_nominal" and p["coder_a"] == "B" and p["coder_b"] == "D"
        )
    )
    assert rows["k_interval"]["cohen_kappa"] is None
    assert len(narrowed["pairs"]) == 2


def test_bootstrap_interval_is_reproducible_and_changes_with_the_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = cohen_library(tmp_path)
    first = agreement(capsys, db)["variables"][0]
    again = agreement(capsys, db)["variables"][0]
    assert first["alpha_ci"] == again["alpha_ci"]
    low, high = first["alpha_ci"]
    assert low < first["alpha"] < high and high - low < 0.6
    other = agreement(capsys, krippendorff_library(tmp_path / "k"), "--variable", "k_nominal")["variables"][0]
    assert other["alpha_ci"] != first["alpha_ci"]


def test_figures_that_do_not_apply_are_null(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    variables = [
        _variable("tone", "nominal", "pos", "neg"),
        _variable("alone", "nominal", "x", "y"),  # only one coder codes it
        _variable("same", "nominal", "x", "y"),  # everyone always chooses x: nothing to agree on
    ]
    units = [
        [
            {"variable": "tone", "value": tone_a, "coder": "a"},
            {"variable": "tone", "value": tone_b, "coder": "b"},
            {"variable": "alone", "value": "x", "coder": "a"},
            {"variable": "same", "value": "x", "coder": "a"},
            {"variable": "same", "value": "x", "coder": "b"},
        ]
        for tone_a, tone_b in [("pos", "pos"), ("neg", "neg"), ("pos", "neg"), ("neg", "neg")]
    ]
    rows = by_name(agreement(capsys, make_library(tmp_path, variables, units)))
    assert rows["alone"] | {"variable": None} == {
        "variable": None, "unit": "article", "level": "nominal", "units": 0, "coders": 0, "alpha": None,
        "alpha_ci": None, "percent_agreement": None, "cohen_kappa": None, "fleiss_kappa": None, "values": [],
        "unmatched": None,
    }  # fmt: skip
    assert rows["same"]["units"] == 4 and rows["same"]["percent_agreement"] == 100.0
    assert rows["same"]["alpha"] is None and rows["same"]["alpha_ci"] is None and rows["same"]["cohen_kappa"] is None
    assert rows["tone"]["alpha"] is not None and rows["tone"]["percent_agreement"] == 75.0


def test_a_multi_choice_variable_has_masi_alpha_and_a_binary_alpha_per_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Each value's alpha is the alpha of a chosen / not chosen variable: coded here beside it.
    chosen = [(["经济"], ["经济"]), (["民生"], ["民生"]), (["经济", "民生"], ["经济"]), (["民生"], ["经济"])]
    units = []
    for a, b in chosen:
        codes = [{"variable": "areas", "value": a, "coder": "a"}, {"variable": "areas", "value": b, "coder": "b"}]
        codes += [{"variable": "economy", "value": str(int("经济" in a)), "coder": "a"}]
        codes += [{"variable": "economy", "value": str(int("经济" in b)), "coder": "b"}]
        units.append(codes)
    variables = [_variable("areas", "multi", "经济", "民生", "环境"), _variable("economy", "nominal", "0", "1")]
    rows = by_name(agreement(capsys, make_library(tmp_path, variables, units)))
    areas = rows["areas"]
    assert areas["level"] == "multi" and areas["percent_agreement"] == 50.0
    assert -1 < areas["alpha"] < rows["economy"]["alpha"] + 1
    values = {v["value"]: v for v in areas["values"]}
    assert values["经济"]["alpha"] == pytest.approx(rows["economy"]["alpha"])
    assert values["经济"]["cohen_kappa"] == pytest.approx(rows["economy"]["cohen_kappa"])
    assert values["环境"]["alpha"] is None and values["环境"]["percent_agreement"] == 100.0


def test_the_table_lines_up_chinese_names_and_the_csv_holds_every_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = cohen_library(tmp_path)
    out = tmp_path / "agreement.csv"
    capsys.readouterr()
    assert cli.main(["agreement", "--db", db, "-o", str(out)]) == 0
    table = capsys.readouterr().out
    assert "approve" in table and "0.400" in table and "70.0%" in table
    pairs = table.split("Coder pairs\n")[1].split("\n\n")[0].splitlines()
    assert len(pairs) == 2 and "李" in pairs[1] and "王" in pairs[1]
    assert width_of(pairs[0]) == width_of(pairs[1])  # the last column ends in the same place
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads the Chinese right
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    [variable] = [r for r in rows if r["scope"] == "variable"]
    [pair] = [r for r in rows if r["scope"] == "pair"]
    assert round(float(variable["cohen_kappa"]), 3) == 0.4 and variable["units"] == "50"
    assert float(variable["alpha_ci_low"]) < float(variable["alpha"]) < float(variable["alpha_ci_high"])
    assert (pair["coder_a"], pair["coder_b"], round(float(pair["cohen_kappa"]), 3)) == ("李", "王", 0.4)


def test_bad_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = cohen_library(tmp_path)
    for args, words in [
        (["--variable", "tone"], ["no variable 'tone'", "approve"]),
        (["--coders", "王,张"], ["no codes by coder '张'", "李, 王"]),
        (["--coders", "王"], ["two or more coders", "found 1"]),
        (["-o", db], ["the library itself"]),
    ]:
        result = run("agreement", "--db", db, *args, cwd=tmp_path)
        assert_one_line_error(result, *words)
        assert result.returncode == 1 and result.stdout == ""
    # A text variable has no agreement figures; a library without a codebook has nothing to compare.
    text_db = make_library(tmp_path / "t", [{"name": "remark", "unit": "article", "type": "text"}], [[]])
    assert_one_line_error(run("agreement", "--variable", "remark", "--db", text_db, cwd=tmp_path), "text variable")
    bare = str(tmp_path / "bare.sqlite")
    assert cli.main(["import", str(tmp_path / "coded.jsonl"), "--db", bare]) == 1  # its codes need the codebook
    assert_one_line_error(run("agreement", "--db", bare, cwd=tmp_path), "no codebook")
    # The contract through the process: JSON on stdout with the keys other tools read.
    result = run("agreement", "--db", db, "--format", "json", cwd=tmp_path)
    data = json.loads(result.stdout)
    assert {"variables", "entities", "directives", "pairs"} <= data.keys()
    assert {"variable", "level", "units", "coders", "alpha", "alpha_ci", "percent_agreement", "cohen_kappa",
            "fleiss_kappa"} <= data["variables"][0].keys()  # fmt: skip
