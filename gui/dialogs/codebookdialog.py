"""Tools → Codebook…: the library's codebook, edited and saved as a new version.

The variables are a list (add, duplicate, remove, move); the selected one is edited in a
VariableEditor. Every edit is checked with the core's rules (`codebook_problems`): the
variable with a problem is marked in the list, the first problem is one line under it, and
Save stays disabled while there is one. Save calls `Library.set_codebook` on a worker thread;
when the new codebook would no longer accept codes already made, nothing is saved until the
user, told which variables and how many codes, chooses to delete them. `saved` carries the
core's CodebookChange, so the window can show the new codebook at once.

Import… reads a .json, .csv or .xlsx codebook into the editor (saved only with Save);
Export… writes the codebook being edited as JSON. Ctrl+S saves; Esc asks before dropping edits.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
)

from gui.core.codebook import Codebook, CodebookChange, codebook_from_data, codebook_problems, load_codebook
from gui.core.codebook import save_codebook as write_codebook
from gui.core.errors import PizhuError
from gui.core.library import Library
from gui.core.messages import Message
from gui.core.vocabulary import VALUE_TYPES
from gui.dialogs.variableeditor import VariableEditor
from gui.dialogs.variablelist import PROBLEM_COLOUR, VariableList, push_button, variable_label
from gui.shared.i18n import word
from gui.shared.labels import LabelSet
from gui.shared.plaintext import tooltip
from gui.shared.workers import Task, run_job

WARNING_COLOUR = "#8a5a00"


class CodebookDialog(QDialog):
    saved = Signal(object)  # the CodebookChange of a saved codebook

    def __init__(self, library: Library, labels: LabelSet, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Codebook"))
        self.library = library
        self.label_keys = {label.key.lower(): label for label in labels if label.key}
        self.task: Task | None = None
        self.confirm: QMessageBox | None = None  # the question open now (delete codes, discard edits)
        self._stored: Codebook | None = None
        self._saved_text = ""
        self._problems: list[tuple[int | None, Message]] = []
        self._saving_text = ""  # what is being saved, the saved state once it is

        self.name = QLineEdit()
        self.name.setObjectName("codebook_name")
        self.edition = QLineEdit()
        self.edition.setObjectName("codebook_edition")
        self.edition.setPlaceholderText(self.tr("e.g. 1.0"))
        self.edition.setMaximumWidth(120)
        self.version = QLabel()
        self.version.setObjectName("codebook_version")
        head = QFormLayout()
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(QLabel(self.tr("Edition")))
        top.addWidget(self.edition)
        top.addWidget(self.version)
        name_label = QLabel(self.tr("&Codebook name"))
        name_label.setBuddy(self.name)
        head.addRow(name_label, top)

        self.variable_list = VariableList()
        self.variable_list.selected.connect(self._select)
        self.variable_list.added.connect(self._name_new_variable)
        self.list = self.variable_list.list
        self.add_button = self.variable_list.add_button
        self.duplicate_button = self.variable_list.duplicate_button
        self.editor = VariableEditor()
        self.editor.edited.connect(self._validate)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.variable_list)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([280, 700])

        self.problem = self._message_label("problem", PROBLEM_COLOUR)
        self.warning = self._message_label("warning", WARNING_COLOUR)
        self.status = self._message_label("status", "")
        self.import_button = push_button(self.tr("&Import…"), self.import_file)
        self.export_button = push_button(self.tr("&Export…"), self.export_file)
        self.save_button = push_button(self.tr("&Save"), self.save)
        self.close_button = push_button(self.tr("Close"), self.reject)
        bottom = QHBoxLayout()
        for button in (self.import_button, self.export_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.warning)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.name.textEdited.connect(self._validate)
        self.edition.textEdited.connect(self._validate)
        self.resize(1040, 660)
        self._load()
        self.list.setFocus()

    @staticmethod
    def _message_label(name: str, colour: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # it names variables and codes, maybe imported
        label.setWordWrap(True)
        if colour:
            label.setStyleSheet(f"color: {colour};")
        label.hide()
        return label

    # -- the codebook being edited ------------------------------------------------------

    def _load(self) -> None:
        """Start from the library's codebook (or an empty one)."""
        try:
            self._stored = self.library.codebook()
        except PizhuError as exc:  # a damaged stored codebook: say so, and let a new one replace it
            self._stored = None
            self._say(self.status, word(exc))
        data = self._stored.to_data() if self._stored is not None else {"name": "", "variables": []}
        self._show_data(data)
        self._saved_text = self._text()
        self._show_version(self.library.codebook_version())
        self._validate()

    def _show_data(self, data: dict[str, Any]) -> None:
        self.name.setText(str(data.get("name") or ""))
        self.edition.setText(str(data.get("version") or ""))
        self.variable_list.set_variables(list(data.get("variables") or []))

    def data(self) -> dict[str, Any]:
        """The codebook being edited, in the JSON contract's shape."""
        variables = []
        for raw in self.variable_list.variables:
            variable = dict(raw)
            if variable.get("type") not in VALUE_TYPES:
                variable["values"] = []  # kept in the editor while the type is switched back and forth
            variables.append(variable)
        data: dict[str, Any] = {"name": self.name.text().strip()}
        if self.edition.text().strip():
            data["version"] = self.edition.text().strip()
        data["variables"] = variables
        return data

    def _text(self) -> str:
        return json.dumps(self.data(), ensure_ascii=False, sort_keys=True)

    def changed(self) -> bool:
        return self._text() != self._saved_text

    def _show_version(self, version: int) -> None:
        self.version.setText(
            self.tr("Library version {n}").format(n=version) if version else self.tr("Not saved in this library yet")
        )

    # -- the variable list ----------------------------------------------------------------

    def _select(self, _row: int) -> None:
        self.editor.show_variable(self.variable_list.current())
        self._validate()

    def _name_new_variable(self) -> None:
        self.editor.name.setFocus()
        self.editor.name.selectAll()

    # -- checking -------------------------------------------------------------------------

    def _validate(self, *_args: Any) -> None:
        self._problems = codebook_problems(self.data(), self.tr("Codebook"))
        self.variable_list.show_problems({i: word(line) for i, line in self._problems if i is not None})
        row = self.list.currentRow()
        mine = [line for index, line in self._problems if index == row]
        first = next(iter(mine or [line for _, line in self._problems]), None)
        if first is not None:
            more = len(self._problems) - 1
            text = word(first)
            if more:
                text = self.tr("{problem} (and {n} more problems)").format(problem=text, n=more)
            self._say(self.problem, text)
        else:
            self._say(self.problem, "")
        self._say(self.warning, "\n".join(self._warnings()))
        self._update_buttons()

    def _warnings(self) -> list[str]:
        """Keys a label has: in the reader they tag a selection, so they never code."""
        lines = []
        for raw in self.variable_list.variables:
            if raw.get("type") not in VALUE_TYPES:
                continue
            for value in raw.get("values") or []:
                label = self.label_keys.get(str(value.get("key") or "").lower())
                if label is not None:
                    lines.append(
                        self.tr(
                            "Key {key} of {variable} = {code} is the key of the label {label}: in the reader it tags,"
                            " it will not code"
                        ).format(
                            key=value.get("key"),
                            variable=raw.get("name"),
                            code=value.get("code"),
                            label=label.display(),
                        )
                    )
        return lines

    def save_problem(self) -> str:
        """Why Save is disabled ("" when it is not)."""
        if self.library.read_only:
            return self.tr("The library is open read-only: the codebook cannot be changed")
        if self.task is not None:
            return self.tr("Saving…")
        if self._problems:
            return self.tr("Fix the problem above to save")
        if not self.changed():
            return self.tr("No changes to save")
        return ""

    def _update_buttons(self) -> None:
        reason = self.save_problem()
        self.save_button.setEnabled(not reason)
        self.save_button.setToolTip(tooltip(reason) if reason else self.tr("Save as a new version (Ctrl+S)"))
        self.export_button.setEnabled(not self._problems)

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> Task | None:
        """Save as the library's codebook (on a worker thread); codes it would invalidate are asked about."""
        self.editor.finish_editing()
        if self.save_problem():
            return None
        return self._start(codebook_from_data(self.data(), self.tr("Codebook")), force=False)

    def _start(self, codebook: Codebook, force: bool) -> Task:
        def work(library: Library, _progress: Any, _cancelled: Any) -> CodebookChange:
            return library.set_codebook(codebook, force=force)

        self._say(self.status, self.tr("Saving…"))
        self._saving_text = self._text()
        self.task = run_job(
            self,
            self.library.path,
            work,
            done=lambda change: self._saved(codebook, change),
            failed=self._failed,
        )
        self._update_buttons()
        return self.task

    def _saved(self, codebook: Codebook, change: CodebookChange) -> None:
        self.task = None
        if not change.applied:
            self._say(self.status, "")
            self._ask_to_delete(codebook, change)
            self._update_buttons()
            return
        self._stored = codebook
        self._saved_text = self._saving_text
        self._show_version(change.version)
        self._say(self.status, word(change.summary()))
        self._update_buttons()
        self.saved.emit(change)

    def _failed(self, text: str) -> None:
        self.task = None
        self._say(self.status, "")
        self._say(self.problem, self.tr("Not saved: {reason}").format(reason=text))
        self._update_buttons()

    def _affected(self, change: CodebookChange) -> list[str]:
        lines = []
        for name, count in sorted(change.invalid.items()):
            old = self._stored.variable(name) if self._stored is not None else None
            label = variable_label({"label_zh": old.label_zh, "label_en": old.label_en}) if old is not None else ""
            shown = f"{label} ({name})" if label else name
            lines.append(self.tr("{variable}: {n} codes").format(variable=shown, n=count))
        return lines

    def _ask_to_delete(self, codebook: Codebook, change: CodebookChange) -> None:
        text = "\n\n".join(
            (
                self.tr("The changed codebook no longer accepts {n} codes already made:").format(
                    n=sum(change.invalid.values())
                ),
                "\n".join(self._affected(change)),
                self.tr("Delete those codes and save, or cancel and keep editing?"),
            )
        )

        def answered(delete: bool) -> None:
            if delete:
                self._start(codebook, force=True)
            else:
                self._say(self.status, self.tr("Not saved: the codes are kept"))

        self._ask(self.tr("Codes would be deleted"), text, self.tr("Delete Those Codes and Save"), answered)

    def _ask(self, title: str, text: str, action: str, answered: Callable[[bool], None]) -> None:
        """A question with a destructive `action` and Cancel (the default), open without blocking:
        `answered` gets whether the action was chosen."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, "", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # it may name variables from an imported file
        box.setText(text)
        chosen = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def finished(_result: int) -> None:
            self.confirm = None
            answered(box.clickedButton() is chosen)

        box.finished.connect(finished)
        self.confirm = box
        box.open()

    # -- files ----------------------------------------------------------------------------

    def import_file(self, path: str | None = None) -> bool:
        """Read a codebook file into the editor (Save makes it the library's)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import Codebook"), "", self.tr("Codebooks (*.json *.csv *.xlsx);;All files (*)")
            )
            if not path:
                return False
        try:
            codebook = load_codebook(path)
        except PizhuError as exc:
            self._say(self.status, "")
            self._say(self.problem, word(exc))
            return False
        self._show_data(codebook.to_data())
        self._validate()
        self._say(
            self.status,
            self.tr("Read {n} variables from {file}; Save makes them the library's codebook").format(
                n=len(codebook.variables), file=Path(path).name
            ),
        )
        return True

    def export_file(self, path: str | None = None) -> Path | None:
        """Write the codebook being edited as JSON (the `pizhu codebook import` format)."""
        if self._problems:
            return None
        if path is None:
            start = (self.name.text().strip() or "codebook").replace("/", "_") + ".json"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Codebook"), start, self.tr("JSON (*.json)"))
            if not path:
                return None
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".json")
        try:
            written = write_codebook(codebook_from_data(self.data(), self.tr("Codebook")), target)
        except PizhuError as exc:
            self._say(self.problem, word(exc))
            return None
        self._say(self.status, self.tr("Written to {path}").format(path=written))
        return written

    # -- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Close or the window's close button: ask before dropping unsaved edits."""
        if self.task is not None or self.confirm is not None:
            return  # a save is on its way, or a question is open
        if not self.changed():
            super().reject()
            return
        self._ask(
            self.tr("Discard changes?"),
            self.tr("The codebook has changes that are not saved."),
            self.tr("Discard Changes"),
            lambda discard: super(CodebookDialog, self).reject() if discard else None,
        )
