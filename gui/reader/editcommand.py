"""The undo stack's one command: an edit, or an adjudication's decision, already written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from gui.core.adjudication import DecisionEdit
from gui.core.corrections import CodeEdit, Edit, StatusEdit
from gui.shared.summaries import edit_description

if TYPE_CHECKING:
    from gui.reader.annotator import Annotator


class EditCommand(QUndoCommand):
    """An edit (or an adjudication's decision) already written to the library; redo/undo write
    it again or reverse it through the annotator (which goes to its article first). `text`
    names it in the Edit menu when the edit cannot name itself."""

    def __init__(
        self, annotator: Annotator, edit: Edit | StatusEdit | CodeEdit | DecisionEdit, text: str | None = None
    ) -> None:
        if text is None:
            assert not isinstance(edit, DecisionEdit)
            text = edit_description(edit)  # in the interface's language
        super().__init__(text)
        self.annotator = annotator
        self.edit = edit
        self._done = True  # performed before it was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.annotator.replay(self.edit, True)

    def undo(self) -> None:
        self.annotator.replay(self.edit, False)
