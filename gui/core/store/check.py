"""Is a library whole? Its schema against what its migrations make, and PRAGMA quick_check."""

from __future__ import annotations

import logging
import sqlite3
import threading
from functools import cache
from pathlib import Path

from gui.core.store.errors import damaged
from gui.core.store.migrations import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger("pizhu.store")

# How long opening a library may spend on PRAGMA quick_check. It reads the whole file
# (about 0.2 s for 500 MB in the page cache); a bigger library is checked for its schema
# only, and damage found later by a read or write is reported the same way.
QUICK_CHECK_SECONDS = 0.25


@cache
def expected_schema(version: int) -> frozenset[tuple[str, str]]:
    """The tables, indexes and triggers a library of this version has: what its migrations make."""
    conn = sqlite3.connect(":memory:")
    try:
        for step in MIGRATIONS[:version]:
            step(conn)
        return frozenset(conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        conn.close()


def has_tables(conn: sqlite3.Connection) -> bool:
    """Whether the file holds any table (a version 0 file with tables is not a pizhu library)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").fetchone() is not None


def check_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Every table, index and trigger of this version is there (a dropped table is damage).

    A library of an older version is checked for its tables only: older pizhus may have
    named an index or trigger differently, and its migration rebuilds those anyway."""
    present = set(conn.execute("SELECT type, name FROM sqlite_master"))
    expected = expected_schema(version)
    if version < SCHEMA_VERSION:
        expected = frozenset(item for item in expected if item[0] == "table")
    missing = sorted(expected - present)
    if missing:
        kind, name = missing[0]
        more = f" and {len(missing) - 1} more" if len(missing) > 1 else ""
        raise damaged(path, f"{kind} {name}{more} missing")


def quick_check(conn: sqlite3.Connection, path: Path, seconds: float = QUICK_CHECK_SECONDS) -> None:
    """PRAGMA quick_check within `seconds`; a library too big for that is not held up."""
    lock = threading.Lock()
    finished = False

    def stop() -> None:
        with lock:
            if not finished:
                conn.interrupt()

    # A timer thread, not a progress handler: the check is one long VM step that never calls one.
    timer = threading.Timer(seconds, stop)
    timer.start()
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode != sqlite3.SQLITE_INTERRUPT:
            raise
        log.info("%s: quick_check stopped after %.2f s; schema checked only", path, seconds)
        return
    finally:
        with lock:
            finished = True
        timer.cancel()
        timer.join()
    if rows != [("ok",)]:
        found = [line for r in rows for line in str(r[0]).splitlines() if line and not line.startswith("***")]
        raise damaged(path, f"integrity check: {found[0] if found else rows[0][0]}")
