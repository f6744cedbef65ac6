"""The main window's background jobs: import (menus and drag and drop) and re-tag on a worker thread
behind a progress dialog, and the Insight and export windows, which run their own.

A mixin of MainWindow; every job goes through `_run`, so one job runs at a time (`_task`) and its
failure lands in the activity log and a message box.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.core.library import CancelCheck, ImportReport, Library, Progress, TagReport
from gui.shared.i18n import QT_TRANSLATE_NOOP, word
from gui.shared.plaintext import NAME_LIMIT, rich, short
from gui.shared.summaries import import_summary, tag_summary
from gui.shared.workers import LibraryWork, Task, run_job
from gui.window.host import WindowHost

if TYPE_CHECKING:
    from gui.insight.window import InsightWindow

IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "Articles (*.txt *.md *.markdown *.jsonl *.ndjson *.json *.csv);;All files (*)"
)


class BackgroundJobs(WindowHost):
    """Import, re-tag, Insight and export for MainWindow, which provides `refresh` and `show_article`."""

    def _run(self, title: str, work: LibraryWork, done: Callable[[Any], None]) -> Task:
        """Run core work on a worker thread (with its own library) behind a cancellable progress dialog."""

        def succeeded(result: Any) -> None:
            self._task = None
            done(result)

        def failed(message: str) -> None:
            self._task = None
            self.refresh()
            self.activity.add(f"{title}: {message}")
            QMessageBox.warning(self, title, rich(message))

        def text(count: int, total: int, what: str) -> str:
            return rich(f"{title} {short(Path(what).name, NAME_LIMIT)} ({count}/{total})")

        self._task = run_job(
            self, self.library.path, work, done=succeeded, failed=failed, title=title, progress_text=text
        )
        return self._task

    def import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import articles"), str(Path.home()), self.tr(IMPORT_FILTER)
        )
        if files:
            self.start_import(files)

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of articles"), str(Path.home()))
        if folder:
            self.start_import([folder])

    def start_import(self, sources: list[str]) -> Task:
        """Import (and tag) on a worker thread; the list refreshes when done."""

        def work(library: Library, progress: Progress, cancelled: CancelCheck) -> ImportReport:
            report = library.import_paths(sources, progress=progress, cancelled=cancelled)
            if report.added and not cancelled():
                library.share_documents(progress, cancelled)
            return report

        return self._run(self.tr("Importing"), work, self._import_done)

    def _import_done(self, report: ImportReport) -> None:
        self.refresh()
        if report.added_ids:
            self.show_article(report.added_ids[0])
        problems = [word(problem) for problem in report.problems]
        self.activity.add(import_summary(report), problems)
        self.statusBar().showMessage(self.tr("{summary} (View → Activity Log)").format(summary=import_summary(report)))
        if report.problems:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Import"), import_summary(report), QMessageBox.StandardButton.Ok, self
            )
            box.setInformativeText(self.tr("Some files or records could not be imported; see the details."))
            box.setDetailedText("\n".join(problems))
            box.open()

    def retag_all(self) -> Task:
        """Re-tag every article with the corrected lexicon and topics; manual work stays."""

        def work(library: Library, progress: Progress, cancelled: CancelCheck) -> TagReport:
            return library.retag(progress=progress, cancelled=cancelled)

        def done(report: TagReport) -> None:
            self.undo_stack.clear()  # the re-tag replaced suggestions the stack may refer to
            self.refresh()
            self.activity.add(tag_summary(report))
            self.statusBar().showMessage(self.tr("{summary} (View → Activity Log)").format(summary=tag_summary(report)))

        return self._run(self.tr("Re-tagging"), work, done)

    def open_insight(self) -> InsightWindow:
        """View → Insight: charts over the library that follow this window's filters."""
        from gui.insight.window import InsightWindow  # Qt Charts loads only when asked for

        if self._insight is None:
            self._insight = InsightWindow(self.library.path, self)
        self._insight.show()
        self._insight.raise_()
        self._insight.activateWindow()
        return self._insight

    def export(self) -> None:
        from gui.dialogs.exportdialog import ExportDialog

        dialog = ExportDialog(self.library.path, self, coders=self.library.coders())
        dialog.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)
