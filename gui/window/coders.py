"""Team coding in the window: who is coding, other coders' work on view, merging assignment files.

The coder is the library's assigned coder (an assignment file names it) or the name in Settings;
'' (working alone) records the work in the library's own layer. The status bar shows it. View →
All Coders' Work shows the other coders' annotations, dashed and read-only. File → Merge Coders'
Work… merges assignment files on a worker thread (gui/core/team.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit, QWidget

from gui.core.library import Library
from gui.core.team import MergeReport, merge
from gui.shared.i18n import word
from gui.window.host import WindowHost


class CoderSupport(WindowHost):
    coder_label: QLabel

    def _init_coders(self) -> None:
        self.coder_label = QLabel()
        self.coder_label.setObjectName("coder_label")
        self.statusBar().addPermanentWidget(self.coder_label)
        self.apply_coder()

    def apply_coder(self) -> None:
        """Take the coder from the library (an assignment file) or Settings, and show it."""
        self.library.coder = self.library.assigned_coder() or self.settings.coder()
        coder = self.library.coder
        self.coder_label.setText(self.tr("Coder: {name}").format(name=coder) if coder else self.tr("Working alone"))
        if self.annotator.article is not None:
            self.annotator.open(self.annotator.article.id)

    def show_all_coders(self, checked: bool) -> None:
        self.annotator.all_coders = checked
        if self.annotator.article is not None:
            self.annotator.reload()

    def merge_coders_work(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Merge coders' assignment files"),
            str(self.library.path.parent),
            self.tr("Assignment files (*.pizhu);;All files (*)"),
        )
        if paths:
            self.merge_files([Path(p) for p in paths])

    def merge_files(self, paths: list[Path]) -> None:
        def work(library: Library, _progress: Any, _cancelled: Any) -> MergeReport:
            return merge(library, paths)

        def done(report: MergeReport) -> None:
            for problem in report.problems:
                self.activity.add(word(problem))
            lines = [
                self.tr("{coder}: {articles} articles ({changed} changed), {codes} codes").format(
                    coder=coder, articles=c.articles, changed=c.changed, codes=c.codes
                )
                for coder, c in report.merged.items()
            ]
            for line in lines:
                self.activity.add(line)
            summary = "; ".join(lines) if lines else self.tr("Nothing merged")
            self.statusBar().showMessage(self.tr("{summary} (View → Activity Log)").format(summary=summary))
            self.refresh()

        self._run(self.tr("Merging"), work, done)


def ask_coder_name(window: QWidget, settings: Any, apply: Any) -> QInputDialog:
    """The first start's question: a window-modal, non-blocking dialog (open(), never exec())."""
    dialog = QInputDialog(window)
    dialog.setWindowTitle(QCoreApplication.translate("Coders", "Your name as a coder"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "Coders",
            "Your name, if you code with a team (your work is recorded under it).\n"
            "Leave empty when you work alone. Settings changes it.",
        )
    )
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(settings.coder())

    def answered(text: str) -> None:
        settings.set_coder(text)
        apply()

    dialog.textValueSelected.connect(answered)
    dialog.rejected.connect(lambda: settings.set_coder(settings.coder()))
    dialog.open()
    return dialog
