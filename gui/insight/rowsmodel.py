"""The table beside each Insight chart: a small read-only model whose rows know their articles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from gui.core.insight import Selector
from gui.shared.plaintext import tooltip

_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A small read-only table (the numbers beside a chart); each row knows its articles."""

    SORT_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, header: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._header = list(header)
        self._rows: list[list[Any]] = []
        self._selectors: list[Selector] = []

    def set_header(self, header: Sequence[str]) -> None:
        self.beginResetModel()
        self._header = list(header)
        self.endResetModel()

    def set_rows(self, rows: Sequence[Sequence[Any]], selectors: Sequence[Selector]) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._selectors = list(selectors)
        self.endResetModel()

    def is_numeric(self, column: int) -> bool:
        return bool(self._rows) and all(isinstance(r[column], int) for r in self._rows)

    def selector(self, row: int) -> Selector | None:
        return self._selectors[row] if 0 <= row < len(self._selectors) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._header)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._header[section] if 0 <= section < len(self._header) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:,}" if isinstance(value, int) else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._selectors[index.row()].description) if index.row() < len(self._selectors) else None
        if role == self.SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
