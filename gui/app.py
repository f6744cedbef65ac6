"""Starting the window: the application object, a Chinese font, the crash handler."""

from __future__ import annotations

import logging
import sys
from typing import cast

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import __version__
from gui.core.errors import PizhuError
from gui.core.library import Library
from gui.core.paths import resources_dir
from gui.dialogs.crash import CrashHandler
from gui.shared import i18n
from gui.shared.fonts import apply_cjk_font
from gui.shared.i18n import word
from gui.shared.settings import Settings
from gui.shared.theme import apply_theme

log = logging.getLogger("pizhu.app")


def create_application(argv: list[str] | None = None) -> tuple[QApplication, str | None]:
    # instance() is typed QCoreApplication; pizhu only ever makes a QApplication.
    app = cast(QApplication, QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1]))
    app.setApplicationName("pizhu")
    app.setApplicationDisplayName("批注 pizhu")
    app.setOrganizationName("pizhu")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.pizhu.Pizhu")  # links the window to its .desktop entry on Wayland
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "pizhu.svg")))
    settings = Settings()
    i18n.install(settings.language())
    apply_theme(app, settings.theme())
    family = apply_cjk_font(app)
    return app, family


def run_app(db: str | None = None) -> int:
    from gui.window.mainwindow import MainWindow

    app, family = create_application()
    crash_handler = CrashHandler()
    crash_handler.install()
    try:
        library = Library.open(db)
    except PizhuError as exc:
        QMessageBox.critical(None, "pizhu", app.translate("App", "Cannot open the library.") + f"\n\n{word(exc)}")
        print(f"pizhu: error: {exc}", file=sys.stderr)
        return 1
    window = MainWindow(library, family)
    window.show()
    if not window.settings.coder_asked() and not library.assigned_coder():
        from gui.window.coders import ask_coder_name

        ask_coder_name(window, window.settings, window.apply_coder)  # non-blocking: the window is usable
    try:
        return app.exec()
    finally:
        library.close()
