"""The `pizhu` command line: what scripts and users rely on, errors included."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import gui

SOURCE_ROOT = str(Path(gui.__file__).resolve().parent.parent)


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
