"""`Store`: the library in one SQLite file, the implementation of `LibraryStore` (api.py).

The SQLite specifics stay behind it: full-text search over character bigrams in an FTS5
table, counts and Insight facts kept by triggers, bulk inserts that write those facts a batch
at a time, and the frozen migrations."""

from __future__ import annotations

from typing import Self

from gui.core.store.queries import SharedQueries


class Store(SharedQueries):
    """An open library. One per thread: SQLite connections stay in the thread that made them."""

    def open_reader(self) -> Self:
        """Another, read-only handle on the same library, for reading in a second thread
        (each SQLite connection stays in the thread that made it)."""
        return type(self)(self.path, read_only=True)
