"""The codebook in the side panel: the open article's variables and the current directive's.

Each variable shows its label in the interface language (its coding instruction as the
tooltip), a mark when it is required, and its values with their keys, the coded ones
highlighted. A click on a value codes it; interval and text variables have a field (Enter
saves). Keys are resolved by `variable_for_key`; the annotator turns both into codes.

What the rules suggest for a variable still without a code is shown on its values (dashed,
with the reason as tooltip) and never written until the coder confirms it (Shift+Enter, or
the value's key). Below the codes, the coder's note on the article: it stays while the codes
are rebuilt around it, so typing in it is never interrupted.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from gui.core.codebook import Codebook, Value, Variable
from gui.core.vocabulary import VALUE_TYPES
from gui.shared.flowlayout import FlowLayout
from gui.shared.i18n import chinese
from gui.shared.plaintext import tooltip

CODED_STYLE = "background:#cfe3ff; font-weight:bold"
SUGGESTED_STYLE = "border:1px dashed #2e86ab; background:#f2f8fc"

# A suggestion: (unit, variable) -> (the suggested value, why, in the interface's language).
Suggested = Mapping[tuple[str, str], tuple[Any, str]]


def label_of(item: Variable | Value) -> str:
    """A variable's or value's label in the interface language (the other one, or the code, if missing)."""
    first, second = (item.label_zh, item.label_en) if chinese() else (item.label_en, item.label_zh)
    return first or second or (item.name if isinstance(item, Variable) else item.code)


def variable_for_key(
    variables: Sequence[Variable], key: str, coded: Collection[str], last: str | None, blocked: Collection[str]
) -> tuple[Variable, Value] | None:
    """The variable and value a key codes, among one unit's variables. Two variables may share
    a key: the one being coded wins — the multi-choice variable coded last, then the first
    variable still without a code, then the first in the codebook. `blocked`: keys that belong
    to labels and so never code."""
    key = key.lower()
    if key in blocked:
        return None
    first = [v for v in variables if v.name == last and v.type == "multi"]
    empty = [v for v in variables if v.name not in coded]
    for variable in [*first, *empty, *variables]:
        for value in variable.values:
            if value.key and value.key.lower() == key:
                return variable, value
    return None


def toggled(variable: Variable, current: Any, code: str) -> Any:
    """The value after choosing `code`: chosen again it comes off (single choice) or is toggled (multi)."""
    if variable.type == "multi":
        codes = list(current) if isinstance(current, list) else []
        codes = [c for c in codes if c != code] if code in codes else [*codes, code]
        return [c for c in variable.codes() if c in codes] or None  # in the codebook's order
    return None if current == code else code


class _ValueLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        # On release, not press: coding rebuilds the panel, and the release must not reach a deleted label.
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)


class CodingPanel(QWidget):
    """The variables of the article and of the current directive, rebuilt at each change."""

    valueChosen = Signal(str, str, str)  # noqa: N815 - unit, variable, value code
    textEntered = Signal(str, str, str)  # noqa: N815 - unit, variable, the field's text
    noteEdited = Signal(str)  # noqa: N815 - the note's text, at each change
    noteLeft = Signal()  # noqa: N815 - Esc in the note: the keys go back to the text
    availableChanged = Signal(bool)  # noqa: N815 - a codebook came or went: the side panel shows or hides the tab

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("coding")
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll, 1)
        self.note = QPlainTextEdit()
        self.note.setObjectName("coding-note")
        self.note.setPlaceholderText(
            self.tr("My note on this article: a doubt, a borderline decision … (Ctrl+Shift+N; saved as you type)")
        )
        self.note.setToolTip(self.tr("My note on this article"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 3 + 12)
        self.note.textChanged.connect(lambda: self.noteEdited.emit(self.note.toPlainText()))
        self.note.installEventFilter(self)
        layout.addWidget(self.note)
        self._content: QWidget | None = None
        self.value_labels: dict[tuple[str, str, str], QLabel] = {}  # (unit, variable, code) -> its label
        self.fields: dict[tuple[str, str], QLineEdit] = {}
        self.variable_labels: dict[tuple[str, str], QLabel] = {}
        self.suggested: dict[tuple[str, str], Any] = {}  # what is shown as suggested, by (unit, variable)
        self.available = False

    def _set_available(self, available: bool) -> None:
        if available != self.available:
            self.available = available
            self.availableChanged.emit(available)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.note
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.noteLeft.emit()
            return True
        return super().eventFilter(watched, event)

    def set_note(self, text: str) -> None:
        """Show an article's note (without it counting as an edit)."""
        self.note.blockSignals(True)
        self.note.setPlainText(text)
        self.note.blockSignals(False)

    def show_codes(
        self,
        codebook: Codebook | None,
        article_codes: Mapping[str, Any],
        directive: bool,
        directive_codes: Mapping[str, Any],
        blocked: Collection[str],
        suggested: Suggested | None = None,
    ) -> None:
        """Show the codebook's article variables (and, when a directive is current, its
        directive variables) with these codes (variable -> value); `blocked` are the label keys
        a value's key loses to; `suggested` what rules suggest for variables still uncoded."""
        suggested = suggested or {}
        self.suggested = {}
        self.value_labels.clear()
        self.fields.clear()
        self.variable_labels.clear()
        if self._content is not None:
            self._content.deleteLater()
            self._content = None
        if codebook is None or not codebook.variables:
            self._set_available(False)
            return
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        units = [("article", self.tr("Article codes"), article_codes)]
        if directive:  # first: the keys code the current directive's variables first
            units.insert(0, ("directive", self.tr("Directive codes"), directive_codes))
        for unit, title, values in units:
            variables = codebook.of_unit(unit)
            if not variables:
                continue
            box = QGroupBox(title)
            box.setObjectName(f"coding-{unit}")
            inner = QVBoxLayout(box)
            for variable in variables:
                value = values.get(variable.name)
                hint = suggested.get((unit, variable.name)) if value is None else None
                if hint is not None:
                    self.suggested[(unit, variable.name)] = hint[0]
                self._add_variable(inner, unit, variable, value, blocked, hint)
            layout.addWidget(box)
        layout.addStretch(1)
        self._content = content
        self._scroll.setWidget(content)
        self._set_available(True)

    def _add_variable(
        self,
        layout: QVBoxLayout,
        unit: str,
        variable: Variable,
        value: Any,
        blocked: Collection[str],
        hint: tuple[Any, str] | None = None,
    ) -> None:
        name = label_of(variable) + (" *" if variable.required else "")
        text = f"<b>{html.escape(name)}</b>"
        if hint is not None:
            text += ' <span style="color:#2e86ab">' + html.escape(self.tr("suggested · Shift+Enter")) + "</span>"
        title = QLabel(text)
        title.setTextFormat(Qt.TextFormat.RichText)
        if variable.description:
            title.setToolTip(tooltip(variable.description))
        if variable.required:
            title.setToolTip(title.toolTip() + self.tr("<br>Required: the article cannot be marked done without it"))
        self.variable_labels[(unit, variable.name)] = title
        layout.addWidget(title)
        if variable.type in VALUE_TYPES:
            chosen = value if isinstance(value, list) else [value]
            proposed = [] if hint is None else hint[0] if isinstance(hint[0], list) else [hint[0]]
            # The values flow as chips: 18 policy areas fit a few lines of a laptop's side panel.
            chips = QWidget()
            flow = FlowLayout(chips, spacing=4)
            flow.setContentsMargins(8, 0, 0, 0)
            for item in variable.values:
                label = self._value_label(unit, variable, item, item.code in chosen, blocked)
                if item.code in proposed:
                    assert hint is not None
                    label.setStyleSheet(SUGGESTED_STYLE)
                    label.setProperty("suggested", True)
                    label.setToolTip(tooltip(self.tr("Suggested: {why}").format(why=hint[1])))
                flow.addWidget(label)
            layout.addWidget(chips)
            return
        field = QLineEdit("" if value is None else str(value))
        field.setObjectName(f"code-{unit}-{variable.name}")
        field.setPlaceholderText(
            self.tr("a number, Enter saves") if variable.type == "interval" else self.tr("Enter saves")
        )
        field.returnPressed.connect(lambda: self.textEntered.emit(unit, variable.name, field.text()))
        self.fields[(unit, variable.name)] = field
        layout.addWidget(field)

    def _value_label(self, unit: str, variable: Variable, item: Value, coded: bool, blocked: Collection[str]) -> QLabel:
        lost = bool(item.key) and item.key.lower() in blocked
        key = html.escape(item.key)
        key_html = f'<span style="color:gray">{key}</span>' if lost else f"<b>{key}</b>"
        text = (key_html + "&nbsp;" if item.key else "") + html.escape(label_of(item))
        label = _ValueLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setContentsMargins(3, 1, 3, 1)
        label.setCursor(Qt.CursorShape.PointingHandCursor)
        if coded:
            label.setStyleSheet(CODED_STYLE)
        if lost:
            label.setToolTip(
                self.tr("The key {key} belongs to a label of the current label set: click to code").format(key=item.key)
            )
        label.setProperty("coded", coded)
        label.clicked.connect(lambda: self.valueChosen.emit(unit, variable.name, item.code))
        self.value_labels[(unit, variable.name, item.code)] = label
        return label
