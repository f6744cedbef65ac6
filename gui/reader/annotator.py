"""Editing the open article: keys and clicks in the reader become undoable edits.

What an edit means (tag, reject, delete, mark a directive …) is decided by the core
(gui/core/editing.py); this module maps keys and clicks to those operations. Every
edit goes through `perform`: it is written to the library first and only then
pushed on the undo stack and shown, so what the editor sees as done is already on
disk. Undo and redo write the reverse or the edit again; if they concern another
article, the window goes there first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from gui.core import editing
from gui.core.adjudication import DecisionEdit
from gui.core.adjudication_items import coders_of
from gui.core.corrections import CodeEdit, Edit, StatusEdit
from gui.core.errors import PizhuError
from gui.core.library import Library
from gui.core.messages import message_of
from gui.core.model import Annotation, Article
from gui.reader.coding import CodingMixin
from gui.reader.curation import coder_colors
from gui.reader.editcommand import EditCommand
from gui.reader.readerview import ReaderView
from gui.reader.sidepanel import SidePanel
from gui.shared.i18n import word
from gui.shared.labels import LabelSet

log = logging.getLogger("pizhu.annotator")


class Annotator(CodingMixin, QObject):
    articleEdited = Signal(int)  # noqa: N815 - an article's annotations or status changed
    navigate = Signal(int)  # undo/redo needs this article shown
    message = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        library: Library,
        reader: ReaderView,
        panel: SidePanel,
        undo_stack: QUndoStack,
        labels: Callable[[], LabelSet],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.reader = reader
        self.panel = panel
        self.undo_stack = undo_stack
        self.labels = labels
        self.article: Article | None = None
        self.all_coders = False  # View → All Coders' Work: show other coders' annotations (read-only)
        reader.body_view.command.connect(self.on_command)
        reader.body_view.clickedAt.connect(self.on_click)
        reader.legend.labelChosen.connect(self.apply_label)
        panel.annotationChosen.connect(self.focus)
        panel.editor.edited.connect(self._directive_edited)
        panel.editor.statusRequested.connect(self._directive_status)
        self._init_coding()

    # -- showing -----------------------------------------------------------

    def open(self, article_id: int | None) -> None:
        """Show an article. The first frame after it holds the text with its highlights: the side
        panel's models change at once (so everything that reads them sees this article), but the
        panel is arranged and painted only after the text has been painted."""
        self.save_note()  # the last article's, before this one's is read
        # The article, its annotations and the note in one request (one round trip to a server).
        self.article, stored, note = self.library.reading(article_id) if article_id is not None else (None, [], "")
        self._open_coding(note)
        annotations = self._layers(article_id, stored) if article_id is not None else []
        self.reader.coder = self.library.coder
        self.reader.show_article(self.article, annotations)
        self.panel.setUpdatesEnabled(False)
        self.panel.set_annotations(self.reader.annotations, self.labels(), arrange=False)
        self.reader.body_view.after_paint(self._after_open)

    def _layers(self, article_id: int, stored: list[Annotation] | None = None) -> list[Annotation]:
        """The annotations shown (of `stored`, else read now): the library's own layer and the
        current coder's; every coder's with View → All Coders' Work (another coder's is read-only:
        editing ignores it)."""
        annotations = self.library.annotations(article_id) if stored is None else stored
        # Each coder's underline in their colour, numbered as curation's legend numbers them.
        self.reader.coder_colors = coder_colors(coders_of(self.library.store, article_id)) if self.all_coders else {}
        if self.all_coders:
            return annotations
        return editing.shown(annotations, self.library.coder)

    def _after_open(self) -> None:
        """The text of the opened article is on screen: arrange and paint the side panel."""
        self.panel.arrange()
        self._show_current()
        self.panel.setUpdatesEnabled(True)

    def close(self) -> None:
        """The window closes: write the pending note and drop the work put off until the next paint,
        so nothing of this article reaches the library after it (its library may close next)."""
        self.save_note()
        self.reader.body_view.cancel_after_paint()

    def reload(self, focus_id: int | None = None) -> None:
        """Re-read the open article's annotations after an edit, keeping the scroll position."""
        if self.article is None:
            return
        # An article read from the library has an id.
        self.article = self.library.article(self.article.id)  # type: ignore[arg-type]  # see above
        annotations = self._layers(self.article.id) if self.article and self.article.id is not None else []
        self.reader.set_annotations(annotations, focus_id)
        self._refresh_panel()

    def _refresh_panel(self) -> None:
        self.panel.set_annotations(self.reader.annotations, self.labels())
        self._show_current()

    def _show_current(self) -> None:
        self.panel.show_current(self.reader.current(), self.speakers(), [t.name for t in self.library.topics()])
        self._show_codes()

    def speakers(self) -> list[str]:
        """Who can issue directives in this article (the side panel offers them as issuers)."""
        return editing.speakers(self.reader.annotations)

    def focus(self, annotation_id: int | None, reveal: bool = True) -> None:
        self.reader.set_current(annotation_id, reveal)
        self._show_current()
        self.reader.body_view.setFocus()

    # -- performing edits ----------------------------------------------------

    def perform(self, edit: Edit | StatusEdit | None) -> bool:
        """Write the edit, then show it and make it undoable. True for no edit (nothing to change);
        False (and a message) if it could not be written."""
        if edit is None:
            return True
        try:
            self.library.apply(edit)
        except PizhuError as exc:
            self._not_written(exc)
            return False
        self.undo_stack.push(EditCommand(self, edit))
        self._after(edit.article_id, editing.focus_after(edit))
        return True

    def replay(self, edit: Edit | StatusEdit | CodeEdit | DecisionEdit, forward: bool) -> None:
        if self.article is None or self.article.id != edit.article_id:
            self.navigate.emit(edit.article_id)
        try:
            self.library.apply(edit, forward)
        except PizhuError as exc:
            self._not_written(exc)
            return
        if isinstance(edit, CodeEdit):
            self._after(edit.article_id, edit.unit_id if edit.unit == "directive" else self.reader.current_id)
        elif not isinstance(edit, (Edit, StatusEdit)):  # an adjudication's decision (gui/reader/curation.py)
            self._after(edit.article_id, None)
        else:
            self._after(edit.article_id, editing.focus_after(edit, forward))

    def _not_written(self, exc: PizhuError) -> None:
        """Say why; when another coder's edit was in the way, show the article as it is now
        (the same annotation still current, the scroll position kept)."""
        if getattr(message_of(exc), "code", "") in ("annotation.conflict", "annotation.gone"):
            self.reload(self.reader.current_id)
        self.failed.emit(word(exc))

    def _after(self, article_id: int, focus_id: int | None) -> None:
        if self.article is not None and self.article.id == article_id:
            self.reload(focus_id)
        self.articleEdited.emit(article_id)

    # -- commands from the keyboard -----------------------------------------

    def on_command(self, name: str) -> None:
        if self.article is None:
            return
        if name.startswith("label:"):
            key = name.split(":", 1)[1]
            label = self.labels().by_key(key)
            if label is not None:
                self.apply_label(label.code)
            else:
                self.code_key(key)
            return
        handler = {
            "accept": lambda: self.set_status("accepted"),
            "reject": lambda: self.set_status("rejected"),
            "delete": self.delete_current,
            "directive": self.toggle_directive,
            "next-suggestion": lambda: self.step_suggestion(1),
            "previous-suggestion": lambda: self.step_suggestion(-1),
            "confirm-codes": self.confirm_suggestions,
            "next-directive": lambda: self.step_directive(1),
            "previous-directive": lambda: self.step_directive(-1),
            "clear": self.clear,
        }.get(name)
        if handler:
            handler()

    def on_click(self, offset: int) -> None:
        """A click picks the innermost annotation there; clicking it again picks the next one out."""
        here = self.reader.annotations_at(offset)
        if not here:
            self.focus(None, reveal=False)
            return
        ids = [a.id for a in here]
        current = self.reader.current_id
        chosen = ids[(ids.index(current) + 1) % len(ids)] if current in ids else ids[0]
        self.focus(chosen, reveal=False)

    def clear(self) -> None:
        cursor = self.reader.body_view.textCursor()
        cursor.clearSelection()
        self.reader.body_view.setTextCursor(cursor)
        self.focus(None, reveal=False)

    def apply_label(self, code: str) -> None:
        """Tag the selected text with a label, or relabel the current entity."""
        if self.article is None:
            return
        span = self.reader.body_view.selected_span()
        if span is not None:
            start, end = span
            edit = editing.tag(self.library, self.article, self.reader.annotations, start, end, code)
            if edit is not None:
                self.perform(edit)
            else:  # already there and accepted
                same = editing.same_entity(self.reader.annotations, start, end, code)
                self.focus(same.id if same is not None else None, reveal=False)
            # The selection's blue would hide the new label's colour: keep the cursor, drop the selection.
            cursor = self.reader.body_view.textCursor()
            cursor.clearSelection()
            self.reader.body_view.setTextCursor(cursor)
            return
        current = self.reader.current()
        if current is not None:
            self.perform(editing.relabel(self.library, current, code))
        else:
            self.message.emit(self.tr("Select some text first, then press a label key"))

    def set_status(self, status: str) -> None:
        current = self.reader.current()
        if current is None:
            self.message.emit(self.tr("Nothing selected: Tab goes to the next suggestion"))
            return
        self.perform(editing.set_status(self.library, current, status))
        self.step_suggestion(1)

    def delete_current(self) -> None:
        current = self.reader.current()
        if current is None:
            return
        was_suggested = current.status == "suggested"
        self.perform(editing.delete(self.library, current))
        if was_suggested:  # rejected, still shown: go on to the next suggestion
            self.step_suggestion(1)

    def step_suggestion(self, step: int) -> None:
        """Make the next (or previous) suggestion current, in reading order."""
        pending = sorted(
            (a for a in self.reader.annotations if a.status == "suggested"), key=lambda a: (a.start, a.kind, a.end)
        )
        if not pending:
            self.focus(None, reveal=False)
            self.message.emit(self.tr("No suggestions left in this article"))
            return
        current = self.reader.current()
        if current is not None:
            anchor = (current.start, current.kind, current.end)
        else:
            offset = self.reader.body_view.cursor_offset()
            anchor = (offset, "", -1) if step > 0 else (offset, "~", 10**9)
        keys = [(a.start, a.kind, a.end) for a in pending]
        if step > 0:
            following = [a for a, k in zip(pending, keys, strict=True) if k > anchor]
            chosen = following[0] if following else pending[0]
        else:
            preceding = [a for a, k in zip(pending, keys, strict=True) if k < anchor]
            chosen = preceding[-1] if preceding else pending[-1]
        self.focus(chosen.id)

    def toggle_directive(self) -> None:
        """D: unmark the directive at the cursor, or mark the sentences the cursor or selection touches."""
        if self.article is None:
            return
        current = self.reader.current()
        selected = self.reader.body_view.selected_span()
        if current is not None and current.kind == "directive":
            at = current.start
        else:
            at = selected[0] if selected else self.reader.body_view.cursor_offset()
        start, end = selected or (at, at)
        self.perform(editing.toggle_directive(self.library, self.article, self.reader.annotations, start, end, at))

    def _directive_edited(self, annotation_id: int, attrs: dict[str, Any]) -> None:
        current = self.library.annotation(annotation_id)
        if current is not None:
            self.perform(editing.set_directive_attrs(self.library, current, attrs, self.tr("Edit directive")))

    def _directive_status(self, annotation_id: int, status: str) -> None:
        self.focus(annotation_id, reveal=False)
        self.set_status(status)

    def set_article_status(self, status: str) -> bool:
        if self.article is None or self.article.id is None:
            return False
        return self.perform(editing.set_article_status(self.library, self.article.id, status))

    def _command(self, edit: Edit | StatusEdit | CodeEdit) -> EditCommand:
        return EditCommand(self, edit)
