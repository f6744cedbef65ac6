"""The side panel: entities by label, the directives list, the directive editor and the codes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.core.model import Annotation
from gui.core.vocabulary import STRENGTHS
from gui.reader.codingpanel import CodingPanel
from gui.reader.panelmodels import DirectiveTableModel, EntityGroupModel, IdRole, IdsRole
from gui.shared.labels import LabelSet
from gui.shared.tables import row_table


class DirectiveEditor(QGroupBox):
    """Edits the current directive's issuer, addressee, strength and topic."""

    edited = Signal(int, dict)  # annotation id, new attrs
    statusRequested = Signal(int, str)  # noqa: N815 - annotation id, "accepted" | "rejected"
    issuerRequested = Signal(int, int)  # noqa: N815 - where the issuer is named: start, end

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.tr("Directive"), parent)
        self.annotation: Annotation | None = None
        self.issuer = QComboBox()
        self.issuer.setEditable(True)
        self.issuer.setObjectName("issuer")
        self.addressee = QLineEdit()
        self.addressee.setObjectName("addressee")
        self.addressee.setPlaceholderText(self.tr("who must act; empty if unstated"))
        self.strength = QComboBox()
        self.strength.setObjectName("strength")
        self.strength.addItems(list(STRENGTHS))
        self.topic = QComboBox()
        self.topic.setEditable(True)
        self.topic.setObjectName("topic")
        for combo in (self.issuer, self.topic):
            # As wide as the form makes them, not as the longest issuer or topic found in the articles.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.accept_button = QPushButton(self.tr("Accept (Enter)"))
        self.reject_button = QPushButton(self.tr("Reject (X)"))
        # The issuer is linked to the words it comes from: a click shows them in the text.
        self.show_issuer = QToolButton()
        self.show_issuer.setText("→")
        self.show_issuer.setAutoRaise(True)
        self.show_issuer.setObjectName("show-issuer")
        self.show_issuer.setToolTip(self.tr("Show where the text names the issuer"))
        self.show_issuer.clicked.connect(self._show_issuer)
        # A small button beside the combo: the editor grows neither taller nor wider.
        issuer_row = QHBoxLayout()
        issuer_row.setSpacing(2)
        issuer_row.addWidget(self.issuer, 1)
        issuer_row.addWidget(self.show_issuer)
        form = QFormLayout(self)
        form.addRow(self.tr("Issuer"), issuer_row)
        form.addRow(self.tr("Addressee"), self.addressee)
        form.addRow(self.tr("Strength"), self.strength)
        form.addRow(self.tr("Topic"), self.topic)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        form.addRow(buttons)
        for combo in (self.issuer, self.topic):
            edit = combo.lineEdit()  # an editable combo's (setEditable made one)
            if edit is not None:
                edit.editingFinished.connect(self._commit)
        self.issuer.activated.connect(lambda _n: self._commit())
        self.addressee.editingFinished.connect(self._commit)
        self.strength.activated.connect(lambda _n: self._commit())
        self.topic.activated.connect(lambda _n: self._commit())
        self.accept_button.clicked.connect(lambda: self._status("accepted"))
        self.reject_button.clicked.connect(lambda: self._status("rejected"))
        self.set_directive(None, [], [])

    def set_directive(self, annotation: Annotation | None, speakers: Sequence[str], topics: Sequence[str]) -> None:
        self.annotation = annotation
        self.setEnabled(annotation is not None)
        attrs = annotation.attrs if annotation else {}
        for combo, values, current in (
            (self.issuer, speakers, attrs.get("issuer", "")),
            (self.topic, topics, attrs.get("topic", "")),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems([v for v in dict.fromkeys([*values, current]) if v])
            combo.setEditText(current or "")
            combo.blockSignals(False)
        self.addressee.setText(attrs.get("addressee", "") or "")
        self.strength.setCurrentText(attrs.get("strength") or STRENGTHS[1])
        self.show_issuer.setEnabled(bool(attrs.get("issuer_span")))

    def _show_issuer(self) -> None:
        span = (self.annotation.attrs if self.annotation else {}).get("issuer_span")
        if span:
            self.issuerRequested.emit(int(span[0]), int(span[1]))

    def values(self) -> dict[str, Any]:
        return {
            "issuer": self.issuer.currentText().strip(),
            "addressee": self.addressee.text().strip(),
            "strength": self.strength.currentText(),
            "topic": self.topic.currentText().strip(),
        }

    def _commit(self) -> None:
        if self.annotation is None or self.annotation.id is None:
            return
        attrs = dict(self.annotation.attrs)
        changed = {k: v for k, v in self.values().items() if attrs.get(k, "") != v}
        if changed:
            attrs.update(changed)
            if "issuer" in changed:
                # A typed issuer no longer points at the entity the detector linked.
                attrs["issuer_span"] = None
                attrs["issuer_label"] = ""
            self.edited.emit(self.annotation.id, attrs)

    def _status(self, status: str) -> None:
        if self.annotation is not None and self.annotation.id is not None:
            self.statusRequested.emit(self.annotation.id, status)


# The most of the directive table's width its attribute columns take when fitted.
ATTRIBUTE_SHARE = 0.6


class SidePanel(QWidget):
    annotationChosen = Signal(int)  # noqa: N815 - an annotation picked in the panel

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entity_model = EntityGroupModel(self)
        self.entities = QTreeView()
        self.entities.setObjectName("entities")
        self.entities.setModel(self.entity_model)
        self.entities.setHeaderHidden(False)
        self.entities.setUniformRowHeights(True)  # one line per row: no row measured on every article
        self.entities.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.entities.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # The count column as wide as its title or a four-digit count, no wider: the names get the rest.
        count_title = str(self.entity_model.headerData(1, Qt.Orientation.Horizontal))
        metrics = header.fontMetrics()
        count_width = max(metrics.horizontalAdvance(count_title), metrics.horizontalAdvance("0000")) + 24
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, count_width)
        self.entities.activated.connect(self._entity_activated)
        self.entities.clicked.connect(self._entity_activated)
        self._cycle: dict[tuple[int, ...], int] = {}

        self.directive_model = DirectiveTableModel(self)
        self.directives = row_table("directives", self.directive_model)
        self.directives.viewport().installEventFilter(self)
        header = self.directives.horizontalHeader()
        # Columns after the text fit their contents, measured in _fit_directive_columns:
        # ResizeToContents would lay out every cell through the delegate at each article.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.directives.clicked.connect(self._directive_activated)
        self.directives.activated.connect(self._directive_activated)

        self.editor = DirectiveEditor()
        self.editor.issuerRequested.connect(self._show_span)
        self._entities: list[Annotation] = []
        # The entity tree and, with a codebook, the coding panel share the top as tabs: while
        # coding, the codes take the room the entities had (a laptop's panel has no room for both).
        self.coding = CodingPanel()
        self.coding.availableChanged.connect(self._coding_available)
        self.top = QTabWidget()
        self.top.setObjectName("side-tabs")
        self.top.setDocumentMode(True)
        self.top.setTabBarAutoHide(True)
        self.top.addTab(self.entities, self.tr("Entities"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.top)
        splitter.addWidget(self.directives)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([600, 150, 180])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def set_annotations(self, annotations: Sequence[Annotation], labels: LabelSet, arrange: bool = True) -> None:
        """Show an article's annotations. With `arrange` False the models change now and the
        views are arranged (tree expanded, columns sized) by a later `arrange()`."""
        self.entity_model.set_annotations(annotations, labels)
        self.directive_model.set_annotations(annotations)
        self._entities = [a for a in annotations if a.kind == "entity" and a.status != "rejected"]
        self._cycle.clear()
        if arrange:
            self.arrange()

    def arrange(self) -> None:
        self.entities.expandAll()
        self._fit_directive_columns()

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # The share of the attribute columns follows the table's width (a window resized, a
        # splitter moved, the table first shown after the start-up article was filled in).
        if watched is self.directives.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_directive_columns()
        return super().eventFilter(watched, event)

    def _coding_available(self, available: bool) -> None:
        """The library has a codebook (or no longer): the Codes tab comes first and is shown."""
        at = self.top.indexOf(self.coding)
        if available and at < 0:
            self.top.insertTab(0, self.coding, self.tr("Codes"))
            self.top.setCurrentIndex(0)
        elif not available and at >= 0:
            self.top.removeTab(at)

    def _fit_directive_columns(self) -> None:
        """Size the issuer, strength, topic and status columns to their widest text, together
        no more than ATTRIBUTE_SHARE of the table: the directive's own text keeps the rest."""
        model, header = self.directive_model, self.directives.horizontalHeader()
        cells, titles = self.directives.fontMetrics(), header.fontMetrics()
        widths = {}
        for column in range(1, model.columnCount()):
            widest = max((cells.horizontalAdvance(t) for t in model.column_texts(column)), default=0)
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            widths[column] = max(widest, titles.horizontalAdvance(title)) + 16
        # Too wide together: the widest are cut down to one common width (short columns such as
        # the strength keep theirs), never below the header's minimum.
        room = int(self.directives.viewport().width() * ATTRIBUTE_SHARE)
        cap = max(widths.values(), default=0)
        while cap > header.minimumSectionSize() and sum(min(w, cap) for w in widths.values()) > room:
            cap -= 4
        for column, width in widths.items():
            header.resizeSection(column, max(min(width, cap), header.minimumSectionSize()))

    def show_current(self, annotation: Annotation | None, speakers: Sequence[str], topics: Sequence[str]) -> None:
        directive = annotation if annotation is not None and annotation.kind == "directive" else None
        self.editor.set_directive(directive, speakers, topics)
        row = self.directive_model.row_of(directive.id if directive else None)
        if row >= 0:
            self.directives.selectRow(row)
        else:
            self.directives.clearSelection()

    def _entity_activated(self, index: QModelIndex) -> None:
        ids = tuple(self.entity_model.data(index, IdsRole) or ())
        if not ids:
            return
        # Clicking the same entry again moves on to its next occurrence.
        n = self._cycle.get(ids, -1) + 1
        self._cycle[ids] = n % len(ids)
        self.annotationChosen.emit(ids[n % len(ids)])

    def _show_span(self, start: int, end: int) -> None:
        """The entity the directive's issuer comes from, chosen as a click on it in the tree would."""
        hit = [a for a in self._entities if a.id is not None and a.start < end and start < a.end]
        if hit:
            best = min(hit, key=lambda a: abs(a.start - start) + abs(a.end - end))
            assert best.id is not None
            self.annotationChosen.emit(best.id)

    def _directive_activated(self, index: QModelIndex) -> None:
        annotation_id = self.directive_model.data(self.directive_model.index(index.row(), 0), IdRole)
        if annotation_id is not None:
            self.annotationChosen.emit(annotation_id)
