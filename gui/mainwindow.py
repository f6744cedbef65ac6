"""The main window: the article list on the left, the reader on the right."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTableView,
)

from gui import __version__
from gui.articlemodel import ArticleTableModel
from gui.core.library import ImportReport, Library
from gui.reader import ReaderView
from gui.workers import Task

log = logging.getLogger("pizhu.window")

IMPORT_FILTER = "Articles (*.txt *.md *.markdown *.jsonl *.ndjson *.json *.csv);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(self, library: Library, font_family: str | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.library = library
        self._task: Task | None = None
        self._data_version = library.store.data_version()
        self.setWindowTitle(f"批注 pizhu — {library.path.name}")
        self.resize(1280, 820)

        self.model = ArticleTableModel(library.store, self)
        self.table = QTableView()
        self.table.setObjectName("articles")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ArticleTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(ArticleTableModel.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)

        self.reader = ReaderView()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 800])
        self.setCentralWidget(splitter)

        self.path_label = QLabel()
        self.count_label = QLabel()
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)
        self.path_label.setText(f"Library: {library.path}")
        if font_family is None:
            self.statusBar().showMessage(
                "No font with Chinese characters was found: install fonts-noto-cjk (or any CJK font)", 0
            )

        self._build_menus()
        self.model.reload()
        self._update_count()
        if self.model.rowCount():
            self.select_row(0)

    # -- menus and shortcuts -----------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work wherever focus is in the window
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.import_files_action = self._action("&Import Files…", self.import_files, QKeySequence.StandardKey.Open)
        self.import_folder_action = self._action("Import &Folder…", self.import_folder, "Ctrl+Shift+O")
        file_menu.addAction(self.import_files_action)
        file_menu.addAction(self.import_folder_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", self.close, QKeySequence.StandardKey.Quit))

        view_menu = self.menuBar().addMenu("&View")
        self.next_action = self._action("&Next Article", lambda: self.move_selection(1), "J")
        self.prev_action = self._action("&Previous Article", lambda: self.move_selection(-1), "K")
        view_menu.addAction(self.next_action)
        view_menu.addAction(self.prev_action)
        view_menu.addAction(self._action("&Refresh", self.refresh, QKeySequence.StandardKey.Refresh))

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("&About pizhu", self.about))

    # -- navigation --------------------------------------------------------

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def move_selection(self, step: int) -> None:
        current = self.table.currentIndex().row()
        self.select_row(max(0, min(self.model.rowCount() - 1, current + step)) if current >= 0 else 0)

    def current_article_id(self) -> int | None:
        return self.model.article_id(self.table.currentIndex().row())

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = self.model.article_id(current.row())
        self.reader.show_article(self.library.article(article_id) if article_id is not None else None)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.library.store.count_articles()
        self.count_label.setText(f"{total} articles" if shown == total else f"{shown} of {total} articles")

    def refresh(self) -> None:
        """Reload the list, keeping the current article selected if it is still there."""
        keep = self.current_article_id()
        self.model.reload()
        self._update_count()
        self._data_version = self.library.store.data_version()
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.select_row(row)
        elif self.model.rowCount():
            self.select_row(0)

    def event(self, event: QEvent) -> bool:
        # Another pizhu process (e.g. `pizhu import` in a terminal) may have added
        # articles: look when the window comes back to the front.
        if event.type() == QEvent.Type.WindowActivate and self.library.store.data_version() != self._data_version:
            self.refresh()
        return super().event(event)

    # -- import ------------------------------------------------------------

    def import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Import articles", str(Path.home()), IMPORT_FILTER)
        if files:
            self.start_import(files)

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of articles", str(Path.home()))
        if folder:
            self.start_import([folder])

    def start_import(self, sources: list[str]) -> Task:
        """Import on a worker thread with a progress dialog; the list refreshes when done."""
        path = self.library.path

        def work(progress: Any, cancelled: Any) -> ImportReport:
            with Library.open(path) as library:  # SQLite connections belong to one thread
                return library.import_paths(sources, progress=progress, cancelled=cancelled)

        dialog = QProgressDialog("Importing…", "Cancel", 0, 0, self)
        dialog.setWindowTitle("Import")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        task = Task(work, self)
        dialog.canceled.connect(task.cancel)

        def on_progress(done: int, total: int, what: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            dialog.setLabelText(f"Importing {Path(what).name} ({done}/{total})")

        task.progressed.connect(on_progress)
        task.succeeded.connect(lambda report: self._import_done(report, dialog))
        task.failed.connect(lambda message: self._import_failed(message, dialog))
        task.finished.connect(task.deleteLater)
        self._task = task
        task.start()
        return task

    def _import_done(self, report: ImportReport, dialog: QProgressDialog) -> None:
        dialog.reset()
        dialog.deleteLater()
        self._task = None
        self.refresh()
        if report.added_ids:
            row = self.model.row_of(report.added_ids[0])
            if row >= 0:
                self.select_row(row)
        self.statusBar().showMessage(report.summary(), 10000)
        if report.problems:
            box = QMessageBox(QMessageBox.Icon.Warning, "Import", report.summary(), QMessageBox.StandardButton.Ok, self)
            box.setInformativeText("Some files or records could not be imported; see the details.")
            box.setDetailedText("\n".join(report.problems))
            box.open()

    def _import_failed(self, message: str, dialog: QProgressDialog) -> None:
        dialog.reset()
        dialog.deleteLater()
        self._task = None
        self.refresh()
        QMessageBox.warning(self, "Import failed", message)

    # -- misc --------------------------------------------------------------

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About pizhu",
            f"批注 pizhu {__version__}\nA reader and annotator for Chinese government news.\n\n"
            f"Library: {self.library.path}",
        )

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self._task is not None and self._task.isRunning():
            self._task.cancel()
            self._task.wait(10000)
        super().closeEvent(event)
