"""Help → Keyboard shortcuts: every key pizhu understands, in one table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from gui.shared.i18n import QT_TRANSLATE_NOOP
from gui.shared.labels import LabelSet

KeySpec = QKeySequence | QKeySequence.StandardKey | str


def unique_keys(*specs: KeySpec) -> list[QKeySequence]:
    """The key sequences of specs, each once.

    A platform's standard key often repeats one given literally (Redo is Ctrl+Shift+Z on
    X11); an action holding a sequence twice makes Qt call the key ambiguous and do nothing.
    """
    keys: list[QKeySequence] = []
    seen: set[str] = set()
    for spec in specs:
        found = QKeySequence.keyBindings(spec) if isinstance(spec, QKeySequence.StandardKey) else [QKeySequence(spec)]
        for key in found:
            name = key.toString(QKeySequence.SequenceFormat.PortableText)
            if name and name not in seen:
                seen.add(name)
                keys.append(key)
    return keys


# (keys, what they do): English source texts, translated when shown (context "Shortcuts").
NAVIGATION = (
    ("J", QT_TRANSLATE_NOOP("Shortcuts", "Next article (↓ in the list)")),
    ("K", QT_TRANSLATE_NOOP("Shortcuts", "Previous article (↑ in the list)")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("Shortcuts", "Mark the article done and go to the next one not done")),
    ("Ctrl+K", QT_TRANSLATE_NOOP("Shortcuts", "Search the library")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Find in the article (Enter: next match, selects it)")),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Shift+arrows"),
        QT_TRANSLATE_NOOP("Shortcuts", "Select text in the article with the keyboard"),
    ),
)
LABEL_KEY = QT_TRANSLATE_NOOP("Shortcuts", "Tag the selection as {label}, or relabel the current entity")
EDITING = (
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Next / previous suggestion in the article")),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Accept the current suggestion (and go to the next)")),
    ("X", QT_TRANSLATE_NOOP("Shortcuts", "Reject the current suggestion (and go to the next)")),
    ("Delete", QT_TRANSLATE_NOOP("Shortcuts", "Reject a suggestion, or delete an accepted annotation")),
    ("D", QT_TRANSLATE_NOOP("Shortcuts", "Mark the sentence at the cursor as a directive, or unmark it")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Clear the selection")),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "a value's key"),
        QT_TRANSLATE_NOOP("Shortcuts", "Code the current directive (else the article) with that value of the codebook"),
    ),
    (
        "Shift+Enter",
        QT_TRANSLATE_NOOP("Shortcuts", "Confirm the suggested codes (the directive's, else the article's)"),
    ),
    ("Alt+↓ / Alt+↑", QT_TRANSLATE_NOOP("Shortcuts", "Next / previous directive, to code it")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("Shortcuts", "Write a note on the article (Esc: back to the text)")),
    ("Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y", QT_TRANSLATE_NOOP("Shortcuts", "Undo / redo any edit")),
    ("Ctrl+= / Ctrl+-", QT_TRANSLATE_NOOP("Shortcuts", "Larger / smaller text")),
    ("F9", QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the side panel")),
    ("Ctrl+Shift+L", QT_TRANSLATE_NOOP("Shortcuts", "Activity log: what imports and re-tags reported")),
    ("Ctrl+Shift+D", QT_TRANSLATE_NOOP("Shortcuts", "Documents: the library's document records and who cites them")),
    ("Ctrl+Alt+O", QT_TRANSLATE_NOOP("Shortcuts", "Original document: the article's PDF pages, saved page or file")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("Shortcuts", "Import files")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Export")),
)

# Curation mode's keys (gui/reader/curation.py), in the text or the curation list while it is on.
CURATION = (
    ("F7", QT_TRANSLATE_NOOP("Shortcuts", "Curation mode on or off: adjudicate the coders' disagreements (lead)")),
    ("N / P", QT_TRANSLATE_NOOP("Shortcuts", "Curation: next / previous disagreement (then the next article's)")),
    ("1…9", QT_TRANSLATE_NOOP("Shortcuts", "Curation: take coder #k's version (numbered in the legend)")),
    ("0", QT_TRANSLATE_NOOP("Shortcuts", "Curation: take none (the item is not in the final layer)")),
    ("E", QT_TRANSLATE_NOOP("Shortcuts", "Curation: edit (a copy in the final layer, for the editing keys)")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def shortcut_rows(labels: LabelSet) -> list[tuple[str, str]]:
    """(keys, action) in the interface's language; label names follow it too (人物 PER)."""
    rows = [(_t(keys), _t(action)) for keys, action in NAVIGATION]
    rows += [(label.key, _t(LABEL_KEY).format(label=label.display())) for label in labels if label.key]
    rows += [(_t(keys), _t(action)) for keys, action in EDITING]
    rows += [(_t(keys), _t(action)) for keys, action in CURATION]
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
