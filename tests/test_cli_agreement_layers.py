"""`pizhu agreement` on the coders' annotations: entity spans, directives and the codes on
directives, from three coders' articles JSONL imported one after the other into one library
(each file adds its coder's layer to the articles already there). The figures are worked out
by hand in the comments."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from test_cli_agreement import agreement

from gui import cli
from gui.core.library import Library

# Three sentences each; the directives cover whole sentences.
BODIES = [
    "国务院要求各地必须加强安全生产。会议强调要做好防汛工作。李强出席会议。",
    "各部门要落实责任。国务院办公厅印发通知。",
    "会议研究了春耕生产。各地要抓好落实。",
]
CODEBOOK = {
    "name": "layers",
    "variables": [
        {"name": "tone", "unit": "article", "type": "nominal", "values": [{"code": "pos"}, {"code": "neg"}]},
        {"name": "target", "unit": "directive", "type": "nominal", "values": [{"code": "x"}, {"code": "y"}]},
    ],
}


def _span(body: int, text: str, label: str) -> dict[str, Any]:
    start = BODIES[body].index(text)
    return {"start": start, "end": start + len(text), "label": label}


def _sentence(body: int, n: int) -> tuple[int, int]:
    ends = [i + 1 for i, ch in enumerate(BODIES[body]) if ch == "。"]
    return ([0, *ends][n], ends[n])


def _directive(body: int, n: int, strength: str, target: str, coder: str, trim: int = 0) -> dict[str, Any]:
    start, end = _sentence(body, n)
    codes = [{"variable": "target", "value": target, "coder": coder}]
    return {"kind": "directive", "label": "DIRECTIVE", "start": start, "end": end - trim,
            "attrs": {"strength": strength}, "codes": codes}  # fmt: skip


# What each coder did: per article (by body), their annotations and article codes.
def _work(coder: str) -> dict[int, dict[str, Any]]:
    if coder == "a":
        return {
            0: {
                "annotations": [
                    _span(0, "李强", "PER"),
                    _span(0, "国务院", "ORG"),
                    _directive(0, 0, "必须", "x", "a"),
                    _directive(0, 1, "要", "y", "a"),
                ]
            },  # fmt: skip
            1: {"annotations": [_span(1, "国务院办公厅", "ORG"), _directive(1, 0, "要", "y", "a")]},
            2: {"annotations": [_span(2, "春耕", "LOC")], "codes": [{"variable": "tone", "value": "pos"}]},
        }
    if coder == "b":
        return {
            # b's first directive stops a character short: still the same directive (they overlap).
            0: {
                "annotations": [
                    _span(0, "李强", "PER"),
                    _span(0, "国务院", "ORG"),
                    _directive(0, 0, "必须", "x", "b", trim=1),
                    _directive(0, 1, "可", "y", "b"),
                ]
            },  # fmt: skip
            1: {"annotations": [_directive(1, 1, "要", "x", "b")]},  # another sentence: no match
            2: {"codes": [{"variable": "tone", "value": "pos"}]},  # codes only: not an annotated article
        }
    return {
        0: {
            "annotations": [
                _span(0, "李强", "PER"),
                _span(0, "各地", "LOC"),
                _directive(0, 0, "必须", "y", "c"),
                _directive(0, 2, "要", "y", "c"),
            ]
        },  # fmt: skip
        2: {"codes": [{"variable": "tone", "value": "neg"}]},
    }


def _line(body: int, coder: str, work: dict[str, Any]) -> str:
    annotations = [dict(a, coder=coder) for a in work.get("annotations", [])]
    codes = [dict(c, coder=coder) for c in work.get("codes", [])]
    record = {"title": f"文章{body}", "body": BODIES[body], "annotations": annotations, "codes": codes}
    return json.dumps(record, ensure_ascii=False)


# The library's own layer: automatic suggestions that every coder leaves alone (untouched, they
# are nobody's), and one the tests code as a coder.
SUGGESTIONS = {
    0: [_span(0, "国务院", "ORG"), _span(0, "各地", "LOC"), _span(0, "安全生产", "ORG"),
        {"kind": "directive", "label": "DIRECTIVE", "start": _sentence(0, 1)[0], "end": _sentence(0, 1)[1]}],
    1: [_span(1, "国务院办公厅", "ORG"),
        {"kind": "directive", "label": "DIRECTIVE", "start": 0, "end": _sentence(1, 0)[1]}],
}  # fmt: skip


def layered_library(tmp_path: Path, coders: tuple[str, ...] = ("a", "b", "c"), suggestions: bool = True) -> str:
    """The articles (with the library's suggestions), then the coders' JSONL imported one after the
    other into a library with the codebook."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    db = str(tmp_path / "lib.sqlite")
    codebook = tmp_path / "codebook.json"
    codebook.write_text(json.dumps(CODEBOOK, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["codebook", "import", str(codebook), "--db", db]) == 0
    if suggestions:
        auto = {
            body: [dict(a, origin="auto", status="suggested") for a in spans] for body, spans in SUGGESTIONS.items()
        }
        base = tmp_path / "library.jsonl"
        base.write_text("\n".join(_line(body, "", {"annotations": a}) for body, a in auto.items()) + "\n", "utf-8")
        assert cli.main(["import", str(base), "--db", db]) == 0
    for coder in coders:
        source = tmp_path / f"{coder}.jsonl"
        lines = [_line(body, coder, work) for body, work in _work(coder).items()]
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        assert cli.main(["import", str(source), "--db", db]) == 0
    return db


def _pairs(section: dict[str, Any], **match: Any) -> dict[tuple[str, str], float | None]:
    rows = [p for p in section["pairs"] if all(p[k] == v for k, v in match.items())]
    return {(p["coder_a"], p["coder_b"]): p["f1"] for p in rows}


def test_entity_f1_per_label_and_pair_over_the_articles_two_coders_annotated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entities = agreement(capsys, layered_library(tmp_path))["entities"]
    # Article 0: a and b {李强 PER, 国务院 ORG}, c {李强 PER, 各地 LOC}; article 1: a {国务院办公厅 ORG},
    # b no entity (but a directive: they annotated it); article 2: only a annotated it (b and c coded it).
    assert (entities["articles"], entities["coders"]) == (2, 3)
    # a-b: 2 agree of 2+2 spans, then 0 of 1+0: 2x2/5; a-c and b-c: 1 of 2+2: 2x1/4.
    assert _pairs(entities, label=None) == {("a", "b"): 0.8, ("a", "c"): 0.5, ("b", "c"): 0.5}
    # Pooled over the pairs: 2x(2+1+1)/(5+4+4).
    assert entities["f1"] == pytest.approx(8 / 13)
    labels = {row["label"]: row["f1"] for row in entities["labels"]}
    # PER: every pair agrees (3 of 6 spans x2); ORG: a-b 1 of 3, a-c 0 of 1, b-c 0 of 1: 2x1/5; LOC: c's only.
    assert labels == {"PER": 1.0, "ORG": pytest.approx(0.4), "LOC": 0.0}
    assert _pairs(entities, label="ORG") == {("a", "b"): pytest.approx(2 / 3), ("a", "c"): 0.0, ("b", "c"): 0.0}
    # The character-level alpha is the nominal alpha of the coders' label per character (b absent
    # from nothing, c absent from article 1), computed here from the reliability matrix directly.
    import krippendorff

    codes = {"": 0, "PER": 1, "ORG": 2, "LOC": 3}
    matrix = np.full((3, len(BODIES[0]) + len(BODIES[1])), np.nan)
    spans = {"a": [(0, "李强", "PER"), (0, "国务院", "ORG"), (1, "国务院办公厅", "ORG")],
             "b": [(0, "李强", "PER"), (0, "国务院", "ORG")],
             "c": [(0, "李强", "PER"), (0, "各地", "LOC")]}  # fmt: skip
    for row, coder in enumerate("abc"):
        for body, offset in ((0, 0), (1, len(BODIES[0]))):
            if coder == "c" and body == 1:
                continue
            matrix[row, offset : offset + len(BODIES[body])] = 0
            for where, text, label in spans[coder]:
                if where == body:
                    start = offset + BODIES[body].index(text)
                    matrix[row, start : start + len(text)] = codes[label]
    expected = krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal")
    assert entities["alpha"] == pytest.approx(expected)
    assert 0 < entities["alpha"] < 1


def test_directive_f1_and_strength_alpha_on_matched_directives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    directives = agreement(capsys, layered_library(tmp_path))["directives"]
    # Article 0: a {s0, s1}, b {s0 less a character, s1}, c {s0, s2}; article 1: a {s0}, b {s1}.
    # a-b: 2 matched of 2+2, 0 of 1+1: 2x2/6; a-c and b-c: 1 of 2+2: 2x1/4. Pooled: 2x4/14.
    assert _pairs(directives) == {("a", "b"): pytest.approx(2 / 3), ("a", "c"): 0.5, ("b", "c"): 0.5}
    assert directives["f1"] == pytest.approx(4 / 7)
    # Two units: s0 (a, b, c: 必须 必须 必须) and s1 (a, b: 要 可). Ordinal over 必须 > 要 > 鼓励 > 可,
    # n = 3, 1, 0, 1: observed 2 x d(要, 可) = 2 x (1+0+1 - 1)^2 = 2; expected 2 x (3x1x4 + 3x1x9 + 1x1x1)
    # = 80; alpha = 1 - (5-1) x 2 / 80 = 0.9.
    assert directives["matched"] == 2
    attributes = {a["attribute"]: a for a in directives["attributes"]}
    assert attributes["strength"]["level"] == "ordinal" and attributes["strength"]["units"] == 2
    assert attributes["strength"]["alpha"] == pytest.approx(0.9)
    assert attributes["strength"]["percent_agreement"] == pytest.approx(50.0)  # s0 all agree, s1 not
    assert attributes["issuer"]["units"] == 0 and attributes["issuer"]["alpha"] is None  # nobody gave one


def test_codes_on_matched_directives_are_one_unit_and_the_rest_are_counted_unmatched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = agreement(capsys, layered_library(tmp_path))
    rows = {row["variable"]: row for row in report["variables"]}
    target = rows["target"]
    # Unit s0: a x, b x, c y; unit s1: a y, b y. Coincidences: x-x 1, x-y 1, y-x 1, y-y 2; n_x = 2,
    # n_y = 3: alpha = 1 - (5-1) x 2 / (2 x 2 x 3) = 1/3. Each coder's directive has its own id:
    # without matching no unit would have two coders.
    assert (target["units"], target["coders"]) == (2, 3)
    assert target["alpha"] == pytest.approx(1 / 3)
    # a's and b's directives in article 1 match nobody's, nor c's third sentence: 3 codes left out.
    assert target["unmatched"] == 3
    assert rows["tone"]["unmatched"] is None and rows["tone"]["units"] == 1  # article 2: three coders
    pairs = {(p["coder_a"], p["coder_b"]): p for p in report["pairs"] if p["variable"] == "target"}
    assert pairs[("a", "b")]["units"] == 2 and pairs[("a", "b")]["alpha"] == pytest.approx(1.0)
    assert pairs[("a", "c")]["units"] == 1 and pairs[("a", "c")]["percent_agreement"] == 0.0


def test_two_coders_and_the_coders_option_compare_only_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = layered_library(tmp_path)
    narrowed = agreement(capsys, db, "--coders", "a,b")
    # Only a and b: their pair's figures are the whole report's.
    assert narrowed["entities"]["f1"] == pytest.approx(0.8) and narrowed["entities"]["coders"] == 2
    assert narrowed["directives"]["f1"] == pytest.approx(2 / 3) and narrowed["directives"]["matched"] == 2
    strength = next(a for a in narrowed["directives"]["attributes"] if a["attribute"] == "strength")
    # s0 必须/必须, s1 要/可: n = 2, 1, 0, 1; observed 2 x d(要, 可) = 2 x 1; expected
    # 2 x (2x1x(3-1.5)^2 + 2x1x(4-1.5)^2 + 1x1x1) = 36; alpha = 1 - (4-1) x 2 / 36 = 5/6.
    assert strength["units"] == 2 and strength["alpha"] == pytest.approx(5 / 6)
    target = next(row for row in narrowed["variables"] if row["variable"] == "target")
    assert (target["units"], target["alpha"], target["unmatched"]) == (2, pytest.approx(1.0), 2)
    # The full report's a-b rows are the same figures: the pair's character alpha and strength alpha.
    full = agreement(capsys, db)
    [entity_pair] = [
        p for p in full["entities"]["pairs"] if (p["coder_a"], p["coder_b"], p["label"]) == ("a", "b", None)
    ]
    assert entity_pair["alpha"] == pytest.approx(narrowed["entities"]["alpha"])
    [directive_pair] = [p for p in full["directives"]["pairs"] if (p["coder_a"], p["coder_b"]) == ("a", "b")]
    assert directive_pair["matched"] == 2
    assert {a["attribute"]: a["alpha"] for a in directive_pair["attributes"]}["strength"] == pytest.approx(5 / 6)
    # The same two coders' JSONL alone make the same report.
    alone = agreement(capsys, layered_library(tmp_path / "ab", ("a", "b")))
    assert alone["entities"] == narrowed["entities"] and alone["directives"] == narrowed["directives"]


def test_untouched_suggestions_are_nobodys_and_the_table_names_the_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = layered_library(tmp_path)
    with Library.open(db, create=False) as library:
        own = [a for i in library.article_ids() for a in library.annotations(i) if a.coder == ""]
    assert len(own) == 6  # the suggestions are there, in the library's layer
    bare = agreement(capsys, layered_library(tmp_path / "bare", suggestions=False))
    report = agreement(capsys, db)
    assert report["entities"] == bare["entities"] and report["directives"] == bare["directives"]
    capsys.readouterr()
    assert cli.main(["agreement", "--db", db]) == 0
    table = capsys.readouterr().out
    assert "Entities: 2 articles, 3 coders; exact-span F1 0.615" in table
    assert "Directives: 2 articles, 3 coders; detection F1 0.571, 2 matched" in table
    assert "strength: alpha 0.900 (2 units)" in table
    assert "target: 3 codes on directives no other coder's matched, left out" in table


def test_a_suggested_directive_a_coder_codes_counts_as_theirs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = layered_library(tmp_path)
    with Library.open(db, create=False) as library:
        article = next(i for i in library.article_ids() if library.article(i).body == BODIES[0])
        [suggested] = [a for a in library.annotations(article, "directive") if a.coder == ""]
        assert suggested.id is not None and (suggested.start, suggested.end) == _sentence(0, 1)
        # c leaves the suggestion in the library's layer but codes it: it is c's directive now.
        library.set_code("directive", suggested.id, "target", "y", coder="c")
    report = agreement(capsys, db)
    # Article 0: c {s0, s1 (the suggestion), s2}: a-c and b-c match 2 of 2+3: 2x2/5; a-b as before.
    assert _pairs(report["directives"]) == {("a", "b"): pytest.approx(2 / 3), ("a", "c"): 0.8, ("b", "c"): 0.8}
    assert report["directives"]["matched"] == 2
    target = next(row for row in report["variables"] if row["variable"] == "target")
    # Unit s1 is now a y, b y, c y: coincidences x-x 1, x-y 1, y-x 1, y-y 3; n_x = 2, n_y = 4:
    # alpha = 1 - (6-1) x 2 / (2 x 2 x 4) = 0.375. Still unmatched: a's and b's in article 1, c's s2.
    assert (target["units"], target["coders"], target["unmatched"]) == (2, 3, 3)
    assert target["alpha"] == pytest.approx(0.375)
