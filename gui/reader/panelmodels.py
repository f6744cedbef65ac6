"""Models for the side panel: the article's entities grouped by label, and its directives."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from gui.core.model import Annotation
from gui.shared.i18n import QT_TRANSLATE_NOOP
from gui.shared.labels import LabelSet
from gui.shared.plaintext import tooltip
from gui.shared.summaries import annotation_status

_Index = QModelIndex | QPersistentModelIndex
IdsRole = Qt.ItemDataRole.UserRole + 1  # annotation ids behind a row
IdRole = Qt.ItemDataRole.UserRole + 2


class EntityGroupModel(QAbstractItemModel):
    """Two levels: a label (人物 PER, 12) and under it each distinct text (林武, 5).

    Top-level rows have internal id 0; a text row's internal id is its label row + 1.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.labels = LabelSet()
        # [(label code, [(text, [annotation ids in body order])])]
        self.groups: list[tuple[str, list[tuple[str, list[int]]]]] = []

    def set_annotations(self, annotations: Sequence[Annotation], labels: LabelSet) -> None:
        self.beginResetModel()
        self.labels = labels
        by_label: dict[str, dict[str, list[int]]] = {}
        for a in sorted(annotations, key=lambda a: a.start):
            if a.kind == "entity" and a.status != "rejected" and a.id is not None:
                by_label.setdefault(a.label, {}).setdefault(a.text, []).append(a.id)
        order = {code: n for n, code in enumerate(labels.codes())}
        self.groups = [
            (code, list(texts.items()))
            for code, texts in sorted(by_label.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))
        ]
        self.endResetModel()

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    # The model's parent(index); the stubs also hold QObject's parent() under this name.
    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Entity"), self.tr("Count"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            code, texts = self.groups[index.row()]
            ids = [i for _, group in texts for i in group]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.labels.get(code).display() if index.column() == 0 else len(ids)
            if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
                return QColor(self.labels.get(code).color)
            if role == IdsRole:
                return ids
            return None
        code, texts = self.groups[index.internalId() - 1]
        text, ids = texts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text if index.column() == 0 else len(ids)
        if role == IdsRole:
            return ids
        return None


class DirectiveTableModel(QAbstractTableModel):
    # English source texts, translated in headerData (context "DirectiveTableModel").
    COLUMNS = (
        QT_TRANSLATE_NOOP("DirectiveTableModel", "Directive"),
        QT_TRANSLATE_NOOP("DirectiveTableModel", "Issuer"),
        QT_TRANSLATE_NOOP("DirectiveTableModel", "Strength"),
        QT_TRANSLATE_NOOP("DirectiveTableModel", "Topic"),
        QT_TRANSLATE_NOOP("DirectiveTableModel", "Status"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Annotation] = []

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        self.beginResetModel()
        self.rows = sorted((a for a in annotations if a.kind == "directive"), key=lambda a: a.start)
        self.endResetModel()

    def row_of(self, annotation_id: int | None) -> int:
        return next((n for n, a in enumerate(self.rows) if a.id == annotation_id), -1)

    def column_texts(self, column: int) -> set[str]:
        """The distinct texts a column shows (to size it), without a model index per cell."""
        if column == 4:
            return {annotation_status(status) for status in {a.status for a in self.rows}}
        if column == 0:
            return {a.text if len(a.text) <= 40 else a.text[:40] + "…" for a in self.rows}
        key = ("issuer", "strength", "topic")[column - 1]
        return {str(a.attrs.get(key, "") or "") for a in self.rows}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    _ROLES = frozenset(
        {
            IdRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.DisplayRole,
        }
    )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks a dozen roles per cell on every paint: answer the others at once.
        if role not in self._ROLES or not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        a = self.rows[index.row()]
        if role == IdRole:
            return a.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(a.text)
        if role == Qt.ItemDataRole.ForegroundRole and a.status == "rejected":
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and a.status == "rejected":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return a.text if len(a.text) <= 40 else a.text[:40] + "…"
        if column == 4:
            return annotation_status(a.status)
        return str(a.attrs.get(("issuer", "strength", "topic")[column - 1], "") or "")
