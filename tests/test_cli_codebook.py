"""`pizhu codebook import|export` and `pizhu export --what codes` through the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from test_cli import assert_one_line_error, run

from gui.core.library import Library
from gui.core.paths import resources_dir

EXAMPLE = resources_dir() / "codebooks" / "policy-documents.json"


def test_the_example_codebook_imports_exports_and_its_codes_export(tmp_path: Path, seed_path: Path) -> None:
    db = str(tmp_path / "lib.sqlite")
    assert run("import", str(seed_path), "--db", db, cwd=tmp_path).returncode == 0
    result = run("codebook", "import", str(EXAMPLE), "--db", db, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "4 variables" in result.stdout and "codebook version 1" in result.stdout
    exported = run("codebook", "export", "--db", db, cwd=tmp_path)
    assert json.loads(exported.stdout) == json.loads(EXAMPLE.read_text(encoding="utf-8"))
    out = tmp_path / "cb.json"
    assert run("codebook", "export", "-o", str(out), "--db", db, cwd=tmp_path).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(exported.stdout)

    with Library.open(db) as library:
        article_id = library.article_ids()[0]
        library.set_code("article", article_id, "instrument", "环境型")
        library.set_code("article", article_id, "policy_area", ["国民经济管理、国有资产监管", "民政、扶贫、救灾"])
    codes = run("export", "--what", "codes", "--format", "csv", "--db", db, cwd=tmp_path)
    assert codes.returncode == 0, codes.stderr
    [row] = list(csv.DictReader(io.StringIO(codes.stdout)))
    assert row["unit"] == "article" and row["article_id"] == str(article_id) and row["instrument"] == "环境型"
    assert row["policy_area__国民经济管理、国有资产监管"] == "1" and row["policy_area__党的建设"] == "0"
    assert row["strength"] == ""

    # A change that would drop the code is refused in one line, and applied with --force.
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["variables"][0]["values"] = data["variables"][0]["values"][:2]
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    refused = run("codebook", "import", str(changed), "--db", db, cwd=tmp_path)
    assert_one_line_error(refused, "1 codes", "instrument: 1", "nothing was changed", "--force")
    forced = run("codebook", "import", str(changed), "--force", "--db", db, cwd=tmp_path)
    assert forced.returncode == 0 and "1 invalid codes deleted" in forced.stdout and "version 2" in forced.stdout


def test_a_spreadsheet_codebook_imports(tmp_path: Path) -> None:
    path = tmp_path / "cb.csv"
    path.write_text(
        "variable,type,unit,code,key\ntone,nominal,article,pos,p\ntone,,,neg,n\nnote,text,article,,\n",
        encoding="utf-8",
    )
    result = run("codebook", "import", str(path), "--db", str(tmp_path / "lib.sqlite"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "2 variables" in result.stdout


def test_codebook_errors_are_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "lib.sqlite")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"name": "x", "variables": [{"name": "a", "type": "text"}] * 2}), encoding="utf-8")
    assert_one_line_error(run("codebook", "import", str(bad), "--db", db, cwd=tmp_path), "bad.json", "twice")
    assert not Path(db).exists()  # a bad file makes no library
    assert_one_line_error(run("codebook", "import", str(tmp_path / "none.json"), "--db", db, cwd=tmp_path), "not found")
    run("import", str(bad), "--db", db, cwd=tmp_path)  # makes the library (the file itself is no article)
    assert_one_line_error(run("codebook", "export", "--db", db, cwd=tmp_path), "no codebook")
    assert_one_line_error(run("export", "--what", "codes", "--db", db, cwd=tmp_path), "no codebook")
    assert_one_line_error(run("export", "--what", "codes", "--format", "bio", "--db", db, cwd=tmp_path), "csv, jsonl")


def test_codes_export_as_sav_by_extension_and_not_to_stdout(tmp_path: Path, seed_path: Path) -> None:
    import pyreadstat

    db = str(tmp_path / "lib.sqlite")
    assert run("import", str(seed_path), "--db", db, cwd=tmp_path).returncode == 0
    assert run("codebook", "import", str(EXAMPLE), "--db", db, cwd=tmp_path).returncode == 0
    with Library.open(db) as library:
        library.set_code("article", library.article_ids()[0], "instrument", "需求型")
    out = tmp_path / "codes.sav"
    result = run("export", "--what", "codes", "-o", str(out), "--db", db, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    frame, meta = pyreadstat.read_sav(str(out))
    assert frame["instrument"].tolist() == [2] and meta.variable_value_labels["instrument"][2] == "需求型"
    assert_one_line_error(run("export", "--what", "codes", "--format", "dta", "--db", db, cwd=tmp_path), "-o FILE")


def test_list_by_a_code(tmp_path: Path, seed_path: Path) -> None:
    db = str(tmp_path / "lib.sqlite")
    assert run("import", str(seed_path), "--db", db, cwd=tmp_path).returncode == 0
    assert_one_line_error(run("list", "--code", "instrument=供给型", "--db", db, cwd=tmp_path), "no codebook")
    assert run("codebook", "import", str(EXAMPLE), "--db", db, cwd=tmp_path).returncode == 0
    with Library.open(db) as library:
        article_id = library.article_ids()[0]
        library.set_code("article", article_id, "policy_area", ["国民经济管理、国有资产监管", "民政、扶贫、救灾"])
    listed = run("list", "--code", "policy_area=民政、扶贫、救灾", "--format", "json", "--db", db, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert [row["id"] for row in json.loads(listed.stdout)] == [article_id]
    none = run("list", "--code", "policy_area=国防", "--format", "json", "--db", db, cwd=tmp_path)
    assert json.loads(none.stdout) == []
    assert_one_line_error(run("list", "--code", "tone=x", "--db", db, cwd=tmp_path), "no variable 'tone'")
    assert_one_line_error(run("list", "--code", "instrument=x", "--db", db, cwd=tmp_path), "供给型, 需求型, 环境型")
    assert_one_line_error(run("list", "--code", "instrument", "--db", db, cwd=tmp_path), "VARIABLE=VALUE")


def test_coders_notes_travel_in_the_articles_jsonl_and_a_bad_one_costs_its_line(tmp_path: Path, seed_path) -> None:
    db, other = str(tmp_path / "lib.sqlite"), str(tmp_path / "other.sqlite")
    with Library.open(db) as library:
        first, second = library.import_paths([seed_path]).added_ids[:2]
        library.set_note(first, "是否属于环境型？\n第二段待定", coder="")
        library.set_note(first, "li: agree", coder="li")
    done = run("export", "--what", "articles", "--format", "jsonl", "-o", "a.jsonl", "--db", db, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    notes = {line["title"]: line["notes"] for line in lines}
    assert sorted(map(len, notes.values())) == [0, 0, 2]
    assert run("import", "a.jsonl", "--db", other, cwd=tmp_path).returncode == 0
    with Library.open(other) as copy:
        by_title = {copy.article(i).title: i for i in copy.article_ids()}
        with Library.open(db) as library:
            title = library.article(first).title
        assert (
            copy.note(by_title[title]) == "是否属于环境型？\n第二段待定"
            and copy.note(by_title[title], "li") == "li: agree"
        )
    # A notes field of the wrong shape: that line is refused by name, the rest imports.
    bad = dict(lines[0], title="坏", body="另一篇正文", notes="not a list")
    (tmp_path / "bad.jsonl").write_text(json.dumps(bad, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run("import", "bad.jsonl", "--db", other, cwd=tmp_path)
    assert "bad.jsonl, line 1" in result.stderr and '"notes" must be a list' in result.stderr
    assert "Traceback" not in result.stderr
