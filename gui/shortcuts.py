"""Help → Keyboard shortcuts: every key pizhu understands, in one table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from gui.labels import LabelSet


def _t(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def shortcut_rows(labels: LabelSet) -> list[tuple[str, str]]:
    rows = [
        ("J", _t("Next article (↓ in the list)")),
        ("K", _t("Previous article (↑ in the list)")),
        ("Ctrl+Enter", _t("Mark the article done and go to the next one not done")),
        ("Ctrl+K", _t("Search the library")),
        ("Ctrl+F", _t("Find in the article (Enter: next match, selects it)")),
        ("Shift+arrows", _t("Select text in the article with the keyboard")),
    ]
    rows += [
        (label.key, _t("Tag the selection as {label}, or relabel the current entity").format(label=label.display()))
        for label in labels
        if label.key
    ]
    rows += [
        ("Tab / Shift+Tab", _t("Next / previous suggestion in the article")),
        ("Enter", _t("Accept the current suggestion (and go to the next)")),
        ("X", _t("Reject the current suggestion (and go to the next)")),
        ("Delete", _t("Reject a suggestion, or delete an accepted annotation")),
        ("D", _t("Mark the sentence at the cursor as a directive, or unmark it")),
        ("Esc", _t("Clear the selection")),
        ("Ctrl+Z / Ctrl+Shift+Z", _t("Undo / redo any edit")),
        ("Ctrl+= / Ctrl+-", _t("Larger / smaller text")),
        ("Ctrl+O", _t("Import files")),
        ("Ctrl+E", _t("Export")),
    ]
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, labels: LabelSet, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(labels)
        table = self.table = QTableWidget(len(rows), 2)
        table.setObjectName("shortcuts")
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for n, (keys, action) in enumerate(rows):
            table.setItem(n, 0, QTableWidgetItem(keys))
            table.setItem(n, 1, QTableWidgetItem(action))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(620, 560)
