"""The article list as a lazy table model.

The model holds only the ids of the articles shown, in display order (one SQL
query, cheap even for 100,000 articles); the visible rows are fetched a page at
a time when the view asks for them and kept in a small cache.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from gui.core.model import ARTICLE_STATUSES, ArticleRow
from gui.core.store import ArticleFilter, Store
from gui.plaintext import tooltip
from gui.summaries import article_status

_Index = QModelIndex | QPersistentModelIndex
PAGE = 100
CACHE_PAGES = 20


class ArticleTableModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ArticleTableModel", "Title"),
        QT_TRANSLATE_NOOP("ArticleTableModel", "Date"),
        QT_TRANSLATE_NOOP("ArticleTableModel", "Status"),
        QT_TRANSLATE_NOOP("ArticleTableModel", "Entities"),
        QT_TRANSLATE_NOOP("ArticleTableModel", "Directives"),
    )
    TITLE, DATE, STATUS, ENTITIES, DIRECTIVES = range(5)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[ArticleRow]] = OrderedDict()
        self.filter = ArticleFilter()
        self.sort_key = "published"

    # -- loading -----------------------------------------------------------

    def reload(self) -> None:
        """Re-run the query (after an import, a filter change or another process's edit)."""
        self.beginResetModel()
        self._ids = self._store.article_ids(self.filter, self.sort_key)
        self._pages.clear()
        self.endResetModel()

    def set_filter(self, flt: ArticleFilter) -> None:
        self.filter = flt
        self.reload()

    def invalidate_rows(self, article_ids: set[int]) -> None:
        """Drop cached rows of changed articles and tell the views."""
        for number, rows in list(self._pages.items()):
            if any(r.id in article_ids for r in rows):
                del self._pages[number]
        for row, article_id in enumerate(self._ids):
            if article_id in article_ids:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def _row(self, row: int) -> ArticleRow | None:
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE : (number + 1) * PAGE]
            page = self._store.article_rows(ids)
            self._pages[number] = page
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE
        return page[offset] if offset < len(page) else None

    # -- queries -----------------------------------------------------------

    def article_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def next_row(self, after: int, wanted: Callable[[ArticleRow], bool]) -> int:
        """The first row after `after` (wrapping around) whose article is wanted, or -1."""
        count = len(self._ids)
        for step in range(1, count + 1):
            row = (after + step) % count
            found = self._row(row)
            if found is not None and wanted(found):
                return row
        return -1

    def row_of(self, article_id: int) -> int:
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

    # -- Qt model API ------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == self.IdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.ENTITIES, self.DIRECTIVES):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if column == self.TITLE:
            return tooltip(row.title) if role == Qt.ItemDataRole.ToolTipRole else row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        if column == self.DATE:
            return row.published or ""
        if column == self.STATUS:
            return article_status(row.status)
        if column == self.ENTITIES:
            return row.n_entities
        if column == self.DIRECTIVES:
            # accepted / proposed (suggested and accepted)
            return f"{row.n_directives_accepted}/{row.n_directives}" if row.n_directives else "0"
        return None


def size_columns(view: QTableView) -> None:
    """The title stretches; each other column gets, once, the width of the widest text it can show.

    (ResizeToContents would ask the model for rows at every reload, and for every row
    of a list shorter than a few thousand: 30,000 calls and 100 ms after a filter.)
    """
    model = view.model()
    header = view.horizontalHeader()
    cells, titles = view.fontMetrics(), header.fontMetrics()
    samples = {
        ArticleTableModel.DATE: ["2022-12-31"],
        ArticleTableModel.STATUS: [article_status(status) for status in ARTICLE_STATUSES],
        ArticleTableModel.ENTITIES: ["9999"],
        ArticleTableModel.DIRECTIVES: ["999/999"],
    }
    header.setSectionResizeMode(ArticleTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
    for column, texts in samples.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        width = max(max(cells.horizontalAdvance(t) for t in texts), titles.horizontalAdvance(title)) + 24
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
