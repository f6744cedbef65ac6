"""Kill -9 in the middle of an import or a re-tag: the library stays whole.

Each test runs the real command in a subprocess, kills it after several delays
(wherever it happens to be), then checks the library file: SQLite's integrity
check passes, every article present has exactly the annotations a clean run
gives it (no half-written article), and running the command again ends exactly
where a clean run ends, with no manual work lost. Nothing of a killed run may
outlive it either: its tagging fork server and worker processes must end too.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import SOURCE_ROOT
from helpers.corpus import make_articles, write_pages

from gui.core.library import Library
from gui.core.model import Annotation
from gui.core.store import Store

# Every test here runs the real command in a subprocess and kills or interrupts it: slow.
pytestmark = pytest.mark.slow

KILL_AFTER_SECONDS = (0.4, 1.2, 2.5)

Snapshot = dict[str, list[tuple]]


def snapshot(path: Path) -> Snapshot:
    """Every article (by content hash) with its annotations, comparable across libraries."""
    with Store(path) as store:
        assert store.integrity_ok()
        with contextlib.closing(sqlite3.connect(path)) as conn:  # and the search index is whole
            conn.execute("INSERT INTO article_search (article_search) VALUES ('integrity-check')")
        result: Snapshot = {}
        for article in store.iter_articles():
            rows = [
                (a.kind, a.label, a.start, a.end, a.text, json.dumps(a.attrs, sort_keys=True), a.origin, a.status)
                for a in store.annotations(article.id)
            ]
            assert all(article.body[r[2] : r[3]] == r[4] for r in rows)
            result[article.content_hash] = sorted(rows)
        return result


HAVE_PROC = Path("/proc/self/stat").exists()
# Each run is a session of its own, so every process it starts (fork server, workers, resource
# tracker) can be found after the kill even once they have been handed to init.
_sessions: list[int] = []


def run_pizhu(*args: str) -> subprocess.Popen[bytes]:
    return run_python("-m", "gui", *args)


def run_python(*args: str, stdout: int = subprocess.DEVNULL) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=SOURCE_ROOT)
    process = subprocess.Popen(
        [sys.executable, *args], env=env, stdout=stdout, stderr=subprocess.PIPE, start_new_session=True
    )
    _sessions.append(process.pid)
    return process


@pytest.fixture(autouse=True)
def _kill_leftovers() -> Iterator[None]:
    """A failing test must not leave its runs' processes behind on the machine."""
    yield
    while _sessions:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(_sessions.pop(), signal.SIGKILL)


def proc_stat(pid: int) -> list[str]:
    """/proc/<pid>/stat after the command name: state, ppid, pgrp, session, ... (empty if gone)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return []
    return text[text.rindex(")") + 2 :].split()


def session_processes(session: int) -> dict[int, str]:
    """The live processes of a session, by pid, with (the start of) their command lines."""
    found = {}
    for entry in Path("/proc").iterdir():
        stat = proc_stat(int(entry.name)) if entry.name.isdigit() else []
        # A zombie holds no memory: it is only its parent's to reap.
        if stat and int(stat[3]) == session and stat[0] not in "ZX":
            with contextlib.suppress(OSError):
                found[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()[:100]
    return found


def assert_nothing_survives(process: subprocess.Popen[bytes], seconds: float = 10.0) -> None:
    """Every process the run started is gone within `seconds` of the run itself ending."""
    if not HAVE_PROC:
        return
    deadline = time.monotonic() + seconds
    while (left := session_processes(process.pid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not left, f"processes of the run still alive: {left}"


def wait_for_busy_workers(process: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    """Handshake: return once the run's tagging workers exist and are tagging (have used CPU)."""
    from gui.core.tagging import worker_count

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "the run ended before its tagging workers were busy"
        # The fork server and the workers it forked share its command line.
        stats = {pid: proc_stat(pid) for pid, cmd in session_processes(process.pid).items() if "forkserver" in cmd}
        workers = [stat for stat in stats.values() if stat and int(stat[1]) in stats]
        # utime + stime, in clock ticks: every worker has been tagging for a while.
        if len(workers) >= worker_count() and all(int(stat[11]) + int(stat[12]) >= 5 for stat in workers):
            return
        time.sleep(0.05)
    raise AssertionError("the tagging workers never started")


def wait_for_first_articles(process: subprocess.Popen[bytes], db: Path, timeout: float = 120.0) -> None:
    """Handshake: return once an import has committed its first file's articles (it is importing)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "the import ended before it was seen importing"
        if db.exists():
            # Read-only, beside the writer (WAL): no such table or a busy file just means not yet.
            with (
                contextlib.suppress(sqlite3.OperationalError),
                contextlib.closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=0.1)) as conn,
            ):
                if conn.execute("SELECT count(*) FROM articles").fetchone()[0]:
                    return
        time.sleep(0.02)
    raise AssertionError("the import never committed an article")


def kill_after(process: subprocess.Popen[bytes], seconds: float) -> bool:
    """SIGKILL after `seconds`; False if the process had already finished. Either way nothing of it lives on."""
    try:
        process.wait(timeout=seconds)
        killed = False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        killed = True
    assert_nothing_survives(process)
    return killed


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
    db = tmp_path / "lib.sqlite"
    process = run_pizhu("import", str(pages), "--db", str(db))
    wait_for_first_articles(process, db)
    process.send_signal(signal.SIGINT)  # Ctrl+C in the terminal
    process.wait(timeout=60)
    assert_nothing_survives(process)
    stderr = process.stderr.read().decode() if process.stderr else ""
    assert "pizhu: interrupted" in stderr, f"the Ctrl+C did not land while the import ran: {stderr}"
    assert "Traceback" not in stderr
    with Store(tmp_path / "lib.sqlite") as store:
        assert store.integrity_ok()


def test_killing_an_export_never_leaves_a_partial_file_under_the_chosen_name(tmp_path: Path) -> None:
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


# Enough text that the run tags with worker processes (over tagging.POOL_MIN_CHARS), and for
# several seconds, so that the kill lands while they work.
BIG_ARTICLES = 3000

# The window, offscreen, opening a library and starting an import or a re-tag as its menus do.
WINDOW = """
import sys
from gui.app import create_application
from gui.core.library import Library
from gui.window.mainwindow import MainWindow

db, action, *sources = sys.argv[1:]
app, family = create_application()
window = MainWindow(Library.open(db), family)
window.show()
window.start_import(sources) if action == "import" else window.retag_all()
app.exec()
"""


@pytest.fixture(scope="module")
def big_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big-pages")
    write_pages(folder, pages=BIG_ARTICLES // 3, per_page=3, seed=11)
    return folder


@pytest.fixture(scope="module")
def untagged_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("untagged") / "untagged.sqlite"
    with Library.open(path) as library:
        library.import_articles(make_articles(BIG_ARTICLES, seed=11))
    return path


@pytest.mark.skipif(not HAVE_PROC, reason="finds the run's processes in /proc")
@pytest.mark.parametrize("how", ["pizhu import", "pizhu tag", "window import", "window re-tag"])
def test_killing_a_run_while_its_workers_tag_leaves_no_process_behind(
    how: str, big_pages: Path, untagged_library: Path, tmp_path: Path
) -> None:
    db = tmp_path / "library.sqlite"
    if how.endswith("import"):
        Library.open(db).close()
    else:
        shutil.copy(untagged_library, db)
    process = {
        "pizhu import": lambda: run_pizhu("import", str(big_pages), "--db", str(db)),
        "pizhu tag": lambda: run_pizhu("tag", "--db", str(db)),
        "window import": lambda: run_python("-c", WINDOW, str(db), "import", str(big_pages)),
        "window re-tag": lambda: run_python("-c", WINDOW, str(db), "retag"),
    }[how]()
    wait_for_busy_workers(process)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert_nothing_survives(process)
    with Store(db) as store:
        assert store.integrity_ok()


# A process that starts a helper which watches it, then waits to be killed.
PARENT = """
import subprocess, sys, time
subprocess.Popen([sys.executable, "-c", sys.argv[1], sys.argv[2]])
time.sleep(600)
"""
HELPER = """
import sys, time
from gui.core import lifeline
if sys.argv[1] == "watch thread":  # as on macOS, where there is no PR_SET_PDEATHSIG
    lifeline._kernel_kills_orphan = lambda: False
lifeline.exit_with_parent()
print("watching", flush=True)
time.sleep(600)
"""


@pytest.mark.skipif(not HAVE_PROC, reason="finds the run's processes in /proc")
@pytest.mark.parametrize("watch", ["kernel", "watch thread"])
def test_a_helper_process_ends_when_its_parent_is_killed(watch: str) -> None:
    process = run_python("-c", PARENT, HELPER, watch, stdout=subprocess.PIPE)
    assert process.stdout is not None
    assert process.stdout.readline() == b"watching\n"  # handshake: the helper's watch is in place
    assert len(session_processes(process.pid)) == 2
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert_nothing_survives(process)
