"""`Store`: the library in one SQLite file, the implementation of `LibraryStore` (api.py).

The SQLite specifics stay behind it: full-text search over character bigrams in an FTS5
table, counts and Insight facts kept by triggers, bulk inserts that write those facts a batch
at a time, and the frozen migrations."""

from __future__ import annotations

from typing import Self

from gui.core.store.annotations import AnnotationQueries
from gui.core.store.articles import ArticleQueries
from gui.core.store.codes import CodeQueries
from gui.core.store.copying import CopyQueries
from gui.core.store.decisions import DecisionQueries
from gui.core.store.documents import DocumentQueries
from gui.core.store.export_queries import ExportQueries
from gui.core.store.insight_queries import InsightQueries
from gui.core.store.layers import LayerQueries
from gui.core.store.lexicon import LexiconQueries
from gui.core.store.notes import NoteQueries


class Store(
    ArticleQueries,
    AnnotationQueries,
    LexiconQueries,
    CodeQueries,
    NoteQueries,
    LayerQueries,
    DocumentQueries,
    ExportQueries,
    InsightQueries,
    CopyQueries,
    DecisionQueries,
):
    """An open library. One per thread: SQLite connections stay in the thread that made them."""

    def open_reader(self) -> Self:
        """Another, read-only handle on the same library, for reading in a second thread
        (each SQLite connection stays in the thread that made it)."""
        return type(self)(self.path, read_only=True)
