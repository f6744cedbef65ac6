"""The main window: filters and the article list, the reader, and the side panel."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gui.core.errors import PizhuError
from gui.core.library import CancelCheck, ImportReport, Library, Progress, TagReport
from gui.dialogs.aboutdialog import AboutDialog
from gui.dialogs.settingsdialog import SettingsDialog
from gui.reader.annotator import Annotator
from gui.reader.readerview import ReaderView
from gui.reader.sidepanel import SidePanel
from gui.shared.i18n import word
from gui.shared.icons import icon
from gui.shared.plaintext import NAME_LIMIT, rich, short, tooltip
from gui.shared.settings import Settings
from gui.shared.summaries import import_summary, tag_summary
from gui.shared.tables import row_table
from gui.shared.theme import apply_theme
from gui.shared.workers import LibraryWork, Task, run_job
from gui.window.activitylog import ActivityLog, ActivityLogDialog
from gui.window.articlemodel import ArticleTableModel, size_columns
from gui.window.filterbar import FilterBar
from gui.window.shortcuts import KeySpec, ShortcutsDialog, unique_keys

log = logging.getLogger("pizhu.window")

IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "Articles (*.txt *.md *.markdown *.jsonl *.ndjson *.json *.csv);;All files (*)"
)
LIBRARY_FILTER = QT_TRANSLATE_NOOP("MainWindow", "pizhu libraries (*.sqlite *.db);;All files (*)")
# Windows opened on another library (File → Open Library) are kept alive here.
_open_windows: list[MainWindow] = []
_SORT_BY_COLUMN = {
    ArticleTableModel.TITLE: ("title", "title"),
    ArticleTableModel.DATE: ("published", "published_asc"),
    ArticleTableModel.STATUS: ("status", "status"),
    ArticleTableModel.ENTITIES: ("entities", "entities"),
    ArticleTableModel.DIRECTIVES: ("directives", "directives"),
}


class MainWindow(QMainWindow):
    def __init__(
        self, library: Library, font_family: str | None = None, settings: Settings | None = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.font_family = font_family
        self.settings = settings or Settings()
        self.labels = self.settings.labels()
        self.owns_library = False  # closed with the window when this window opened it
        self._task: Task | None = None
        self._insight: Any = None  # the Insight window, made on first use
        self._data_version = library.data_version()
        read_only = self.tr(" (read-only)") if library.read_only else ""
        # Qt adds the application's display name (批注 pizhu) to the title itself.
        self.setWindowTitle(f"{library.path.name}{read_only}")
        self.setAcceptDrops(True)

        # Left: filters over the lazy article list.
        self.model = ArticleTableModel(library, self)
        self.filter_bar = FilterBar(self.labels)
        self.table = row_table("articles", self.model)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        size_columns(self.table)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._sort_by_column)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.table, 1)
        self.filter_bar.changed.connect(self.apply_filter)

        # Centre and right: the reader and the side panel, edited through the annotator.
        self.reader = ReaderView(self.labels)
        self.reader.set_font_size(self.settings.font_size())
        self.panel = SidePanel()
        self.undo_stack = QUndoStack(self)
        self.annotator = Annotator(library, self.reader, self.panel, self.undo_stack, lambda: self.labels, self)
        self.annotator.articleEdited.connect(self._article_edited)
        self.annotator.navigate.connect(self.show_article)
        self.annotator.message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.activity = ActivityLog(self)
        self.annotator.failed.connect(self._not_saved)
        self.reader.body_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.reader.body_view.customContextMenuRequested.connect(self._body_menu)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.reader)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([420, 700, 320])
        self.setCentralWidget(self.splitter)

        self.path_label = QLabel(self.tr("Library: {path}").format(path=library.path))
        self.count_label = QLabel()
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)
        if font_family is None:
            self.statusBar().showMessage(
                self.tr("No font with Chinese characters was found: install fonts-noto-cjk (or any CJK font)"), 0
            )

        self._build_menus()
        self._build_toolbar()
        self._restore_layout()
        self._refresh_choices()
        self.model.reload()
        self._update_count()
        last = self.settings.last_article(str(library.path))
        row = self.model.row_of(last) if last is not None else -1
        self.select_row(row if row >= 0 else 0)
        self.setFocusProxy(self.reader.body_view)  # keys go to the text first: Tab, Enter, 1–7 work at once
        self.reader.body_view.setFocus()

    # -- menus ---------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], Any], *shortcuts: KeySpec) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(unique_keys(*shortcuts))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work wherever focus is in the window
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&New Library…"), self.new_library, QKeySequence.StandardKey.New))
        file_menu.addAction(self._action(self.tr("Open &Library…"), self.choose_library, "Ctrl+L"))
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.import_files_action = self._action(
            self.tr("&Import Files…"), self.import_files, QKeySequence.StandardKey.Open
        )
        self.import_folder_action = self._action(self.tr("Import &Folder…"), self.import_folder, "Ctrl+Shift+O")
        self.export_action = self._action(self.tr("&Export…"), self.export, "Ctrl+E")
        file_menu.addActions([self.import_files_action, self.import_folder_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(unique_keys(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Ctrl+Shift+Z and Ctrl+Y on every platform; the platform's Redo often repeats one of them.
        self.redo_action.setShortcuts(unique_keys("Ctrl+Shift+Z", "Ctrl+Y", QKeySequence.StandardKey.Redo))
        self.addActions([self.undo_action, self.redo_action])
        self.undo_stack.undoTextChanged.connect(self._name_edits_literally)
        self.undo_stack.redoTextChanged.connect(self._name_edits_literally)
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action(self.tr("&Find in Article"), self.reader.find_bar.open, QKeySequence.StandardKey.Find)
        )
        edit_menu.addAction(self._action(self.tr("&Search Library"), self.focus_search, "Ctrl+K"))

        article_menu = bar.addMenu(self.tr("&Article"))
        self.done_action = self._action(
            self.tr("Mark &Done and Go to Next"), self.mark_done_and_next, "Ctrl+Return", "Ctrl+Enter"
        )
        article_menu.addAction(self.done_action)
        article_menu.addAction(
            self._action(self.tr("Mark &In Progress"), lambda: self.annotator.set_article_status("in_progress"))
        )
        article_menu.addAction(self._action(self.tr("Mark &New"), lambda: self.annotator.set_article_status("new")))
        article_menu.addSeparator()
        self.prev_action = self._action(self.tr("&Previous Article"), lambda: self.move_selection(-1), "K")
        self.next_action = self._action(self.tr("&Next Article"), lambda: self.move_selection(1), "J")
        article_menu.addActions([self.next_action, self.prev_action])

        view_menu = bar.addMenu(self.tr("&View"))
        zoom_in = self._action(
            self.tr("&Larger Text"), lambda: self.zoom(1), "Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn
        )
        view_menu.addAction(zoom_in)
        view_menu.addAction(
            self._action(self.tr("&Smaller Text"), lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut)
        )
        view_menu.addSeparator()
        self.entities_toggle = self._toggle(self.tr("Show &Entities"), lambda on: self._show_layers(entities=on))
        self.directives_toggle = self._toggle(self.tr("Show &Directives"), lambda on: self._show_layers(directives=on))
        view_menu.addActions([self.entities_toggle, self.directives_toggle])
        # On a small screen (1280×720) the reader gets the panel's room while it is hidden.
        self.panel_toggle = self._toggle(self.tr("Show Side &Panel"), self.panel.setVisible)
        self.panel_toggle.setShortcuts(unique_keys("F9"))
        self.addAction(self.panel_toggle)
        view_menu.addAction(self.panel_toggle)
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh))

        self.insight_action = self._action(self.tr("&Insight"), self.open_insight, "Ctrl+I")
        view_menu.addSeparator()
        view_menu.addAction(self.insight_action)
        self.activity_action = self._action(self.tr("Activity &Log"), self.show_activity, "Ctrl+Shift+L")
        view_menu.addAction(self.activity_action)

        tools_menu = bar.addMenu(self.tr("&Tools"))
        self.retag_action = self._action(self.tr("&Apply My Corrections to All Articles"), self.retag_all)
        tools_menu.addAction(self.retag_action)
        tools_menu.addAction(
            self._action(self.tr("&Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences)
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "F1"))
        help_menu.addAction(self._action(self.tr("&About pizhu"), self.about))

    def _build_toolbar(self) -> None:
        """The main actions as icons; every one is also in a menu with its shortcut."""
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setIconSize(QSize(20, 20))
        self.search_action = self._action(self.tr("Search"), self.focus_search)
        self.settings_action = self._action(self.tr("Settings"), self.open_settings)
        self._toolbar_icons = {
            self.import_files_action: "import",
            self.export_action: "export",
            self.undo_action: "undo",
            self.redo_action: "redo",
            self.prev_action: "previous",
            self.next_action: "next",
            self.done_action: "done",
            self.search_action: "search",
            self.insight_action: "insight",
            self.retag_action: "retag",
            self.settings_action: "settings",
        }
        groups = (
            (self.import_files_action, self.export_action),
            (self.undo_action, self.redo_action),
            (self.prev_action, self.next_action, self.done_action),
            (self.search_action, self.insight_action, self.retag_action, self.settings_action),
        )
        for n, group in enumerate(groups):
            if n:
                toolbar.addSeparator()
            toolbar.addActions(list(group))
        # Icons only, except the actions used most, which also say what they do.
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for action in (self.import_files_action, self.export_action, self.done_action, self.search_action):
            toolbar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in self._toolbar_icons:
            if "(&" in action.text() and action not in (self.undo_action, self.redo_action):
                # A Chinese menu text "导入文件(&I)…" is "导入文件" on the toolbar and in its tooltip.
                action.setIconText(re.sub(r"\(&\w\)", "", action.text()).replace("…", "").strip())
        self.toolbar = toolbar
        self.addToolBar(toolbar)
        self._refresh_icons()

    def _refresh_icons(self) -> None:
        for action, name in self._toolbar_icons.items():
            action.setIcon(icon(name))

    def _toggle(self, text: str, slot: Callable[[bool], None]) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setChecked(True)
        action.toggled.connect(slot)
        return action

    def _show_layers(self, entities: bool | None = None, directives: bool | None = None) -> None:
        if entities is not None:
            self.reader.show_entities = entities
        if directives is not None:
            self.reader.show_directives = directives
        self.reader.refresh_highlights()

    def _body_menu(self, point: Any) -> None:
        """Right-click in the text: tag the selection, or act on the annotation under the mouse."""
        body = self.reader.body_view
        menu = QMenu(self)
        span = body.selected_span()
        if span is None:
            self.annotator.on_click(body.offset_at(point))
        current = self.reader.current()
        if span is not None or (current is not None and current.kind == "entity"):
            tag_menu = menu.addMenu(self.tr("Tag as") if span is not None else self.tr("Change label to"))
            for label in self.labels:
                action = tag_menu.addAction(f"{label.display()}\t{label.key}")
                action.triggered.connect(lambda _c=False, code=label.code: self.annotator.apply_label(code))
        if current is not None and span is None:
            menu.addAction(self.tr("Accept\tEnter"), lambda: self.annotator.set_status("accepted"))
            menu.addAction(self.tr("Reject\tX"), lambda: self.annotator.set_status("rejected"))
            menu.addAction(self.tr("Delete\tDel"), self.annotator.delete_current)
        menu.addSeparator()
        menu.addAction(self.tr("Mark / Unmark Directive\tD"), self.annotator.toggle_directive)
        if span is not None:
            menu.addAction(self.tr("Copy"), body.copy)
        menu.exec(body.viewport().mapToGlobal(point))

    # -- navigation ------------------------------------------------------------

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            if self.model.rowCount() == 0:
                self.annotator.open(None)
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def show_article(self, article_id: int) -> None:
        """Select an article in the list; if the filters hide it, clear them first."""
        row = self.model.row_of(article_id)
        if row < 0:
            self.filter_bar.reset()
            row = self.model.row_of(article_id)
        self.select_row(row)

    def move_selection(self, step: int) -> None:
        current = self.table.currentIndex().row()
        self.select_row(max(0, min(self.model.rowCount() - 1, current + step)) if current >= 0 else 0)

    def current_article_id(self) -> int | None:
        return self.model.article_id(self.table.currentIndex().row())

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = self.model.article_id(current.row())
        self.annotator.open(article_id)
        # Saving it writes the settings file: after the article's text is on screen.
        self.reader.body_view.after_paint(self._remember_article)

    def _remember_article(self) -> None:
        self.settings.set_last_article(str(self.library.path), self.current_article_id())

    def mark_done_and_next(self) -> None:
        if not self.annotator.set_article_status("done"):
            return
        row = self.model.next_row(self.table.currentIndex().row(), lambda r: r.status != "done")
        if row >= 0:
            self.select_row(row)
        else:
            self.statusBar().showMessage(self.tr("All articles in the list are done"), 5000)

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def zoom(self, step: int) -> None:
        self.settings.set_font_size(self.settings.font_size() + step)
        self.reader.set_font_size(self.settings.font_size())

    # -- list ------------------------------------------------------------------

    def apply_filter(self) -> None:
        keep = self.current_article_id()
        flt = self.filter_bar.current_filter()
        self.model.set_filter(flt)
        self._update_count()
        # The reader marks the searched words in whichever article is opened from this list.
        self.reader.set_search_terms((flt.query or "").split())
        row = self.model.row_of(keep) if keep is not None else -1
        self.select_row(row if row >= 0 else 0)

    def show_only(self, ids: list[int], description: str) -> None:
        """Narrow the list to these articles (e.g. the ones behind a bar in Insight)."""
        self.filter_bar.set_ids(ids, description)
        self.raise_()
        self.activateWindow()

    def _sort_by_column(self, column: int) -> None:
        first, second = _SORT_BY_COLUMN.get(column, ("published", "published"))
        self.model.sort_key = second if self.model.sort_key == first else first
        keep = self.current_article_id()
        self.model.reload()
        row = self.model.row_of(keep) if keep is not None else -1
        self.select_row(row if row >= 0 else 0)

    def _article_edited(self, article_id: int) -> None:
        self.model.invalidate_rows({article_id})
        self._data_version = self.library.data_version()
        self.statusBar().showMessage(self.tr("Saved"), 1500)

    def _refresh_choices(self) -> None:
        library = self.library
        topics = list(dict.fromkeys([t.name for t in library.topics()] + library.directive_values("topic")))
        self.filter_bar.set_choices(self.labels, library.directive_values("issuer"), topics)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.library.count_articles()
        text = (
            self.tr("{n} articles").format(n=total)
            if shown == total
            else self.tr("{shown} of {n} articles").format(shown=shown, n=total)
        )
        self.count_label.setText(text)

    def refresh(self) -> None:
        """Reload the list, keeping the current article selected if it is still there."""
        keep = self.current_article_id()
        self._refresh_choices()
        self.model.reload()
        self._update_count()
        self._data_version = self.library.data_version()
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.select_row(row)
            self.annotator.reload(self.reader.current_id)
        else:
            self.select_row(0)
        if self._insight is not None:
            self._insight.refresh()

    def event(self, event: QEvent) -> bool:
        # Another pizhu process (e.g. `pizhu import` in a terminal) may have changed
        # the library: look when the window comes back to the front.
        if event.type() == QEvent.Type.WindowActivate and self.library.data_version() != self._data_version:
            self.refresh()
        return super().event(event)

    # -- background work ---------------------------------------------------------

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
            return library.import_paths(sources, progress=progress, cancelled=cancelled)

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

    def show_activity(self) -> ActivityLogDialog:
        """View → Activity Log: the session's import and re-tag reports, problems included."""
        dialog = ActivityLogDialog(self.activity, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _name_edits_literally(self, _text: str = "") -> None:
        """Undo and Redo name an edit by its text, maybe imported: their tooltips show it literally."""
        for action in (self.undo_action, self.redo_action):
            action.setToolTip(tooltip(action.iconText()))

    def _not_saved(self, text: str) -> None:
        self.activity.add(self.tr("Not saved: {reason}").format(reason=text))
        QMessageBox.warning(self, self.tr("Not saved"), rich(text))

    def open_insight(self) -> Any:
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

        dialog = ExportDialog(self.library.path, self)
        dialog.open()

    # -- dialogs ---------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(
            self.labels,
            self.library.topics(),
            self.settings.font_size(),
            self.settings.language(),
            self,
            theme=self.settings.theme(),
        )

        def accepted() -> None:
            self.labels = dialog.labels()
            self.settings.set_labels(self.labels)
            self.settings.set_font_size(dialog.font_size.value())
            if dialog.language.currentData() != self.settings.language():
                self.settings.set_language(dialog.language.currentData())
                self.statusBar().showMessage(self.tr("The new language is used from the next start of pizhu"), 10000)
            if dialog.theme.currentData() != self.settings.theme():
                self.settings.set_theme(dialog.theme.currentData())
                apply_theme(QApplication.instance(), self.settings.theme())  # type: ignore[arg-type]
                self._refresh_icons()
            topics = dialog.topics()
            if [(t.name, t.keywords) for t in topics] != [(t.name, t.keywords) for t in self.library.topics()]:
                self.library.set_topics(topics)
            self.reader.set_font_size(self.settings.font_size())
            self.reader.set_labels(self.labels)
            self._refresh_choices()
            self.annotator.reload(self.reader.current_id)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.labels, self).open()

    def about(self) -> AboutDialog:
        dialog = AboutDialog(self.library.path, self)
        dialog.open()
        return dialog

    # -- libraries ---------------------------------------------------------------

    def choose_library(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a library"), str(self.library.path.parent), self.tr(LIBRARY_FILTER)
        )
        if path:
            self.open_library(path)

    def new_library(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New library"), str(self.library.path.parent / "library.sqlite"), self.tr(LIBRARY_FILTER)
        )
        if path:
            self.open_library(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.settings.recent_libraries() if p != str(self.library.path)]
        for path in recent:
            self.recent_menu.addAction(path, lambda p=path: self.open_library(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def open_library(self, path: str) -> MainWindow | None:
        """Open another library in a new window, then close this one."""
        try:
            library = Library.open(path)
        except PizhuError as exc:
            QMessageBox.warning(self, self.tr("Open library"), rich(word(exc)))
            return None
        window = MainWindow(library, self.font_family, self.settings)
        window.owns_library = True
        _open_windows.append(window)
        window.destroyed.connect(lambda _o=None, w=window: _open_windows.remove(w) if w in _open_windows else None)
        window.show()
        self.close()
        return window

    # -- drag and drop -------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    # -- window state ----------------------------------------------------------

    def _screen_key(self) -> str:
        """Layouts are remembered per screen size: a laptop's is not an office monitor's."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        size = screen.availableGeometry().size() if screen is not None else QSize(0, 0)
        return f"{size.width()}x{size.height()}"

    def _restore_layout(self) -> None:
        key = self._screen_key()
        geometry = self.settings.window_state(f"geometry@{key}")
        if geometry is None or not self.restoreGeometry(geometry):
            self.fit_to_screen()
        splitter = self.settings.window_state(f"splitter@{key}")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        state = self.settings.window_state(f"state@{key}")
        if state is not None:
            self.restoreState(state)

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """A first layout that fits the screen (1366×768 laptops included): the window at most
        1440×860 and inside the available area, the list, the reader and the panel about 3 : 5 : 2.5."""
        if available is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1440, 860)
        frame = self.frameGeometry().size() - self.geometry().size()  # title bar and borders, once shown
        width = min(1440, available.width() - frame.width())
        height = min(860, available.height() - frame.height())
        self.resize(width, height)
        self.move(available.topLeft() + QPoint((available.width() - width) // 2, (available.height() - height) // 2))
        self.splitter.setSizes([width * 28 // 100, width * 48 // 100, width * 24 // 100])

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.reader.body_view.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._task is not None and self._task.isRunning():
            self._task.cancel()
            self._task.wait(30000)
        key = self._screen_key()
        self.settings.set_window_state(f"geometry@{key}", self.saveGeometry())
        self.settings.set_window_state(f"splitter@{key}", self.splitter.saveState())
        self.settings.set_window_state(f"state@{key}", self.saveState())
        self.settings.add_recent_library(str(self.library.path))
        self._remember_article()
        self.settings.sync()
        super().closeEvent(event)
        if self.owns_library:
            self.library.close()
