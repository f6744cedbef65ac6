"""The library file's connection: opening, checking, migrating, and transactions.

One SQLite file (through sqlite-utils) in WAL mode with foreign keys on. The schema version
lives in `PRAGMA user_version`; opening an older library backs it up and runs the missing
steps of `MIGRATIONS`. Writes run in `BEGIN IMMEDIATE` transactions so that two pizhu
processes wait for each other (up to a timeout) instead of failing half-way. The connection
is private (`_conn`): the rest of pizhu asks the store's named methods.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar, Self

import sqlite_utils

from gui.core.errors import LibraryError
from gui.core.messages import msg
from gui.core.store.check import check_schema, has_tables, quick_check
from gui.core.store.dialect import SQLITE, Dialect
from gui.core.store.errors import library_error
from gui.core.store.migrations import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger("pizhu.store")


def lock_timeout() -> float:
    """How long a write waits for another pizhu process to finish ($PIZHU_LOCK_TIMEOUT seconds)."""
    try:
        return max(0.0, float(os.environ.get("PIZHU_LOCK_TIMEOUT", "15")))
    except ValueError:
        return 15.0


def _is_device_path(path: Path) -> bool:
    return os.name == "posix" and path.absolute().parts[1:2] in (("dev",), ("proc",))


def _writable(path: Path) -> bool:
    """Whether this process may write the file or folder (False on read-only media, even for root)."""
    return os.access(path, os.W_OK)


class Connection:
    """An open library file. One per thread: SQLite connections stay in the thread that made them."""

    _dialect: ClassVar[Dialect] = SQLITE  # the SQL forms the shared queries use (dialect.py)

    def __init__(
        self,
        path: str | Path,
        *,
        backup_before_migrate: bool = True,
        read_only: bool | None = None,
        create: bool = True,
        verify: bool = False,
    ) -> None:
        """Open the library file; `create` makes a new one where there is none (read commands
        pass False), `verify` adds PRAGMA quick_check to the schema check every open does.
        `read_only` None: read-only when the file or its folder may not be written."""
        self.path = Path(path)
        try:
            info = self.path.stat()
        except FileNotFoundError:
            info = None
        except OSError as exc:
            raise LibraryError(msg("library.cannot_open", path=self.path, reason=exc.strerror or exc)) from None
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise LibraryError(msg("library.is_folder", path=self.path))
        # /dev/stdout, a pipe, a device: SQLite would write its pages there (/dev/stdout may
        # even lead to a regular file, the one the output goes to).
        if (info is not None and not stat.S_ISREG(info.st_mode)) or _is_device_path(self.path):
            raise LibraryError(msg("library.is_device", path=self.path))
        self.created = info is None or info.st_size == 0
        if self.created and not create:
            if info is not None:
                raise LibraryError(msg("library.empty_file", path=self.path))
            if self.path.parent.is_dir():
                raise LibraryError(msg("library.missing", path=self.path))
            raise LibraryError(msg("library.missing_folder", path=self.path, folder=self.path.parent))
        folder_writable = _writable(self.path.parent) if self.path.parent.is_dir() else True
        if read_only is None:
            # SQLite writes the -wal and -shm files next to the library, so its folder counts too.
            read_only = not self.created and not (folder_writable and _writable(self.path))
        self.read_only = read_only
        try:
            if self.created:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.read_only:
                conn = sqlite3.connect(self._read_only_uri(folder_writable), uri=True, timeout=lock_timeout())
            else:
                conn = sqlite3.connect(self.path, timeout=lock_timeout())
        except (OSError, sqlite3.Error) as exc:
            reason = getattr(exc, "strerror", None) or exc
            raise LibraryError(msg("library.cannot_open", path=self.path, reason=reason)) from None
        self._conn = conn
        self._db = sqlite_utils.Database(conn)  # for its savepoints (nested transactions) and WAL switch
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise LibraryError(msg("library.newer", path=self.path, version=version, supported=SCHEMA_VERSION))
            if version == 0 and has_tables(conn):
                raise LibraryError(msg("library.foreign", path=self.path))
            # Before anything is written (a backup, a migration, an import): is it whole?
            check_schema(conn, self.path, version)
            if verify and version > 0:
                quick_check(conn, self.path)
            if self.read_only:
                if version < SCHEMA_VERSION:
                    raise LibraryError(msg("library.read_only_old", path=self.path))
                return
            if self._db.journal_mode != "wal":
                self._db.enable_wal()
            if version < SCHEMA_VERSION:
                if version > 0 and backup_before_migrate:
                    self._backup(version)
                self._migrate(version)
            conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error as exc:
            conn.close()
            raise library_error(exc, self.path) from None
        except LibraryError:
            conn.close()
            raise

    def _read_only_uri(self, folder_writable: bool) -> str:
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        if folder_writable:
            return uri
        # Read-only media: SQLite cannot make the -shm file a WAL library needs, even to read.
        # A cleanly closed library has no -wal file, so nothing can change under us: immutable.
        wal = Path(f"{self.path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            if Path(f"{self.path}-shm").exists():
                return uri
            raise LibraryError(msg("library.unclean_read_only", path=self.path, wal=wal.name))
        return uri + "&immutable=1"

    # -- lifecycle ---------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _backup(self, version: int) -> None:
        target = self.path.with_name(f"{self.path.name}.v{version}-backup")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.v{version}-backup{n}")
        log.info("backing up %s (version %d) to %s before migrating", self.path, version, target)
        copy = sqlite3.connect(target)
        try:
            self._conn.backup(copy)
        finally:
            copy.close()

    def _migrate(self, version: int) -> None:
        for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                step(self._conn)
                self._conn.execute(f"PRAGMA user_version = {number}")
            log.info("library %s migrated to version %d", self.path, number)

    @property
    def version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    def data_version(self) -> int:
        """Changes when another connection commits: the window's cue to refresh."""
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def team_login(self) -> tuple[str, bool] | None:
        """A library file has no logins (a server library's answer: gui/core/store/pg/connection.py)."""
        return None

    def integrity_ok(self) -> bool:
        return self._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def raw_connection_for_tests(self) -> sqlite3.Connection:
        """The SQLite connection itself, for a test that must damage or constrain this very
        connection (a per-connection PRAGMA). Never for the app: it asks named methods."""
        return self._conn

    # -- transactions ------------------------------------------------------

    @contextmanager
    def transaction(self, wait: float | None = None) -> Iterator[Self]:
        """All or nothing; nested blocks become savepoints of the outer transaction.

        `wait`: how many seconds to wait for another process's write to end, if not
        $PIZHU_LOCK_TIMEOUT; the window waits briefly, so a busy library never freezes it."""
        if self._conn.in_transaction:
            with self._db.atomic():
                yield self
            return
        if self.read_only:
            raise LibraryError(msg("library.read_only", path=self.path))
        try:
            if wait is not None:
                self._conn.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise library_error(exc, self.path) from None
        finally:
            if wait is not None:
                self._conn.execute(f"PRAGMA busy_timeout = {int(lock_timeout() * 1000)}")
        try:
            yield self
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise library_error(exc, self.path) from None

    @contextmanager
    def read_snapshot(self) -> Iterator[Self]:
        """Reads inside see one state of the library; in WAL mode writers elsewhere are not blocked.

        A read that fails inside (a damaged page, a vanished file) is a LibraryError."""
        try:
            if self._conn.in_transaction:
                yield self
                return
            self._conn.execute("BEGIN DEFERRED")
            try:
                yield self
            finally:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")  # nothing was written
        except sqlite3.Error as exc:
            raise LibraryError(msg("library.unreadable", path=self.path, reason=exc)) from None

    def _write(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = (), wait: float | None = None
    ) -> sqlite3.Cursor:
        """One statement in its own transaction (or the caller's, if one is open)."""
        if self.read_only:
            raise LibraryError(msg("library.read_only", path=self.path))
        try:
            if self._conn.in_transaction:
                return self._conn.execute(sql, params)
            with self.transaction(wait):
                return self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise library_error(exc, self.path) from None
