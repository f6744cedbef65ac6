"""MainWindow as its mixins (menus.py, jobs.py, libraries.py, coders.py, liverefresh.py) see it.

At run time a mixin adds no base (`WindowHost` is `object`: MainWindow's QMainWindow comes last in
its bases). A type checker sees a QMainWindow holding the parts MainWindow sets up before it builds
its menus, and the methods one mixin calls on another; each method is abstract, so mypy reports a
MainWindow that lacks one or defines it with another signature.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from abc import abstractmethod
    from collections.abc import Callable
    from typing import Any, Self

    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QTableView

    from gui.core.library import Library
    from gui.insight.window import InsightWindow
    from gui.reader.annotator import Annotator
    from gui.reader.readerview import ReaderView
    from gui.reader.sidepanel import SidePanel
    from gui.shared.labels import LabelSet
    from gui.shared.settings import Settings
    from gui.shared.workers import LibraryWork, Task
    from gui.window.activitylog import ActivityLog
    from gui.window.articlemodel import ArticleTableModel
    from gui.window.filterbar import FilterBar

    class WindowHost(QMainWindow):
        # Set by MainWindow.__init__ before the mixins' own setup runs.
        library: Library
        settings: Settings
        font_family: str | None
        labels: LabelSet
        owns_library: bool
        model: ArticleTableModel
        filter_bar: FilterBar
        table: QTableView
        reader: ReaderView
        panel: SidePanel
        annotator: Annotator
        undo_stack: QUndoStack
        activity: ActivityLog
        splitter: QSplitter
        recent_menu: QMenu  # File → Open Recent (menus.py makes it, libraries.py fills it)
        _task: Task | None  # the one background job running, if any
        _insight: InsightWindow | None  # made on first use
        _data_version: int

        # MainWindow's
        @abstractmethod
        def new_window(self, library: Library) -> Self: ...
        @abstractmethod
        def refresh(self) -> None: ...
        @abstractmethod
        def show_article(self, article_id: int) -> None: ...
        @abstractmethod
        def select_row(self, row: int) -> None: ...
        @abstractmethod
        def move_selection(self, step: int) -> None: ...
        @abstractmethod
        def current_article_id(self) -> int | None: ...
        @abstractmethod
        def mark_done_and_next(self) -> None: ...
        @abstractmethod
        def focus_search(self) -> None: ...
        @abstractmethod
        def zoom(self, step: int) -> None: ...
        @abstractmethod
        def _refresh_choices(self) -> None: ...
        @abstractmethod
        def _update_count(self) -> None: ...

        # libraries.py's
        @abstractmethod
        def new_library(self) -> None: ...
        @abstractmethod
        def choose_library(self) -> None: ...
        @abstractmethod
        def choose_server_library(self) -> None: ...
        @abstractmethod
        def _fill_recent(self) -> None: ...

        # jobs.py's
        @abstractmethod
        def _run(self, title: str, work: LibraryWork, done: Callable[[Any], None]) -> Task: ...
        @abstractmethod
        def import_files(self) -> None: ...
        @abstractmethod
        def import_folder(self) -> None: ...
        @abstractmethod
        def export(self) -> None: ...
        @abstractmethod
        def retag_all(self) -> Task: ...
        @abstractmethod
        def open_insight(self) -> InsightWindow: ...

        # coders.py's
        @abstractmethod
        def apply_coder(self) -> None: ...
        @abstractmethod
        def show_all_coders(self, checked: bool) -> None: ...
        @abstractmethod
        def merge_coders_work(self) -> None: ...

else:
    WindowHost = object
