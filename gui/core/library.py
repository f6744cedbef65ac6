"""The operations pizhu offers, shared by the command line and the window.

A `Library` is an open store plus what to do with it: import files, list and
search articles. It never talks to Qt; long operations take a progress callback
and a cancel check so the window can run them on a worker thread.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from gui.core import corrections, paths
from gui.core.codebook import Codebook
from gui.core.coding import Coding
from gui.core.corrections import EDIT_LOCK_WAIT, CodeEdit, Edit, StatusEdit
from gui.core.document_records import DocumentRecords
from gui.core.errors import InputError, LibraryError
from gui.core.ingest import ParsedFile, iter_file_parts, iter_input_files
from gui.core.messages import message_of, msg
from gui.core.model import Annotation, Article, ArticleRow
from gui.core.nlp.topics import Topic, default_topics
from gui.core.store import ArticleFilter, LibraryStore, open_store
from gui.core.store.articles import headline_text
from gui.core.store.location import ServerPath
from gui.core.tagging import TaggerConfig, TaggingSession, user_terms_from

if TYPE_CHECKING:
    from gui.core.adjudication import DecisionEdit
    from gui.core.agreement import AgreementReport
    from gui.core.export import ExportOptions, ExportReport
    from gui.core.insight import InsightView, Selector, ViewOptions

log = logging.getLogger("pizhu.library")

# progress(done, total, what): called as work advances.
Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]

# Commit imported files together until this many articles or seconds have gathered:
# one fsync per batch instead of per file, while a file is never split.
_BATCH_ARTICLES = 200
_BATCH_SECONDS = 1.0
# Files are read ahead until this many articles, so that one query finds which are in the library.
_LOOKUP_ARTICLES = 64
_UTF8_BYTES_PER_CHAR = 3


@dataclass(slots=True)
class _PendingFile:
    """A file (or a part of a big record file) waiting for its articles' tags."""

    path: Path
    parsed: ParsedFile | None
    to_tag: list[Article] = field(default_factory=list)
    tagged: int = 0
    # The tagged articles' search texts, where the tagging workers computed them (by article).
    search: dict[int, object] = field(default_factory=dict)
    last: bool = True  # the file's last part: counts as a file done

    def complete(self) -> bool:
        return self.tagged == len(self.to_tag)


@dataclass(slots=True)
class TagReport:
    articles: int = 0
    suggestions: int = 0
    cancelled: bool = False

    def summary(self) -> str:
        text = f"{self.articles} article{'s' if self.articles != 1 else ''} re-tagged, {self.suggestions} suggestions"
        return text + (" (cancelled)" if self.cancelled else "")


@dataclass(slots=True)
class ImportReport:
    files: int = 0
    added: int = 0
    duplicates: int = 0
    merged: int = 0  # articles already in the library that got (or changed) coders' layers
    added_ids: list[int] = field(default_factory=list)
    # One line per file that could not be imported, or per record skipped inside a file.
    problems: list[str] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        parts = [f"{self.added} article{'s' if self.added != 1 else ''} imported"]
        if self.duplicates:
            parts.append(f"{self.duplicates} already in the library")
        if self.merged:
            parts.append(f"coders' work added to {self.merged}")
        if self.problems:
            parts.append(f"{len(self.problems)} problem{'s' if len(self.problems) != 1 else ''}")
        text = ", ".join(parts) + f" from {self.files} file{'s' if self.files != 1 else ''}"
        return text + (" (cancelled)" if self.cancelled else "")


class Library(Coding, DocumentRecords):
    """An open library and the operations on it. Use one per thread."""

    def __init__(self, store: LibraryStore) -> None:
        self.store = store
        # On a team's server library the session's login role (pizhu server add-coder), and whether
        # it is a lead: PostgreSQL lets a coder write only rows of that name.
        self.login: tuple[str, bool] | None = store.team_login()
        # Who is coding: every edit, code and note is recorded in this coder's layer. '' is the
        # library's own layer (an editor who works alone); an assignment file names its coder, a
        # server library the login (a lead curating works as '', the final layer).
        self.coder: str = self.assigned_coder()

    def assignment(self) -> dict[str, str] | None:
        """{"project", "coder"} when this library is a coder's assignment file (pizhu assign)."""
        stored = self.store.setting("assignment")
        return stored if isinstance(stored, dict) and stored.get("project") and stored.get("coder") else None

    def assigned_coder(self) -> str:
        if self.login is not None:
            return self.login[0]
        assignment = self.assignment()
        return str(assignment["coder"]) if assignment else ""

    @classmethod
    def open(cls, path: str | Path | None = None, *, create: bool = True, verify: bool = True) -> Library:
        """Open the library at --db, $PIZHU_DB or the default place, checking that it is whole.

        `create` False (the command line's reading commands) refuses a library that is not
        there rather than making an empty one behind a mistyped path; the default library
        is made either way. A new default library starts with the bundled sample pages,
        so a first run shows articles rather than an empty window. `verify` False skips the
        page check (PRAGMA quick_check) for a reader that opens the library again and again.
        """
        target = paths.library_path(path)
        store = open_store(target, create=create or target == paths.default_library_path(), verify=verify)
        library = cls(store)
        if store.created and target == paths.default_library_path():
            report = library.import_paths([paths.seeds_dir()])
            log.info("new default library %s seeded: %s", target, report.summary())
        return library

    @property
    def path(self) -> Path | ServerPath:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def data_version(self) -> int:
        """Changes when any connection (another process too) has written to the library."""
        return self.store.data_version()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _must_be_writable(self) -> None:
        if self.store.read_only:
            raise LibraryError(msg("library.read_only", path=self.path))

    # -- import ------------------------------------------------------------

    def import_paths(
        self,
        sources: Iterable[str | Path],
        published: str | None = None,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """Import files and folders, tagging each new article.

        A file's articles are committed together (never half a file); a file that
        cannot be read is reported and the rest still import. Articles that came
        with their own annotations (a pizhu export) are kept exactly as they came.
        """
        self._must_be_writable()  # before any tagging, not after it
        report = ImportReport()
        files: list[Path] = []
        for item in iter_input_files([Path(s) for s in sources]):
            if isinstance(item, InputError):
                report.problems.append(message_of(item))
            else:
                files.append(item)
        expected = sum(_size(p) for p in files) // _UTF8_BYTES_PER_CHAR
        pending: deque[_PendingFile] = deque()

        def parts_read() -> Iterator[_PendingFile]:
            for path in files:
                parts = iter_file_parts(path, published)
                while True:
                    if cancelled and cancelled():
                        report.cancelled = True
                        return
                    try:
                        parsed = next(parts, None)
                    except InputError as exc:
                        report.problems.append(msg("problem.skipped", problem=message_of(exc)))
                        yield _PendingFile(path, None)
                        break
                    if parsed is None:
                        break
                    report.problems.extend(parsed.warnings)
                    yield _PendingFile(path, parsed, [a for a in parsed.articles if not a.pretagged], last=parsed.last)

        def queue(read: list[_PendingFile]) -> Iterator[tuple[str, str, str]]:
            # Articles that came tagged, or are already in the library, need no tagging: which are
            # here is asked once for the files read.
            known = self.store.existing_hashes(_hash(a) for entry in read for a in entry.to_tag)
            for entry in read:
                entry.to_tag = [a for a in entry.to_tag if a.content_hash not in known]
                pending.append(entry)
                yield from ((article.body, article.title, headline_text(article)) for article in entry.to_tag)

        def bodies(ahead: int) -> Iterator[tuple[str, str, str]]:
            read: list[_PendingFile] = []
            for entry in parts_read():
                read.append(entry)
                if sum(len(e.to_tag) for e in read) >= ahead:
                    yield from queue(read)
                    read = []
            yield from queue(read)

        batch: list[_PendingFile] = []
        started = time.monotonic()

        def flush() -> None:
            nonlocal started
            if batch:
                # One transaction, and one bulk insert, for every file of the batch.
                self._add_articles(
                    ((a, entry.search.get(id(a))) for entry in batch if entry.parsed for a in entry.parsed.articles),
                    report,
                )
                batch.clear()
            started = time.monotonic()

        def drain_complete() -> None:
            while pending and pending[0].complete():
                entry = pending.popleft()
                batch.append(entry)
                if entry.last:
                    report.files += 1
                    if progress:
                        progress(report.files, len(files), str(entry.path))
                articles = sum(len(e.parsed.articles) for e in batch if e.parsed)
                if articles >= _BATCH_ARTICLES or time.monotonic() - started >= _BATCH_SECONDS:
                    flush()

        with TaggingSession(self.tagger_config(), expected) as session:
            # Workers read ahead anyway; tagging here, a cancel stops after the file in hand.
            ahead = _LOOKUP_ARTICLES if session.parallel else 1
            for entities, directives, search in session.tag_and_index(bodies(ahead), self.store.search_text):
                drain_complete()
                entry = pending[0]
                article = entry.to_tag[entry.tagged]
                article.annotations = entities + directives
                if search is not None:
                    entry.search[id(article)] = search
                entry.tagged += 1
            drain_complete()
        flush()
        return report

    def import_articles(self, articles: Iterable[Article]) -> ImportReport:
        """Add articles as they are (no tagging): tests, and imports of already-tagged data."""
        report = ImportReport()
        with self.store.transaction():
            self._add_articles(((article, None) for article in articles), report)
        return report

    def _add_articles(self, items: Iterable[tuple[Article, object]], report: ImportReport) -> None:
        """Store a batch with the codes its articles carry; an article whose codes the codebook
        does not accept is reported and left out whole. Each article comes with its search text
        (the store's search_text), or None for the store to compute it."""
        codebook: list[Codebook | None] = []  # read once, when the first code needs it
        accepted: list[Article] = []
        search: list[object] = []
        for article, text in items:
            if article.codes:
                if not codebook:
                    codebook.append(self.codebook())
                problem = self._code_problem(codebook[0], article)
                if problem is not None:
                    report.problems.append(msg("problem.skipped", problem=problem))
                    continue
            accepted.append(article)
            search.append(text)
        with self.store.transaction():
            ids = self.store.add_articles_bulk(((article, article.annotations) for article in accepted), search)
            for article, article_id in zip(accepted, ids, strict=True):
                if article_id is None:
                    if self._merge_coders(article):
                        report.merged += 1
                    else:
                        report.duplicates += 1
                    continue
                report.added += 1
                report.added_ids.append(article_id)
                if article.codes:
                    self._store_codes(article, article_id)
                for coder, text in article.notes.items():
                    self.store.set_note(article_id, text, coder)

    def _merge_coders(self, article: Article) -> bool:
        """An article already here that comes with named coders' work gets their layers (as a
        merge does: each of those coders' layers becomes the incoming one); True if any changed."""
        from gui.core.team import merge_layer

        coders = {a.coder for a in article.annotations} | {c.coder for c in article.codes} | set(article.notes)
        coders.discard("")
        target = self.store.article_id_by_hash(_hash(article)) if coders else None
        if target is None:
            return False
        return any([merge_layer(self, target, article, coder) for coder in sorted(coders)])

    # -- tagging -----------------------------------------------------------

    def topics(self) -> list[Topic]:
        """The library's topic list (editable in Settings), else the shipped default."""
        stored = self.store.setting("topics")
        if not stored:
            return default_topics()
        return [Topic(t["name"], tuple(t.get("keywords", ())), tuple(t.get("weak_keywords", ()))) for t in stored]

    def set_topics(self, topics: Sequence[Topic]) -> None:
        # The window's Settings: as brief a wait for a busy library as an edit's.
        self.store.set_setting(
            "topics",
            [{"name": t.name, "keywords": list(t.keywords), "weak_keywords": list(t.weak_keywords)} for t in topics],
            wait=EDIT_LOCK_WAIT,
        )

    def tagger_config(self) -> TaggerConfig:
        return TaggerConfig(user_terms_from(self.store.lexicon()), tuple(self.topics()))

    def retag(
        self,
        ids: Sequence[int] | None = None,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> TagReport:
        """Run automatic tagging again (after lexicon or topic changes), keeping manual work.

        Manual, accepted and rejected annotations stay; only the automatic
        suggestions are replaced, and a rejected suggestion is not proposed again.
        """
        self._must_be_writable()
        report = TagReport()
        total = len(ids) if ids is not None else self.store.count_articles()
        articles: deque[Article] = deque()

        def bodies() -> Iterator[tuple[str, str]]:
            for article in self.store.iter_articles(ids):
                if cancelled and cancelled():
                    report.cancelled = True
                    return
                articles.append(article)
                yield article.body, article.title

        with TaggingSession(self.tagger_config(), self.store.body_chars(ids)) as session:
            results = session.tag_many(bodies())
            while True:
                # Tag a batch first, outside any transaction: starting the tagger takes seconds,
                # and holding the write lock meanwhile stalled every other writer (an edit in
                # the window, a second `pizhu tag`). Then one short transaction per batch: a
                # crash loses at most the batch in hand.
                batch: list[tuple[Article, list[Annotation], list[Annotation]]] = []
                started = time.monotonic()
                for entities, directives in results:
                    batch.append((articles.popleft(), entities, directives))
                    if len(batch) >= _BATCH_ARTICLES or time.monotonic() - started >= _BATCH_SECONDS:
                        break
                if not batch:
                    return report
                with self.store.transaction():
                    for article, entities, directives in batch:
                        assert article.id is not None
                        report.suggestions += self.store.replace_suggestions(article.id, "entity", entities)
                        report.suggestions += self.store.replace_suggestions(article.id, "directive", directives)
                for article, _entities, _directives in batch:
                    report.articles += 1
                    if progress:
                        progress(report.articles, total, article.title)

    # -- reading -----------------------------------------------------------

    def article(self, article_id: int) -> Article | None:
        return self.store.get_article(article_id)

    def reading(self, article_id: int) -> tuple[Article | None, list[Annotation], str]:
        """An article to read: it, its annotations (every layer) and the current coder's note."""
        return self.store.reading(article_id, self.coder)

    def article_ids(self, flt: ArticleFilter | None = None, sort: str = "published") -> list[int]:
        return self.store.article_ids(flt, sort)

    def search(self, query: str, limit: int = 500) -> list[int]:
        return self.store.search(query, limit)

    def count_articles(self) -> int:
        return self.store.count_articles()

    def article_rows(self, ids: Sequence[int]) -> list[ArticleRow]:
        return self.store.article_rows(ids)

    def annotations(self, article_id: int, kind: str | None = None) -> list[Annotation]:
        return self.store.annotations(article_id, kind)

    def annotation(self, annotation_id: int) -> Annotation | None:
        return self.store.annotation(annotation_id)

    def directive_values(self, attr: str) -> list[str]:
        """The issuers (or topics …) the library's directives have, for the filters."""
        return self.store.directive_values(attr)

    # -- editing -----------------------------------------------------------

    def apply(self, edit: Edit | StatusEdit | CodeEdit | DecisionEdit, forward: bool = True) -> None:
        """Write an edit made by gui/core/editing.py (or an adjudication's), or (forward False) undo it."""
        if isinstance(edit, (Edit, StatusEdit, CodeEdit)):
            corrections.apply(self.store, edit, forward)
            return
        from gui.core.adjudication import apply_edit

        apply_edit(self.store, edit, forward)

    # -- export and Insight --------------------------------------------------

    def export(
        self,
        options: ExportOptions,
        path: Path,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ExportReport:
        from gui.core.export import export_to_file  # imported when used: the command line starts faster

        if options.what in ("directives", "documents"):
            self.refresh_documents()  # their rows name document records
        return export_to_file(self.store, options, path, progress=progress, cancelled=cancelled)

    def insight_view(self, flt: ArticleFilter, options: ViewOptions) -> InsightView:
        from gui.core import insight
        from gui.core.insight.network import network_graph

        view = insight.compute_view(self.store, flt, options)
        view.network = network_graph(self.document_network(flt))
        return view

    def agreement(self, variables: Sequence[str] = (), coders: Sequence[str] = ()) -> AgreementReport:
        """Intercoder agreement per codebook variable (all but text ones unless named) between
        these coders (default: all with codes or annotations), and on their entities and directives
        (the rules: gui/core/agreement_layers.py). No codebook, a variable not in it, a coder
        without codes or fewer than two coders is a PizhuError naming it."""
        from gui.core import agreement
        from gui.core.agreement_layers import Layers

        where = str(self.path)
        chosen = agreement.choose_variables(self.require_codebook(), variables, where)
        names = agreement.check_coders(self.coders(), coders, where)
        rows = self.store.coded_by([v.name for v in chosen], names)
        layers = Layers.of(self.store.coders_annotations(names), names)
        lengths = self.store.article_lengths(layers.compared_articles())
        return agreement.compute_agreement(chosen, rows, names, layers, lengths)

    def coders(self) -> list[str]:
        """The named coders with work in the library (annotations or codes)."""
        return sorted(set(self.store.annotation_coders()) | set(self.store.coders()))

    def insight_article_ids(self, flt: ArticleFilter, selector: Selector) -> list[int]:
        """The articles behind a bar, row, node or edge of an Insight view."""
        from gui.core import insight

        return insight.article_ids_for(self.store, flt, selector)


def _hash(article: Article) -> str:
    """The article's content hash, computed once and kept on it for the store."""
    if not article.content_hash:
        article.content_hash = article.compute_hash()
    return article.content_hash


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
