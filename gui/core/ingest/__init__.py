"""From files on disk to articles: find the files, decode them, split them.

`iter_input_files` walks what the user named (files and folders); `parse_file`
turns one file into articles, choosing the reader by extension, and
`iter_file_parts` does the same in parts, so that a JSONL or CSV file of any size
streams through in bounded memory.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from gui.core.errors import InputError
from gui.core.ingest.documents import DOCUMENT_SUFFIXES, read_document
from gui.core.ingest.markdown import split_markdown
from gui.core.ingest.page import split_page
from gui.core.ingest.records import csv_from_text, iter_csv, iter_json, iter_jsonl
from gui.core.ingest.summary import mark_summaries
from gui.core.ingest.text import date_from_filename
from gui.core.messages import msg
from gui.core.model import Article
from gui.core.textio import normalise_newlines, open_text_stream, read_text

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".json", ".csv"}
STREAMED_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
PART_ARTICLES = 500
KNOWN_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | RECORD_SUFFIXES | DOCUMENT_SUFFIXES


@dataclass(slots=True)
class ParsedFile:
    """A file's articles, or one part of them (`last` is False while more parts follow)."""

    path: Path
    articles: list[Article]
    encoding: str
    warnings: list[str] = field(default_factory=list)
    last: bool = True


def parse_text(text: str, name: str, suffix: str, published: str | None = None) -> tuple[list[Article], list[str]]:
    """Split decoded text by the reader its suffix names; returns (articles, warnings).

    Dates: an article's own (a record's field, a page header, a heading) first,
    then `published` as given, then a date in the file name.
    """
    text = normalise_newlines(text)
    warnings: list[str] = []
    published = published or date_from_filename(Path(name).name)
    suffix = suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        articles = split_markdown(text, published, name)
        mark_summaries(articles)
    elif suffix in {".jsonl", ".ndjson"}:
        articles = list(iter_jsonl(text.split("\n"), name, warnings, published))
    elif suffix == ".json":
        articles = list(iter_json(text, name, warnings, published))
    elif suffix == ".csv":
        articles = list(iter_csv(csv_from_text(text), name, warnings, published))
    else:
        articles = split_page(text, published, name)
        mark_summaries(articles)
    _name_sources(articles, name)
    return articles, warnings


def _name_sources(articles: list[Article], name: str) -> None:
    for article in articles:
        if not article.pretagged:  # a pizhu export keeps its own source, even an empty one
            article.source = article.source or name


def parse_file(path: Path, published: str | None = None) -> ParsedFile:
    """Read and split one file. Raises InputError (one line) when nothing can be read."""
    if path.suffix.lower() in DOCUMENT_SUFFIXES:
        articles = read_document(path, published or date_from_filename(path.name))
        if not articles:
            raise InputError(msg("file.no_articles", path=path))
        mark_summaries(articles)
        return ParsedFile(path, articles, "")
    decoded = read_text(path)
    articles, warnings = parse_text(decoded.text, str(path), path.suffix, published)
    if not articles and not warnings:
        raise InputError(msg("file.no_articles", path=path))
    return ParsedFile(path, articles, decoded.encoding, warnings)


def iter_file_parts(path: Path, published: str | None = None) -> Iterator[ParsedFile]:
    """A file's articles in parts of at most PART_ARTICLES; one part for pages and transcripts.

    Raises InputError (one line) when the file cannot be read at all.
    """
    if path.suffix.lower() not in STREAMED_SUFFIXES:
        yield parse_file(path, published)
        return
    published = published or date_from_filename(path.name)
    stream, encoding = open_text_stream(path)
    with stream:
        warnings: list[str] = []
        if path.suffix.lower() == ".csv":
            records = iter_csv(stream, str(path), warnings, published)
        else:
            records = iter_jsonl(stream, str(path), warnings, published)
        part: list[Article] = []
        produced = False

        def take_warnings() -> list[str]:
            # The reader keeps appending to the list it was given: hand over a copy.
            taken = warnings[:]
            warnings.clear()
            return taken

        for article in records:
            part.append(article)
            if len(part) >= PART_ARTICLES:
                _name_sources(part, str(path))
                yield ParsedFile(path, part, encoding, take_warnings(), last=False)
                produced, part = True, []
        _name_sources(part, str(path))
        if not produced and not part and not warnings:
            raise InputError(msg("file.no_articles", path=path))
        yield ParsedFile(path, part, encoding, take_warnings(), last=True)


def iter_input_files(paths: list[Path]) -> Iterator[Path | InputError]:
    """The files to import, in a stable order; problems come out as InputError items.

    Folders are walked recursively, following symlinks but never a folder twice
    (a symlink loop ends there). In folders, only known article files are taken;
    a file named explicitly is read whatever its extension.
    """
    seen: set[tuple[int, int]] = set()
    for path in paths:
        if not path.exists():
            yield InputError(msg("path.missing", path=path))
        elif path.is_dir():
            yield from _walk(path, seen)
        else:
            yield path


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[Path | InputError]:
    try:
        info = folder.stat()
    except OSError as exc:
        yield InputError(msg("folder.unopenable", path=folder, reason=exc.strerror or exc))
        return
    key = (info.st_dev, info.st_ino)
    if key in seen:
        return  # a symlink back into a folder already walked
    seen.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield InputError(msg("folder.unlistable", path=folder, reason=exc.strerror or exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError:
            continue
        if is_dir:
            if _saved_page_folder(path):
                continue
            yield from _walk(path, seen)
        elif is_file and path.suffix.lower() in KNOWN_SUFFIXES - {""}:
            yield path


def _saved_page_folder(folder: Path) -> bool:
    """A browser's "page_files" folder of a saved page.html: its scripts and frames are not articles."""
    if not folder.name.endswith("_files"):
        return False
    stem = folder.name[: -len("_files")]
    return any((folder.parent / (stem + suffix)).exists() for suffix in (".html", ".htm"))
