"""Hostile input files (issue 21): no record sinks a batch, no text is damaged or lost
without a line that says so, and only regular files are read."""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import SOURCE_ROOT

from gui.core.store import Store

CHINESE = "全省各地要加强安全生产监管，压实责任，确保人民群众生命财产安全。"


def pizhu(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The command line in a subprocess, with a memory cap: a regression that reads
    /dev/zero must fail this test, not the machine."""

    def cap_memory() -> None:
        limit = 3 * 1024**3
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    env = dict(os.environ, PYTHONPATH=SOURCE_ROOT)
    return subprocess.run(
        [sys.executable, "-m", "gui", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=cap_memory,
    )


def problems(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr, result.stderr
    return [line for line in result.stderr.splitlines() if line.strip()]


def stored(db: Path) -> dict[str, tuple[str, str, int]]:
    """title → (body, published, annotations) of every article in the library."""
    with Store(db) as store:
        return {a.title: (a.body, a.published or "", len(store.annotations(a.id))) for a in store.iter_articles()}


def texts(db: Path) -> dict[str, tuple]:
    """title → every other text field of every article in the library."""
    with Store(db) as store:
        return {
            a.title: (a.pre_title, tuple(a.subtitles), a.byline, a.dateline, a.published, a.status, a.body)
            for a in store.iter_articles()
        }


def exported(record: dict) -> dict:
    """A record as pizhu's articles JSONL writes it: read exactly, annotations kept, nothing tagged."""
    return {"content_hash": "x", "annotations": [], **record}


def jsonl(path: Path, *records: dict | str) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- 2. encodings ----------------------------------------------------------------


@pytest.mark.parametrize("shift", [0, 1, 2])
def test_a_first_line_longer_than_the_sample_is_read_as_utf8(tmp_path: Path, shift: int) -> None:
    # 1.2 MB of Chinese on the first line: the 1 MB sample ends inside a character
    # at one of three byte alignments.
    body = "x" * shift + CHINESE * (1_200_000 // len(CHINESE.encode()))
    feed = jsonl(
        tmp_path / "long.jsonl", exported({"title": "长", "body": body}), exported({"title": "短", "body": "短文。"})
    )
    db = tmp_path / "lib.sqlite"
    result = pizhu("import", str(feed), "--db", str(db))
    assert result.returncode == 0 and problems(result) == []
    assert stored(db)["长"][0] == body


def test_a_50_mb_first_line_is_streamed_as_utf8(tmp_path: Path) -> None:
    from gui.core.textio import open_text_stream

    feed = tmp_path / "huge.jsonl"
    with feed.open("w", encoding="utf-8") as f:
        start = '{"title": "大", "body": "'
        f.write(start)
        for _ in range(50 * 1024 * 1024 // len(CHINESE.encode()) + 1):
            f.write(CHINESE)
        f.write('"}\n')
    stream, encoding = open_text_stream(feed)
    with stream:
        assert encoding == "utf-8"
        assert stream.read(len(start) + len(CHINESE)) == start + CHINESE


def test_utf16le_latin_text_without_a_bom_is_text(tmp_path: Path) -> None:
    text = "Café résumé: naïve crème brûlée à la façon de Gruyère, déjà vu. Ça va?"
    page = tmp_path / "latin.txt"
    page.write_bytes(text.encode("utf-16-le"))
    db = tmp_path / "lib.sqlite"
    result = pizhu("import", str(page), "--db", str(db))
    assert result.returncode == 0 and problems(result) == []
    assert [body for body, _, _ in stored(db).values()] == [text]


# -- 3. one bad record is one line --------------------------------------------------


def test_records_that_break_the_parser_are_one_line_each_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = {"title": "好", "body": "省委书记林武主持会议。"}
    annotation = {"kind": "entity", "label": "PER", "start": 4, "end": 6}
    feed = jsonl(
        tmp_path / "bad.jsonl",
        '{"title": "深", "body": "正文。", "x": ' + "[" * 1000 + "]" * 1000 + "}",  # line 1
        '{"title": "长数", "body": "正文。", "n": ' + "7" * 5000 + "}",  # line 2
        exported({**good, "title": "溢出", "annotations": [{**annotation, "end": 1e999}]}),  # line 3
        exported({**good, "title": "小数", "annotations": [{**annotation, "start": 0.9}]}),  # line 4
        exported({**good, "title": "真假", "annotations": [{**annotation, "start": True}]}),  # line 5
        json.dumps(exported({**good, "title": "半个", "body": "正文\ud800。"})),  # line 6: "\ud800" in JSON
        exported({**good, "annotations": [annotation]}),  # line 7
    )
    later = jsonl(tmp_path / "later.jsonl", exported({"title": "后", "body": "后来的文件。"}))
    db = tmp_path / "lib.sqlite"
    result = pizhu("import", str(feed), str(later), "--db", str(db))
    assert result.returncode == 0, result.stderr
    lines = problems(result)
    assert len(lines) == 6, lines
    for number, line in enumerate(lines, 1):
        assert f"bad.jsonl, line {number}" in line
    articles = stored(db)
    # Bad offsets lose their annotation, not the article; unreadable records are skipped.
    assert {title: n for title, (_, _, n) in articles.items()} == {"溢出": 0, "小数": 0, "真假": 0, "好": 1, "后": 0}


# -- 4. export → import is lossless ---------------------------------------------------


def test_articles_jsonl_with_a_genuine_replacement_character_comes_back(tmp_path: Path) -> None:
    source, copy = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    feed = tmp_path / "in.jsonl"  # JSON-escaped, which the first import always read
    feed.write_text(json.dumps({"title": "替换符", "body": "原文就有\ufffd这个字符。"}) + "\n", encoding="utf-8")
    assert pizhu("import", str(feed), "--db", str(source)).returncode == 0
    assert stored(source)["替换符"][0] == "原文就有\ufffd这个字符。"
    out = tmp_path / "articles.jsonl"
    assert pizhu("export", "--what", "articles", "-o", str(out), "--db", str(source)).returncode == 0
    result = pizhu("import", str(out), "--db", str(copy))
    assert result.returncode == 0 and problems(result) == []
    assert stored(copy) == stored(source)


def test_articles_csv_with_a_cell_over_131072_characters_comes_back_whole(tmp_path: Path) -> None:
    source, copy = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    records = [exported({"title": f"第{n}篇", "body": f"第{n}篇的正文。"}) for n in range(6)]
    records.insert(2, exported({"title": "长篇", "body": CHINESE * (200_000 // len(CHINESE))}))
    assert pizhu("import", str(jsonl(tmp_path / "in.jsonl", *records)), "--db", str(source)).returncode == 0
    out = tmp_path / "articles.csv"
    assert pizhu("export", "--what", "articles", "-o", str(out), "--db", str(source)).returncode == 0
    result = pizhu("import", str(out), "--db", str(copy))
    assert result.returncode == 0 and problems(result) == []
    assert "7 articles imported" in result.stdout
    assert texts(copy) == texts(source)


def test_csv_rows_with_bad_bytes_after_the_first_megabyte_are_named(tmp_path: Path) -> None:
    rows = io.StringIO()
    writer = csv.writer(rows, lineterminator="\n")
    writer.writerow(["title", "body", "note"])
    for n in range(1, 10):  # an unused column fills the first MB (cells under csv's default limit)
        writer.writerow([f"标题{n}", f"正文{n}。", CHINESE * 3000 if n < 5 else ""])
    data = rows.getvalue().encode()
    cut = data.index("标题7,".encode())
    assert cut > 1024 * 1024  # past the sample the encoding is decided on
    feed = tmp_path / "rows.csv"
    feed.write_bytes(data[:cut] + b"\xff\xfe" + data[cut:])  # on line 8
    db = tmp_path / "lib.sqlite"
    result = pizhu("import", str(feed), "--db", str(db))
    assert result.returncode == 0
    (line,) = problems(result)
    assert "rows.csv, line 8" in line and "not valid" in line
    articles = stored(db)
    assert sorted(articles) == [f"标题{n}" for n in range(1, 10) if n != 7]


# -- 5. special files ----------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_or_a_device_named_explicitly_is_one_line_and_never_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    good = tmp_path / "good.txt"
    good.write_text("某县召开春耕生产工作会议\n\n本报讯 3月1日，某县召开春耕生产工作会议。\n", encoding="utf-8")
    db = tmp_path / "lib.sqlite"
    result = pizhu("import", str(fifo), str(zero), str(good), "--db", str(db), timeout=90)
    assert result.returncode == 0
    lines = problems(result)
    assert len(lines) == 2
    assert "pipe.txt" in lines[0] and "FIFO" in lines[0] and "not a regular file" in lines[0]
    assert "zero.txt" in lines[1] and "device" in lines[1] and "not a regular file" in lines[1]
    assert list(stored(db)) == ["某县召开春耕生产工作会议"]
    for special in (fifo, zero):
        analyzed = pizhu("analyze", str(special), timeout=90)
        assert analyzed.returncode == 1 and analyzed.stdout == ""
        (line,) = problems(analyzed)
        assert special.name in line and "not a regular file" in line


# -- 11. formula cells ------------------------------------------------------------------

FORMULA_TITLES = [
    "=1+1",
    " =1+1",
    "\u00a0=1+1",
    "\n=1+1",
    "\u200b=1+1",
    "\ufeff=1+1",
    "\u3000@SUM(A1)",
    "\x00=1+1",
    "\x00",
    "\t-2",
    "\r+3",
    "=1+1'",
]
PLAIN_TITLES = ["'=1+1", "''=1+1", "'", "'plain", "plain", " plain", "1+1", "'\u200b=x"]


def test_articles_csv_cells_are_inert_and_come_back_exactly(tmp_path: Path) -> None:
    titles = FORMULA_TITLES + PLAIN_TITLES
    source, copy = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    # Distinct articles that differ only in a leading quote or space, with other cells that
    # need the same care (subtitles are one a line in their cell, so none has a line break).
    records = [
        exported({"title": title, "pre_title": title, "body": title + "正文。", "subtitles": [title.strip("\n")]})
        for title in titles
    ]
    assert pizhu("import", str(jsonl(tmp_path / "in.jsonl", *records)), "--db", str(source)).returncode == 0
    assert len(stored(source)) == len(titles) == 20
    out = tmp_path / "articles.csv"
    assert pizhu("export", "--what", "articles", "-o", str(out), "--db", str(source)).returncode == 0
    with out.open(encoding="utf-8", newline="") as f:
        cells = {row["title"]: row for row in csv.DictReader(f)}
    for title in FORMULA_TITLES:
        assert ("'" + title) in cells  # what a spreadsheet shows starts with the inert quote
    for title in PLAIN_TITLES:
        assert (("'" + title) if title.startswith("'") else title) in cells
    result = pizhu("import", str(out), "--db", str(copy))
    assert result.returncode == 0 and problems(result) == []
    assert f"{len(titles)} articles imported" in result.stdout
    assert texts(copy) == texts(source)


# -- 13. smaller ----------------------------------------------------------------------


def test_a_file_of_only_headlines_has_a_title_and_its_lines_apart(tmp_path: Path) -> None:
    page = tmp_path / "headlines.txt"
    page.write_text("省委常委会召开会议\n全省春耕生产现场会在临汾召开\n我省出台稳就业十条措施\n", encoding="utf-8")
    db = tmp_path / "lib.sqlite"
    result = pizhu("import", str(page), "--db", str(db))
    assert result.returncode == 0 and problems(result) == []
    ((title, (body, _, _)),) = stored(db).items()
    assert title == "省委常委会召开会议"
    assert body.split("\n") == ["全省春耕生产现场会在临汾召开", "我省出台稳就业十条措施"]
