"""The process's jieba tokenizer, loaded once, on first use.

jieba takes about a second to load its dictionary; loading lazily keeps start-up
fast and the CLI's `list` or `search` free of it. jieba's own logging (it prints
"Building prefix dict…" to stderr) is silenced.

The tokenizer also knows the shipped lexicon terms (省委副书记, 省科技厅, 忻府区), added
when it starts, so every caller sees the same segmentation whatever ran first.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable

import jieba

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None

# A frequency that lets an added term beat its own pieces (two words of ordinary
# frequency) without pulling characters away from its neighbours.
_ADDED_WORD_FREQ = 2000


def tokenizer() -> jieba.Tokenizer:
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.initialize()
                from gui.core.nlp.lexicon import segmentation_words

                add_words(tok, segmentation_words())
                _tokenizer = tok
    return _tokenizer


def add_words(tok: jieba.Tokenizer, words: Iterable[str]) -> None:
    """Make `tok` keep each word whole. Two-character words jieba already knows keep
    jieba's frequency: raising it would split the everyday words around them."""
    freq = tok.FREQ
    for word in words:
        if len(word) < 2 or (len(word) == 2 and freq.get(word)):
            continue
        if freq.get(word, 0) < _ADDED_WORD_FREQ:
            # jieba's add_word, minus its slow frequency suggestion and its tag table
            tok.total += _ADDED_WORD_FREQ - freq.get(word, 0)
            freq[word] = _ADDED_WORD_FREQ
            for i in range(1, len(word)):
                freq.setdefault(word[:i], 0)


def cut(text: str) -> list[str]:
    """Words of `text` in order; their concatenation is `text` exactly."""
    return tokenizer().lcut(text)
