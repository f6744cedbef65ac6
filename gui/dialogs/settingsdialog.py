"""Settings: the label set (name, colour, key), the library's topic list, text size, language."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.core.nlp.topics import Topic
from gui.shared.labels import LabelDef, LabelSet
from gui.shared.settings import MAX_FONT_SIZE, MIN_FONT_SIZE

_CODE = re.compile(r"^[A-Z][A-Z0-9_]{0,15}$")
_SPLIT = re.compile(r"[,，、;；\s]+")


class SettingsDialog(QDialog):
    def __init__(
        self,
        labels: LabelSet,
        topics: Sequence[Topic],
        font_size: int,
        language: str,
        parent: Any = None,
        theme: str = "system",
        edit_codebook: Callable[[], Any] | None = None,
        coder: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        tabs = QTabWidget()

        # Labels ---------------------------------------------------------------
        self.label_table = QTableWidget(0, 5)
        self.label_table.setObjectName("labels")
        self.label_table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Chinese name"), self.tr("English name"), self.tr("Colour"), self.tr("Key")]
        )
        self.label_table.verticalHeader().hide()
        self.label_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for label in labels:
            self._add_label_row(label)
        add_label = QPushButton(self.tr("Add label"))
        add_label.clicked.connect(lambda: self._add_label_row(LabelDef("NEW", "新标签", "New", "#888888", "")))
        remove_label = QPushButton(self.tr("Remove label"))
        remove_label.clicked.connect(lambda: self._remove_row(self.label_table))
        self.label_table.cellDoubleClicked.connect(self._pick_colour)
        tabs.addTab(
            self._page(
                self.label_table,
                add_label,
                remove_label,
                self.tr("Double-click a colour to change it. Keys are single characters."),
            ),
            self.tr("Labels"),
        )

        # Topics ---------------------------------------------------------------
        self.topic_table = QTableWidget(0, 3)
        self.topic_table.setObjectName("topics")
        self.topic_table.setHorizontalHeaderLabels(
            [
                self.tr("Topic"),
                self.tr("Keywords (separated by commas)"),
                self.tr("Weak keywords (count only where no topic's keyword occurs)"),
            ]
        )
        self.topic_table.verticalHeader().hide()
        self.topic_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.topic_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.topic_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for topic in topics:
            self._add_topic_row(topic.name, "，".join(topic.keywords), "，".join(topic.weak_keywords))
        add_topic = QPushButton(self.tr("Add topic"))
        add_topic.clicked.connect(lambda: self._add_topic_row("", "", ""))
        remove_topic = QPushButton(self.tr("Remove topic"))
        remove_topic.clicked.connect(lambda: self._remove_row(self.topic_table))
        tabs.addTab(
            self._page(
                self.topic_table,
                add_topic,
                remove_topic,
                self.tr("Topics belong to the library; Tools → Apply my corrections re-tags with them."),
            ),
            self.tr("Topics"),
        )

        # Reading --------------------------------------------------------------
        reading = QWidget()
        form = QFormLayout(reading)
        self.font_size = QSpinBox()
        self.font_size.setObjectName("font_size")
        self.font_size.setRange(MIN_FONT_SIZE, MAX_FONT_SIZE)
        self.font_size.setValue(font_size)
        self.font_size.setSuffix(self.tr(" pt"))
        form.addRow(self.tr("Text size"), self.font_size)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for text, value in ((self.tr("System language"), "system"), ("简体中文", "zh_CN"), ("English", "en")):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form.addRow(self.tr("Language (after restart)"), self.language)
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        for text, value in (
            (self.tr("Follow the system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        form.addRow(self.tr("Colours"), self.theme)
        self.coder = QLineEdit(coder)
        self.coder.setObjectName("coder")
        self.coder.setPlaceholderText(self.tr("Leave empty when you work alone"))
        self.coder.setToolTip(self.tr("Your annotations and codes are recorded under this name (team coding)"))
        form.addRow(self.tr("Your name as a coder"), self.coder)
        tabs.addTab(reading, self.tr("Reading and appearance"))

        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        if edit_codebook is not None:  # the codebook belongs to the library and has its own dialog
            codebook = buttons.addButton(self.tr("Codebook…"), QDialogButtonBox.ButtonRole.ActionRole)
            codebook.setObjectName("edit_codebook")
            codebook.clicked.connect(lambda _checked=False: edit_codebook())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(680, 520)

    @staticmethod
    def _page(table: QTableWidget, add: QPushButton, remove: QPushButton, hint: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        note = QLabel(hint)
        note.setWordWrap(True)
        layout.addWidget(note)
        return page

    def _add_label_row(self, label: LabelDef) -> None:
        row = self.label_table.rowCount()
        self.label_table.insertRow(row)
        for column, value in enumerate((label.code, label.name_zh, label.name_en, label.color, label.key)):
            item = QTableWidgetItem(value)
            if column == 3:
                item.setBackground(QColor(value))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.label_table.setItem(row, column, item)

    def _add_topic_row(self, name: str, keywords: str, weak: str = "") -> None:
        row = self.topic_table.rowCount()
        self.topic_table.insertRow(row)
        for column, value in enumerate((name, keywords, weak)):
            self.topic_table.setItem(row, column, QTableWidgetItem(value))

    @staticmethod
    def _remove_row(table: QTableWidget) -> None:
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    def _pick_colour(self, row: int, column: int) -> None:
        if column != 3:
            return
        item = self.label_table.item(row, 3)
        if item is None:
            return
        colour = QColorDialog.getColor(QColor(item.text()), self, self.tr("Label colour"))
        if colour.isValid():
            item.setText(colour.name())
            item.setBackground(colour)

    # -- results -----------------------------------------------------------

    def _cell(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item else ""

    def labels(self) -> LabelSet:
        return LabelSet(
            [
                LabelDef(
                    self._cell(self.label_table, r, 0).upper(),
                    self._cell(self.label_table, r, 1),
                    self._cell(self.label_table, r, 2),
                    self._cell(self.label_table, r, 3) or "#888888",
                    self._cell(self.label_table, r, 4),
                )
                for r in range(self.label_table.rowCount())
            ]
        )

    def topics(self) -> list[Topic]:
        topics = []
        for r in range(self.topic_table.rowCount()):
            name = self._cell(self.topic_table, r, 0)
            if name:
                words = tuple(w for w in _SPLIT.split(self._cell(self.topic_table, r, 1)) if w)
                weak = tuple(w for w in _SPLIT.split(self._cell(self.topic_table, r, 2)) if w and w not in words)
                topics.append(Topic(name, words or (name,), weak))
        return topics

    def problem(self) -> str | None:
        """Why the entered settings cannot be used, or None."""
        labels = self.labels()
        codes = [label.code for label in labels]
        keys = [label.key for label in labels if label.key]
        if not labels:
            return self.tr("Keep at least one label.")
        for label in labels:
            if not _CODE.match(label.code):
                return self.tr("Label code {code!r}: use capital letters, digits and _ (e.g. PER).").format(
                    code=label.code
                )
            if len(label.key) > 1:
                return self.tr("Label {code}: the key must be one character.").format(code=label.code)
            if not QColor(label.color).isValid():
                return self.tr("Label {code}: {color} is not a colour.").format(code=label.code, color=label.color)
        if len(set(codes)) != len(codes):
            return self.tr("Two labels have the same code.")
        if len(set(keys)) != len(keys):
            return self.tr("Two labels have the same key.")
        reserved = {"j", "k", "x", "d"}
        clash = [k for k in keys if k.lower() in reserved]
        if clash:
            return self.tr("Key {key} is taken by another command (J, K, X, D).").format(key=clash[0])
        names = [t.name for t in self.topics()]
        if len(set(names)) != len(names):
            return self.tr("Two topics have the same name.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        super().accept()
