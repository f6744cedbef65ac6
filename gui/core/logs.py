"""Logging to a rotating file in the user's log folder (never to the user's screen)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from gui.core import paths

LOG_NAME = "pizhu.log"
_configured: Path | None = None


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the `pizhu.*` loggers to <user log dir>/pizhu.log; return its path.

    Returns None when the folder cannot be written: pizhu then runs without a log
    rather than failing to start.
    """
    global _configured
    if _configured is not None:
        return _configured
    target = paths.log_dir() / LOG_NAME
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("pizhu")
    root.addHandler(handler)
    root.setLevel(level)
    _configured = target
    return target
