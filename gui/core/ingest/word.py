"""Word (placeholder until the Word reader lands)."""

from __future__ import annotations

from gui.core.errors import InputError
from gui.core.messages import msg
from gui.core.model import Article

WORD_SUFFIXES = {".docx", ".doc"}


def read_word(data: bytes, name: str, suffix: str, published: str | None = None) -> list[Article]:
    raise InputError(msg("file.no_articles", path=name))
