"""Imported by the tagging fork server (see gui.core.tagging): it loads jieba's dictionary
and pizhu's lexicons once, so that every tagging worker forked from the server starts
with them in memory instead of loading them itself."""

from __future__ import annotations

import logging
import os
import sys
from types import FrameType

from gui.core import lifeline


def _in_fork_server() -> bool:
    """Whether multiprocessing's fork server is importing this module (its `preload`)."""
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == "main" and frame.f_globals.get("__name__") == "multiprocessing.forkserver":
            return True
        frame = frame.f_back
    return False


# The fork server's pid: the parent its workers must outlive no longer than (gui.core.tagging).
SERVER_PID: int | None = None
if _in_fork_server():
    SERVER_PID = os.getpid()
    # The server ends with the process that started it. Were that process already gone, the
    # server ends anyway: nobody else holds its "alive" pipe yet, so it reads EOF and exits.
    lifeline.exit_with_parent()

try:
    from gui.core.tagging import Tagger

    Tagger()  # the shipped lexicons and the tokenizer are cached for the process
except Exception:  # noqa: BLE001 - a worker that finds nothing loaded loads it itself
    logging.getLogger("pizhu.tagging").warning("preloading the tagger failed", exc_info=True)
