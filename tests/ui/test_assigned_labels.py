"""The label set travels with the assignment files: what the lead sets in Settings is what each
coder's window tags with, whatever the coder's own settings say."""

from __future__ import annotations

from pathlib import Path

from helpers import select_qt
from PySide6.QtCore import QSettings, Qt

from gui.cli import main
from gui.core.library import Library
from gui.shared.settings import Settings
from gui.window.mainwindow import MainWindow


def test_the_leads_label_keys_and_colours_reach_the_coders_window(qtbot, qapp, tmp_path: Path, seed_path) -> None:
    lead_db = tmp_path / "lead.sqlite"
    with Library.open(lead_db) as lead_library:
        assert lead_library.import_paths([seed_path]).added == 3
    lead_settings = Settings(QSettings(str(tmp_path / "lead.ini"), QSettings.Format.IniFormat))
    lead = MainWindow(Library.open(lead_db), None, lead_settings)
    lead.owns_library = True  # closed with the window
    qtbot.addWidget(lead)
    dialog = lead.open_settings()
    table = dialog.label_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "ORG")
    table.item(row, 4).setText("0")
    table.item(row, 3).setText("#123456")
    dialog.accept()
    lead.close()
    out = tmp_path / "assigned"
    assert main(["assign", "--coders", "li", "-o", str(out), "--db", str(lead_db)]) == 0

    # The coder's own settings know nothing of it: the file brings it.
    coder_settings = Settings(QSettings(str(tmp_path / "li.ini"), QSettings.Format.IniFormat))
    assert coder_settings.labels().get("ORG").key == "3"
    assigned = Library.open(out / "li.pizhu", create=False)
    window = MainWindow(assigned, None, coder_settings)
    window.owns_library = True
    qtbot.addWidget(window)
    window.show()
    assert window.labels.get("ORG").key == "0" and window.labels.get("ORG").color == "#123456"
    assert window.reader.legend.buttons["ORG"].text().startswith("0 ")
    window.select_row(0)
    qtbot.waitUntil(lambda: bool(window.reader.body_view.toPlainText().strip()))
    body = window.reader.body_view.toPlainText()
    start = next(i for i in range(len(body) - 1) if "一" <= body[i] <= "鿿" and "一" <= body[i + 1] <= "鿿")
    word = body[start : start + 2]  # any two Chinese characters: the key is the point
    select_qt(window, start, start + len(word))
    qtbot.keyClick(window.reader.body_view, Qt.Key.Key_0)
    tagged = [(a.text, a.label, a.coder) for a in assigned.annotations(window.current_article_id())]
    assert (word, "ORG", "li") in tagged
