"""On a machine with several users (a lab's coders), jieba's dictionary cache is each user's own:
another user's /tmp/jieba.cache, which this user cannot replace, costs no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_tagging_with_a_foreign_tmp_cache_prints_no_traceback_and_caches_in_the_users_folder(tmp_path: Path) -> None:
    shared_tmp = tmp_path / "tmp"
    (shared_tmp / "jieba.cache").mkdir(parents=True)  # not replaceable by this user, as another's file would be
    page = tmp_path / "page.txt"
    page.write_text("会议报道\n\n省委书记林武主持会议，要求各地做好春耕生产。\n", encoding="utf-8")
    env = {**os.environ, "TMPDIR": str(shared_tmp), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-m", "gui", "analyze", str(page)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "林武" in done.stdout
    assert "Traceback" not in done.stderr and "failed" not in done.stderr
    assert (tmp_path / "cache" / "pizhu" / "jieba.cache").is_file()
