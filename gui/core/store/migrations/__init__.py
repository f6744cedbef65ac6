"""The library's schema versions, each step written out in full and frozen.

`MIGRATIONS[n]` takes a library from version n to n + 1 (`PRAGMA user_version`). A step is
never edited once released, and no SQL is shared between steps: a new version is a new
module here that states everything it creates, so changing it can never rewrite an older one.
The current schema whole is in ../schema.sql (regenerated with `python -m gui.core.store.schema`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from gui.core.store.migrations import v01, v02, v03, v04, v05, v06, v07, v08, v09, v10, v11, v12, v13, v14, v15, v16

Migration = Callable[[sqlite3.Connection], None]

MIGRATIONS: list[Migration] = [
    v01.migrate,
    v02.migrate,
    v03.migrate,
    v04.migrate,
    v05.migrate,
    v06.migrate,
    v07.migrate,
    v08.migrate,
    v09.migrate,
    v10.migrate,
    v11.migrate,
    v12.migrate,
    v13.migrate,
    v14.migrate,
    v15.migrate,
    v16.migrate,
]
SCHEMA_VERSION = len(MIGRATIONS)
