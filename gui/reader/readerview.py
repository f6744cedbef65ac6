"""The reader: an article's headline block, the label legend, and the annotated body.

The body is one plain-text QTextDocument (never HTML: imported text is shown
literally, so markup in an article cannot load or run anything). Its characters
are exactly `Article.body`; Qt counts UTF-16 units and the library counts code
points, and `OffsetMap` converts at this boundary. Highlights are extra
selections (see highlight.py), so an edit re-highlights without re-layout; only the
annotations near the visible part of the text get one (a screen above and below), and
scrolling or resizing past them builds those of the new part before it is painted.

The body turns keys into commands (label keys, accept, reject, …) itself rather
than through window shortcuts, so they only act while the text has focus and
never steal keys from the search field; `command` carries them to the window.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from gui.core.model import Annotation, Article
from gui.reader.highlight import build_selections
from gui.reader.legend import Legend
from gui.reader.offsets import OffsetMap
from gui.shared.labels import LabelSet
from gui.shared.plaintext import HEADLINE_LIMIT, NAME_LIMIT, TITLE_LIMIT, short, shown, tooltip
from gui.shared.settings import DEFAULT_FONT_SIZE
from gui.shared.summaries import annotation_status

LINE_HEIGHT_PERCENT = 150
# Highlights are built for the visible part of the body and this many screens above and below it.
HIGHLIGHT_MARGIN_SCREENS = 1.0
# Work put off until the body has been painted waits at most this long (a body that is not shown).
AFTER_PAINT_LATEST_MS = 200
# A new article's first layout covers the paragraphs of this many viewport heights (see set_body).
FIRST_LAYOUT_SCREENS = 1.5

# Events of the user's that need the whole text laid out.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.InputMethod,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.ToolTip,
        QEvent.Type.DragEnter,
    }
)

# Keys the body understands, as command names (see gui/window/shortcuts.py for the help text).
_KEY_COMMANDS = {
    Qt.Key.Key_Return: "accept",
    Qt.Key.Key_Enter: "accept",
    Qt.Key.Key_X: "reject",
    Qt.Key.Key_Delete: "delete",
    Qt.Key.Key_Backspace: "delete",
    Qt.Key.Key_D: "directive",
    Qt.Key.Key_Tab: "next-suggestion",
    Qt.Key.Key_Backtab: "previous-suggestion",
    Qt.Key.Key_Escape: "clear",
}
_TEXT_COMMANDS = {"x": "reject", "d": "directive"}


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


class BodyView(QTextEdit):
    """The body text: selection, clicks on highlights, hover labels and command keys."""

    command = Signal(str)  # "label:<key>", "accept", "reject", "delete", "directive", …
    clickedAt = Signal(int)  # noqa: N815 - body offset of a plain click (no drag)
    resized = Signal()  # the text's viewport changed size
    laidOut = Signal()  # noqa: N815 - the paragraphs left out of an article's first layout have theirs

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("body")
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(24)
        self.body = ""
        self.offsets = OffsetMap("")
        self.describe_at: Any = None  # callable(offset) -> str, set by the reader for tooltips
        self._press: QPoint | None = None
        # The text width never changes with the length of the article: no second layout of a
        # long article when the scroll bar appears, no text reflowing between articles.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._after_paint: list[Any] = []  # waiting for the next paint
        self._painted_callbacks: list[Any] = []  # painted: to run as soon as the frame is shown
        self._after_paint_timer = QTimer(self)
        self._after_paint_timer.setSingleShot(True)
        self._after_paint_timer.setInterval(AFTER_PAINT_LATEST_MS)
        self._after_paint_timer.timeout.connect(self._run_after_paint)
        # Qt position of the first paragraph left out of the first layout (hidden), or -1.
        self._hidden_from = -1
        # Any scroll, by the user or the program, needs the whole text laid out.
        self.verticalScrollBar().valueChanged.connect(self.complete_layout)

    def set_body(self, body: str, paragraph_format: QTextBlockFormat | None = None) -> None:
        """Show `body` as plain text; with a paragraph format, every paragraph gets it as it is inserted
        (one layout pass, instead of a second one over the whole document afterwards).

        Qt lays out the whole text when it is inserted: for a long article that is most of the
        time to its first frame. So the paragraphs beyond the first few screens are hidden while
        it is inserted (a hidden paragraph gets no layout) and shown again, and laid out, right
        after the first frame (`complete_layout`), or before anything needs them: input, a
        scroll, a cursor or a search put there. The text itself is whole all the time."""
        self.body = body
        self.offsets = OffsetMap(body)
        self._hidden_from = -1
        if paragraph_format is None or not body:
            self.setPlainText(body)
            return
        self.clear()
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setBlockFormat(paragraph_format)
        cursor.insertText(body)  # each new paragraph inherits the block format
        self._hide_beyond(self._first_layout_chars(body))
        cursor.endEditBlock()  # the layout runs here
        if self._hidden_from >= 0:
            self.after_paint(self.complete_layout)

    def _first_layout_chars(self, body: str) -> int:
        """How many characters surely fill FIRST_LAYOUT_SCREENS viewports: a line holds as many
        as the body's opening characters say (Chinese or Latin), lines counted without the
        extra line height and paragraph spacing."""
        metrics = self.fontMetrics()
        sample = body[:200]
        width = max(1.0, metrics.horizontalAdvance(sample) / max(1, len(sample)))
        per_line = int(self.viewport().width() / width) + 1
        lines = int(self.viewport().height() * FIRST_LAYOUT_SCREENS / max(1, metrics.lineSpacing())) + 1
        return per_line * lines

    def _hide_beyond(self, chars: int) -> None:
        """Hide the paragraphs after the one at Qt position `chars`."""
        if not self.isVisible():
            return  # nothing is painted: no frame to hurry
        block = self.document().findBlock(chars)
        if not block.isValid():
            return
        block = block.next()
        if block.isValid():
            self._hidden_from = block.position()
        while block.isValid():
            block.setVisible(False)
            block = block.next()

    def complete_layout(self, *_args: object) -> None:
        """Show and lay out the paragraphs left out of the first layout (nothing if none are)."""
        if self._hidden_from < 0:
            return
        start, self._hidden_from = self._hidden_from, -1
        document = self.document()
        block = document.findBlock(start)
        while block.isValid():
            block.setVisible(True)
            block = block.next()
        document.markContentsDirty(start, document.characterCount() - start)
        self.laidOut.emit()

    def is_laid_out(self) -> bool:
        return self._hidden_from < 0

    # -- painting ----------------------------------------------------------

    def after_paint(self, callback: Any) -> None:
        """Call `callback` once the text has next been painted (that frame is shown first), or
        after AFTER_PAINT_LATEST_MS if no paint comes (a collapsed body); at once if the body is
        hidden. A callback asked for again before it ran runs once, after the later paint."""
        if callback in self._painted_callbacks:
            self._painted_callbacks.remove(callback)  # painted, but not yet what it waits for
        if callback not in self._after_paint:
            self._after_paint.append(callback)
        if not self.isVisible():
            self._run_after_paint()
        elif not self._after_paint_timer.isActive():
            self._after_paint_timer.start()

    def _run_after_paint(self) -> None:
        """Everything waiting: no paint came in time (or the body is hidden)."""
        self._after_paint_timer.stop()
        self._painted_callbacks += self._after_paint
        self._after_paint = []
        self._run_painted()

    def _run_painted(self) -> None:
        callbacks, self._painted_callbacks = self._painted_callbacks, []
        for callback in callbacks:
            callback()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self._after_paint:
            self._after_paint_timer.stop()
            self._painted_callbacks += self._after_paint
            self._after_paint = []
            # Posted: it runs once this frame has been drawn and shown, before the next one.
            QTimer.singleShot(0, self._run_painted)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self.complete_layout()  # a taller view may show more than the first layout
        super().resizeEvent(event)
        self.resized.emit()

    def visible_span(self, screens: float = 0.0) -> tuple[int, int]:
        """Body offsets of the text shown, and `screens` viewport heights above and below it."""
        viewport = self.viewport()
        extra = int(viewport.height() * screens)
        bottom = self.cursorForPosition(QPoint(viewport.width(), viewport.height() + extra)).position()
        if self._hidden_from >= 0:
            # Only the first screens are laid out, and the view is at the top (a scroll lays out the
            # rest). The hidden paragraphs sit at the origin, where a hit test would find them.
            top, bottom = 0, min(bottom, self._hidden_from)
        else:
            top = self.cursorForPosition(QPoint(0, -extra)).position()
        return self.offsets.to_py(top), self.offsets.to_py_end(bottom)

    # -- positions ---------------------------------------------------------

    def offset_at(self, point: QPoint) -> int:
        """Body offset of the character under a viewport point."""
        cursor = self.cursorForPosition(point)
        position = cursor.position()
        if position > 0 and point.x() < self.cursorRect(cursor).x() and cursor.block().position() < position:
            position -= 1  # the point is on the character before the nearest cursor position
        return self.offsets.to_py(position)

    def cursor_offset(self) -> int:
        return self.offsets.to_py(self.textCursor().position())

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as body offsets, snapped to whole characters and trimmed of spaces."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.offsets.to_py(cursor.selectionStart())
        end = self.offsets.to_py_end(cursor.selectionEnd())
        while start < end and self.body[start].isspace():
            start += 1
        while end > start and self.body[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def reveal(self, start: int, end: int) -> None:
        """Scroll a span to the middle of the view (not to its edge), without selecting it."""
        self.complete_layout()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(start))
        self.setTextCursor(cursor)
        bar = self.verticalScrollBar()
        middle = self.cursorRect(cursor).center().y() - self.viewport().height() // 2
        bar.setValue(bar.value() + middle)

    def setTextCursor(self, cursor: QTextCursor) -> None:  # noqa: N802 - Qt override
        self.complete_layout()  # the cursor may go where the first layout did not reach
        super().setTextCursor(cursor)

    def find(self, *args: Any) -> bool:  # type: ignore[override]
        self.complete_layout()
        return super().find(*args)

    # -- input -------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.complete_layout()  # what the user does acts on the whole text
        # Tab walks through suggestions here instead of moving the focus.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        modifiers = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
        if modifiers == Qt.KeyboardModifier.NoModifier:
            name = self._command_for(event.key(), event.text())
            if name:
                self.command.emit(name)
                event.accept()
                return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 - Qt override
        # With a Chinese input method active, a key may arrive as committed text,
        # full-width (１, ｘ): the same commands still apply.
        text = unicodedata.normalize("NFKC", event.commitString()).strip().lower()
        if len(text) == 1 and not event.preeditString():
            name = self._command_for(None, text)
            if name:
                self.command.emit(name)
                event.accept()
                return
        super().inputMethodEvent(event)

    @staticmethod
    def _command_for(key: Qt.Key | int | None, text: str) -> str | None:
        if key is not None and key in _KEY_COMMANDS:
            return _KEY_COMMANDS[key]  # type: ignore[index]
        text = unicodedata.normalize("NFKC", text).lower()
        if text in _TEXT_COMMANDS:
            return _TEXT_COMMANDS[text]
        if len(text) == 1 and text.isprintable() and not text.isspace():
            return f"label:{text}"
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self._press is not None
            and (point - self._press).manhattanLength() < 4
            and not self.textCursor().hasSelection()
        ):
            self.clickedAt.emit(self.offset_at(point))
        self._press = None

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT_EVENTS:
            self.complete_layout()
        if event.type() == QEvent.Type.ToolTip and self.describe_at is not None:
            point = event.pos()  # type: ignore[attr-defined]
            text = self.describe_at(self.offset_at(point))
            if text:
                QToolTip.showText(event.globalPos(), tooltip(text), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


class FindBar(QWidget):
    """Ctrl+F: find text in the article; Enter finds the next match and selects it."""

    def __init__(self, body: BodyView, parent: Any = None) -> None:
        super().__init__(parent)
        self.body = body
        self.field = QLineEdit()
        self.field.setObjectName("find")
        self.field.setPlaceholderText(self.tr("Find in article (Enter: next, Shift+Enter: previous, Esc: close)"))
        self.field.setClearButtonEnabled(True)
        self.status = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 2, 12, 2)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.status)
        self.field.returnPressed.connect(lambda: self.find_next(backward=False))
        self.field.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.body.setFocus()

    def find_next(self, backward: bool = False) -> bool:
        needle = self.field.text()
        if not needle:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.body.find(needle, flags)
        if not found:  # wrap around
            cursor = self.body.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self.body.setTextCursor(cursor)
            found = self.body.find(needle, flags)
        self.status.setText("" if found else self.tr("not found"))
        return found

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.find_next(backward=True)
                return True
        return super().eventFilter(watched, event)


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
