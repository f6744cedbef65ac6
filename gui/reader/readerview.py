"""The reader: an article's headline block, the label legend, the find bar and the annotated body.

The body is a BodyView (bodyview.py), one plain-text document whose characters are exactly
`Article.body`. Highlights are extra selections (see highlight.py), so an edit re-highlights
without re-layout; only the annotations near the visible part of the text get one (a screen
above and below), and scrolling or resizing past them builds those of the new part before it
is painted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from gui.core.model import Annotation, Article
from gui.reader.bodyview import BodyView
from gui.reader.findbar import FindBar
from gui.reader.highlight import build_selections
from gui.reader.legend import Legend
from gui.shared.labels import LabelSet
from gui.shared.plaintext import HEADLINE_LIMIT, NAME_LIMIT, TITLE_LIMIT, short, shown, tooltip
from gui.shared.settings import DEFAULT_FONT_SIZE
from gui.shared.summaries import annotation_status

LINE_HEIGHT_PERCENT = 150
# Highlights are built for the visible part of the body and this many screens above and below it.
HIGHLIGHT_MARGIN_SCREENS = 1.0


def _label(object_name: str, scale: float, bold: bool = False, grey: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setProperty("scale", scale)
    font = QFont(label.font())
    font.setBold(bold)
    label.setFont(font)
    if grey:
        label.setStyleSheet("color: palette(mid);")
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return label


class ReaderView(QWidget):
    """Shows one article with its annotations; `body_view` holds exactly the body text."""

    def __init__(self, labels: LabelSet, parent: Any = None) -> None:
        super().__init__(parent)
        self.article: Article | None = None
        self.annotations: list[Annotation] = []
        self.current_id: int | None = None
        self.labels = labels
        self.show_entities = True
        self.show_directives = True
        self.coder = ""  # who is coding: another coder's annotations are drawn dashed
        self.coder_colors: dict[str, str] = {}  # several coders' layers shown: each coder's underline
        # The library search's words (the list is filtered by them): marked wherever they occur.
        self.search_terms: list[str] = []
        self._search: re.Pattern[str] | None = None
        self.pre_title = _label("pre_title", 1.0, grey=True)
        self.title = _label("title", 1.6, bold=True)
        self.subtitles = _label("subtitles", 1.05)
        self.meta = _label("meta", 0.85, grey=True)
        header = QWidget()
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(24, 12, 24, 6)
        header_layout.setSpacing(3)
        for label in (self.pre_title, self.title, self.subtitles, self.meta):
            header_layout.addWidget(label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        self.legend = Legend(labels)
        self.body_view = BodyView()
        self.body_view.describe_at = self.describe_at
        # Body offsets whose annotations have their highlights built (see refresh_highlights).
        self._highlighted: tuple[int, int] = (0, 0)
        self.body_view.verticalScrollBar().valueChanged.connect(self._follow_view)
        self.body_view.resized.connect(self._follow_view)
        self.body_view.laidOut.connect(self.refresh_highlights)
        self.find_bar = FindBar(self.body_view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.legend)
        layout.addWidget(line)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.body_view, 1)
        self.set_font_size(DEFAULT_FONT_SIZE)
        self.show_article(None)

    # -- content -----------------------------------------------------------

    def show_article(self, article: Article | None, annotations: Sequence[Annotation] = ()) -> None:
        self.article = article
        self.current_id = None
        self.annotations = []  # the old article's, until the new body is in
        if article is None:
            for label in (self.pre_title, self.subtitles, self.meta):
                label.clear()
                label.hide()
            self._set(self.title, "", TITLE_LIMIT)
            self.body_view.set_body("")
            self.body_view.setPlaceholderText(
                self.tr("Select an article in the list, or import pages with File → Import…")
            )
            self.annotations = []
            self.body_view.setExtraSelections([])
            return
        self._set(self.pre_title, article.pre_title, HEADLINE_LIMIT)
        self._set(self.title, article.title or article.display_title(), TITLE_LIMIT)
        self._set(self.subtitles, "\n".join(article.subtitles), 2 * HEADLINE_LIMIT)
        source = Path(article.source).name if article.source else ""
        meta = "  ·  ".join(p for p in (article.published or "", article.byline, source) if p)
        self._set(self.meta, meta, 2 * HEADLINE_LIMIT)
        self.body_view.set_body(article.body, self._paragraph_format())
        self.body_view.moveCursor(QTextCursor.MoveOperation.Start)
        self.set_annotations(annotations)
        if self._search is not None:
            # After the first frame: a match further down needs the whole text laid out.
            self.body_view.after_paint(self.reveal_first_match)

    def set_search_terms(self, terms: Sequence[str]) -> None:
        """Mark these words wherever they occur in the body (none: no marks), and scroll to the first."""
        terms = [t for t in dict.fromkeys(terms) if t]
        if terms == self.search_terms:
            return
        self.search_terms = terms
        # Longest first, so that a word inside a longer one is not marked alone; case as the search.
        alternatives = sorted(terms, key=len, reverse=True)
        self._search = re.compile("|".join(map(re.escape, alternatives)), re.IGNORECASE) if terms else None
        self.refresh_highlights()
        if self._search is not None and self.article is not None:
            self.body_view.after_paint(self.reveal_first_match)

    def search_matches(self, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """Body spans of the search words that overlap [start, end)."""
        if self._search is None:
            return []
        body = self.body_view.body
        end = len(body) if end is None else end
        reach = max(len(t) for t in self.search_terms)
        start = max(0, start - reach)
        return [m.span() for m in self._search.finditer(body, start, min(len(body), end + reach))]

    def reveal_first_match(self) -> None:
        """Bring the first match into view, unless it is already there."""
        if self._search is None:
            return
        found = self._search.search(self.body_view.body)  # one pass over the text, no layout
        if found is None:
            return
        shown_start, shown_end = self.body_view.visible_span()
        if not (shown_start <= found.start() and found.end() <= shown_end):
            self.body_view.reveal(*found.span())

    def set_annotations(self, annotations: Sequence[Annotation], current_id: int | None = None) -> None:
        self.annotations = list(annotations)
        self.current_id = current_id if any(a.id == current_id for a in self.annotations) else None
        self.refresh_highlights()

    def set_current(self, annotation_id: int | None, reveal: bool = True) -> None:
        self.current_id = annotation_id
        self.refresh_highlights()
        current = self.current()
        if current is not None and reveal:
            self.body_view.reveal(current.start, current.end)

    def current(self) -> Annotation | None:
        return next((a for a in self.annotations if a.id == self.current_id), None)

    def refresh_highlights(self) -> None:
        """Highlight the annotations near the visible text (and the current one, wherever it is):
        a long article has hundreds, and Qt works out where each highlight is at every change."""
        # Until the first frame of a new article is shown, the visible text only; then the margin.
        margin = HIGHLIGHT_MARGIN_SCREENS if self.body_view.is_laid_out() else 0.0
        start, end = self._highlighted = self.body_view.visible_span(margin)
        near = [a for a in self.annotations if (a.start < end and a.end > start) or a.id == self.current_id]
        matches = self.search_matches(start, end)
        self.body_view.setExtraSelections(
            build_selections(
                self.body_view.document(),
                self.body_view.offsets,
                near,
                self.labels,
                self.palette(),
                self.current_id,
                self.show_entities,
                self.show_directives,
                matches,
                coder=self.coder,
                coder_colors=self.coder_colors,
            )
        )

    def _follow_view(self, *_args: object) -> None:
        """After a scroll or a resize: build the highlights of the text coming into view, if it
        goes past those built (before it is painted, so no frame shows it bare)."""
        if not self.annotations and self._search is None:
            return
        start, end = self.body_view.visible_span()
        covered_start, covered_end = self._highlighted
        if start < covered_start or end > covered_end:
            self.refresh_highlights()

    def set_labels(self, labels: LabelSet) -> None:
        self.labels = labels
        self.legend.set_labels(labels)
        self.refresh_highlights()

    def annotations_at(self, offset: int) -> list[Annotation]:
        """Visible annotations covering a character, innermost (shortest) first."""
        found = [a for a in self.annotations if a.start <= offset < a.end and a.status != "rejected"]
        return sorted(found, key=lambda a: (a.kind != "entity", a.end - a.start))

    def describe_at(self, offset: int) -> str:
        lines = []
        for a in self.annotations_at(offset):
            status = annotation_status(a.status)
            if a.kind == "entity":
                lines.append(f"{self.labels.get(a.label).display()} · {status}")
            else:
                attrs = a.attrs
                lines.append(
                    self.tr("Directive · {status}: {strength} · issuer {issuer} · topic {topic}").format(
                        status=status,
                        strength=short(str(attrs.get("strength") or "—"), NAME_LIMIT),
                        issuer=short(str(attrs.get("issuer") or "—"), NAME_LIMIT),
                        topic=short(str(attrs.get("topic") or "—"), NAME_LIMIT),
                    )
                )
            if a.coder:
                lines[-1] += " · " + self.tr("coder {name}").format(name=short(a.coder, NAME_LIMIT))
        return "\n".join(lines)

    # -- typography --------------------------------------------------------

    def set_font_size(self, points: int) -> None:
        font = QFont(self.body_view.font())
        font.setPointSizeF(points)
        self.body_view.setFont(font)
        for label in (self.pre_title, self.title, self.subtitles, self.meta):
            label_font = QFont(label.font())
            label_font.setPointSizeF(points * float(label.property("scale")))
            label.setFont(label_font)
        if self.article is not None:
            self._format_paragraphs()
            self.refresh_highlights()  # the text moved: other annotations are in view

    def _set(self, label: QLabel, text: str, limit: int) -> None:
        """Show a headline line; an overlong one is cut (more of it in its tooltip) so that it
        neither widens the window nor pushes the body off the screen."""
        label.setText(shown(text, limit))
        label.setToolTip(tooltip(text) if len(text) > limit else "")
        label.setVisible(bool(text) or label is self.title)

    def _paragraph_format(self) -> QTextBlockFormat:
        """Chinese typesetting: generous line height, two-character first-line indent."""
        metrics = self.body_view.fontMetrics()
        block = QTextBlockFormat()
        block.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setTextIndent(metrics.horizontalAdvance("中") * 2)
        block.setBottomMargin(metrics.height() * 0.6)
        return block

    def _format_paragraphs(self) -> None:
        self.body_view.complete_layout()
        cursor = QTextCursor(self.body_view.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(self._paragraph_format())
