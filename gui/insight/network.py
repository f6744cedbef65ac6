"""Insight's Issuing network tab: bodies that issue documents together, the documents they issue and
the documents that cite each other, drawn by the co-occurrence graph (gui/insight/graph.py) from
gui.core.insight.network; a node, an edge or a table row lists the articles behind it."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from gui.core.insight import InsightView, Table
from gui.core.insight.network import CITES, ISSUES, JOINT, NetworkGraph
from gui.insight.graph import GraphView
from gui.insight.panels import Panel
from gui.shared.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from gui.insight.window import InsightWindow

DOCUMENT_COLOR = "#e0952b"
KIND_TEXT = {
    JOINT: QT_TRANSLATE_NOOP("NetworkPanel", "issue together"),
    ISSUES: QT_TRANSLATE_NOOP("NetworkPanel", "issues"),
    CITES: QT_TRANSLATE_NOOP("NetworkPanel", "cites"),
}


class NetworkPanel(Panel):
    name = "network"

    def __init__(self, parent: Any = None) -> None:
        graph = GraphView()
        graph.setObjectName("network_graph")
        super().__init__(graph, parent)
        self.graph = graph
        self.graph.empty_text = self.tr("No documents or joint issuers under these filters")
        self.model.set_header([self.tr("From"), self.tr("Link"), self.tr("To"), self.tr("Weight")])
        self.graph.selected.connect(self.selected.emit)
        self.legend = QLabel()
        self.legend.setObjectName("network_legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.controls.addWidget(self.legend)
        self.result: NetworkGraph | None = None

    def update_view(self, view: InsightView, window: InsightWindow) -> None:
        self.result = view.network
        if self.result is None:
            return
        colors = self.colors(window)
        self.graph.set_graph(self.result.graph, lambda code: colors[code])
        keys = "  ".join(
            f'<span style="color:{colors[code].name()}">●</span> {html.escape(text)}'
            for code, text in (("ORG", self.tr("issuing body")), ("DOC", self.tr("document")))
        )
        self.legend.setText(
            keys + "  ·  " + html.escape(self.tr("line: issued together, issues or cites; click to list the articles"))
        )
        self.model.set_rows(
            [[e.a, self._kind(e.kind), e.b, e.weight] for e in self.result.edges],
            [e.selector for e in self.result.edges],
        )

    @staticmethod
    def colors(window: InsightWindow) -> dict[str, QColor]:
        """Bodies in the organisations' colour; documents in amber, which no body colour is near
        (the label colours of ORG and DOC are both blue-green)."""
        return {"ORG": window.label_color("ORG"), "DOC": QColor(DOCUMENT_COLOR)}

    @staticmethod
    def _kind(kind: str) -> str:
        return QCoreApplication.translate("NetworkPanel", KIND_TEXT[kind])

    def table_data(self) -> Table:
        if self.result is None:
            return [], []
        return ["from", "link", "to", "weight"], [[e.a, e.kind, e.b, e.weight] for e in self.result.edges]
