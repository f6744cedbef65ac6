"""The codebook dialog's list of variables: add, duplicate, remove and move them.

It holds the variables being edited (dicts in the JSON contract's shape, the same objects the
VariableEditor changes) and says which one is current; the dialog marks the ones with a problem.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from gui.dialogs.variableeditor import new_variable
from gui.shared.i18n import chinese
from gui.shared.plaintext import tooltip

PROBLEM_COLOUR = "#b3261e"


def variable_label(raw: dict[str, Any]) -> str:
    """A variable's label in the interface language (the other one if missing)."""
    first, second = ("label_zh", "label_en") if chinese() else ("label_en", "label_zh")
    return str(raw.get(first) or raw.get(second) or "")


def push_button(text: str, slot: Any) -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)  # Enter in a field never saves, adds or removes
    button.clicked.connect(lambda _checked=False: slot())
    return button


class VariableList(QWidget):
    selected = Signal(int)  # the current row, -1 for none
    added = Signal()  # a new variable (added or duplicated) is the current one

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.variables: list[dict[str, Any]] = []
        self.list = QListWidget()
        self.list.setObjectName("variables")
        self.list.currentRowChanged.connect(self.selected.emit)
        self.add_button = push_button(self.tr("&Add variable"), self.add)
        self.duplicate_button = push_button(self.tr("D&uplicate"), self.duplicate)
        self.remove_button = push_button(self.tr("&Remove"), self.remove)
        self.up_button = push_button(self.tr("Up"), lambda: self.move_variable(-1))
        self.down_button = push_button(self.tr("Down"), lambda: self.move_variable(1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Variables")))
        layout.addWidget(self.list, 1)
        for row in ((self.add_button, self.duplicate_button, self.remove_button), (self.up_button, self.down_button)):
            line = QHBoxLayout()
            for button in row:
                line.addWidget(button)
            line.addStretch(1)
            layout.addLayout(line)

    def current(self) -> dict[str, Any] | None:
        row = self.list.currentRow()
        return self.variables[row] if 0 <= row < len(self.variables) else None

    def set_variables(self, variables: list[dict[str, Any]]) -> None:
        self.variables = [copy.deepcopy(v) for v in variables]
        self._rebuild(0)

    def _rebuild(self, current: int) -> None:
        """One row per variable (their texts come from `show_problems`), `current` selected."""
        current = min(current, len(self.variables) - 1)
        with QSignalBlocker(self.list):
            while self.list.count() > len(self.variables):
                self.list.takeItem(self.list.count() - 1)
            while self.list.count() < len(self.variables):
                self.list.addItem(QListWidgetItem())
            self.list.setCurrentRow(current)
        self.selected.emit(current)

    def show_problems(self, problems: dict[int, str]) -> None:
        """Each variable's name and label; one with a problem marked, the problem its tooltip."""
        for row, raw in enumerate(self.variables):
            item = self.list.item(row)
            if item is None:
                continue
            label = variable_label(raw)
            name = str(raw.get("name") or "") or self.tr("(no name)")
            bad = row in problems
            item.setText(f"{'⚠ ' if bad else ''}{name}{'  ' + label if label else ''}")
            item.setForeground(QBrush(QColor(PROBLEM_COLOUR)) if bad else QBrush())
            item.setToolTip(tooltip(problems[row] if bad else str(raw.get("description") or "")))
        for button in (self.duplicate_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(self.list.currentRow() >= 0)

    def _free_name(self, base: str) -> str:
        taken = {str(v.get("name")) for v in self.variables}
        names = (base if n == 1 else f"{base[:60]}_{n}" for n in range(1, len(taken) + 2))
        return next(name for name in names if name not in taken)

    def _insert(self, row: int, raw: dict[str, Any]) -> None:
        self.variables.insert(row, raw)
        self._rebuild(row)
        self.added.emit()

    def add(self) -> None:
        """A new variable after the current one."""
        self._insert(self.list.currentRow() + 1, new_variable(self._free_name("variable")))

    def duplicate(self) -> None:
        raw = self.current()
        if raw is not None:
            copied = copy.deepcopy(raw)
            copied["name"] = self._free_name(f"{str(raw.get('name') or 'variable')[:58]}_copy")
            self._insert(self.list.currentRow() + 1, copied)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self.variables[row]
            self._rebuild(row)

    def move_variable(self, step: int) -> None:  # not move(): that is QWidget.move
        row = self.list.currentRow()
        target = row + step
        if row >= 0 and 0 <= target < len(self.variables):
            self.variables.insert(target, self.variables.pop(row))
            self._rebuild(target)
