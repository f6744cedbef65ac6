"""Regenerate curation-zh_CN.png: curation mode (F7) on a three-coder library, 1366×768, Chinese.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots/make_curation_screenshot.py

The library is the adjudication tests' (tests/helpers/team.py): one article coded by
wang, li and zhao through assign → scripted coders → merge. Each coder's layer is underlined
dashed in the legend's colour, the final layer solid. Needs a CJK font (fonts-noto-cjk).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, QSettings

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "tests"))

from helpers.team import build_lead_library  # noqa: E402 - after the path

from gui.app import create_application  # noqa: E402
from gui.core.library import Library  # noqa: E402
from gui.shared import i18n  # noqa: E402
from gui.shared.settings import Settings  # noqa: E402
from gui.shared.theme import apply_theme  # noqa: E402
from gui.window.mainwindow import MainWindow  # noqa: E402


def main() -> int:
    app, family = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = build_lead_library(folder, "全省疫情防控工作会议召开")
        i18n.install("zh_CN")
        apply_theme(app, "light")
        settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
        settings.set_coder("组长")
        library = Library.open(db, create=False)
        window = MainWindow(library, family, settings)
        window.fit_to_screen(QRect(0, 0, 1366, 768))
        window.show()
        window.select_row(0)
        window.curation_action.setChecked(True)  # F7: curation mode
        for _ in range(30):
            app.processEvents()
        window.grab().save(str(HERE / "curation-zh_CN.png"))
        window.close()
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
