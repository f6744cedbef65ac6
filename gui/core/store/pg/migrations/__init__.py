"""The schema versions of a PostgreSQL library, each step written out in full and frozen.

`MIGRATIONS[n]` takes a library from version n to n + 1 (the one row of `schema_version`),
as gui/core/store/migrations does for SQLite; a new version is a new module here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gui.core.store.pg.migrations import v01, v02, v03, v04, v05, v06

Migration = Callable[[Any], None]

MIGRATIONS: list[Migration] = [v01.migrate, v02.migrate, v03.migrate, v04.migrate, v05.migrate, v06.migrate]
SCHEMA_VERSION = len(MIGRATIONS)
