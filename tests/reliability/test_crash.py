"""Kill -9 in the middle of an import or a re-tag: the library stays whole.

Each test runs the real command in a subprocess, kills it after several delays
(wherever it happens to be), then checks the library file: SQLite's integrity
check passes, every article present has exactly the annotations a clean run
gives it (no half-written article), and running the command again ends exactly
where a clean run ends, with no manual work lost.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from corpus import write_pages
from helpers import SOURCE_ROOT

from gui.core.library import Library
from gui.core.model import Annotation
from gui.core.store import Store

KILL_AFTER_SECONDS = (0.4, 1.2, 2.5)

Snapshot = dict[str, list[tuple]]


def snapshot(path: Path) -> Snapshot:
    """Every article (by content hash) with its annotations, comparable across libraries."""
    with Store(path) as store:
        assert store.integrity_ok()
        store.conn.execute("INSERT INTO article_search (article_search) VALUES ('integrity-check')")
        result: Snapshot = {}
        for article in store.iter_articles():
            rows = [
                (a.kind, a.label, a.start, a.end, a.text, json.dumps(a.attrs, sort_keys=True), a.origin, a.status)
                for a in store.annotations(article.id)
            ]
            assert all(article.body[r[2] : r[3]] == r[4] for r in rows)
            result[article.content_hash] = sorted(rows)
        return result


def run_pizhu(*args: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=SOURCE_ROOT)
    return subprocess.Popen(
        [sys.executable, "-m", "gui", *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def kill_after(process: subprocess.Popen[bytes], seconds: float) -> bool:
    """SIGKILL after `seconds`; False if the process had already finished."""
    try:
        process.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return True


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pages")
    write_pages(folder, pages=30, per_page=3, seed=7)
    return folder


@pytest.fixture(scope="module")
def clean_import(pages: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("clean") / "clean.sqlite"
    with Library.open(path) as library:
        report = library.import_paths([pages])
    assert report.added == 90 and not report.problems
    return path


def test_killing_an_import_leaves_no_half_article_and_a_rerun_completes(
    pages: Path, clean_import: Path, tmp_path: Path
) -> None:
    expected = snapshot(clean_import)
    killed_midway = 0
    for delay in KILL_AFTER_SECONDS:
        db = tmp_path / f"killed-{delay}.sqlite"
        killed_midway += kill_after(run_pizhu("import", str(pages), "--db", str(db)), delay)
        if db.exists():
            partial = snapshot(db)
            assert set(partial) <= set(expected)
            for content_hash, rows in partial.items():
                assert rows == expected[content_hash], "an article was written without all its annotations"
        finish = run_pizhu("import", str(pages), "--db", str(db))
        assert finish.wait(timeout=300) == 0, finish.stderr.read().decode() if finish.stderr else ""
        assert snapshot(db) == expected
    assert killed_midway, "every import finished before the kill: the test proved nothing"


def test_killing_a_retag_keeps_manual_work_and_each_article_whole(clean_import: Path, tmp_path: Path) -> None:
    db = tmp_path / "edited.sqlite"
    shutil.copy(clean_import, db)
    with Store(db) as store:
        ids = store.article_ids(sort="imported")
        manual: list[Annotation] = []
        for article_id in ids[::3]:
            article = store.get_article(article_id)
            suggestions = [a for a in store.annotations(article_id) if a.status == "suggested"]
            if len(suggestions) >= 2:
                suggestions[0].status = "accepted"
                suggestions[1].status = "rejected"
                store.update_annotation(suggestions[0])
                store.update_annotation(suggestions[1])
                manual.extend(suggestions[:2])
            mark = Annotation(
                "entity", "ORG", 0, 2, article.body[:2], origin="manual", status="accepted", article_id=article_id
            )
            store.add_annotation(mark)
            manual.append(mark)
        # Corrections change what re-tagging proposes: block some terms, teach another.
        for a in [a for a in store.annotations(ids[1]) if a.kind == "entity"][:3]:
            store.set_lexicon_term(a.text, a.label, "block")
        store.set_lexicon_term("常态化", "MEETING", "add")
    before = snapshot(db)
    kept = {(a.article_id, a.kind, a.label, a.start, a.end, a.origin, a.status) for a in manual}

    reference = tmp_path / "reference.sqlite"
    shutil.copy(db, reference)
    with Library.open(reference) as library:
        library.retag()
    after = snapshot(reference)
    assert after != before  # the corrections do change the suggestions

    killed_midway = 0
    for delay in KILL_AFTER_SECONDS:
        killed_midway += kill_after(run_pizhu("tag", "--db", str(db)), delay)
        state = snapshot(db)
        for content_hash, rows in state.items():
            assert rows in (before[content_hash], after[content_hash]), "an article was half re-tagged"
        with Store(db) as store:
            present = {
                (a.article_id, a.kind, a.label, a.start, a.end, a.origin, a.status)
                for i in store.article_ids()
                for a in store.annotations(i)
            }
        assert kept <= present, "manual, accepted or rejected work was lost"
        before = state  # the next run starts from here
    assert killed_midway, "every re-tag finished before the kill: the test proved nothing"
    finish = run_pizhu("tag", "--db", str(db))
    assert finish.wait(timeout=300) == 0
    assert snapshot(db) == after


def test_an_interrupted_command_prints_no_traceback(pages: Path, tmp_path: Path) -> None:
    process = run_pizhu("import", str(pages), "--db", str(tmp_path / "lib.sqlite"))
    time.sleep(1.0)
    process.send_signal(signal.SIGINT)  # Ctrl+C in the terminal
    process.wait(timeout=60)
    stderr = process.stderr.read().decode() if process.stderr else ""
    assert "Traceback" not in stderr
    with Store(tmp_path / "lib.sqlite") as store:
        assert store.integrity_ok()


def test_killing_an_export_never_leaves_a_partial_file_under_the_chosen_name(tmp_path: Path) -> None:
    from corpus import make_articles

    db = tmp_path / "big.sqlite"
    with Library.open(db) as library:
        batch = []
        for article in make_articles(2500, seed=3):
            step = max(1, len(article.body) // 80)
            article.annotations = [
                Annotation("entity", "PER", i, i + 1, article.body[i])
                for i in range(0, len(article.body) - 1, step)
                if not article.body[i].isspace()
            ]
            batch.append(article)
        library.import_articles(batch)
        expected_rows = sum(len(a.annotations) for a in batch)
    target = tmp_path / "entities.csv"
    killed_midway = 0
    for delay in (0.3, 0.8, 1.5):
        killed_midway += kill_after(
            run_pizhu("export", "--what", "entities", "-o", str(target), "--db", str(db)), delay
        )
        if target.exists():  # only ever complete: written aside, then renamed
            assert csv_rows(target) == expected_rows
        leftovers = [p.name for p in tmp_path.iterdir() if p.name not in ("big.sqlite", "entities.csv")]
        assert all(name.startswith((".", "big.sqlite")) for name in leftovers), leftovers
    assert killed_midway, "every export finished before the kill: the test proved nothing"
    finish = run_pizhu("export", "--what", "entities", "-o", str(target), "--db", str(db))
    assert finish.wait(timeout=300) == 0
    assert csv_rows(target) == expected_rows


def csv_rows(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as f:
        return sum(1 for _ in csv.reader(f)) - 1  # minus the header
