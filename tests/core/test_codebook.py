"""Codebooks and codes in the core (no Qt): the model and its checks, the files, the library's
operations, codes in the articles JSONL, and the codes export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from gui.core import corrections
from gui.core.codebook import Codebook, Value, Variable, codebook_from_data, load_codebook
from gui.core.errors import InputError
from gui.core.export import ExportError, ExportOptions, export_to_file
from gui.core.library import Library
from gui.core.messages import Message
from gui.core.model import Annotation, Article
from gui.core.paths import resources_dir
from gui.core.vocabulary import RESERVED_KEYS

EXAMPLE = resources_dir() / "codebooks" / "policy-documents.json"


def _data(**changes: Any) -> dict[str, Any]:
    """A small valid codebook as the JSON contract has it, with one variable's fields changed."""
    tone = {
        "name": "tone",
        "label_zh": "语气",
        "label_en": "Tone",
        "description": "How the article sounds.",
        "unit": "article",
        "type": "nominal",
        "values": [
            {"code": "pos", "label_zh": "正面", "label_en": "positive", "key": "p"},
            {"code": "neg", "label_zh": "负面", "label_en": "negative", "key": "n"},
        ],
        "required": True,
    }
    tone.update(changes)
    return {
        "name": "test",
        "variables": [
            tone,
            {"name": "areas", "unit": "article", "type": "multi", "values": [{"code": "a"}, {"code": "b"}]},
            {"name": "amount", "unit": "directive", "type": "interval"},
            {
                "name": "force",
                "unit": "directive",
                "type": "ordinal",
                "values": [{"code": "1"}, {"code": "2"}],
                "required": True,
            },  # fmt: skip
            {"name": "note", "unit": "article", "type": "text"},
        ],
    }


def _problem(data: Any) -> Message:
    with pytest.raises(InputError) as caught:
        codebook_from_data(data, "cb.json")
    line = caught.value.args[0]
    assert isinstance(line, Message) and "\n" not in line
    return line


# -- the model -----------------------------------------------------------------------


def test_a_codebook_reads_from_the_contract_and_writes_back_the_same() -> None:
    codebook = codebook_from_data(_data())
    assert [v.name for v in codebook.variables] == ["tone", "areas", "amount", "force", "note"]
    tone = codebook.variables[0]
    assert tone.values[0] == Value("pos", "正面", "positive", "p") and tone.required
    assert codebook_from_data(json.loads(codebook.to_json())) == codebook


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        ({"name": "x", "variables": [{"name": "a", "type": "text"}, {"name": "a", "type": "text"}]},
         "codebook.duplicate_variable", ["'a'", "twice"]),
        (_data(values=[{"code": "p"}, {"code": "p"}]), "codebook.duplicate_code", ["'tone'", "'p'"]),
        (_data(values=[{"code": "p", "key": "a"}, {"code": "q", "key": "A"}]), "codebook.duplicate_key", ["'A'"]),
        (_data(unit="paragraph"), "codebook.bad_unit", ["'paragraph'", "article, directive"]),
        (_data(type="scale"), "codebook.bad_type", ["'scale'"]),
        (_data(type="interval"), "codebook.values_not_allowed", ["'tone'", "interval"]),
        (_data(values=[]), "codebook.values_needed", ["'tone'", "nominal"]),
        (_data(values=[{"code": "p", "key": "j"}]), "codebook.reserved_key", ["'j'"]),
        (_data(values=[{"code": "p", "key": "ab"}]), "codebook.bad_key", ["'ab'"]),
        (_data(name="政策"), "codebook.bad_name", ["政策"]),
        (_data(required="maybe"), "codebook.bad_field", ["required"]),
        ({"variables": []}, "codebook.no_name", []),
        ({"name": "x", "variables": []}, "codebook.no_variables", []),
        ([1, 2], "codebook.not_object", []),
    ],
)  # fmt: skip
def test_every_problem_of_a_codebook_is_one_line_naming_the_file(data: Any, code: str, words: list[str]) -> None:
    line = _problem(data)
    assert line.code == code and "cb.json" in line
    for word in words:
        assert word in line


def test_the_reserved_keys_are_the_readers() -> None:
    for key in ("J", "K", "D", "X", "Enter", "Tab"):
        assert key in RESERVED_KEYS


def test_a_variable_checks_values_by_its_type() -> None:
    codebook = codebook_from_data(_data())
    tone, areas, amount, force, note = codebook.variables
    assert tone.check("pos") and not tone.check("neutral") and not tone.check(["pos"])
    assert areas.check(["a", "b"]) and not areas.check(["a", "a"]) and not areas.check("a") and not areas.check([])
    assert amount.check(3) and amount.check(2.5) and not amount.check("3") and not amount.check(True)
    assert not amount.check(float("nan"))
    assert force.check("1") and not force.check(1) and force.check(force.normalised(1))
    assert note.check("任何文字") and not note.check(1)
    assert areas.normalised("a") == ["a"]


# -- files ---------------------------------------------------------------------------


def _sheet_rows() -> list[list[Any]]:
    return [
        ["variable", "label_zh", "label_en", "description", "unit", "type", "required", "code", "value_label_zh",
         "value_label_en", "key"],
        ["tone", "语气", "Tone", "How it sounds", "article", "nominal", "yes", "pos", "正面", "positive", "p"],
        ["tone", "", "", "", "", "", "", "neg", "负面", "negative", "n"],
        ["amount", "金额", "Amount", "", "directive", "interval", "", "", "", "", ""],
        ["force", "", "", "", "directive", "ordinal", "1", 1, "弱", "weak", "w"],
        ["force", "", "", "", "", "", "", 2, "强", "strong", "s"],
    ]  # fmt: skip


def test_a_spreadsheet_codebook_has_one_row_per_value_as_csv_or_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "my-codebook.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(_sheet_rows())
    from_csv = load_codebook(path)
    assert from_csv.name == "my-codebook"
    tone, amount, force = from_csv.variables
    assert [v.code for v in tone.values] == ["pos", "neg"] and tone.required and tone.label_zh == "语气"
    assert amount.type == "interval" and amount.values == () and amount.unit == "directive"
    assert force.codes() == ["1", "2"] and force.required

    import openpyxl

    book = openpyxl.Workbook()
    for row in _sheet_rows():
        book.active.append(row)
    xlsx = tmp_path / "my-codebook.xlsx"
    book.save(xlsx)
    assert load_codebook(xlsx) == from_csv


def test_a_bad_spreadsheet_row_is_named(tmp_path: Path) -> None:
    rows = _sheet_rows()
    rows[5][10] = "w"  # the key of the first force value again
    path = tmp_path / "cb.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    with pytest.raises(InputError, match=r"cb.csv, row 6: variable 'force': the key 'w' is given to two values"):
        load_codebook(path)


def test_files_that_are_no_codebook_get_one_line(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="bad.json: not valid JSON"):
        load_codebook(tmp_path / "bad.json")
    (tmp_path / "cb.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="cb.txt: a codebook is a .json file"):
        load_codebook(tmp_path / "cb.txt")
    (tmp_path / "fake.xlsx").write_bytes(b"not a zip")
    with pytest.raises(InputError, match="fake.xlsx: cannot read the codebook"):
        load_codebook(tmp_path / "fake.xlsx")


def test_the_example_codebook_loads_and_its_keys_are_free() -> None:
    codebook = load_codebook(EXAMPLE)
    names = {v.name: v for v in codebook.variables}
    assert set(names) == {"instrument", "issuer_level", "policy_area", "strength"}
    assert names["instrument"].codes() == ["供给型", "需求型", "环境型"] and names["instrument"].unit == "article"
    assert names["issuer_level"].codes() == ["中央", "省", "市", "县"] and names["issuer_level"].type == "ordinal"
    assert names["strength"].codes() == ["必须", "要", "鼓励", "可"] and names["strength"].unit == "directive"
    from gui.core.nlp.topics import default_topics

    assert names["policy_area"].codes() == [t.name for t in default_topics()]
    for variable in codebook.variables:
        assert variable.description
        if variable.name != "policy_area":
            assert all(v.key for v in variable.values)
    # 22 areas, 19 letters free of the reader's keys and the instrument's (s, e, h): the rarest
    # three (组织机构, 人口与计划生育…, 港澳台侨工作) are chosen by a click, leaving digits for new variables.
    keyed = [v for v in names["policy_area"].values if v.key]
    assert len(keyed) == 19 and all(v.key.isalpha() for v in keyed)


# -- the library ---------------------------------------------------------------------


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = Library.open(tmp_path / "lib.sqlite")
    body = "会议强调，要加强安全生产。必须压实责任。"
    directives = [
        Annotation("directive", "DIRECTIVE", 5, 13, body[5:13], origin="manual", status="accepted"),
        Annotation("directive", "DIRECTIVE", 13, 19, body[13:19], origin="manual", status="accepted"),
    ]
    lib.import_articles([Article("标题", body, annotations=directives, published="2024-01-02")])
    return lib


def _ids(lib: Library) -> tuple[int, list[int]]:
    [article_id] = lib.article_ids()
    return article_id, [a.id for a in lib.annotations(article_id, "directive") if a.id is not None]


def test_codes_are_set_checked_undone_and_go_with_their_unit(library: Library) -> None:
    assert library.set_codebook(codebook_from_data(_data())).applied
    article_id, (d1, d2) = _ids(library)
    edit = library.set_code("article", article_id, "tone", "pos")
    assert library.article(article_id).status == "in_progress"  # type: ignore[union-attr]
    library.set_code("article", article_id, "areas", "a")  # one code of a multi variable is a list of one
    library.set_code("directive", d1, "force", 2)  # a spreadsheet's 2 is the code "2"
    assert sorted((r.variable, r.value) for r in library.codes_of("article", [article_id])) == [
        ("areas", ["a"]), ("tone", "pos"),
    ]  # fmt: skip
    assert [(r.unit_id, r.article_id, r.value) for r in library.codes_of("directive", [d1, d2])] == [
        (d1, article_id, "2")
    ]
    for bad in [("article", article_id, "tone", "neutral"), ("article", article_id, "nope", "x"),
                ("directive", article_id, "tone", "pos"), ("article", 999, "tone", "pos"),
                ("directive", d1, "amount", "many")]:  # fmt: skip
        with pytest.raises(InputError):
            library.set_code(*bad)
    library.apply(library.set_code("article", article_id, "tone", "neg"), forward=False)
    assert library.store.code("article", article_id, "tone") == "pos"
    library.apply(edit, forward=False)
    assert library.store.code("article", article_id, "tone") is None
    library.apply(edit)
    assert library.store.code("article", article_id, "tone") == "pos"
    # A directive's codes go with it, an article's with the article.
    library.apply(corrections.remove(library.store, library.annotation(d1)))  # type: ignore[arg-type]
    assert library.codes_of("directive", [d1]) == []
    library.store.delete_article(article_id)
    assert library.store.count_codes() == 0


def test_an_undone_first_code_leaves_a_new_article_new(library: Library) -> None:
    library.set_codebook(codebook_from_data(_data()))
    article_id, _ = _ids(library)
    edit = library.set_code("article", article_id, "tone", "pos")
    library.apply(edit, forward=False)
    assert library.article(article_id).status == "new"  # type: ignore[union-attr]


def test_coders_keep_their_own_codes(library: Library) -> None:
    library.set_codebook(codebook_from_data(_data()))
    article_id, _ = _ids(library)
    library.set_code("article", article_id, "tone", "pos", coder="wang")
    library.set_code("article", article_id, "tone", "neg", coder="li")
    assert sorted((r.coder, r.value) for r in library.codes_of("article", [article_id])) == [
        ("li", "neg"), ("wang", "pos"),
    ]  # fmt: skip


def test_missing_required_names_the_empty_required_variables(library: Library) -> None:
    assert library.missing_required(_ids(library)[0]) == []  # no codebook, nothing required
    library.set_codebook(codebook_from_data(_data()))
    article_id, (d1, d2) = _ids(library)
    assert library.missing_required(article_id) == ["tone", "force"]
    library.set_code("article", article_id, "tone", "pos")
    library.set_code("directive", d1, "force", "1")
    assert library.missing_required(article_id) == ["force"]  # the second directive has none
    library.set_code("directive", d2, "force", "2")
    assert library.missing_required(article_id) == []
    assert library.missing_required(article_id, coder="li") == ["tone", "force"]


def test_a_codebook_change_keeps_valid_codes_and_refuses_to_drop_others_unless_forced(library: Library) -> None:
    first = library.set_codebook(codebook_from_data(_data()))
    assert first.applied and first.version == 1 and library.codebook_version() == 1
    article_id, (d1, _d2) = _ids(library)
    library.set_code("article", article_id, "tone", "neg")
    library.set_code("article", article_id, "note", "自由文字")
    library.set_code("directive", d1, "force", "2")
    # Same variables with a new label: every code stays, the version goes up.
    relabelled = library.set_codebook(codebook_from_data(_data(label_en="Tone of voice")))
    assert relabelled.applied and relabelled.kept == 3 and relabelled.version == 2
    # Dropping the value "neg" and the variable "note" would invalidate two codes: refused.
    data = _data(values=[{"code": "pos"}])
    data["variables"] = [v for v in data["variables"] if v["name"] != "note"]
    refused = library.set_codebook(codebook_from_data(data))
    assert not refused.applied and refused.invalid == {"note": 1, "tone": 1} and refused.kept == 1
    assert "2 codes" in refused.summary() and "note: 1, tone: 1" in refused.summary()
    assert library.codebook_version() == 2 and library.store.count_codes() == 3
    forced = library.set_codebook(codebook_from_data(data), force=True)
    assert forced.applied and forced.dropped == 2 and forced.version == 3
    assert library.store.count_codes() == 1 and library.codebook() == codebook_from_data(data)


# -- codes in the articles JSONL and the codes export -------------------------------


def _export(library: Library, tmp_path: Path, what: str, fmt: str, excel: bool = False) -> str:
    path = tmp_path / f"{what}.{fmt}"
    export_to_file(library.store, ExportOptions(what=what, format=fmt, excel=excel), path)
    return path.read_text(encoding="utf-8-sig")


def test_codes_round_trip_through_the_articles_jsonl(library: Library, tmp_path: Path) -> None:
    codebook = codebook_from_data(_data())
    library.set_codebook(codebook)
    article_id, (d1, d2) = _ids(library)
    library.set_code("article", article_id, "tone", "pos", coder="wang")
    library.set_code("article", article_id, "areas", ["a", "b"])
    library.set_code("directive", d1, "amount", 2.5)
    library.set_code("directive", d2, "force", "1", coder="li")
    text = _export(library, tmp_path, "articles", "jsonl")
    record = json.loads(text)
    assert {"variable": "tone", "value": "pos", "coder": "wang"} in record["codes"]
    assert [a["codes"] for a in record["annotations"]] == [
        [{"variable": "amount", "value": 2.5, "coder": ""}],
        [{"variable": "force", "value": "1", "coder": "li"}],
    ]

    def codes(lib: Library) -> set[tuple[str, str, str, str]]:
        [aid] = lib.article_ids()
        directives = [a.id for a in lib.annotations(aid, "directive") if a.id is not None]
        rows = lib.codes_of("article", [aid]) + lib.codes_of("directive", directives)
        return {(r.unit, r.variable, json.dumps(r.value), r.coder) for r in rows}

    other = Library.open(tmp_path / "other.sqlite")
    other.set_codebook(codebook)
    report = other.import_paths([tmp_path / "articles.jsonl"])
    assert report.added == 1 and not report.problems
    assert codes(other) == codes(library) and len(codes(other)) == 4


def test_codes_the_library_cannot_place_cost_their_record_only(library: Library, tmp_path: Path) -> None:
    good = {"title": "a", "body": "正文一", "codes": [{"variable": "tone", "value": "pos", "coder": ""}]}
    unknown = {"title": "b", "body": "正文二", "codes": [{"variable": "mood", "value": "x", "coder": ""}]}
    bad_value = {"title": "c", "body": "正文三", "codes": [{"variable": "tone", "value": "meh", "coder": ""}]}
    plain = {"title": "d", "body": "正文四"}
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (good, unknown, bad_value, plain)) + "\n")
    fresh = Library.open(tmp_path / "fresh.sqlite")
    report = fresh.import_paths([path])  # no codebook yet: every coded record is refused, by name
    assert report.added == 1 and len(report.problems) == 3
    assert "in.jsonl, line 1" in report.problems[0] and "'tone'" in report.problems[0]
    assert "no codebook" in report.problems[0]
    library.set_codebook(codebook_from_data(_data()))
    report = library.import_paths([path])
    assert report.added == 2 and len(report.problems) == 2
    assert "line 2" in report.problems[0] and "'mood'" in report.problems[0]
    assert "line 3" in report.problems[1] and '"meh"' in report.problems[1]
    titles = {r.title: r.id for r in library.article_rows(library.article_ids())}
    assert set(titles) == {"标题", "a", "d"}
    assert [r.value for r in library.codes_of("article", [titles["a"]])] == ["pos"]


def test_the_codes_export_has_a_row_per_unit_and_coder_and_a_column_per_variable(
    library: Library, tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match="no codebook"):
        _export(library, tmp_path, "codes", "csv")
    library.set_codebook(codebook_from_data(_data()))
    article_id, (d1, _d2) = _ids(library)
    library.set_code("article", article_id, "tone", "pos")
    library.set_code("article", article_id, "areas", ["b"])
    library.set_code("article", article_id, "note", "=1+1")  # a formula stays text in a spreadsheet
    library.set_code("article", article_id, "tone", "neg", coder="li")
    library.set_code("directive", d1, "amount", 3)
    rows = list(csv.DictReader(io.StringIO(_export(library, tmp_path, "codes", "csv", excel=True))))
    assert list(rows[0]) == ["unit", "article_id", "annotation_id", "coder", "article_title", "published", "tone",
                             "areas__a", "areas__b", "amount", "force", "note"]  # fmt: skip
    assert [(r["unit"], r["coder"], r["annotation_id"]) for r in rows] == [
        ("article", "", ""), ("article", "li", ""), ("directive", "", str(d1)),
    ]  # fmt: skip
    mine, theirs, directive = rows
    assert (mine["tone"], mine["areas__a"], mine["areas__b"], mine["note"]) == ("pos", "0", "1", "'=1+1")
    assert (theirs["tone"], theirs["areas__a"], theirs["note"]) == ("neg", "", "")
    assert (
        directive["amount"] == "3" and directive["article_title"] == "标题" and directive["published"] == "2024-01-02"
    )
    lines = [json.loads(line) for line in _export(library, tmp_path, "codes", "jsonl").splitlines()]
    assert lines[0]["areas"] == ["b"] and lines[2] == {
        "unit": "directive", "article_id": article_id, "annotation_id": d1, "coder": "", "article_title": "标题",
        "published": "2024-01-02", "amount": 3,
    }  # fmt: skip


def test_a_codebook_round_trips_as_json(tmp_path: Path) -> None:
    codebook = Codebook("x", (Variable("v", type="text"),), "2")
    path = tmp_path / "cb.json"
    path.write_text(codebook.to_json(), encoding="utf-8")
    assert load_codebook(path) == codebook
