"""The window while another process holds the library's write lock (issue 21, item 6): an edit
gets a message to try again within about a second, never a frozen window, and goes in once
the other process is done."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

from helpers import SOURCE_ROOT, open_article, select_qt
from PySide6.QtWidgets import QMessageBox

from gui.core.store import Store
from gui.window.mainwindow import MainWindow

# Another pizhu in the middle of a long write: it takes the lock, says so, and keeps it
# until it reads a line.
_HOLD_LOCK = textwrap.dedent(
    """
    import sqlite3
    import sys

    conn = sqlite3.connect(sys.argv[1])
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    sys.stdin.readline()
    conn.execute("ROLLBACK")
    """
)


def test_an_edit_while_another_process_writes_says_busy_at_once(win: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    open_article(win, "春耕")
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(win.library.path)],
        env=dict(os.environ, PYTHONPATH=SOURCE_ROOT),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        select_qt(win, 4, 6)
        began = time.monotonic()
        win.annotator.apply_label("LOC")
        assert time.monotonic() - began < 3.0  # before: the window froze for 15 s
        assert len(shown) == 1
        assert "busy in another pizhu process" in shown[0] and "try again" in shown[0]
        assert win.undo_stack.count() == 0  # nothing pretends to be done
    finally:
        holder.communicate("done\n", timeout=30)
    # The same edit again, now the other process has finished: it goes in.
    select_qt(win, 4, 6)
    win.annotator.apply_label("LOC")
    assert len(shown) == 1 and win.undo_stack.count() == 1
    with Store(win.library.path) as store:
        assert any(a.label == "LOC" and a.origin == "manual" for a in store.annotations(win.annotator.article.id))
