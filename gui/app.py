"""Starting the window: the application object, a Chinese font, the crash handler."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import __version__
from gui.core.errors import PizhuError
from gui.core.library import Library
from gui.core.logs import setup_logging
from gui.core.paths import resources_dir
from gui.fonts import apply_cjk_font

log = logging.getLogger("pizhu.app")


def install_excepthook() -> None:
    """Unexpected errors in the window are logged and shown; the app keeps running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        log_file = setup_logging()
        where = f"\n\nDetails were written to {log_file}" if log_file else ""
        if isinstance(value, PizhuError):
            QMessageBox.warning(QApplication.activeWindow(), "pizhu", str(value))
        else:
            QMessageBox.critical(
                QApplication.activeWindow(),
                "pizhu: unexpected error",
                f"Something went wrong: {kind.__name__}: {value}{where}\n\nYour work is saved; you can go on.",
            )

    sys.excepthook = hook


def create_application(argv: list[str] | None = None) -> tuple[QApplication, str | None]:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("pizhu")
    app.setApplicationDisplayName("批注 pizhu")
    app.setOrganizationName("pizhu")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "pizhu.svg")))
    family = apply_cjk_font(app)  # type: ignore[arg-type]
    return app, family  # type: ignore[return-value]


def run_app(db: str | None = None) -> int:
    from gui.mainwindow import MainWindow

    app, family = create_application()
    install_excepthook()
    try:
        library = Library.open(db)
    except PizhuError as exc:
        QMessageBox.critical(None, "pizhu", f"Cannot open the library.\n\n{exc}")
        print(f"pizhu: error: {exc}", file=sys.stderr)
        return 1
    window = MainWindow(library, family)
    window.show()
    try:
        return app.exec()
    finally:
        library.close()
