"""A library in a PostgreSQL database: opening, checking, migrating, transactions, change news.

Opened by a libpq URL (`postgresql://user@host:port/dbname`); the password comes only from
libpq's own means (~/.pgpass, a service file, PGPASSWORD) and is never kept or shown by pizhu;
TLS as libpq's default sslmode=prefer gives it. The schema version is the one row of
`schema_version`; an empty database becomes a library, a database with other tables is refused.
Every write statement on the shared tables notifies `pizhu_changes`: this connection LISTENs,
and `data_version()` moves when another connection's change has been committed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, ClassVar, Self

import psycopg
from psycopg.conninfo import make_conninfo

from gui.core.errors import LibraryError
from gui.core.messages import msg
from gui.core.store.dialect import Dialect
from gui.core.store.location import ServerPath
from gui.core.store.pg.adapter import PgConn, PgCursor, library_error
from gui.core.store.pg.dialect import PG
from gui.core.store.pg.migrations import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger("pizhu.store")

CHANNEL = "pizhu_changes"
# One key for pg_advisory_xact_lock: two pizhus opening an old library migrate one after the other.
_MIGRATION_LOCK = 0x70697A6875  # "pizhu"


class PgConnection:
    """An open server library. One per thread, as a psycopg connection is used here."""

    _dialect: ClassVar[Dialect] = PG

    def __init__(
        self,
        url: str,
        *,
        backup_before_migrate: bool = True,
        read_only: bool | None = None,
        create: bool = True,
        verify: bool = False,
    ) -> None:
        """Connect and check that the database is a pizhu library (or make an empty one one).
        A server keeps its own backups (pg_dump): `backup_before_migrate` and `verify` are the
        file backend's."""
        self.path = ServerPath(url)
        self._url = url
        self.read_only = bool(read_only)
        self.created = False
        self._changes = 0
        where = str(self.path)
        try:
            raw = psycopg.connect(make_conninfo(url, application_name="pizhu", connect_timeout="10"), autocommit=True)
        except psycopg.Error as exc:
            raise library_error(exc, where) from None
        self._conn = PgConn(raw, where)
        self._vacuum_due = False  # set by a bulk write, done after its transaction commits
        try:
            self._open(create)
            if self.read_only:
                raw.execute("SET default_transaction_read_only = on")
            raw.execute(f"LISTEN {CHANNEL}")
        except BaseException:
            raw.close()
            raise

    def _open(self, create: bool) -> None:
        raw = self._conn.raw
        version = self._stored_version()
        if version is None:
            if self._has_tables():
                raise LibraryError(msg("server.foreign", path=self.path))
            if not create or self.read_only:
                raise LibraryError(msg("server.empty", path=self.path))
            version = 0
        if version > SCHEMA_VERSION:
            raise LibraryError(msg("library.newer", path=self.path, version=version, supported=SCHEMA_VERSION))
        if version < SCHEMA_VERSION:
            if self.read_only:
                raise LibraryError(msg("library.read_only_old", path=self.path))
            try:
                with raw.transaction():
                    raw.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
                    version = self._stored_version() or 0  # another pizhu may have migrated meanwhile
                    self.created = version == 0
                    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
                        step(raw)
                        raw.execute("UPDATE schema_version SET version = %s", (number,))
                        log.info("library %s migrated to version %d", self.path, number)
            except psycopg.Error as exc:
                raise library_error(exc, str(self.path)) from None

    def _stored_version(self) -> int | None:
        raw = self._conn.raw
        try:
            if raw.execute("SELECT to_regclass('schema_version')").fetchone() == (None,):
                return None
            row = raw.execute("SELECT version FROM schema_version").fetchone()
        except psycopg.Error as exc:
            raise library_error(exc, str(self.path)) from None
        return int(row[0]) if row else None

    def _has_tables(self) -> bool:
        row = self._conn.raw.execute("SELECT 1 FROM pg_tables WHERE schemaname = current_schema() LIMIT 1").fetchone()
        return row is not None

    # -- lifecycle -----------------------------------------------------------

    def close(self) -> None:
        self._conn.raw.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def version(self) -> int:
        return self._stored_version() or 0

    def data_version(self) -> int:
        """Moves when another connection has committed a change (their NOTIFY has arrived)."""
        raw = self._conn.raw
        if not self._conn.in_transaction and not raw.closed:
            try:
                own = raw.info.backend_pid
                self._changes += sum(1 for notice in raw.notifies(timeout=0) if notice.pid != own)
            except psycopg.Error as exc:
                raise library_error(exc, str(self.path)) from None
        return self._changes

    def team_login(self) -> tuple[str, bool] | None:
        """(login, is a lead) when this session's role was added to the team by `pizhu server
        add-coder` (a direct member of pizhu_coder or pizhu_lead); None for the owner or anyone else."""
        rows = self._conn.execute(
            "SELECT current_user::text, g.rolname::text FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
            " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = current_user"
            " AND g.rolname IN ('pizhu_coder', 'pizhu_lead')"
        ).fetchall()
        return (str(rows[0][0]), any(r[1] == "pizhu_lead" for r in rows)) if rows else None

    def integrity_ok(self) -> bool:
        """The server keeps its pages whole; what pizhu can check is that its counts agree."""
        row = self._conn.execute(
            "SELECT count(*) FROM articles a WHERE n_entities != (SELECT count(*) FROM annotations n"
            " WHERE n.article_id = a.id AND n.kind = 'entity' AND n.status != 'rejected')"
        ).fetchone()
        return row is not None and row[0] == 0

    # -- transactions --------------------------------------------------------

    @contextmanager
    def transaction(self, wait: float | None = None) -> Iterator[Self]:
        """All or nothing; nested blocks are savepoints. `wait`: seconds to wait for a row
        another coder is writing, else PostgreSQL's own (no limit)."""
        raw = self._conn.raw
        if self._conn.in_transaction:
            with raw.transaction():
                yield self
            return
        if self.read_only:
            raise LibraryError(msg("library.read_only", path=self.path))
        try:
            with raw.transaction():
                if wait is not None:
                    raw.execute(f"SET LOCAL lock_timeout = {int(wait * 1000)}")
                yield self
        except psycopg.Error as exc:
            raise library_error(exc, str(self.path)) from None
        self._conn.total_changes += 1
        if self._vacuum_due:
            self._vacuum_due = False
            self._vacuum()

    def _vacuum(self) -> None:
        """Reclaim the row versions a bulk write left (since v05 an article's counts are written
        once per statement: still a second version of each row) and gather statistics: the
        list's index-only scans need the visibility map, the planner the row counts. Outside any
        transaction, as VACUUM must be; tables this login does not own are skipped by the server
        with a warning."""
        try:
            self._conn.raw.execute("VACUUM (ANALYZE)")
        except psycopg.Error as exc:  # the data is committed; only its upkeep waits for autovacuum
            log.warning("VACUUM of %s failed: %s", self.path, exc)

    @contextmanager
    def read_snapshot(self) -> Iterator[Self]:
        """Reads inside see one state of the library (REPEATABLE READ); writers are not blocked."""
        raw = self._conn.raw
        if self._conn.in_transaction:
            yield self
            return
        try:
            with raw.transaction():
                raw.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                yield self
        except psycopg.Error as exc:
            raise LibraryError(msg("library.unreadable", path=self.path, reason=exc)) from None

    def _write(self, sql: str, params: Sequence[Any] | dict[str, Any] = (), wait: float | None = None) -> PgCursor:
        """One statement in its own transaction (or the caller's, if one is open)."""
        if self.read_only:
            raise LibraryError(msg("library.read_only", path=self.path))
        if self._conn.in_transaction:
            return self._conn.execute(sql, params)
        with self.transaction(wait):
            return self._conn.execute(sql, params)
