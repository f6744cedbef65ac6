"""Screenshots of View → Documents and Insight's issuing network (issue 20), in Chinese on a
1366×768 screen, from the real web pages, PDF and Word files in ../shared/data/formats and the seed page.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots/make_documents_screenshots.py

Writes documents-zh_CN.png (the Documents window over the main window, a document chosen, the
list narrowed to its articles) and insight-network-zh_CN.png next to this script.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from gui.app import create_application
from gui.core import paths
from gui.core.library import Library
from gui.shared import i18n
from gui.shared.settings import Settings
from gui.shared.theme import apply_theme
from gui.window.mainwindow import MainWindow

HERE = Path(__file__).resolve().parent
FORMATS = HERE.parents[2] / "shared" / "data" / "formats"


def wait(app: QApplication, done, seconds: float = 30.0) -> None:  # noqa: ANN001 - a predicate
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()


def main() -> int:
    app, family = create_application(sys.argv[:1])
    i18n.install("zh_CN")
    apply_theme(app, "light")
    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(Path(folder) / "library.sqlite")
        library.import_paths([paths.seeds_dir(), *(FORMATS / kind for kind in ("html", "pdf", "word"))])
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(library, family, settings)
        window.fit_to_screen(QRect(0, 0, 1366, 768))
        window.show()
        documents = window.open_documents()
        wait(app, lambda: documents.model.rowCount() > 0)
        documents.resize(900, 560)
        documents.move(440, 180)
        law = next(r for r in range(documents.proxy.rowCount()) if "民法典" in documents._row_document(r).title)
        documents.table.selectRow(law)
        documents._document_chosen(documents.proxy.index(law, 0))
        wait(app, lambda: documents.citing.rowCount() > 0)
        screen = QPixmap(1366, 768)
        painter = QPainter(screen)
        painter.drawPixmap(0, 0, window.grab())
        painter.drawPixmap(documents.pos(), documents.grab())
        painter.end()
        screen.save(str(HERE / "documents-zh_CN.png"))

        window.filter_bar.reset()
        insight = window.open_insight()
        insight.resize(1366, 768)
        wait(app, lambda: insight.view is not None and insight.view.network is not None, 60)
        insight.tabs.setCurrentWidget(insight.network_panel)
        wait(app, lambda: False, 0.5)
        insight.grab().save(str(HERE / "insight-network-zh_CN.png"))
        insight.close()
        documents.close()
        window.close()
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
