"""The main window: filters and the article list, the reader, and the side panel.

Its menus and dialogs (menus.py), background jobs (jobs.py) and library switching
(libraries.py) are mixins in their own modules; this one lays the window out, follows the
list and the current article, and saves the window's state.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Self

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from gui.core.library import Library
from gui.reader.annotator import Annotator
from gui.reader.codingpanel import label_of
from gui.reader.readerview import ReaderView
from gui.reader.sidepanel import SidePanel
from gui.shared.labels import label_set_from
from gui.shared.plaintext import rich
from gui.shared.settings import Settings
from gui.shared.tables import row_table
from gui.shared.workers import Task
from gui.window.activitylog import ActivityLog
from gui.window.articlemodel import ArticleTableModel, size_columns
from gui.window.coders import CoderSupport
from gui.window.filterbar import FilterBar
from gui.window.jobs import BackgroundJobs
from gui.window.libraries import LibrarySwitching
from gui.window.liverefresh import LiveRefresh
from gui.window.menus import WindowMenus

if TYPE_CHECKING:
    from gui.insight.window import InsightWindow

log = logging.getLogger("pizhu.window")

_SORT_BY_COLUMN = {
    ArticleTableModel.TITLE: ("title", "title"),
    ArticleTableModel.DATE: ("published", "published_asc"),
    ArticleTableModel.STATUS: ("status", "status"),
    ArticleTableModel.ENTITIES: ("entities", "entities"),
    ArticleTableModel.DIRECTIVES: ("directives", "directives"),
}


class MainWindow(WindowMenus, BackgroundJobs, LibrarySwitching, CoderSupport, LiveRefresh, QMainWindow):
    def __init__(
        self, library: Library, font_family: str | None = None, settings: Settings | None = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.font_family = font_family
        self.settings = settings or Settings()
        # The library's own label set (an assignment file's, from its lead) before the user's.
        self.labels = label_set_from(library.label_set()) or self.settings.labels()
        self.owns_library = False  # closed with the window when this window opened it
        self._task: Task | None = None
        self._insight: InsightWindow | None = None  # made on first use
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
        self._init_coders()
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
        self._start_live_refresh()  # other coders' edits appear within a second

    def new_window(self, library: Library) -> Self:
        """A window like this one on another library (File → Open Library)."""
        return type(self)(library, self.font_family, self.settings)

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
        article_id = self.current_article_id()
        missing = self.library.missing_required(article_id) if article_id is not None else []
        if missing:
            # Not done while a required variable is empty: name them as the panel does.
            codebook = self.library.codebook()
            variables = [codebook.variable(name) if codebook is not None else None for name in missing]
            names = [label_of(v) if v is not None else n for v, n in zip(variables, missing, strict=True)]
            self.statusBar().showMessage(self.tr("Not done: code {variables} first").format(variables=", ".join(names)))
            return
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
        self.filter_bar.set_codebook(library.codebook())

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
        # (Not a closed window's: its library may be closed.)
        if (
            event.type() == QEvent.Type.WindowActivate
            and self.isVisible()
            and self.library.data_version() != self._data_version
        ):
            self.follow_others()
        return super().event(event)

    def _not_saved(self, text: str) -> None:
        self.activity.add(self.tr("Not saved: {reason}").format(reason=text))
        QMessageBox.warning(self, self.tr("Not saved"), rich(text))

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
        if not self._live_timer.isActive() and not self.model.detached:  # shown again after a close
            self._live_timer.start()
        if not event.spontaneous():
            self.reader.body_view.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._task is not None and self._task.isRunning():
            self._task.cancel()
            self._task.wait(30000)
        # The note typed a moment ago is written; what waits for a timer or the next paint (the
        # side panel, a search typed, the list's refresh) is dropped: a closed window does no more
        # work, and its library may be closed right after it (here, or by whoever opened it).
        self.annotator.close()
        self.filter_bar.discard_pending()
        self._live_timer.stop()
        key = self._screen_key()
        self.settings.set_window_state(f"geometry@{key}", self.saveGeometry())
        self.settings.set_window_state(f"splitter@{key}", self.splitter.saveState())
        self.settings.set_window_state(f"state@{key}", self.saveState())
        self.settings.add_recent_library(str(self.library.path))
        self._remember_article()
        self.settings.sync()
        super().closeEvent(event)
        if self.owns_library:
            self.model.detach()  # the window lives on until deleted: its list must not read a closed library
            self.library.close()
