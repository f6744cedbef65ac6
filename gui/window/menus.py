"""The main window's menus, toolbar and text context menu, and the dialogs they open (settings,
shortcuts, about, activity log).

A mixin of MainWindow, kept apart so the window module holds the layout and the list; it
reaches the window's parts (reader, annotator, undo stack, settings) through `self`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QToolButton

from gui.dialogs.aboutdialog import AboutDialog
from gui.dialogs.agreementdialog import AgreementDialog
from gui.dialogs.codebookdialog import CodebookDialog
from gui.dialogs.settingsdialog import SettingsDialog
from gui.reader.original import OriginalDialog, show_original
from gui.shared.icons import icon
from gui.shared.labels import label_records
from gui.shared.plaintext import tooltip
from gui.shared.theme import apply_theme
from gui.window.activitylog import ActivityLogDialog
from gui.window.documents import DocumentsWindow, open_documents
from gui.window.host import WindowHost
from gui.window.shortcuts import KeySpec, ShortcutsDialog, unique_keys


class WindowMenus(WindowHost):
    """Menus, toolbar and dialogs of MainWindow (which sets up its parts before `_build_menus`)."""

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
        file_menu.addAction(self._action(self.tr("Open Library on a &Server…"), self.choose_server_library))
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.import_files_action = self._action(
            self.tr("&Import Files…"), self.import_files, QKeySequence.StandardKey.Open
        )
        self.import_folder_action = self._action(self.tr("Import &Folder…"), self.import_folder, "Ctrl+Shift+O")
        self.export_action = self._action(self.tr("&Export…"), self.export, "Ctrl+E")
        file_menu.addActions([self.import_files_action, self.import_folder_action, self.export_action])
        file_menu.addAction(self._action(self.tr("&Merge Coders' Work…"), self.merge_coders_work))
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
        article_menu.addAction(
            self._action(self.tr("Write a &Note on the Article"), self.annotator.focus_note, "Ctrl+Shift+N")
        )
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
        self.all_coders_action = self._action(self.tr("All &Coders' Work"), lambda: None)
        self.all_coders_action.setCheckable(True)
        self.all_coders_action.toggled.connect(self.show_all_coders)
        view_menu.addAction(self.all_coders_action)
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh))

        self.insight_action = self._action(self.tr("&Insight"), self.open_insight, "Ctrl+I")
        view_menu.addSeparator()
        view_menu.addAction(self.insight_action)
        # The library's document records (gui/window/documents.py): a window, the main one is full at 1366×768.
        self.documents_action = self._action(self.tr("&Documents"), self.open_documents, "Ctrl+Shift+D")
        view_menu.addAction(self.documents_action)
        self.activity_action = self._action(self.tr("Activity &Log"), self.show_activity, "Ctrl+Shift+L")
        view_menu.addAction(self.activity_action)
        # The PDF pages, saved web page or Word file an article was read from (gui/reader/original.py).
        self.original_action = self._action(self.tr("&Original Document"), self.show_original, "Ctrl+Alt+O")
        view_menu.addAction(self.original_action)

        tools_menu = bar.addMenu(self.tr("&Tools"))
        self.retag_action = self._action(self.tr("&Apply My Corrections to All Articles"), self.retag_all)
        tools_menu.addAction(self.retag_action)
        self.codebook_action = self._action(self.tr("&Codebook…"), self.open_codebook)
        tools_menu.addAction(self.codebook_action)
        self.agreement_action = self._action(self.tr("Intercoder &Agreement…"), self.open_agreement)
        tools_menu.addAction(self.agreement_action)
        # Curation mode for the lead (gui/reader/curation.py): decide the coders' disagreements by key.
        self.curation_action = self._action(self.tr("A&djudicate (Curation Mode)"), lambda: None, "F7")
        self.curation_action.setCheckable(True)
        self.curation_action.toggled.connect(self.toggle_curation)
        tools_menu.addAction(self.curation_action)
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
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):  # what a toolbar makes for an action
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
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

    def show_original(self) -> OriginalDialog | None:
        """View → Original Document: the open article's PDF pages, or its saved file and address."""
        article_id = self.current_article_id()
        return show_original(self, self.library.article(article_id) if article_id is not None else None)

    def open_documents(self) -> DocumentsWindow:
        """View → Documents: the document records; a click narrows the article list to a document's articles."""
        return open_documents(self)

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

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(
            self.labels,
            self.library.topics(),
            self.settings.font_size(),
            self.settings.language(),
            self,
            theme=self.settings.theme(),
            edit_codebook=lambda: self.open_codebook(dialog),
            coder=self.settings.coder(),
        )

        def accepted() -> None:
            if dialog.coder.text().strip() != self.settings.coder():
                self.settings.set_coder(dialog.coder.text())
                self.apply_coder()
            self.labels = dialog.labels()
            self.settings.set_labels(self.labels)
            self.library.set_label_set(label_records(self.labels))  # travels with assignment files
            self.settings.set_font_size(dialog.font_size.value())
            if dialog.language.currentData() != self.settings.language():
                self.settings.set_language(dialog.language.currentData())
                self.statusBar().showMessage(self.tr("The new language is used from the next start of pizhu"), 10000)
            if dialog.theme.currentData() != self.settings.theme():
                self.settings.set_theme(dialog.theme.currentData())
                apply_theme(QApplication.instance(), self.settings.theme())  # type: ignore[arg-type]  # it is a QApplication
                self._refresh_icons()
            topics = dialog.topics()
            if topics != self.library.topics():
                self.library.set_topics(topics)
            self.reader.set_font_size(self.settings.font_size())
            self.reader.set_labels(self.labels)
            self._refresh_choices()
            self.annotator.reload(self.reader.current_id)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def open_codebook(self, parent: Any = None) -> CodebookDialog:
        """Tools → Codebook…: edit the library's codebook; a saved one shows in the panel and filters at once."""
        dialog = CodebookDialog(self.library, self.labels, parent or self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _change: self.refresh())
        dialog.open()
        return dialog

    def toggle_curation(self, on: bool) -> None:
        """Tools → Adjudicate: curation mode on or off (the normal mode is untouched while off)."""
        from gui.reader.curation import CurationMode

        if getattr(self, "curation", None) is None:
            self.curation = CurationMode(self)
        if on:
            self.curation.start()
        else:
            self.curation.stop()

    def open_agreement(self) -> AgreementDialog:
        """Tools → Intercoder Agreement…: the reliability report, per variable and per coder pair."""
        dialog = AgreementDialog(self.library, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.labels, self).open()

    def about(self) -> AboutDialog:
        dialog = AboutDialog(self.library.path, self)
        dialog.open()
        return dialog
