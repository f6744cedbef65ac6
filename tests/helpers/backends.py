"""Open test libraries on either backend: an SQLite file or a database of a throwaway cluster."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from gui.core.store import LibraryStore, Store
from helpers.pgcluster import Cluster


class Backend:
    """Where a test's libraries live: `open(name)` makes or reopens the library called `name`,
    `query(name, sql)` reads it as another program would (the store's connection is private)."""

    def __init__(self, kind: str, tmp_path: Path, cluster: Cluster | None = None) -> None:
        self.kind = kind
        self.tmp_path = tmp_path
        self.cluster = cluster
        self._urls: dict[str, str] = {}

    def location(self, name: str = "lib") -> str:
        """The library's --db value."""
        if self.cluster is None:
            return str(self.tmp_path / f"{name}.sqlite")
        if name not in self._urls:
            self._urls[name] = self.cluster.new_database(name)
        return self._urls[name]

    def open(self, name: str = "lib", **options: Any) -> LibraryStore:
        if self.cluster is None:
            return Store(self.location(name), **options)
        from gui.core.store.pg import PgStore

        return PgStore(self.location(name), **options)

    def query(self, name: str, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        if self.cluster is None:
            conn = sqlite3.connect(self.location(name))
            try:
                return conn.execute(sql, params).fetchall()
            finally:
                conn.close()
        import psycopg

        with psycopg.connect(self.location(name)) as conn:
            return conn.execute(sql.replace("?", "%s"), params).fetchall()
