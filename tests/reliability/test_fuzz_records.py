"""Fuzzing the record readers (hypothesis): JSONL and CSV files mixing good records with
hostile ones. Each bad record costs exactly one problem line, and every good record is
in the library afterwards, exactly as the file had it."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.core.library import Library
from gui.core.store import Store

# Any text the library can hold: every code point but lone surrogates (U+FFFD, NUL,
# U+2028, BOMs, controls and characters outside the BMP included).
any_text = st.text(max_size=30)
ANNOTATION = {"kind": "entity", "label": "PER", "start": 0, "end": 2}


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


# (kind, JSON line or record, whether the article still imports). Bad offsets cost
# the annotation, not the article.
BAD_LINES = {
    "deep": lambda n, t: ('{"title": "深", "body": "正文", "x": ' + _nested(100_000 + n) + "}", False),
    "digits": lambda n, t: ('{"title": "数", "body": "正文", "n": ' + "9" * (4301 + n) + "}", False),
    "broken": lambda n, t: ('{"title": ' + json.dumps(t), False),
    "not an object": lambda n, t: (json.dumps([t, n]), False),
    "surrogate": lambda n, t: (json.dumps({"content_hash": "", "title": t, "body": f"正文{n}\ud800"}), False),
    "blank body": lambda n, t: (json.dumps({"title": t, "body": " \n\t"}), False),
    "infinite offset": lambda n, t: (None, {**ANNOTATION, "end": 1e999}),
    "float offset": lambda n, t: (None, {**ANNOTATION, "start": 0.5}),
    "bool offset": lambda n, t: (None, {**ANNOTATION, "start": True}),
    "big offset": lambda n, t: (None, {**ANNOTATION, "end": 10 ** (1000 + n)}),
}

record_kinds = st.lists(st.tuples(st.sampled_from(["good", *BAD_LINES]), any_text), min_size=1, max_size=12)


def _import(path: Path) -> tuple[list[str], set[tuple[str, str]]]:
    db = path.parent / "lib.sqlite"
    with Library.open(db) as library:
        report = library.import_paths([path])
    with Store(db) as store:
        return report.problems, {(a.title, a.body) for a in store.iter_articles()}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record_kinds, st.booleans())
def test_jsonl_one_problem_line_per_bad_record_and_every_good_record_imported(
    records: list[tuple[str, str]], ascii_only: bool
) -> None:
    lines: list[str] = []
    expected: set[tuple[str, str]] = set()
    bad_lines: list[int] = []
    for n, (kind, text) in enumerate(records):
        body = f"正文{n}{text}"  # unique, and never blank
        if kind == "good":
            # pizhu's own articles JSONL: read exactly, as it was written.
            record = {"content_hash": "", "title": text, "body": body, "annotations": [ANNOTATION]}
            lines.append(json.dumps(record, ensure_ascii=ascii_only))
            expected.add((text, body))
            continue
        line, annotation = BAD_LINES[kind](n, text)
        if line is None:
            record = {"content_hash": "", "title": text, "body": body, "annotations": [annotation]}
            line = json.dumps(record, ensure_ascii=ascii_only)
            expected.add((text, body))
        lines.append(line)
        bad_lines.append(n + 1)
    with tempfile.TemporaryDirectory() as folder:
        feed = Path(folder) / "feed.jsonl"
        feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
        problems, articles = _import(feed)
    assert len(problems) == len(bad_lines), problems
    for number, problem in zip(bad_lines, problems, strict=True):
        assert problem.startswith(f"{feed}, line {number}") and problem.endswith("skipped"), problem
    assert articles == expected


csv_kinds = st.lists(
    st.tuples(st.sampled_from(["good", "good", "long", "blank body", "bad bytes"]), any_text, any_text),
    min_size=1,
    max_size=10,
)


def _crawled(text: str) -> str:
    """What pizhu makes of a crawler's cell: line ends normalised."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(csv_kinds)
def test_csv_one_problem_line_per_bad_row_and_every_good_row_imported(rows: list[tuple[str, str, str]]) -> None:
    data = io.BytesIO()
    # A Chinese first row, as in any real feed: damaged bytes among plenty of text.
    lead = ("导语", "全省各地要加强安全生产监管，压实责任，确保人民群众生命财产安全。" * 4)
    data.write(f"title,body\n{','.join(lead)}\n".encode())
    expected: set[tuple[str, str]] = {lead}
    bad = 0
    for n, (kind, title, text) in enumerate(rows):
        body = f"正文{n}{text}" + ("长" * 140_000 if kind == "long" else "")
        if kind == "blank body":
            body = " \t "
        out = io.StringIO()
        csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow([title, body])
        encoded = out.getvalue().encode()
        if kind == "bad bytes":
            encoded = encoded[:1] + b"\xff" + encoded[1:]  # inside the title's quotes
        data.write(encoded)
        if kind in ("blank body", "bad bytes"):
            bad += 1
        else:
            expected.add((_crawled(title).strip(), _crawled(body)))
    with tempfile.TemporaryDirectory() as folder:
        feed = Path(folder) / "rows.csv"
        feed.write_bytes(data.getvalue())
        problems, articles = _import(feed)
    assert len(problems) == bad, problems
    assert all(p.startswith(f"{feed}, line ") and p.endswith("skipped") for p in problems), problems
    assert articles == expected
