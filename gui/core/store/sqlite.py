"""`Store`: the library in one SQLite file, the implementation of `LibraryStore` (api.py).

The SQLite specifics stay behind it: full-text search over character bigrams in an FTS5
table, counts and Insight facts kept by triggers, bulk inserts that write those facts a batch
at a time, and the frozen migrations."""

from __future__ import annotations

from pathlib import Path
from typing import Self

from gui.core.store.annotations import AnnotationQueries
from gui.core.store.articles import ArticleQueries
from gui.core.store.codes import CodeQueries
from gui.core.store.export_queries import ExportQueries
from gui.core.store.insight_queries import InsightQueries
from gui.core.store.lexicon import LexiconQueries


class Store(ArticleQueries, AnnotationQueries, LexiconQueries, CodeQueries, ExportQueries, InsightQueries):
    """An open library. One per thread: SQLite connections stay in the thread that made them."""

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
        self._ordered_cache = None
        self._insight_ids = None
        super().__init__(
            path, backup_before_migrate=backup_before_migrate, read_only=read_only, create=create, verify=verify
        )

    def open_reader(self) -> Self:
        """Another, read-only handle on the same library, for reading in a second thread
        (each SQLite connection stays in the thread that made it)."""
        return type(self)(self.path, read_only=True)
