"""SQLite's errors in pizhu's words: LibraryError and DamagedLibraryError with a message code."""

from __future__ import annotations

import glob
import shlex
import sqlite3
from pathlib import Path

from gui.core.errors import DamagedLibraryError, LibraryError
from gui.core.messages import msg


def damaged(path: Path, what: str) -> DamagedLibraryError:
    """The one line for a damaged library: what is wrong and how to get the articles back."""
    backups = sorted(path.parent.glob(f"{glob.escape(path.name)}.v*-backup*"), key=lambda p: p.stat().st_mtime)
    restore = msg("library.restore_backup", backup=backups[-1]) if backups else ""
    command = f"sqlite3 {shlex.quote(str(path))} .recover | sqlite3 recovered.sqlite"
    return DamagedLibraryError(msg("library.damaged", path=path, what=what, restore=restore, command=command))


def library_error(exc: sqlite3.Error, path: Path) -> LibraryError:
    """The LibraryError for an SQLite error, chosen by its result code, never by its message text
    (an extended code's low byte is its primary code)."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return LibraryError(msg("library.busy", path=path))
    if primary == sqlite3.SQLITE_READONLY:
        return LibraryError(msg("library.read_only", path=path))
    if primary == sqlite3.SQLITE_FULL:
        return LibraryError(msg("library.disk_full", path=path))
    if primary == sqlite3.SQLITE_NOTADB:
        return LibraryError(msg("library.not_a_library", path=path))
    if primary == sqlite3.SQLITE_CORRUPT:
        return damaged(path, str(exc))
    if primary == sqlite3.SQLITE_CANTOPEN:
        return LibraryError(msg("library.cannot_open_file", path=path))
    if primary == sqlite3.SQLITE_IOERR:
        return LibraryError(msg("library.io", path=path, reason=exc))
    return LibraryError(msg("library.error", path=path, reason=exc))
