"""Imported by the tagging fork server (see gui.core.tagging): it loads jieba's dictionary
and pizhu's lexicons once, so that every tagging worker forked from the server starts
with them in memory instead of loading them itself."""

from __future__ import annotations

import logging

try:
    from gui.core.tagging import Tagger

    Tagger()  # the shipped lexicons and the tokenizer are cached for the process
except Exception:  # noqa: BLE001 - a worker that finds nothing loaded loads it itself
    logging.getLogger("pizhu.tagging").warning("preloading the tagger failed", exc_info=True)
