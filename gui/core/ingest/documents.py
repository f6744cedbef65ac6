"""Files that are not text: saved web pages, PDF and Word documents, each read by its own module.

The file is read once (bounded, like a text file), hashed, and every article it gives keeps the
file's absolute path and SHA-256, so View → Original can find it again and tell if it changed.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from gui.core.errors import InputError
from gui.core.ingest.pdf import PDF_SUFFIXES, read_pdf
from gui.core.ingest.webpage import HTML_SUFFIXES, read_webpage
from gui.core.ingest.word import WORD_SUFFIXES, read_word
from gui.core.messages import msg
from gui.core.model import Article
from gui.core.textio import MAX_FILE_BYTES, open_binary

DOCUMENT_SUFFIXES = HTML_SUFFIXES | PDF_SUFFIXES | WORD_SUFFIXES


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A regular file's bytes, refusing one over `limit` before reading it."""
    with open_binary(path) as f:
        size = os.fstat(f.fileno()).st_size
        data = f.read(limit + 1) if size <= limit else b""
        size = max(size, len(data))
    if size > limit:
        raise InputError(msg("file.too_big", path=path, size=f"{size / 1024 / 1024:.0f}", limit=limit // 1024 // 1024))
    if not data:
        raise InputError(msg("file.empty", path=path))
    return data


def read_document(path: Path, published: str | None = None) -> list[Article]:
    """The articles of one web page, PDF or Word file; InputError (one line) when there are none."""
    try:
        data = read_bytes(path)
    except OSError as exc:
        raise InputError(msg("file.unreadable", path=path, reason=exc.strerror or exc)) from None
    suffix = path.suffix.lower()
    name = str(path)
    if suffix in PDF_SUFFIXES:
        articles = read_pdf(data, name, published)
    elif suffix in WORD_SUFFIXES:
        articles = read_word(data, name, suffix, published)
    else:
        articles = read_webpage(data, name, published, mhtml=suffix in (".mhtml", ".mht"))
    digest = hashlib.sha256(data).hexdigest()
    where = str(path.resolve())
    for article in articles:
        article.source = article.source or name
        article.source_path = where
        article.source_hash = digest
    return articles
