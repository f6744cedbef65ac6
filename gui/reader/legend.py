"""The label legend above the reader: colour, name and key of each label.

Clicking a label applies it (to the selected text, or to the current entity),
the same as pressing its key.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QWidget

from gui.reader.highlight import DIRECTIVE_SUGGESTED, DIRECTIVE_UNDERLINE, ENTITY_ALPHA_ACCEPTED
from gui.shared.flowlayout import FlowLayout
from gui.shared.labels import LabelSet


class Legend(QWidget):
    labelChosen = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, labels: LabelSet, parent: Any = None) -> None:
        super().__init__(parent)
        # Rows that wrap: in a narrow reader the labels take two rows instead of widening it.
        self._layout = FlowLayout(self, spacing=6)
        self._layout.setContentsMargins(12, 4, 12, 4)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.buttons: dict[str, QToolButton] = {}
        self.set_labels(labels)

    def set_labels(self, labels: LabelSet) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        for label in labels:
            button = QToolButton()
            button.setObjectName(f"legend_{label.code}")
            key = f"{label.key} " if label.key else ""
            button.setText(f"{key}{label.display()}")
            tip = self.tr("Apply {label} to the selected text (key {key})")
            button.setToolTip(tip.format(label=label.display(), key=label.key or "—"))
            background = QColor(label.color)
            background.setAlpha(ENTITY_ALPHA_ACCEPTED)
            button.setStyleSheet(
                f"QToolButton {{ background: rgba({background.red()},{background.green()},{background.blue()},"
                f"{background.alpha()}); border-bottom: 2px solid {label.color}; border-radius: 3px;"
                " padding: 2px 6px; }"
            )
            button.clicked.connect(lambda _checked=False, code=label.code: self.labelChosen.emit(code))
            self._layout.addWidget(button)
            self.buttons[label.code] = button
        directive = QLabel(self.tr("〰 directive (D)"))
        tint = DIRECTIVE_SUGGESTED
        directive.setStyleSheet(
            f"background: rgba({tint.red()},{tint.green()},{tint.blue()},{tint.alpha()});"
            f" border-bottom: 2px dotted {DIRECTIVE_UNDERLINE.name()}; padding: 2px 6px;"
        )
        directive.setToolTip(self.tr("Directive sentences are tinted; D marks or unmarks the sentence at the cursor"))
        self._layout.addWidget(directive)
