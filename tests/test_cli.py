"""The `pizhu` command line: what scripts and users rely on, errors included."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import SOURCE_ROOT


def run(
    *args: str, cwd: Path, env: dict[str, str] | None = None, exe: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)
    environment["PYTHONPATH"] = SOURCE_ROOT  # the same code the tests import
    environment.update(env or {})
    return subprocess.run(
        [*(exe or [sys.executable, "-m", "gui"]), *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]


def test_import_list_search_round(tmp_path: Path, seed_path: Path) -> None:
    db = str(tmp_path / "lib.sqlite")
    result = run("import", str(seed_path), "--db", db, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "3 articles imported" in result.stdout
    again = run("--db", db, "import", str(seed_path), cwd=tmp_path)  # --db before the command works too
    assert "0 articles imported, 3 already in the library" in again.stdout

    listed = json.loads(run("list", "--db", db, "--format", "json", cwd=tmp_path).stdout)
    assert {a["title"] for a in listed} == {
        "省委常委会议召开会议",
        "抓紧抓实抓细常态化防控举措 持续巩固来之不易的防控成果",
        "技术经理人纳入我省职称评审序列",
    }
    assert all(a["published"] == "2022-03-25" and a["status"] == "new" for a in listed)

    table = run("list", "--db", db, cwd=tmp_path).stdout
    assert "省委常委会议召开会议" in table and "2022-03-25" in table

    found = json.loads(run("search", "住房", "--db", db, "--format", "json", cwd=tmp_path).stdout)
    assert [a["title"] for a in found] == ["省委常委会议召开会议"]
    none = run("search", "台风", "--db", db, cwd=tmp_path)
    assert none.returncode == 1


def test_pizhu_db_environment_variable(tmp_path: Path, seed_path: Path) -> None:
    env = {"PIZHU_DB": str(tmp_path / "env.sqlite")}
    assert run("import", str(seed_path), cwd=tmp_path, env=env).returncode == 0
    assert len(json.loads(run("list", "--format", "json", cwd=tmp_path, env=env).stdout)) == 3


def test_analyze_prints_the_documented_json(tmp_path: Path, seed_path: Path) -> None:
    result = run("analyze", str(seed_path), "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["articles"]) == 3
    keys = {"pre_title", "title", "subtitles", "byline", "dateline", "published", "body", "entities", "directives"}
    for article in data["articles"]:
        assert set(article) == keys
        for entity in article["entities"]:
            assert article["body"][entity["start"] : entity["end"]] == entity["text"]
    assert "林武" in result.stdout  # UTF-8, not \\u escapes


def test_import_reports_bad_files_and_keeps_going(tmp_path: Path, seed_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    db = str(tmp_path / "lib.sqlite")
    result = run("import", str(tmp_path / "empty.txt"), str(seed_path), "--db", db, cwd=tmp_path)
    assert result.returncode == 0
    assert "empty.txt: empty file; skipped" in result.stderr
    assert "Traceback" not in result.stderr
    assert "3 articles imported" in result.stdout
    only_bad = run("import", str(tmp_path / "empty.txt"), "--db", db, cwd=tmp_path)
    assert only_bad.returncode == 1


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["analyze", "missing.txt"], ["missing.txt", "not found"]),
        (["import", "x.txt", "--published", "someday"], ["--published", "YYYY-MM-DD"]),
        (["list", "--format", "xml"], ["invalid choice"]),
        (["frobnicate"], ["invalid choice"]),
        (["search", "  "], ["empty search"]),
    ],
)
def test_errors_are_one_line_without_traceback(tmp_path: Path, args: list[str], words: list[str]) -> None:
    result = run(*args, cwd=tmp_path, env={"PIZHU_DB": str(tmp_path / "l.sqlite")})
    assert_one_line_error(result, *words)


def test_a_library_that_cannot_be_opened_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database" * 200)
    assert_one_line_error(run("list", "--db", str(bad), cwd=tmp_path), "bad.sqlite", "not a pizhu library")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert_one_line_error(run("list", "--db", str(folder), cwd=tmp_path), "a-folder")


def test_version(tmp_path: Path) -> None:
    result = run("--version", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("pizhu ")


def test_installed_command_finds_its_seeds_from_any_folder(tmp_path: Path) -> None:
    """The `pizhu` script of this environment, run elsewhere with a fresh home, seeds the default library."""
    script = shutil.which("pizhu", path=str(Path(sys.executable).parent))
    if script is None:
        if os.environ.get("CI"):
            pytest.fail("the pizhu command is not installed in this environment")
        pytest.skip("pizhu is not installed in this environment (pip install .)")
    home = tmp_path / "home"
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state")}
    environment = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PIZHU_DB")} | env
    result = subprocess.run(
        [script, "list", "--format", "json"], cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 3


# -- export --------------------------------------------------------------------

SEED_TITLES = {
    "省委常委会议召开会议",
    "抓紧抓实抓细常态化防控举措 持续巩固来之不易的防控成果",
    "技术经理人纳入我省职称评审序列",
}
EXPORT_HEADERS = {
    "entities": "article_id,article_title,published,label,start,end,text,origin,status,updated_at",
    # DESIGN's columns, then (issue 20) the issuer's entity, joint issuers and the document.
    "directives": "article_id,article_title,published,start,end,text,issuer,addressee,strength,topic,origin,status,"
    "updated_at,issuer_entity_id,issuers,document_id,document_number",
    # DESIGN's columns, then (issue 19) a document's own metadata.
    "articles": "article_id,published,pre_title,title,subtitles,byline,dateline,status,n_entities,n_directives,"
    "body,doc_number,issuer,url",
}


def _seeded_db(tmp_path: Path, seed_path: Path) -> str:
    db = str(tmp_path / "lib.sqlite")
    result = run("import", str(seed_path), "--db", db, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return db


def test_export_writes_the_three_csvs_of_the_design(tmp_path: Path, seed_path: Path) -> None:
    import csv
    import io

    db = _seeded_db(tmp_path, seed_path)
    for what, header in EXPORT_HEADERS.items():
        target = tmp_path / f"{what}.csv"
        result = run("export", "--what", what, "--excel", "-o", str(target), "--db", db, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert f"written to {target}" in result.stdout
        data = target.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf" + header.encode() + b"\r\n")
    text = (tmp_path / "articles.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert {r["title"] for r in rows} == SEED_TITLES
    assert all(r["published"] == "2022-03-25" and r["body"].startswith("本报讯") for r in rows)


def test_export_goes_to_stdout_without_a_file(tmp_path: Path, seed_path: Path) -> None:
    db = _seeded_db(tmp_path, seed_path)
    default = run("export", "--what", "articles", "--format", "jsonl", "--db", db, cwd=tmp_path)
    dash = run("export", "--what", "articles", "--format", "jsonl", "-o", "-", "--db", db, cwd=tmp_path)
    assert default.returncode == dash.returncode == 0
    assert default.stdout == dash.stdout
    assert {json.loads(line)["title"] for line in default.stdout.splitlines()} == SEED_TITLES
    assert "林武" in default.stdout  # UTF-8, not \\u escapes
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("lib.sqlite")) == []


def test_export_makes_a_formula_title_inert(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"title": '=HYPERLINK("http://x","点")', "body": "-1+1 正文。"}, ensure_ascii=False), "utf-8"
    )
    db = str(tmp_path / "lib.sqlite")
    assert run("import", str(feed), "--db", db, cwd=tmp_path).returncode == 0
    result = run("export", "--what", "articles", "--db", db, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert '"\'=HYPERLINK(""http://x"",""点"")"' in result.stdout
    assert '"\'-1+1 正文。"' in result.stdout


@pytest.mark.slow
def test_export_jsonl_then_import_gives_the_same_library(tmp_path: Path, seed_path: Path) -> None:
    db = _seeded_db(tmp_path, seed_path)
    exported = tmp_path / "articles.jsonl"
    assert run("export", "--what", "articles", "-o", str(exported), "--db", db, cwd=tmp_path).returncode == 0
    copy = str(tmp_path / "copy.sqlite")
    result = run("import", str(exported), "--db", copy, cwd=tmp_path)
    assert "3 articles imported" in result.stdout, result.stderr
    again = run("export", "--what", "articles", "--format", "jsonl", "--db", copy, cwd=tmp_path).stdout

    def without_ids(lines: list[str]) -> list[dict[str, object]]:
        return sorted(({k: v for k, v in json.loads(x).items() if k != "id"} for x in lines), key=str)

    assert without_ids(again.splitlines()) == without_ids(exported.read_text("utf-8").splitlines())


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--what", "directives", "--format", "bio"], ["directives", "bio"]),
        (["--what", "entities", "--from", "someday"], ["--from", "YYYY-MM-DD"]),
        (["--what", "articles", "--ids", "1,x"], ["--ids", "1,2,3"]),
        (["--what", "articles", "--label", "PER"], ["--label"]),
        (["--what", "entities", "--from", "2022-04-01", "--to", "2022-03-01"], ["--from", "--to", "after"]),
        (["--what", "articles", "-o", "no-such-folder/a.csv"], ["no such folder"]),
        (["--format", "csv"], ["--what"]),
    ],
)
def test_export_errors_are_one_line(tmp_path: Path, seed_path: Path, args: list[str], words: list[str]) -> None:
    db = _seeded_db(tmp_path, seed_path)
    assert_one_line_error(run("export", *args, "--db", db, cwd=tmp_path), *words)


def test_export_from_a_missing_library_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite"
    assert_one_line_error(run("export", "--what", "articles", "--db", str(missing), cwd=tmp_path), "no such library")
    assert not missing.exists()


def _speech_db(tmp_path: Path) -> tuple[str, int, str]:
    """A library with one speech (tagged on import); its id and body."""
    speech = tmp_path / "speech.txt"
    body = "省委常委会召开会议，省委书记林武主持会议并讲话。林武指出，今年的春耕生产形势总体平稳。"
    speech.write_text(f"讲话\n\n{body}\n", encoding="utf-8")
    db = str(tmp_path / "lib.sqlite")
    assert run("import", str(speech), "--db", db, cwd=tmp_path).returncode == 0
    listed = json.loads(run("list", "--db", db, "--format", "json", cwd=tmp_path).stdout)
    return db, listed[0]["id"], body


def test_directive_marks_the_sentence_with_the_window_s_rules_and_unmarks_it(tmp_path: Path) -> None:
    db, article_id, body = _speech_db(tmp_path)
    offset = body.index("春耕")
    marked = run("directive", str(article_id), str(offset), "--db", db, cwd=tmp_path)
    assert marked.returncode == 0, marked.stderr
    sentence = "林武指出，今年的春耕生产形势总体平稳。"
    start = body.index(sentence)
    # The whole sentence, not the offset's word, and the speaker the detector reads there.
    assert marked.stdout.strip() == f"marked {start}-{start + len(sentence)} (issuer 林武): {sentence}"
    exported = run("export", "--what", "directives", "--format", "jsonl", "--db", db, cwd=tmp_path).stdout
    rows = [json.loads(line) for line in exported.splitlines()]
    assert [(r["text"], r["origin"], r["status"]) for r in rows if r["origin"] == "manual"] == [
        (sentence, "manual", "accepted")
    ]
    unmarked = run("directive", str(article_id), str(offset), "--db", db, cwd=tmp_path)
    assert unmarked.stdout.startswith("unmarked"), unmarked.stdout
    exported = run("export", "--what", "directives", "--format", "jsonl", "--db", db, cwd=tmp_path).stdout
    assert not [line for line in exported.splitlines() if '"manual"' in line]


def test_status_marks_articles_done_and_refuses_unknown_ids(tmp_path: Path) -> None:
    db, article_id, _body = _speech_db(tmp_path)
    done = run("status", "done", str(article_id), "--db", db, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    listed = json.loads(run("list", "--db", db, "--status", "done", "--format", "json", cwd=tmp_path).stdout)
    assert [r["id"] for r in listed] == [article_id]
    assert_one_line_error(run("status", "done", "999", "--db", db, cwd=tmp_path), "999")
    assert_one_line_error(run("directive", str(article_id), "100000", "--db", db, cwd=tmp_path), "outside the body")
