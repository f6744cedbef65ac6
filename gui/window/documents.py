"""View → Documents: the library's document records in a window of their own.

Every document the articles name (a 《…》 title, a 文号) or are (an imported policy page, PDF or Word
file) with its number, issuing bodies, date and how many articles cite it, most cited first; a
search field narrows the table. The articles that cite the current document (and the one that is
it) show below. Clicking a document, or Enter on it, narrows the main window's article list to
those articles (ArticleFilter.document, shown as a chip in the filter bar); Enter or a double
click on an article below opens it. A window rather than a dock: at 1366×768 the list, the reader
and the side panel already share the main window's width. Reading happens on a worker thread
(gui.shared.workers.run_job), which also brings the records up to date first.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from gui.core.document_records import DocumentRow
from gui.core.library import CancelCheck, Library, Progress
from gui.core.model import ArticleFilter, ArticleRow
from gui.core.paths import location
from gui.shared.plaintext import tooltip
from gui.shared.tables import row_table
from gui.shared.workers import Task, run_job

_Index = QModelIndex | QPersistentModelIndex
REFRESH_AFTER_EDIT_MS = 800


class _RowsModel(QAbstractTableModel):
    """A read-only table of `rows` under the column titles `_header` (set by the subclass)."""

    rows: list[Any]
    _header: list[str]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._header)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._header[section]
        return None


class DocumentsModel(_RowsModel):
    """Document records as rows: title, number, issuers, date, citing articles."""

    SORT_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[DocumentRow] = []
        self._header = [self.tr("Title"), self.tr("Number"), self.tr("Issued by"), self.tr("Date"), self.tr("Cited by")]

    def set_rows(self, rows: Sequence[DocumentRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def _value(self, row: DocumentRow, column: int) -> Any:
        return (row.title, row.number, "、".join(row.issuers), row.date, row.articles)[column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        value = self._value(row, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == self.SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(" ".join(part for part in (row.title, row.number, "、".join(row.issuers)) if part))
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CitingModel(_RowsModel):
    """The articles behind one document: title, date, and whether it is the document itself."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ArticleRow] = []
        self.own: int | None = None
        self._header = [self.tr("Article"), self.tr("Published"), self.tr("Role")]

    def set_rows(self, rows: Sequence[ArticleRow], own: int | None) -> None:
        self.beginResetModel()
        self.rows, self.own = list(rows), own
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            role_text = self.tr("the document itself") if row.id == self.own else self.tr("cites it")
            return (row.title, row.published or "", role_text)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(row.title)
        return None


class DocumentsWindow(QWidget):
    """The document records; see the module doc. `main_window` is the MainWindow (its
    `filter_bar`, `annotator` and `show_article`)."""

    loaded = Signal()  # the documents table is filled
    citingLoaded = Signal()  # the articles of the current document are filled
    failed = Signal(str)

    def __init__(self, library_path: Path, main_window: Any) -> None:
        super().__init__(main_window if isinstance(main_window, QWidget) else None)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("documents")
        self.library_path = location(library_path)
        self.main_window = main_window
        self.setWindowTitle(self.tr("Documents — {name}").format(name=self.library_path.name))
        self._task: Task | None = None
        self._citing_task: Task | None = None
        self._dirty = True

        self.search = QLineEdit()
        self.search.setObjectName("documents_search")
        self.search.setPlaceholderText(self.tr("Find a title, number or issuer"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model = DocumentsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(DocumentsModel.SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self._search)
        self.table = row_table("documents_table", self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._document_chosen)
        self.table.activated.connect(self._document_chosen)  # Enter
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._load_citing(current))

        self.citing = CitingModel(self)
        self.citing_table = row_table("citing_table", self.citing)
        self.citing_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.citing_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.citing_table.activated.connect(self._article_chosen)  # Enter, double click
        self.citing_label = QLabel(self.tr("Articles that cite the document"))

        head = QHBoxLayout()
        head.addWidget(self.search, 1)
        head.addWidget(self.count_label)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.citing_label)
        lower_layout.addWidget(self.citing_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        self.resize(980, 600)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence("Escape"), self, self.close)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(self.reload)
        annotator = getattr(main_window, "annotator", None)
        if annotator is not None:
            annotator.articleEdited.connect(self._edited)

    # -- reading -----------------------------------------------------------------

    def reload(self) -> Task | None:
        """Read the records again on a worker thread (bringing them up to date first)."""
        if self._task is not None:
            self._dirty = True
            return self._task
        self._dirty = False

        def work(library: Library, _progress: Progress, _cancelled: CancelCheck) -> list[DocumentRow]:
            return library.documents()

        self.count_label.setText(self.tr("Reading…"))
        self._task = run_job(self, self.library_path, work, done=self._show, failed=self._failed, verify=False)
        self._task.finished.connect(self._finished)
        return self._task

    def _finished(self) -> None:
        self._task = None
        if self._dirty and self.isVisible():
            self.reload()

    def _show(self, rows: list[DocumentRow]) -> None:
        current = self.current_document()
        self.model.set_rows(rows)
        self._count()
        if current is not None:
            for row in range(self.proxy.rowCount()):
                if self._row_document(row) == current:
                    self.table.selectRow(row)
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.count_label.setText(message)
        self.failed.emit(message)

    def _search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("{n} documents").format(n=f"{total:,}")
        if shown != total:
            text = self.tr("{shown} of {n} documents").format(shown=f"{shown:,}", n=f"{total:,}")
        self.count_label.setText(text)

    def _row_document(self, proxy_row: int) -> DocumentRow | None:
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        return self.model.rows[source.row()] if source.isValid() else None

    def current_document(self) -> DocumentRow | None:
        index = self.table.currentIndex()
        return self._row_document(index.row()) if index.isValid() else None

    def _load_citing(self, index: QModelIndex) -> None:
        document = self._row_document(index.row()) if index.isValid() else None
        if document is None:
            self.citing.set_rows([], None)
            return

        def work(library: Library, _progress: Progress, _cancelled: CancelCheck) -> list[ArticleRow]:
            return library.article_rows(library.article_ids(ArticleFilter(document=(document.id,))))

        def done(rows: list[ArticleRow]) -> None:
            if self.current_document() == document:
                self.citing.set_rows(rows, document.article_id)
                self.citing_label.setText(
                    self.tr("Articles of {title}").format(title=document.title or document.number)
                )
                self.citingLoaded.emit()

        self._citing_task = run_job(self, self.library_path, work, done=done, failed=self._failed, verify=False)

    # -- choosing ----------------------------------------------------------------

    def _document_chosen(self, index: QModelIndex) -> None:
        document = self._row_document(index.row())
        if document is not None:
            self.main_window.filter_bar.set_document((document.id,), document.title or document.number)

    def _article_chosen(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.citing.rows):
            self.main_window.show_article(self.citing.rows[index.row()].id)

    def _edited(self, _article_id: int) -> None:
        self._dirty = True
        if self.isVisible():
            self._debounce.start(REFRESH_AFTER_EDIT_MS)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self.reload()


def open_documents(main_window: Any) -> DocumentsWindow:
    """View → Documents: one window per main window, raised when open."""
    window = getattr(main_window, "_documents_window", None)
    if not isinstance(window, DocumentsWindow) or window.library_path != main_window.library.path:
        window = DocumentsWindow(main_window.library.path, main_window)
        main_window._documents_window = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window
