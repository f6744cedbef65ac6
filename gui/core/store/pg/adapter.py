"""The PostgreSQL connection as the shared queries call it, and psycopg's errors in pizhu's words.

The query mixins are written for sqlite3: `?` parameters, `cursor.lastrowid`,
`conn.getlimit()`. `PgConn` takes the same calls to psycopg (parameters become `%s`; the last
row id is the session's `lastval()`, which the one sequence a shared insert draws from has
just moved), so those mixins run unchanged on both backends.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import errors as pgerrors

from gui.core.errors import LibraryError
from gui.core.messages import msg

# Bind parameters one statement may carry (the protocol's 16-bit count).
MAX_PARAMETERS = 65535


@lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """sqlite3's `?` as psycopg's `%s` (a literal % doubled; pizhu's SQL has no ? in a literal),
    and SQLite's INSERT OR IGNORE as PostgreSQL's ON CONFLICT DO NOTHING."""
    sql = sql.replace("%", "%%").replace("?", "%s")
    if sql.lstrip().startswith("INSERT OR IGNORE INTO"):
        sql = sql.replace("INSERT OR IGNORE INTO", "INSERT INTO", 1) + " ON CONFLICT DO NOTHING"
    return sql


def library_error(exc: psycopg.Error, where: str) -> LibraryError:
    """The LibraryError for a PostgreSQL error, chosen by its SQLSTATE class."""
    if isinstance(exc, pgerrors.InsufficientPrivilege):
        return LibraryError(msg("server.not_allowed", path=where, reason=_first_line(exc)))
    if isinstance(exc, pgerrors.ReadOnlySqlTransaction):
        return LibraryError(msg("library.read_only", path=where))
    if isinstance(exc, (pgerrors.LockNotAvailable, pgerrors.SerializationFailure, pgerrors.DeadlockDetected)):
        return LibraryError(msg("library.busy", path=where))
    if isinstance(exc, pgerrors.DiskFull):
        return LibraryError(msg("library.disk_full", path=where))
    if isinstance(exc, psycopg.OperationalError):
        return LibraryError(msg("server.unreachable", path=where, reason=_first_line(exc)))
    return LibraryError(msg("library.error", path=where, reason=_first_line(exc)))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class PgCursor:
    """A psycopg cursor with sqlite3's `lastrowid`."""

    def __init__(self, cursor: psycopg.Cursor[Any], conn: PgConn) -> None:
        self._cursor = cursor
        self._owner = conn

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._owner.lastval()

    def fetchone(self) -> Any:
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor)


class PgConn:
    """What the shared queries call `self._conn`, over one psycopg connection (autocommit
    outside `transaction()` blocks, as sqlite3 in pizhu's use)."""

    def __init__(self, raw: psycopg.Connection[Any], where: str) -> None:
        self.raw = raw
        self.where = where
        self.total_changes = 0  # moved by every commit of this connection (the list cache's key)

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> PgCursor:
        try:
            return PgCursor(self.raw.execute(translate(sql), params), self)
        except psycopg.Error as exc:
            raise library_error(exc, self.where) from None

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        try:
            with self.raw.cursor() as cursor:
                cursor.executemany(translate(sql), rows)
        except psycopg.Error as exc:
            raise library_error(exc, self.where) from None

    @contextmanager
    def pipeline(self) -> Iterator[None]:
        """Statements executed inside are sent together and answered in one round trip; their
        cursors are read after the block (psycopg's pipeline mode)."""
        try:
            with self.raw.pipeline():
                yield
        except psycopg.Error as exc:
            raise library_error(exc, self.where) from None

    def getlimit(self, _category: int) -> int:
        return MAX_PARAMETERS

    def lastval(self) -> int | None:
        row = self.raw.execute("SELECT lastval()").fetchone()
        return int(row[0]) if row else None

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE


def is_server_url(value: str) -> bool:
    return re.match(r"^postgres(ql)?://", value, re.IGNORECASE) is not None
