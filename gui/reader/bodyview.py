"""The body text of the reader: one plain-text QTextDocument, laid out in two steps, that turns
keys, clicks and selections into body offsets and commands.

Plain text, never HTML: imported text is shown literally, so markup in an article cannot load
or run anything. Its characters are exactly `Article.body` (Qt counts UTF-16 units, the
library code points; `OffsetMap` converts). A new article's first layout covers only the
paragraphs near the top; the rest follows after the first paint or at the first input.

The body turns keys into commands (label keys, accept, reject, …) itself rather than through
window shortcuts, so they only act while the text has focus and never steal keys from the
search field; `command` carries them to the window.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QToolTip

from gui.reader.offsets import OffsetMap
from gui.shared.plaintext import tooltip

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
# Keys with a modifier: Shift+Enter confirms suggested codes; Alt+↓/↑ walk the directives (to code them).
# Keyed by the int QKeyEvent.key() gives (Qt.Key is an IntEnum: its members look up the same).
_MODIFIED_COMMANDS: dict[tuple[Qt.KeyboardModifier, int], str] = {
    (Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Return): "confirm-codes",
    (Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Enter): "confirm-codes",
    (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Down): "next-directive",
    (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Up): "previous-directive",
}


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

    def _show_up_to(self, chars: int) -> None:
        """Show, and so lay out, the hidden paragraphs up to the one at Qt position `chars`."""
        document = self.document()
        last = document.findBlock(chars)
        if not last.isValid():
            self.complete_layout()
            return
        start = self._hidden_from
        if last.position() < start:
            return  # the first layout reaches that far
        block = document.findBlock(start)
        while block.isValid() and block.position() <= last.position():
            block.setVisible(True)
            block = block.next()
        if not block.isValid():
            self.complete_layout()
            return
        self._hidden_from = block.position()
        document.markContentsDirty(start, self._hidden_from - start)

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

    def cancel_after_paint(self) -> None:
        """Forget everything waiting for a paint (the window closes: its library may close next)."""
        self._after_paint_timer.stop()
        self._after_paint = []
        self._painted_callbacks = []

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
            QTimer.singleShot(0, self, self._run_painted)  # not run if the body is gone by then

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        if self._hidden_from >= 0:
            if event.oldSize().width() != event.size().width():
                self.complete_layout()  # every line breaks anew
            else:
                # Only taller or shorter (the headline above has more or fewer lines, as it does
                # from one article to the next): the first layout grows to the paragraphs the
                # taller view may show, and the rest still waits.
                self._show_up_to(self._first_layout_chars(self.body))
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

    # QTextEdit.find, which the stubs see as QWidget's static find(window id).
    def find(self, *args: Any) -> bool:  # type: ignore[override]  # see above
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
        keys = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        special = _MODIFIED_COMMANDS.get((keys, event.key()))
        if special:
            self.command.emit(special)
            event.accept()
            return
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
            return _KEY_COMMANDS[key]  # type: ignore[index]  # an int key equals and hashes as its Qt.Key
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
            point = event.pos()  # type: ignore[attr-defined]  # a ToolTip event is a QHelpEvent
            text = self.describe_at(self.offset_at(point))
            if text:
                QToolTip.showText(event.globalPos(), tooltip(text), self)  # type: ignore[attr-defined]  # QHelpEvent
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
