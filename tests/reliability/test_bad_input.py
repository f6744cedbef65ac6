"""Bad input: each case gets one clear line naming the file and why, and nothing stored is lost."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import SOURCE_ROOT

from gui.core.errors import LibraryError
from gui.core.library import Library
from gui.core.store import SCHEMA_VERSION, Store


def pizhu(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, PYTHONPATH=SOURCE_ROOT, **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "gui", *args], env=environment, capture_output=True, text=True, timeout=300
    )


@pytest.fixture()
def db(tmp_path: Path, seed_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        library.import_paths([seed_path])
    return path


def stored(path: Path) -> list[tuple[str, str, int]]:
    with Store(path) as store:
        assert store.integrity_ok()
        return sorted((a.content_hash, a.title, len(store.annotations(a.id))) for a in store.iter_articles())


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


GOOD_PAGE = "某县召开春耕生产工作会议\n\n本报讯 3月1日，某县召开春耕生产工作会议，要求各乡镇抓好春耕备耕。\n"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("spaces.txt", b" \n\t\n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 50, "binary file"),
        ("nul.txt", "正文。".encode() + b"\x00\x00\x00" + "更多正文。".encode(), "NUL bytes"),
        ("undecodable.txt", bytes([0x81, 0x20, 0xFE, 0x7F, 0xC0, 0x21]) * 200, "encoding"),
    ],
)
def test_unreadable_files_are_skipped_with_one_line_and_the_rest_imports(
    db: Path, tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    before = stored(db)
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(GOOD_PAGE, encoding="utf-8")
    result = pizhu("import", str(bad), str(good), "--db", str(db))
    assert result.returncode == 0
    assert "Traceback" not in result.stderr
    (message,) = lines(result.stderr)
    assert name in message and reason in message and "skipped" in message
    after = stored(db)
    assert set(before) < set(after) and len(after) == len(before) + 1


def test_a_200_mb_file_is_refused_at_once_with_its_size(db: Path, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    result = pizhu("import", str(huge), "--db", str(db))
    assert result.returncode == 1
    (message,) = lines(result.stderr)
    assert "huge.txt" in message and "200 MB" in message and "too big" in message
    assert stored(db)


@pytest.mark.slow
def test_a_single_one_megabyte_line_imports(db: Path, tmp_path: Path) -> None:
    line = tmp_path / "line.txt"
    line.write_text(("全省各地要加强安全生产监管" * 80_000)[:1_000_000], encoding="utf-8")
    result = pizhu("import", str(line), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "1 article imported" in result.stdout
    with Store(db) as store:
        bodies = [a.body for a in store.iter_articles()]
    assert max(map(len, bodies)) == 1_000_000


def test_malformed_jsonl_and_csv_lines_are_named_and_good_lines_import(db: Path, tmp_path: Path) -> None:
    jsonl = tmp_path / "feed.jsonl"
    jsonl.write_text(
        "\n".join(
            [
                json.dumps({"title": "甲", "body": "甲的正文。"}, ensure_ascii=False),
                '{"title": "broken",',
                json.dumps({"title": "乙", "body": "乙的正文。"}, ensure_ascii=False),
                "[]",
            ]
        ),
        encoding="utf-8",
    )
    csv_file = tmp_path / "rows.csv"
    csv_file.write_text('title,body\n丙,丙的正文。\n丁,"引号"之后还有字\n戊,戊的正文。\n', encoding="utf-8")
    result = pizhu("import", str(jsonl), str(csv_file), "--db", str(db))
    messages = lines(result.stderr)
    assert any("feed.jsonl, line 2" in m for m in messages)
    assert any("feed.jsonl, line 4" in m for m in messages)
    assert any("rows.csv, line 3" in m for m in messages)
    assert "3 articles imported" in result.stdout  # 甲, 乙 and 丙; the CSV stops at its broken line
    assert "Traceback" not in result.stderr


def test_jsonl_annotations_outside_the_body_or_with_unknown_labels(db: Path, tmp_path: Path) -> None:
    body = "省委书记林武主持会议。"
    record = {
        "title": "偏移",
        "body": body,
        "annotations": [
            {"kind": "entity", "label": "PER", "start": 4, "end": 6, "text": "林武"},
            {"kind": "entity", "label": "PER", "start": 5, "end": 99},
            {"kind": "entity", "label": "PER", "start": -3, "end": 2},
            {"kind": "entity", "label": "WEAPON", "start": 0, "end": 2, "text": "省委"},
        ],
    }
    feed = tmp_path / "export.jsonl"
    feed.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = pizhu("import", str(feed), "--db", str(db))
    messages = lines(result.stderr)
    assert sum("outside the body" in m for m in messages) == 2
    assert any("WEAPON" in m for m in messages)
    with Store(db) as store:
        article = next(a for a in store.iter_articles() if a.title == "偏移")
        kept = {(a.label, a.text) for a in store.annotations(article.id)}
    assert kept == {("PER", "林武"), ("WEAPON", "省委")}  # an unknown label is kept, and named


def test_a_file_that_disappears_during_the_import(library: Library, tmp_path: Path) -> None:
    files = []
    for n in range(3):
        path = tmp_path / f"{n}.txt"
        path.write_text(GOOD_PAGE.replace("某县", f"第{n}县"), encoding="utf-8")
        files.append(path)

    def progress(done: int, total: int, what: str) -> None:
        if done == 1:
            files[2].unlink()

    report = library.import_paths(files, progress=progress)
    assert report.added == 2
    assert [p for p in report.problems if "2.txt" in p and "moved or deleted" in p]


def test_a_read_only_library_reads_and_refuses_writes_clearly(db: Path, tmp_path: Path) -> None:
    before = stored(db)
    with Store(db, read_only=True) as store:
        assert store.count_articles() == 3
        with pytest.raises(LibraryError, match="read-only"):
            store.set_article_status(1, "done")
    page = tmp_path / "new.txt"
    page.write_text(GOOD_PAGE, encoding="utf-8")
    library = Library(Store(db, read_only=True))
    with pytest.raises(LibraryError, match="read-only"):
        library.import_paths([page])
    library.close()
    assert stored(db) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write any file")
def test_a_library_file_without_write_permission_opens_read_only(db: Path) -> None:
    db.chmod(0o444)
    result = pizhu("list", "--db", str(db), "--format", "json")
    assert result.returncode == 0 and len(json.loads(result.stdout)) == 3
    refused = pizhu("import", str(db.parent), "--db", str(db))
    assert refused.returncode != 0 and "read-only" in refused.stderr


@pytest.mark.slow
def test_a_full_disk_is_reported_and_nothing_stored_is_lost(db: Path, tmp_path: Path) -> None:
    before = stored(db)
    big = tmp_path / "big.txt"
    big.write_text(("各地要抓好安全生产。" * 3000 + "\n\n") * 30, encoding="utf-8")
    library = Library(Store(db))
    conn = library.store.raw_connection_for_tests()  # max_page_count holds for this connection only
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills up now
    with pytest.raises(LibraryError, match="disk is full"):
        library.import_paths([big])
    library.close()
    assert stored(db) == before


def test_the_library_stays_locked_gives_one_clear_line(db: Path, tmp_path: Path) -> None:
    holder = sqlite3.connect(db)
    holder.execute("BEGIN IMMEDIATE")  # another pizhu is in the middle of a long write
    try:
        page = tmp_path / "page.txt"
        page.write_text(GOOD_PAGE, encoding="utf-8")
        result = pizhu("import", str(page), "--db", str(db), env={"PIZHU_LOCK_TIMEOUT": "1"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 1
    (message,) = lines(result.stderr)
    assert "busy in another pizhu process" in message


def test_a_library_from_a_newer_pizhu_is_refused_on_the_command_line(db: Path) -> None:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    result = pizhu("list", "--db", str(db))
    assert result.returncode == 1
    (message,) = lines(result.stderr)
    assert "newer pizhu" in message


def test_a_folder_with_a_symlink_loop_imports_each_file_once(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    (folder / "a").mkdir(parents=True)
    (folder / "a" / "p.txt").write_text(GOOD_PAGE, encoding="utf-8")
    os.symlink(folder, folder / "a" / "back")
    os.symlink(folder / "a", folder / "again")
    result = pizhu("import", str(folder), "--db", str(db))
    assert result.returncode == 0
    assert "1 article imported" in result.stdout
