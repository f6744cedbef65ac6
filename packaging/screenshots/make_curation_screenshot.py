"""Regenerate curation-zh_CN.png: curation mode (F7) on a three-coder library, 1366×768, Chinese.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots/make_curation_screenshot.py

The library is the adjudication tests' (tests/core/test_adjudication.py): one article coded by
wang, li and zhao through assign → scripted coders → merge. Each coder's layer is underlined
dashed in the legend's colour, the final layer solid. Needs a CJK font (fonts-noto-cjk).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, QSettings

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "tests"))

from core.test_adjudication import BODY, CODEBOOK, CODERS, _code  # noqa: E402 - after the path

from gui.app import create_application  # noqa: E402
from gui.cli import main as cli  # noqa: E402
from gui.core.library import Library  # noqa: E402
from gui.shared import i18n  # noqa: E402
from gui.shared.settings import Settings  # noqa: E402
from gui.shared.theme import apply_theme  # noqa: E402
from gui.window.mainwindow import MainWindow  # noqa: E402


def build(folder: Path) -> Path:
    source = folder / "one.jsonl"
    article = {"title": "全省疫情防控工作会议召开", "body": BODY}
    source.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    db = folder / "lead.db"
    assert cli(["import", str(source), "--db", str(db)]) == 0
    assert cli(["codebook", "import", str(CODEBOOK), "--db", str(db)]) == 0
    out = folder / "out"
    assert cli(["assign", "--coders", ",".join(CODERS), "--overlap", "1", "-o", str(out), "--db", str(db)]) == 0
    for number, coder in enumerate(CODERS):
        with Library.open(out / f"{coder}.pizhu", create=False) as library:
            _code(library, number)
    assert cli(["merge", *(str(out / f"{c}.pizhu") for c in CODERS), "--db", str(db)]) == 0
    return db


def main() -> int:
    app, family = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = build(folder)
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
