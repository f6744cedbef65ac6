"""The operations pizhu offers, shared by the command line and the window.

A `Library` is an open store plus what to do with it: import files, list and
search articles. It never talks to Qt; long operations take a progress callback
and a cancel check so the window can run them on a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from gui.core import paths
from gui.core.errors import InputError
from gui.core.ingest import iter_input_files, parse_file
from gui.core.model import Article
from gui.core.store import ArticleFilter, Store

log = logging.getLogger("pizhu.library")

# progress(done, total, what): called after each file; total may grow while walking.
Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


@dataclass(slots=True)
class ImportReport:
    files: int = 0
    added: int = 0
    duplicates: int = 0
    added_ids: list[int] = field(default_factory=list)
    # One line per file that could not be imported, or per record skipped inside a file.
    problems: list[str] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        parts = [f"{self.added} article{'s' if self.added != 1 else ''} imported"]
        if self.duplicates:
            parts.append(f"{self.duplicates} already in the library")
        if self.problems:
            parts.append(f"{len(self.problems)} problem{'s' if len(self.problems) != 1 else ''}")
        text = ", ".join(parts) + f" from {self.files} file{'s' if self.files != 1 else ''}"
        return text + (" (cancelled)" if self.cancelled else "")


class Library:
    """An open library and the operations on it. Use one per thread."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(cls, path: str | Path | None = None) -> Library:
        """Open (creating if needed) the library at --db, $PIZHU_DB or the default place.

        A new default library starts with the bundled sample pages, so a first run
        shows articles rather than an empty window.
        """
        target = paths.library_path(path)
        store = Store(target)
        library = cls(store)
        if store.created and target == paths.default_library_path():
            report = library.import_paths([paths.seeds_dir()])
            log.info("new default library %s seeded: %s", target, report.summary())
        return library

    @property
    def path(self) -> Path:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- import ------------------------------------------------------------

    def import_paths(
        self,
        sources: Iterable[str | Path],
        published: str | None = None,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """Import files and folders. Each file's articles are committed together;
        a file that cannot be read is reported and the rest still import."""
        report = ImportReport()
        files: list[Path] = []
        for item in iter_input_files([Path(s) for s in sources]):
            if isinstance(item, InputError):
                report.problems.append(str(item))
            else:
                files.append(item)
        for done, path in enumerate(files, 1):
            if cancelled and cancelled():
                report.cancelled = True
                break
            report.files += 1
            try:
                parsed = parse_file(path, published)
            except InputError as exc:
                report.problems.append(f"{exc}; skipped")
            else:
                report.problems.extend(parsed.warnings)
                self._add_articles(parsed.articles, report)
            if progress:
                progress(done, len(files), str(path))
        return report

    def import_articles(self, articles: Iterable[Article]) -> ImportReport:
        report = ImportReport()
        self._add_articles(articles, report)
        return report

    def _add_articles(self, articles: Iterable[Article], report: ImportReport) -> None:
        with self.store.transaction():
            for article in articles:
                article_id = self.store.add_article(article, article.annotations)
                if article_id is None:
                    report.duplicates += 1
                else:
                    report.added += 1
                    report.added_ids.append(article_id)

    # -- reading -----------------------------------------------------------

    def article(self, article_id: int) -> Article | None:
        return self.store.get_article(article_id)

    def article_ids(self, flt: ArticleFilter | None = None, sort: str = "published") -> list[int]:
        return self.store.article_ids(flt, sort)

    def search(self, query: str, limit: int = 500) -> list[int]:
        return self.store.search(query, limit)
