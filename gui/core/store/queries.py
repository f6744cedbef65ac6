"""The query mixins both backends share: `Store` (sqlite.py) and `PgStore` (pg/store.py) are this
list on their own connection, so a concern added here reaches both."""

from __future__ import annotations

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


class SharedQueries(
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
    """Every query by concern, written once for both backends (their SQL differs through dialect.py)."""
