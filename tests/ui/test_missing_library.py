"""A library moved away while its window is open (a share unmounted, a folder renamed): the next
background job says so in one line and makes no new, empty library in its place."""

from __future__ import annotations

from pathlib import Path

from helpers import run_in_window

from gui.window.mainwindow import MainWindow


def test_an_import_into_a_library_moved_away_refuses_in_one_line(win: MainWindow, qtbot, monkeypatch, tmp_path) -> None:
    warnings: list[str] = []
    monkeypatch.setattr("gui.window.jobs.QMessageBox.warning", lambda _p, _t, text: warnings.append(text))
    place = Path(win.library.path)
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    for file in place.parent.glob(place.name + "*"):  # the library and its -wal/-shm
        file.rename(moved / file.name)
    page = tmp_path / "page.txt"
    page.write_text("新闻标题\n\n本报讯 各地要做好防汛工作。\n", encoding="utf-8")
    run_in_window(qtbot, win, lambda: win.start_import([str(page)]))
    [warning] = warnings
    assert "no such library" in warning and str(place.name) in warning and "\n" not in warning
    assert not place.exists(), "no new library where the old one was"
    assert "no such library" in win.activity.entries[-1].summary
