"""Above the article list: library search (Ctrl+K) and filters by status, label, issuer, topic, date and,
when the library has a codebook, by a variable's value."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QRegularExpression, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QToolButton, QWidget

from gui.core.codebook import Codebook, Value, Variable
from gui.core.model import ArticleFilter
from gui.shared.i18n import chinese
from gui.shared.labels import LabelSet
from gui.shared.plaintext import NAME_LIMIT, short

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, labels: LabelSet, parent: Any = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search the library (Ctrl+K): 住房 林武 …"))
        self.search.setClearButtonEnabled(True)
        self.status = self._combo(
            "status_filter",
            [
                (self.tr("Any status"), None),
                (self.tr("New"), "new"),
                (self.tr("In progress"), "in_progress"),
                (self.tr("Done"), "done"),
            ],
        )
        # Summary blocks (新闻摘要) repeat the day's headlines: a coder usually leaves them out.
        self.kind = self._combo(
            "kind_filter",
            [
                (self.tr("Any kind"), None),
                (self.tr("Articles only"), "article"),
                (self.tr("Summaries only"), "summary"),
            ],
        )
        self.kind.setToolTip(self.tr("Summaries (新闻摘要) only list the day's headlines"))
        self.label = self._combo("label_filter", [])
        self.issuer = self._combo("issuer_filter", [])
        self.topic = self._combo("topic_filter", [])
        # "variable: value" of the codebook; hidden while the library has none (set_codebook).
        self.code = self._combo("code_filter", [(self.tr("Any code"), None)])
        self.code.setToolTip(self.tr("Articles coded with this value, on the article or on one of its directives"))
        self.code.hide()
        date_validator = QRegularExpressionValidator(QRegularExpression(r"\d{0,4}-?\d{0,2}-?\d{0,2}"), self)
        self.date_from = QLineEdit()
        self.date_from.setObjectName("date_from")
        self.date_to = QLineEdit()
        self.date_to.setObjectName("date_to")
        for field, hint in ((self.date_from, self.tr("from YYYY-MM-DD")), (self.date_to, self.tr("to YYYY-MM-DD"))):
            field.setPlaceholderText(hint)
            field.setValidator(date_validator)
            field.setClearButtonEnabled(True)
            field.editingFinished.connect(self._emit)
        # Articles picked elsewhere (a bar in Insight): shown as a chip, cleared with the rest.
        self.ids: list[int] | None = None
        self.ids_chip = QToolButton()
        self.ids_chip.setObjectName("ids_chip")
        self.ids_chip.setToolTip(self.tr("Click to show all articles again"))
        self.ids_chip.clicked.connect(lambda: self.set_ids(None))
        self.ids_chip.hide()
        # A document record picked in the Documents window: the articles that cite it or are it.
        self.document: tuple[int, ...] = ()
        self.document_chip = QToolButton()
        self.document_chip.setObjectName("document_chip")
        self.document_chip.setToolTip(self.tr("Click to show all articles again"))
        self.document_chip.clicked.connect(lambda: self.set_document(()))
        self.document_chip.hide()
        self.reset_button = QToolButton()
        self.reset_button.setText(self.tr("Clear"))
        self.reset_button.setToolTip(self.tr("Show all articles"))
        self.reset_button.clicked.connect(self.reset)

        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.search, 0, 0, 1, 4)
        layout.addWidget(self.reset_button, 0, 4)
        layout.addWidget(self.status, 1, 0)
        layout.addWidget(self.label, 1, 1)
        layout.addWidget(self.issuer, 1, 2)
        layout.addWidget(self.topic, 1, 3, 1, 2)
        layout.addWidget(self.kind, 2, 0)
        layout.addWidget(self.date_from, 2, 1, 1, 2)
        layout.addWidget(self.date_to, 2, 3, 1, 2)
        layout.addWidget(self.code, 3, 0, 1, 5)
        layout.addWidget(self.ids_chip, 4, 0, 1, 5)
        layout.addWidget(self.document_chip, 5, 0, 1, 5)

        # Search as you type, once typing pauses.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._emit)
        self.set_choices(labels, [], [])

    def _combo(self, name: str, items: list[tuple[str, str | None]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        # As wide as the layout makes it, not as the longest issuer or topic in the library.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        for text, value in items:
            combo.addItem(text, value)
        combo.activated.connect(lambda _n: self._emit())
        return combo

    @staticmethod
    def _refill(combo: QComboBox, any_text: str, items: Sequence[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, None)
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def set_choices(self, labels: LabelSet, issuers: Sequence[str], topics: Sequence[str]) -> None:
        """Refresh the lists (labels of the label set, issuers and topics found in the library)."""
        self._refill(self.label, self.tr("Any label"), [(lbl.display(), lbl.code) for lbl in labels])
        self._refill(self.issuer, self.tr("Any issuer"), [(i, i) for i in issuers])
        self._refill(self.topic, self.tr("Any topic"), [(t, t) for t in topics])

    def set_codebook(self, codebook: Codebook | None) -> None:
        """Offer each value of the codebook's variables that have values; hide the filter when
        the library has no codebook (and drop a choice the new codebook no longer has)."""
        items: list[tuple[str, str]] = []
        for variable in codebook.variables if codebook is not None else ():
            for value in variable.values:
                items.append((f"{_label(variable)}: {_label(value)}", f"{variable.name}={value.code}"))
        self._refill(self.code, self.tr("Any code"), items)
        self.code.setVisible(bool(items))

    def current_filter(self) -> ArticleFilter:
        def date(field: QLineEdit) -> str | None:
            text = field.text().strip()
            return text if _DATE.match(text) else None

        return ArticleFilter(
            status=self.status.currentData(),
            kind=self.kind.currentData(),
            query=self.search.text().strip() or None,
            date_from=date(self.date_from),
            date_to=date(self.date_to),
            label=self.label.currentData(),
            issuer=self.issuer.currentData(),
            topic=self.topic.currentData(),
            ids=self.ids,
            code=_code(self.code.currentData()),
            document=self.document,
        )

    def set_ids(self, ids: list[int] | None, description: str = "") -> None:
        """Show only these articles (None: no such restriction), with a chip saying why."""
        self.ids = list(ids) if ids is not None else None
        if self.ids is None:
            self.ids_chip.hide()
        else:
            what = short(description, NAME_LIMIT)
            self.ids_chip.setText(self.tr("{what}: {n} articles  ✕").format(what=what, n=len(self.ids)))
            self.ids_chip.show()
        self._emit()

    def set_document(self, documents: tuple[int, ...], title: str = "") -> None:
        """Show only the articles citing (or being) these document records, with a chip naming them."""
        self.document = tuple(documents)
        if self.document:
            self.document_chip.setText(self.tr("Document {title}  ✕").format(title=short(title, NAME_LIMIT)))
            self.document_chip.show()
        else:
            self.document_chip.hide()
        self._emit()

    def select(self, combo: QComboBox, value: str | None) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))
        self._emit()

    def reset(self) -> None:
        self.ids = None
        self.ids_chip.hide()
        self.document = ()
        self.document_chip.hide()
        for combo in (self.status, self.kind, self.label, self.issuer, self.topic, self.code):
            combo.setCurrentIndex(0)
        for field in (self.search, self.date_from, self.date_to):
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)
        self._emit()

    def discard_pending(self) -> None:
        """Drop a search typed but not yet run (the window closes)."""
        self._debounce.stop()

    def _emit(self) -> None:
        self._debounce.stop()
        self.changed.emit()


def _label(item: Variable | Value) -> str:
    """A variable's or value's label in the window's language, else the other, else its name."""
    first, second = (item.label_zh, item.label_en) if chinese() else (item.label_en, item.label_zh)
    return first or second or (item.name if isinstance(item, Variable) else item.code)


def _code(data: str | None) -> tuple[tuple[str, str], ...]:
    if not data:
        return ()
    variable, _sep, value = data.partition("=")  # a variable's name has no "=" (codebook._NAME)
    return ((variable, value),)
