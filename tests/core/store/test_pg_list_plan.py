"""The server library's list and search after migration v04 (issue 18's search and filter
targets): a library of version 3 is upgraded in place on open and lists, filters and searches
exactly as before; a copied library is vacuumed and analysed, so the list reads its indexes."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from helpers.pgcluster import Cluster
from helpers.pgschema import TO_V04

from gui.cli import main
from gui.core.store.pg.migrations import SCHEMA_VERSION

# What v04 (and the versions after it) added, taken away again: the library as version 3 left it.
_TO_V03 = (
    *TO_V04,
    "DROP FUNCTION pizhu_search(tsquery)",
    "DROP INDEX articles_list",
    "DROP INDEX articles_status_list",
    "CREATE INDEX articles_status ON articles (status, published)",
    "UPDATE schema_version SET version = 3",
)
ARTICLES = [  # (title, body, published, status); two undated, two on one day
    ("住房保障工作会议召开", "会议研究住房保障和城市更新工作。", "2023-05-02", "done"),
    ("长江保护检查", "检查组察看长江岸线，要求做好住房安置。", "2023-05-02", "new"),
    ("春耕生产动员", "各地抓好春耕生产。", "2022-11-30", "done"),
    ("无日期的通知", "关于做好住房公积金工作的通知。", None, "done"),
    ("另一份无日期材料", "林武同志调研。", None, "in_progress"),
    ("年终总结", "全年工作总结。", "2024-01-15", "in_progress"),
]


@pytest.fixture()
def cluster(pg_cluster: Cluster | None) -> Cluster:
    if pg_cluster is None:
        pytest.skip("PostgreSQL's programs (initdb, pg_ctl) are not installed")
    return pg_cluster


def _listed(capsys: pytest.CaptureFixture[str], *args: str) -> list[tuple[str, str | None, str]]:
    capsys.readouterr()
    assert main([*args, "--format", "json"]) == 0
    return [(a["title"], a["published"], a["status"]) for a in json.loads(capsys.readouterr().out)]


def _library(cluster: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    url = cluster.new_database()
    source = tmp_path / "articles.jsonl"
    source.write_text(
        "".join(
            json.dumps({"title": t, "body": b, "published": p}, ensure_ascii=False) + "\n" for t, b, p, _ in ARTICLES
        ),
        encoding="utf-8",
    )
    assert main(["import", str(source), "--db", url]) == 0
    with psycopg.connect(url, autocommit=True) as conn:
        for title, _, _, status in ARTICLES:
            conn.execute("UPDATE articles SET status = %s WHERE title = %s", (status, title))
    capsys.readouterr()
    return url


def test_a_version_3_library_is_upgraded_on_open_and_lists_filters_and_searches_as_before(
    cluster: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _library(cluster, tmp_path, capsys)
    with psycopg.connect(url, autocommit=True) as conn:
        for statement in _TO_V03:
            conn.execute(statement)
    listed = _listed(capsys, "list", "--db", url)
    # Newest first, undated last, as the window lists them.
    dated = sorted((a for a in listed if a[1]), key=lambda a: a[1], reverse=True)
    assert listed[: len(dated)] == dated and {a[1] for a in listed[len(dated) :]} == {None}
    assert len(listed) == len(ARTICLES)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (SCHEMA_VERSION,)
        indexes = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'articles'")}
    assert {"articles_list", "articles_status_list"} <= indexes and "articles_status" not in indexes
    done = _listed(capsys, "list", "--status", "done", "--db", url)
    assert [a[0] for a in done] == [a[0] for a in listed if a[2] == "done"]
    assert {a[0] for a in done} == {t for t, _, _, s in ARTICLES if s == "done"}
    for word, articles_with_it in (("住房", 3), ("林武", 1), ("长江", 1), ("住房公积金", 1), ("城市更新", 1)):
        found = _listed(capsys, "search", word, "--db", url)
        expected = [a[0] for a in listed if any(word in t + b for t, b, _, _ in ARTICLES if t == a[0])]
        assert [a[0] for a in found] == expected and len(expected) == articles_with_it


def test_a_library_copied_to_the_server_is_vacuumed_and_analysed(
    cluster: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _library(cluster, tmp_path, capsys)
    local = tmp_path / "local.sqlite"
    assert main(["library", "copy", url, str(local)]) == 0
    copied = cluster.new_database("copied")
    assert main(["library", "copy", str(local), copied]) == 0
    with psycopg.connect(copied) as conn:
        stats = dict(
            conn.execute(
                "SELECT relname, last_vacuum IS NOT NULL AND last_analyze IS NOT NULL FROM pg_stat_user_tables"
                " WHERE relname IN ('articles', 'article_search', 'annotations')"
            ).fetchall()
        )
    assert stats == {"articles": True, "article_search": True, "annotations": True}
    assert _listed(capsys, "list", "--db", copied) == _listed(capsys, "list", "--db", url)


_MEETING = "国务院召开常务会议。"


def test_a_first_import_into_a_new_server_library_does_not_scan_its_articles_for_every_annotation(
    cluster: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each annotation's article key is checked by a query the server plans once per connection:
    planned on the empty table, it read every article for every annotation, and a first import
    slowed quadratically (80 s for 9,000 articles, 21 s into a library of 100,000). The import
    keeps the table's statistics, so the check is planned again on the index as the table grows."""
    url = cluster.new_database("fresh")
    source = tmp_path / "files"
    source.mkdir()
    n = 600
    for f in range(0, n, 20):  # files of 20 articles: the import writes batches of some 200
        (source / f"{f:04d}.jsonl").write_text(
            "".join(
                json.dumps(
                    {
                        "title": f"第{i}次调研",
                        "body": f"林武在太原市第{i}区调研，要求做好住房保障工作。国务院召开常务会议。",
                    },
                    ensure_ascii=False,
                )
                + "\n"
                for i in range(f, f + 20)
            ),
            encoding="utf-8",
        )
    assert main(["import", str(source), "--db", url]) == 0
    with psycopg.connect(url) as conn:
        annotations = conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
        read = conn.execute("SELECT seq_tup_read FROM pg_stat_user_tables WHERE relname = 'articles'").fetchone()[0]
    assert annotations >= 2 * n
    # Scanning the table for each annotation read some n * annotations / 2 rows (1.2 million here); now
    # the first batch's inserts still scan what is there (some 50,000).
    assert read < n * annotations / 10, (read, annotations)
