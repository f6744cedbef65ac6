"""The reader: an article's headline block above its body.

The body is one plain-text QTextDocument (never HTML: imported text is shown
literally, so markup in an article cannot load or run anything). Its characters
are exactly `Article.body`, so document positions map to body offsets (Qt counts
UTF-16 units, Python code points: convert at this boundary). The headline parts
are separate labels.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QLabel, QTextEdit, QVBoxLayout, QWidget

from gui.core.model import Article

BODY_POINT_SIZE = 14
LINE_HEIGHT_PERCENT = 150


def _label(object_name: str, scale: float, bold: bool = False, grey: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = QFont(label.font())
    font.setPointSizeF(BODY_POINT_SIZE * scale)
    font.setBold(bold)
    label.setFont(font)
    if grey:
        label.setStyleSheet("color: palette(mid);")
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return label


class ReaderView(QWidget):
    """Shows one article; `body_view` is the QTextEdit holding exactly the body text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.article: Article | None = None
        self.pre_title = _label("pre_title", 1.0, grey=True)
        self.title = _label("title", 1.6, bold=True)
        self.subtitles = _label("subtitles", 1.05)
        self.meta = _label("meta", 0.85, grey=True)
        header = QWidget()
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(24, 16, 24, 8)
        header_layout.setSpacing(4)
        for label in (self.pre_title, self.title, self.subtitles, self.meta):
            header_layout.addWidget(label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        self.body_view = QTextEdit()
        self.body_view.setObjectName("body")
        self.body_view.setReadOnly(True)
        self.body_view.setAcceptRichText(False)
        self.body_view.setUndoRedoEnabled(False)
        self.body_view.setFrameShape(QFrame.Shape.NoFrame)
        self.body_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFont(self.body_view.font())
        font.setPointSizeF(BODY_POINT_SIZE)
        self.body_view.setFont(font)
        self.body_view.document().setDocumentMargin(24)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(line)
        layout.addWidget(self.body_view, 1)
        self.show_article(None)

    def show_article(self, article: Article | None) -> None:
        self.article = article
        if article is None:
            for label in (self.pre_title, self.subtitles, self.meta):
                label.clear()
                label.hide()
            self.title.setText("")
            self.body_view.setPlainText("")
            self.body_view.setPlaceholderText("Select an article in the list, or import pages with File → Import…")
            return
        self._set(self.pre_title, article.pre_title)
        self.title.setText(article.title or article.display_title())
        self._set(self.subtitles, "\n".join(article.subtitles))
        source = Path(article.source).name if article.source else ""
        meta = "  ·  ".join(p for p in (article.published or "", article.byline, source) if p)
        self._set(self.meta, meta)
        self.body_view.setPlainText(article.body)
        self._format_paragraphs()
        self.body_view.moveCursor(QTextCursor.MoveOperation.Start)

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _format_paragraphs(self) -> None:
        """Chinese typesetting: generous line height, two-character first-line indent."""
        block = QTextBlockFormat()
        block.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setTextIndent(self.body_view.fontMetrics().horizontalAdvance("中") * 2)
        block.setBottomMargin(self.body_view.fontMetrics().height() * 0.6)
        cursor = QTextCursor(self.body_view.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(block)
