"""Curation mode (Tools → Adjudicate): the lead decides the coders' disagreements by keyboard.

The reader shows every coder's layer (dashed, underlined in the coder's colour) over the final
layer (solid); this panel, in place of the side panel, lists the article's items (gui/core/
adjudication.py): agreed ones ticked and grey, disagreements highlighted, each with the coders'
versions. Opening an article writes what the coders agree on to the final layer. Keys, in the
text or the list: N / P next / previous disagreement (on to the next article's when this one is
done), 1…9 take coder #k's version (the legend numbers the coders), 0 take none, E edit (a copy
in the final layer, selected for the normal editing keys); Ctrl+Z undoes a decision like any
edit. While curation is on, edits go to the final layer; decisions record the lead's name.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from gui.core import adjudication
from gui.core.adjudication import Curation, Item
from gui.core.adjudication_items import DIRECTIVE_ATTRS
from gui.core.errors import PizhuError
from gui.reader.editcommand import EditCommand
from gui.shared.i18n import word
from gui.shared.plaintext import NAME_LIMIT, short

# One colour per coder, in the legend's order (distinct from the label colours' pastel fills).
CODER_COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f")
_DISAGREEMENT = QColor(255, 200, 120, 110)


def coder_colors(coders: Sequence[str]) -> dict[str, str]:
    """Coder #k (the legend's order) → their colour; past nine the colours come round again."""
    return {coder: CODER_COLORS[n % len(CODER_COLORS)] for n, coder in enumerate(coders)}


def version_text(item: Item, version: Any) -> str:
    """A coder's version in a few words."""
    if version is None:
        return QCoreApplication.translate("Curation", "none")
    if item.kind == "entity":
        return "/".join(version)
    if item.kind == "directive":
        attrs = version["attrs"]
        return " · ".join(short(str(attrs.get(k) or "—"), NAME_LIMIT) for k in DIRECTIVE_ATTRS)
    return short(json.dumps(version, ensure_ascii=False) if not isinstance(version, str) else version, NAME_LIMIT)


class CurationPanel(QWidget):
    """The legend of coders and the article's items."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("curation")
        self.legend = QLabel()
        self.legend.setObjectName("curation-legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)  # each coder's number in their colour
        self.legend.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("curation-items")
        self.items.setWordWrap(True)
        self.keys = QLabel(
            QCoreApplication.translate(
                "Curation", "N / P: next / previous disagreement · 1…9: take coder #k's · 0: none · E: edit"
            )
        )
        self.keys.setWordWrap(True)
        self.keys.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.legend)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.keys)

    def show_curation(self, curation: Curation | None, body: str, current: str | None) -> None:
        self.items.clear()
        if curation is None or len(curation.coders) < 2:
            self.legend.setText(
                QCoreApplication.translate("Curation", "This article has fewer than two coders: nothing to adjudicate.")
            )
            return
        colors = coder_colors(curation.coders)
        self.legend.setText(
            "&nbsp;&nbsp; ".join(
                f'<span style="color:{colors[c]}"><b>{n}</b> <u style="text-decoration-style:dashed">'
                f"{html.escape(short(c, NAME_LIMIT))}</u></span>"
                for n, c in enumerate(curation.coders, start=1)
            )
            + "&nbsp;&nbsp; "
            + html.escape(
                QCoreApplication.translate("Curation", "(0: none; dashed: a coder's layer; solid: the final layer)")
            )
        )
        for item in curation.items:
            if item.kind == "code":
                where = (
                    item.variable
                    if item.unit == "article"
                    else f"{item.variable} @ {body[item.start : item.start + 8]}…"
                )
            else:
                where = short(body[item.start : item.end], 24)
            kind = {
                "entity": QCoreApplication.translate("Curation", "Entity"),
                "directive": QCoreApplication.translate("Curation", "Directive"),
                "code": QCoreApplication.translate("Curation", "Code"),
            }[item.kind]
            mark = "✓" if item.agreed else ("●" if item.decision is not None else "?")
            versions = "\n".join(
                f"   {n} {short(c, NAME_LIMIT)}: {version_text(item, item.versions.get(c))}"
                for n, c in enumerate(curation.coders, start=1)
                if c in item.versions
            )
            row = QListWidgetItem(f"{mark} {kind} {where}\n{versions}")
            row.setData(Qt.ItemDataRole.UserRole, item.key)
            if item.agreed:
                row.setForeground(QBrush(QColor("#888888")))
            elif item.open:
                row.setBackground(QBrush(_DISAGREEMENT))
            self.items.addItem(row)
            if item.key == current:
                self.items.setCurrentItem(row)


class CurationMode(QObject):
    """Curation mode on the main window: started and stopped by Tools → Adjudicate."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.panel = CurationPanel()
        self.panel.hide()
        window.splitter.insertWidget(3, self.panel)
        self.status = QLabel()
        self.status.setObjectName("curation-status")
        self.active = False
        self.lead = ""
        self.curation: Curation | None = None
        self.current: str | None = None
        self.panel.items.currentItemChanged.connect(self._picked)

    @property
    def library(self) -> Any:
        return self.window.library

    # -- on and off ----------------------------------------------------------

    def start(self) -> None:
        if self.active:
            return
        self.active = True
        self.lead = self.library.coder
        self.library.coder = adjudication.FINAL  # edits in curation mode are the final layer's
        self.window.annotator.all_coders = True
        self.window.panel.hide()
        self.panel.show()
        self.window.statusBar().addPermanentWidget(self.status)
        self.status.show()
        for widget in (self.window.reader.body_view, self.panel.items):
            widget.installEventFilter(self)
        self.window.table.selectionModel().currentRowChanged.connect(self._article_changed)
        self.window.annotator.articleEdited.connect(self._edited)
        self.open_article()

    def stop(self) -> None:
        if not self.active:
            return
        self.active = False
        self.library.coder = self.lead
        self.window.annotator.all_coders = self.window.all_coders_action.isChecked()
        self.window.table.selectionModel().currentRowChanged.disconnect(self._article_changed)
        self.window.annotator.articleEdited.disconnect(self._edited)
        for widget in (self.window.reader.body_view, self.panel.items):
            widget.removeEventFilter(self)
        self.panel.hide()
        self.window.statusBar().removeWidget(self.status)
        self.window.panel.show()
        if self.window.annotator.article is not None:
            self.window.annotator.reload()

    # -- the article ------------------------------------------------------------

    def _article_changed(self, *_args: object) -> None:
        self.open_article()

    def _edited(self, article_id: int) -> None:
        article = self.window.annotator.article
        if article is not None and article.id == article_id:
            self.refresh()

    def open_article(self) -> None:
        """Write the agreements of the article shown to the final layer, then list its items."""
        article = self.window.annotator.article
        self.current = None
        if article is not None and article.id is not None and not self.library.read_only:
            try:
                if adjudication.apply_agreements(self.library, article.id, self.lead) is not None:
                    self.window.annotator.reload()
            except PizhuError as exc:
                self.window.statusBar().showMessage(word(exc), 6000)
        self.refresh()
        if self.curation is not None and self.curation.open:
            self.go_to(self.curation.open[0])

    def refresh(self) -> None:
        article = self.window.annotator.article
        self.curation = (
            None if article is None or article.id is None else adjudication.curation(self.library.store, article.id)
        )
        body = article.body if article is not None else ""
        self.panel.items.blockSignals(True)
        self.panel.show_curation(self.curation, body, self.current)
        self.panel.items.blockSignals(False)
        left = len(self.curation.open) if self.curation else 0
        agreed = len(self.curation.agreed) if self.curation else 0
        self.status.setText(
            QCoreApplication.translate("Curation", "{left} disagreements left · {agreed} agreed").format(
                left=left, agreed=agreed
            )
        )

    def go_to(self, item: Item) -> None:
        self.current = item.key
        self.refresh()
        if item.start >= 0:
            self.window.reader.body_view.reveal(item.start, item.end)

    def _picked(self, row: QListWidgetItem | None, _previous: object) -> None:
        if row is None or self.curation is None:
            return
        key = row.data(Qt.ItemDataRole.UserRole)
        item = next((i for i in self.curation.items if i.key == key), None)
        if item is not None:
            self.go_to(item)

    # -- keys -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self.active and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
                return False
            text = event.text().lower()
            if text in ("n", "p"):
                self.step(1 if text == "n" else -1)
                return True
            if text.isdigit() and len(text) == 1:
                self.decide_key(int(text))
                return True
            if text == "e":
                self.decide("edit")
                return True
        return super().eventFilter(watched, event)

    def step(self, direction: int) -> None:
        """The next (or previous) open disagreement; past the last, the next article that has one."""
        if self.curation is not None:
            order = [i.key for i in self.curation.items]
            here = order.index(self.current) if self.current in order else (-1 if direction > 0 else len(order))
            ahead = [i for i in self.curation.open if (order.index(i.key) - here) * direction > 0]
            if ahead:
                self.go_to(ahead[0] if direction > 0 else ahead[-1])
                return
        self._next_article(direction)

    def _next_article(self, direction: int) -> None:
        model, table = self.window.model, self.window.table
        row = table.currentIndex().row()
        rows = range(row + 1, model.rowCount()) if direction > 0 else range(row - 1, -1, -1)
        ids = {r: model.article_id(r) for r in rows}
        shared = set(self.library.store.multi_coder_articles([i for i in ids.values() if i is not None]))
        for r, article_id in ids.items():
            if article_id in shared:
                adjudication.apply_agreements(self.library, article_id, self.lead)
                if adjudication.curation(self.library.store, article_id).open:
                    self.window.select_row(r)
                    return
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Curation", "No disagreements left in the articles listed"), 5000
        )

    def decide_key(self, number: int) -> None:
        if self.curation is None:
            return
        if number == 0:
            self.decide("none")
        elif 1 <= number <= len(self.curation.coders):
            self.decide("take", self.curation.coders[number - 1])

    def decide(self, action: str, coder: str = "") -> None:
        article = self.window.annotator.article
        if self.curation is None or self.current is None or article is None or article.id is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("Curation", "No item chosen: N goes to the next disagreement"), 4000
            )
            return
        item = next((i for i in self.curation.items if i.key == self.current), None)
        if item is not None and coder and coder not in item.versions:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("Curation", "That coder has no version of this item"), 4000
            )
            return
        try:
            edit = adjudication.decide(self.library, article.id, self.current, action, coder, self.lead)
        except PizhuError as exc:
            self.window.statusBar().showMessage(word(exc), 6000)
            return
        annotator = self.window.annotator
        annotator.undo_stack.push(EditCommand(annotator, edit, QCoreApplication.translate("Curation", "Adjudicate")))
        annotator.reload()
        annotator.articleEdited.emit(article.id)
        if action == "edit" and item is not None and item.kind != "code":
            # Stay on it: the final layer's copy is current, for the normal editing keys.
            final = next(
                (a for a in annotator.reader.annotations if a.coder == adjudication.FINAL and a.status != "rejected"
                 and a.kind == item.kind and a.start < item.end and a.end > item.start),
                None,
            )  # fmt: skip
            annotator.focus(final.id if final is not None else None)
            return
        self.step(1)
