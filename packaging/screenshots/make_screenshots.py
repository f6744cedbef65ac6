"""Regenerate the README's window screenshots from the bundled seed page.

    xvfb-run -a -s "-screen 0 1600x1000x24" python packaging/screenshots/make_screenshots.py

Writes main-window.png (English), main-window-zh_CN.png (Chinese) and
main-window-dark.png next to this script, and the same window as it first opens on a
1366×768 laptop screen (laptop-1366x768.png, light and Chinese; laptop-1366x768-dark.png);
coding-zh_CN.png: an article coded with the example codebook, a directive's suggested codes
shown, a coder's note, on the 1366×768 screen.
Needs a CJK font (fonts-noto-cjk).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from gui.app import create_application
from gui.core import paths
from gui.core.codebook import load_codebook
from gui.core.library import Library
from gui.shared import i18n
from gui.shared.settings import Settings
from gui.shared.theme import apply_theme
from gui.window.mainwindow import MainWindow

HERE = Path(__file__).resolve().parent


def shoot(
    app: QApplication,
    library: Library,
    family: str | None,
    out: Path,
    language: str,
    theme: str,
    screen: QRect | None = None,
) -> None:
    i18n.install(language)
    apply_theme(app, theme)
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(library, family, settings)
        if screen is None:
            window.resize(1560, 940)
        else:
            window.fit_to_screen(screen)  # the first layout a laptop of that size gets
        window.show()
        for row in range(window.model.rowCount()):
            if "抓紧" in window.model.data(window.model.index(row, 0)):
                window.select_row(row)
        directives = [a for a in window.reader.annotations if a.kind == "directive"]
        if len(directives) > 16:
            window.annotator.focus(directives[16].id)  # 有关市要…: an addressee in the editor
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(out))
        window.close()


def shoot_coding(app: QApplication, library: Library, family: str | None, out: Path) -> None:
    """The coding panel at work: the article coded, a directive's suggestions dashed, a note."""
    i18n.install("zh_CN")
    apply_theme(app, "light")
    library.set_codebook(load_codebook(paths.resources_dir() / "codebooks" / "policy-documents.json"))
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(library, family, settings)
        window.fit_to_screen(QRect(0, 0, 1366, 768))
        window.show()
        for row in range(window.model.rowCount()):
            if "抓紧" in window.model.data(window.model.index(row, 0)):
                window.select_row(row)
        article = window.current_article_id()
        assert article is not None
        library.set_code("article", article, "instrument", "环境型")
        library.set_code("article", article, "policy_area", ["疫情防控", "经济"])
        library.set_note(article, "第三段“统筹发展和安全”是否另算“安全”领域？请组长定。")
        directives = sorted((a for a in window.reader.annotations if a.kind == "directive"), key=lambda a: a.start)
        window.annotator.open(article)
        for _ in range(20):
            app.processEvents()
        if len(directives) > 2:
            window.annotator.focus(directives[2].id)
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(out))
        window.close()


def main() -> int:
    app, family = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(Path(folder) / "library.sqlite")
        library.import_paths([paths.seeds_dir()])

        def run() -> None:
            shoot(app, library, family, HERE / "main-window.png", "en", "light")
            shoot(app, library, family, HERE / "main-window-zh_CN.png", "zh_CN", "light")
            shoot(app, library, family, HERE / "main-window-dark.png", "en", "dark")
            laptop = QRect(0, 0, 1366, 768)
            shoot(app, library, family, HERE / "laptop-1366x768.png", "zh_CN", "light", laptop)
            shoot(app, library, family, HERE / "laptop-1366x768-dark.png", "zh_CN", "dark", laptop)
            shoot_coding(app, library, family, HERE / "coding-zh_CN.png")
            app.quit()

        QTimer.singleShot(200, run)
        app.exec()
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
