"""The codebook dialog's editor of one variable: its fields and its values in a table.

It edits a variable in the JSON contract's shape (a dict: name, label_zh, label_en,
description, unit, type, required, values) in place and says `edited` after each change, so
the dialog can check the whole codebook with the core's own rules as the coder types. The
values of an interval or text variable stay in the dict while its type is switched back and
forth; the dialog leaves them out of what it saves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core.vocabulary import CODE_UNITS, VALUE_TYPES, VARIABLE_TYPES
from gui.shared.i18n import QT_TRANSLATE_NOOP

UNIT_TEXT = {
    "article": QT_TRANSLATE_NOOP("VariableEditor", "Article"),
    "directive": QT_TRANSLATE_NOOP("VariableEditor", "Directive"),
}
TYPE_TEXT = {
    "nominal": QT_TRANSLATE_NOOP("VariableEditor", "One choice (nominal)"),
    "multi": QT_TRANSLATE_NOOP("VariableEditor", "Several choices (multi)"),
    "ordinal": QT_TRANSLATE_NOOP("VariableEditor", "One choice, ordered (ordinal)"),
    "interval": QT_TRANSLATE_NOOP("VariableEditor", "Number (interval)"),
    "text": QT_TRANSLATE_NOOP("VariableEditor", "Text"),
}
VALUE_FIELDS = ("code", "label_zh", "label_en", "key")
KEY_COLUMN = 3


def new_variable(name: str) -> dict[str, Any]:
    return {
        "name": name,
        "label_zh": "",
        "label_en": "",
        "description": "",
        "unit": "article",
        "type": "nominal",
        "values": [],
        "required": False,
    }


class _KeyDelegate(QStyledItemDelegate):
    """The key column takes one character: the coder presses it in the reader."""

    def createEditor(  # noqa: N802 - Qt override
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(1)
        return editor


class VariableEditor(QWidget):
    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._raw: dict[str, Any] | None = None
        self._filling = False

        self.name = QLineEdit()
        self.name.setObjectName("variable_name")
        self.name.setPlaceholderText(self.tr("letters, digits and _, e.g. instrument"))
        self.label_zh = QLineEdit()
        self.label_zh.setObjectName("variable_label_zh")
        self.label_en = QLineEdit()
        self.label_en.setObjectName("variable_label_en")
        self.unit = QComboBox()
        self.unit.setObjectName("variable_unit")
        for unit in CODE_UNITS:
            self.unit.addItem(self.tr(UNIT_TEXT.get(unit, unit)), unit)
        self.type = QComboBox()
        self.type.setObjectName("variable_type")
        for kind in VARIABLE_TYPES:
            self.type.addItem(self.tr(TYPE_TEXT.get(kind, kind)), kind)
        self.required = QCheckBox(self.tr("Required: the unit is not done until this is coded"))
        self.required.setObjectName("variable_required")
        self.description = QPlainTextEdit()
        self.description.setObjectName("variable_description")
        self.description.setTabChangesFocus(True)  # Tab moves on; the instruction rarely needs a tab
        self.description.setPlaceholderText(self.tr("The coding instruction the coder sees"))
        self.description.setMaximumHeight(110)

        self.values = QTableWidget(0, len(VALUE_FIELDS))
        self.values.setObjectName("values")
        self.values.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Chinese label"), self.tr("English label"), self.tr("Key")]
        )
        self.values.verticalHeader().hide()
        header = self.values.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KEY_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.values.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.values.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.values.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.values.setItemDelegateForColumn(KEY_COLUMN, _KeyDelegate(self.values))
        self.values.itemChanged.connect(self._values_edited)
        self.add_value = self._button(self.tr("Add &value"), self.append_value)
        self.remove_value = self._button(self.tr("Remove value"), self._remove_value)
        self.value_up = self._button(self.tr("Move up"), lambda: self._move_value(-1))
        self.value_down = self._button(self.tr("Move down"), lambda: self._move_value(1))
        self.no_values = QLabel(self.tr("A number or a text variable has no values: the coder types it."))
        self.no_values.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("Chinese label"), self.label_zh)
        form.addRow(self.tr("English label"), self.label_en)
        form.addRow(self.tr("Codes each"), self.unit)
        form.addRow(self.tr("Type"), self.type)
        form.addRow("", self.required)
        form.addRow(self.tr("Instruction"), self.description)
        buttons = QHBoxLayout()
        for button in (self.add_value, self.remove_value, self.value_up, self.value_down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Values (a key codes its value in the reader)")))
        layout.addWidget(self.values, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.no_values)

        for edit in (self.name, self.label_zh, self.label_en):
            edit.textEdited.connect(self._fields_edited)
        self.description.textChanged.connect(self._fields_edited)
        self.unit.currentIndexChanged.connect(self._fields_edited)
        self.type.currentIndexChanged.connect(self._fields_edited)
        self.required.toggled.connect(self._fields_edited)
        self.setEnabled(False)

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter in a field never presses a button
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- showing -------------------------------------------------------------------

    def show_variable(self, raw: dict[str, Any] | None) -> None:
        """Edit this variable (the dict itself is changed), or nothing."""
        self._raw = raw
        self._filling = True
        try:
            data = raw or new_variable("")
            self.name.setText(str(data.get("name") or ""))
            self.label_zh.setText(str(data.get("label_zh") or ""))
            self.label_en.setText(str(data.get("label_en") or ""))
            self.description.setPlainText(str(data.get("description") or ""))
            self.unit.setCurrentIndex(max(0, self.unit.findData(data.get("unit") or "article")))
            self.type.setCurrentIndex(max(0, self.type.findData(data.get("type") or "nominal")))
            self.required.setChecked(bool(data.get("required")))
            self.values.setRowCount(0)
            for value in data.get("values") or []:
                self._insert_row(self.values.rowCount(), [str(value.get(f) or "") for f in VALUE_FIELDS])
        finally:
            self._filling = False
        self.setEnabled(raw is not None)
        self._show_values_for_type()

    def _insert_row(self, row: int, cells: list[str]) -> None:
        self.values.insertRow(row)
        for column, text in enumerate(cells):
            self.values.setItem(row, column, QTableWidgetItem(text))

    def _show_values_for_type(self) -> None:
        takes_values = self.type.currentData() in VALUE_TYPES
        for widget in (self.values, self.add_value, self.remove_value, self.value_up, self.value_down):
            widget.setEnabled(takes_values and self._raw is not None)
        self.no_values.setVisible(not takes_values)

    # -- editing ---------------------------------------------------------------------

    def finish_editing(self) -> None:
        """Put the text of an open cell into the table: Ctrl+S while typing a value saves what was typed."""
        editor = QApplication.focusWidget()
        if (
            editor is not None
            and self.values.state() == QAbstractItemView.State.EditingState
            and self.values.isAncestorOf(editor)
        ):
            self.values.commitData(editor)
            self.values.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _fields_edited(self, *_args: Any) -> None:
        if self._filling or self._raw is None:
            return
        self._raw.update(
            name=self.name.text().strip(),
            label_zh=self.label_zh.text().strip(),
            label_en=self.label_en.text().strip(),
            description=self.description.toPlainText().strip(),
            unit=self.unit.currentData(),
            type=self.type.currentData(),
            required=self.required.isChecked(),
        )
        self._show_values_for_type()
        self.edited.emit()

    def _values_edited(self, *_args: Any) -> None:
        if self._filling or self._raw is None:
            return
        self._raw["values"] = [self._value_at(row) for row in range(self.values.rowCount())]
        self.edited.emit()

    def _value_at(self, row: int) -> dict[str, str]:
        cells = [self.values.item(row, c) for c in range(len(VALUE_FIELDS))]
        return {
            f: (cell.text().strip() if cell is not None else "") for f, cell in zip(VALUE_FIELDS, cells, strict=True)
        }

    def append_value(self) -> None:
        """A new value after the current one, its code the next free number, its code cell open for typing."""
        if self._raw is None:
            return
        taken = {str(v.get("code")) for v in self._raw.get("values") or []}
        code = next(str(n) for n in range(1, len(taken) + 2) if str(n) not in taken)
        row = self.values.currentRow() + 1 if self.values.currentRow() >= 0 else self.values.rowCount()
        self._filling = True
        self._insert_row(row, [code, "", "", ""])
        self._filling = False
        self._values_edited()
        self.values.setFocus()
        self.values.setCurrentCell(row, 0)
        item = self.values.item(row, 0)
        if item is not None:
            self.values.editItem(item)

    def _remove_value(self) -> None:
        row = self.values.currentRow()
        if row < 0:
            return
        self.values.removeRow(row)
        self._values_edited()

    def _move_value(self, step: int) -> None:
        row = self.values.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.values.rowCount():
            return
        column = self.values.currentColumn()
        moving = [self.values.takeItem(row, c) for c in range(len(VALUE_FIELDS))]
        self._filling = True
        self.values.removeRow(row)
        self.values.insertRow(target)
        for c, item in enumerate(moving):
            self.values.setItem(target, c, item)
        self._filling = False
        self._values_edited()
        self.values.setCurrentCell(target, max(column, 0))
