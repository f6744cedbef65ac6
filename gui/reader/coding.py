"""Coding in the reader: value keys, clicks in the coding panel, suggestions and the note.

A mixin of the Annotator (gui/reader/annotator.py), kept apart so each file holds one
concern. Codes are written at once and pushed on the same undo stack as annotation edits.
Coding a directive that is still a suggestion accepts it first (one undo step for both), so
that a re-tag, which replaces suggestions, never takes a coded directive with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from gui.core import editing
from gui.core.coding_suggest import suggestions
from gui.core.errors import PizhuError
from gui.core.model import Annotation
from gui.reader.codingpanel import label_of, toggled, variable_for_key
from gui.shared.i18n import word

if TYPE_CHECKING:
    from abc import abstractmethod
    from collections.abc import Callable

    from PySide6.QtCore import QObject, Signal
    from PySide6.QtGui import QUndoStack

    from gui.core.corrections import CodeEdit, Edit, StatusEdit
    from gui.core.library import Library
    from gui.core.model import Article
    from gui.reader.editcommand import EditCommand
    from gui.reader.readerview import ReaderView
    from gui.reader.sidepanel import SidePanel
    from gui.shared.labels import LabelSet

    class AnnotatorParts(QObject):
        """The Annotator as this mixin sees it: what its constructor sets, and the methods called
        here (abstract, so mypy reports an Annotator that lacks one or has another signature)."""

        message = Signal(str)
        failed = Signal(str)
        library: Library
        reader: ReaderView
        panel: SidePanel
        undo_stack: QUndoStack
        labels: Callable[[], LabelSet]
        article: Article | None

        @abstractmethod
        def focus(self, annotation_id: int | None, reveal: bool = True) -> None: ...
        @abstractmethod
        def perform(self, edit: Edit | StatusEdit | None) -> bool: ...
        @abstractmethod
        def _after(self, article_id: int, focus_id: int | None) -> None: ...
        @abstractmethod
        def _command(self, edit: Edit | StatusEdit | CodeEdit) -> EditCommand: ...

else:
    AnnotatorParts = object  # at run time the mixin adds no base: the Annotator's QObject comes last

NOTE_DELAY_MS = 400  # a note is written this long after the last key, and at once when the article changes


class CodingMixin(AnnotatorParts):
    """The coding half of the Annotator."""

    def _init_coding(self) -> None:
        coding = self.panel.coding
        coding.valueChosen.connect(self._value_chosen)
        coding.textEntered.connect(self._text_entered)
        coding.noteEdited.connect(self._note_edited)
        coding.noteLeft.connect(self.reader.body_view.setFocus)
        self._last_coded: dict[str, str] = {}  # unit -> the variable coded last in this article
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DELAY_MS)
        self._note_timer.timeout.connect(self.save_note)
        self._note_for: int | None = None  # the article the pending note belongs to

    def _open_coding(self, note: str | None = None) -> None:
        """A new article is shown: write the last one's note, show this one's (`note`, else read now)."""
        self.save_note()
        self._last_coded.clear()
        article_id = self.article.id if self.article is not None else None
        if note is None:
            note = self.library.note(article_id) if article_id is not None else ""
        self.panel.coding.set_note(note)

    def _show_codes(self) -> None:
        codebook = self.library.codebook() if self.article is not None else None
        if codebook is None or self.article is None or self.article.id is None:
            self.panel.coding.show_codes(None, {}, False, {}, ())
            return
        directive = self._directive()
        rows = self.library.codes_of("directive", [directive.id]) if directive is not None and directive.id else []
        shown = {("article", self.article.id), ("directive", directive.id if directive is not None else None)}
        hints = {
            (s.unit, s.variable): (s.value, word(s.why))
            for s in suggestions(self.library, codebook, self.article, self.reader.annotations)
            if (s.unit, s.unit_id) in shown
        }
        self.panel.coding.show_codes(
            codebook,
            {
                r.variable: r.value
                for r in self.library.codes_of("article", [self.article.id])
                if r.coder == self.library.coder
            },
            directive is not None,
            {r.variable: r.value for r in rows if r.coder == self.library.coder},
            self._label_keys(),
            hints,
        )

    def _directive(self) -> Annotation | None:
        current = self.reader.current()
        return current if current is not None and current.kind == "directive" else None

    def _label_keys(self) -> set[str]:
        return {label.key.lower() for label in self.labels().labels if label.key}

    def _unit_id(self, unit: str) -> int | None:
        if unit == "directive":
            directive = self._directive()
            return directive.id if directive is not None else None
        return self.article.id if self.article is not None else None

    def code_key(self, key: str) -> None:
        """A value's key: code the current directive if one of its variables has the key, else the article."""
        codebook = self.library.codebook()
        if codebook is None or self.article is None:
            return
        for unit in ("directive", "article"):
            unit_id = self._unit_id(unit)
            if unit_id is None:
                continue
            values = {
                r.variable: r.value for r in self.library.codes_of(unit, [unit_id]) if r.coder == self.library.coder
            }
            found = variable_for_key(
                codebook.of_unit(unit), key, values, self._last_coded.get(unit), self._label_keys()
            )
            if found is not None:
                variable, value = found
                self.code(unit, unit_id, variable.name, toggled(variable, values.get(variable.name), value.code))
                return

    def confirm_suggestions(self) -> None:
        """Shift+Enter: write what is suggested for the current directive (else for the article) as codes."""
        unit = "directive" if self._directive() is not None else "article"
        unit_id = self._unit_id(unit)
        chosen = {name: value for (u, name), value in self.panel.coding.suggested.items() if u == unit}
        if unit_id is None or not chosen:
            self.message.emit(self.tr("Nothing suggested here that is not coded yet"))
            return
        self.undo_stack.beginMacro(self.tr("Confirm suggested codes"))
        try:
            for name, value in chosen.items():
                if not self.code(unit, unit_id, name, value):
                    break
        finally:
            self.undo_stack.endMacro()

    def step_directive(self, step: int) -> None:
        """Alt+↓ / Alt+↑: the next (previous) directive that is not rejected, accepted or not, to code it."""
        directives = sorted(
            (a for a in self.reader.annotations if a.kind == "directive" and a.status != "rejected"),
            key=lambda a: (a.start, a.end),
        )
        if not directives:
            self.message.emit(self.tr("No directives in this article"))
            return
        current = self._directive()
        anchor = (current.start, current.end) if current is not None else None
        if step > 0:
            later = [a for a in directives if anchor is None or (a.start, a.end) > anchor]
            chosen = later[0] if later else directives[0]
        else:
            earlier = [a for a in directives if anchor is None or (a.start, a.end) < anchor]
            chosen = earlier[-1] if earlier else directives[-1]
        self.focus(chosen.id)

    def _value_chosen(self, unit: str, name: str, code: str) -> None:
        codebook = self.library.codebook()
        unit_id = self._unit_id(unit)
        variable = codebook.variable(name) if codebook is not None else None
        if variable is None or unit_id is None:
            return
        rows = [
            r for r in self.library.codes_of(unit, [unit_id]) if r.coder == self.library.coder and r.variable == name
        ]
        self.code(unit, unit_id, name, toggled(variable, rows[0].value if rows else None, code))
        self.reader.body_view.setFocus()  # the keys go on coding

    def _text_entered(self, unit: str, name: str, text: str) -> None:
        codebook = self.library.codebook()
        unit_id = self._unit_id(unit)
        variable = codebook.variable(name) if codebook is not None else None
        if variable is None or unit_id is None:
            return
        text = text.strip()
        value: Any = text or None
        if value is not None and variable.type == "interval":
            try:
                number = float(text.replace(",", ""))
            except ValueError:
                self.failed.emit(self.tr("{variable} takes a number").format(variable=label_of(variable)))
                return
            value = int(number) if number.is_integer() else number
        self.code(unit, unit_id, name, value)
        self.reader.body_view.setFocus()

    def code(self, unit: str, unit_id: int, variable: str, value: Any) -> bool:
        """Write a code (None clears it), then show it and make it undoable. A suggested directive
        is accepted first, in the same undo step."""
        directive = self._directive() if unit == "directive" else None
        accept = directive is not None and directive.id == unit_id and directive.status == "suggested"
        if accept:
            self.undo_stack.beginMacro(self.tr("Accept and code the directive"))
        try:
            if accept and directive is not None:
                accepting = editing.set_status(self.library, directive, "accepted")
                if not self.perform(accepting):
                    return False
                # A named coder's accept is their own copy, with its own id: the code is the copy's.
                unit_id = (editing.focus_after(accepting) if accepting is not None else None) or unit_id
                self.reader.set_current(unit_id, False)
            try:
                edit = self.library.set_code(unit, unit_id, variable, value)
            except PizhuError as exc:
                self.failed.emit(word(exc))
                return False
            self._last_coded[unit] = variable
            self.undo_stack.push(self._command(edit))
        finally:
            if accept:
                self.undo_stack.endMacro()
        self._after(edit.article_id, unit_id if unit == "directive" else self.reader.current_id)
        return True

    # -- the note ------------------------------------------------------------

    def focus_note(self) -> None:
        """Ctrl+Shift+N: type the note on the open article (Esc goes back to the text)."""
        if self.article is None or self.library.codebook() is None:
            return
        self.panel.coding.note.setFocus()

    def _note_edited(self, _text: str) -> None:
        self._note_for = self.article.id if self.article is not None else None
        self._note_timer.start()

    def save_note(self) -> None:
        """Write the pending note now (the timer, a change of article, closing the window)."""
        self._note_timer.stop()
        article_id, self._note_for = self._note_for, None
        if article_id is None:
            return
        try:
            self.library.set_note(article_id, self.panel.coding.note.toPlainText())
        except PizhuError as exc:
            self.failed.emit(word(exc))
