"""The process's jieba tokenizer, loaded once, on first use.

jieba takes about a second to load its dictionary; loading lazily keeps start-up
fast and the CLI's `list` or `search` free of it. jieba's own logging (it prints
"Building prefix dict…" to stderr) is silenced.
"""

from __future__ import annotations

import logging
import threading

import jieba

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None


def tokenizer() -> jieba.Tokenizer:
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.initialize()
                _tokenizer = tok
    return _tokenizer


def cut(text: str) -> list[str]:
    """Words of `text` in order; their concatenation is `text` exactly."""
    return tokenizer().lcut(text)
