"""View → Original: the document an article was read from.

For a PDF, the pages the article came from, shown by Qt's own PDF module (QtPdf, in PySide6-Addons)
and opened at its first page; for a web page or a Word file, the saved file's path and the page's
address, each with a button that opens it in the desktop's viewer or browser. The file's SHA-256
was stored at import: a file that has changed since, or has gone, is said so above it.
"""

from __future__ import annotations

import hashlib
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.core.model import Article


def file_state(article: Article) -> str:
    """ "ok", "missing" or "changed": the source file now, against the hash stored at import."""
    path = Path(article.source_path)
    if not path.is_file():
        return "missing"
    if article.source_hash:
        digest = hashlib.sha256()
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != article.source_hash:
            return "changed"
    return "ok"


class OriginalDialog(QDialog):
    """The original of one article: its PDF pages, or its file and address to open."""

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Original: %1").replace("%1", article.display_title()))
        self.article = article
        self.state = file_state(article)
        layout = QVBoxLayout(self)
        self.info = QLabel(self._info_text())
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.pdf_view: QPdfView | None = None
        self.document: QPdfDocument | None = None
        if self.state != "missing" and article.source_path.lower().endswith(".pdf"):
            self._show_pdf(layout)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.open_file = QPushButton(self.tr("Open &File"))
        self.open_file.setEnabled(self.state != "missing")
        self.open_file.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(self.article.source_path)))
        buttons.addButton(self.open_file, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_url = QPushButton(self.tr("Open &Web Address"))
        self.open_url.setVisible(bool(article.url))
        self.open_url.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(self.article.url)))
        buttons.addButton(self.open_url, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        self.resize(900, 1000 if self.pdf_view else 200)

    def _info_text(self) -> str:
        article = self.article
        rows = [self.tr("File: %1").replace("%1", html.escape(article.source_path))]
        if article.page_from:
            last = article.page_to or article.page_from
            pages = str(article.page_from) if last == article.page_from else f"{article.page_from}–{last}"
            rows.append(self.tr("Pages: %1").replace("%1", pages))
        if article.url:
            rows.append(self.tr("Web address: %1").replace("%1", html.escape(article.url)))
        if self.state == "missing":
            rows.append("<b>" + self.tr("The file is no longer there (moved or deleted).") + "</b>")
        elif self.state == "changed":
            rows.append("<b>" + self.tr("The file has changed since it was imported.") + "</b>")
        return "<br>".join(rows)

    def _show_pdf(self, layout: QVBoxLayout) -> None:
        self.document = QPdfDocument(self)
        self.document.load(self.article.source_path)
        if self.document.status() != QPdfDocument.Status.Ready:
            return
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.pdf_view, 1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # The view knows where a page is only once it is laid out at its size.
        QTimer.singleShot(0, self._to_first_page)

    def _to_first_page(self) -> None:
        if self.pdf_view is not None:
            first = max(0, (self.article.page_from or 1) - 1)
            self.pdf_view.pageNavigator().jump(first, QPointF(), 0)

    def current_page(self) -> int:
        """The page shown (0-based), or -1 without a PDF."""
        return self.pdf_view.pageNavigator().currentPage() if self.pdf_view else -1


def show_original(parent: QWidget, article: Article | None) -> OriginalDialog | None:
    """View → Original for the open article; None (and a line in the status bar) when it has none."""
    if article is None or not article.source_path:
        status = getattr(parent, "statusBar", None)
        if status is not None:
            text = QCoreApplication.translate(
                "OriginalDialog", "This article was imported from text: there is no original document to show"
            )
            status().showMessage(text, 8000)
        return None
    dialog = OriginalDialog(article, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
