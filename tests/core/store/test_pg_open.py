"""Opening a library on a PostgreSQL server by --db or PIZHU_DB (issue 18): the same commands as
a file, one line when the database is not a pizhu library, a newer one refused untouched."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from helpers.pgcluster import Cluster

from gui.cli import main


@pytest.fixture()
def cluster(pg_cluster: Cluster | None) -> Cluster:
    if pg_cluster is None:
        pytest.skip("PostgreSQL's programs (initdb, pg_ctl) are not installed")
    return pg_cluster


def _one_line(capsys: pytest.CaptureFixture[str], code: int, *words: str) -> str:
    out = capsys.readouterr()
    assert code == 1 and out.out == ""
    lines = out.err.strip().splitlines()
    assert len(lines) == 1, out.err
    assert all(w in lines[0] for w in words), lines[0]
    return lines[0]


def test_import_list_and_search_a_server_library_by_db_and_by_pizhu_db(
    cluster: Cluster, seed_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = cluster.new_database()
    assert main(["import", str(seed_path), "--db", url]) == 0
    assert "3 articles imported" in capsys.readouterr().out
    monkeypatch.setenv("PIZHU_DB", url)
    assert main(["list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 3
    assert main(["search", "住房", "--format", "json"]) == 0  # a 2-character word, through the bigram index
    found = json.loads(capsys.readouterr().out)
    assert found and {a["id"] for a in found} <= {a["id"] for a in listed}
    assert main(["import", str(seed_path)]) == 0  # the same articles again: nothing added
    assert "3 already in the library" in capsys.readouterr().out


def test_a_database_that_is_not_a_library_is_refused_in_one_line_and_left_alone(
    cluster: Cluster, capsys: pytest.CaptureFixture[str], seed_path: Path
) -> None:
    url = cluster.new_database("other")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE payroll (name text)")
    _one_line(capsys, main(["import", str(seed_path), "--db", url]), url, "not a pizhu library")
    empty = cluster.new_database("empty")
    _one_line(capsys, main(["list", "--db", empty]), empty, "empty")  # a read makes no library
    with psycopg.connect(empty) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (1,)


def test_a_library_of_a_newer_pizhu_is_refused_untouched(
    cluster: Cluster, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = cluster.new_database()
    assert main(["import", str(seed_path), "--db", url]) == 0
    capsys.readouterr()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
    _one_line(capsys, main(["list", "--db", url]), "newer pizhu", "99")
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (99,)
