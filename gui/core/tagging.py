"""Automatic tagging of article bodies: entities first, then the directives that use them.

`Tagger` tags one body in this process. `tag_many` tags a stream of bodies and
yields the results in order; when there is enough text to pay for starting
them, it spreads the work over worker processes (one per core), since tagging
is pure-Python CPU work that threads cannot share.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.context
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gui.core import lifeline
from gui.core.model import Annotation
from gui.core.nlp.topics import Topic

if TYPE_CHECKING:  # the tagging workers need no store
    from gui.core.store.rows import LexiconRow

log = logging.getLogger("pizhu.tagging")

# Below this much text, starting worker processes (each loads jieba) costs more than it saves.
POOL_MIN_CHARS = 300_000
# Bodies go to a worker in chunks of about this much text (fewer, larger messages), and this
# many chunks per worker are kept in flight, so the workers stay busy while the importing
# process parses files and writes a batch to the library (a few hundred milliseconds).
_CHUNK_CHARS = 20_000
_CHUNK_BODIES = 64
_CHUNKS_PER_WORKER = 16
# While the workers start (the fork server loading jieba: some 2 s), up to this many chunks are
# read and kept (8 million characters), so the importing process reads on meanwhile.
_CHUNKS_WHILE_STARTING = 400

# An annotation crosses the process boundary as a plain tuple: pickling a tuple costs a
# fraction of pickling a dataclass instance, on both sides.
_Packed = tuple[str, str, int, int, str, dict[str, Any], str, str]
# What a body is tagged from: the body, or (body, title), or (body, title, headline) when its
# search text is asked for too (the headline: pre-title, title and subtitles, as the store indexes).
Item = str | tuple[str, str] | tuple[str, str, str]
# A store's search text of (headline, body) (LibraryStore.search_text): a module-level function,
# so that it reaches a worker by name.
Indexer = Callable[[str, str], object]
_Tagged = tuple[list[_Packed], list[_Packed], object]


@dataclass(frozen=True, slots=True)
class TaggerConfig:
    """What a tagger needs from the library: the user's lexicon and the topic list."""

    user_terms: tuple[tuple[str, str, str], ...] = ()
    topics: tuple[Topic, ...] | None = None


class Tagger:
    def __init__(self, config: TaggerConfig = TaggerConfig()) -> None:  # noqa: B008 - immutable default
        from gui.core.nlp.directives import DirectiveDetector
        from gui.core.nlp.entities import EntityTagger

        self.config = config
        self.entities = EntityTagger(config.user_terms)
        self.directives = DirectiveDetector(list(config.topics) if config.topics is not None else None)

    def tag(self, body: str, title: str = "") -> tuple[list[Annotation], list[Annotation]]:
        """Entities and directives of one body; the title tells a document's provisions their issuer."""
        entities = self.entities.tag(body)
        return entities, self.directives.detect(body, entities, title)


_worker_tagger: Tagger | None = None


def _init_worker(config: TaggerConfig) -> None:
    global _worker_tagger
    # A worker outlives a killed importer otherwise (see gui.core.lifeline). Its parent is the
    # fork server where there is one (which itself ends with the importer), else the importer.
    server = sys.modules.get("gui.core.tagging_preload")
    lifeline.exit_with_parent(getattr(server, "SERVER_PID", None))
    _worker_tagger = Tagger(config)


def _pack(annotations: list[Annotation]) -> list[_Packed]:
    return [(a.kind, a.label, a.start, a.end, a.text, a.attrs, a.origin, a.status) for a in annotations]


def _unpack(packed: list[_Packed]) -> list[Annotation]:
    return [Annotation(*fields) for fields in packed]


def _tag_chunk_in_worker(items: list[Item], index: Indexer | None) -> list[_Tagged]:
    assert _worker_tagger is not None
    out: list[_Tagged] = []
    for item in items:
        body, title = _text(item)
        entities, directives = _worker_tagger.tag(body, title)
        # The search text too, here rather than in the importing process, which is the import's bottleneck.
        search = index(item[2], body) if index is not None and isinstance(item, tuple) and len(item) == 3 else None
        out.append((_pack(entities), _pack(directives), search))
    return out


def _started() -> None:
    """A task that only makes the pool start a worker."""


def _pool_context() -> tuple[multiprocessing.context.BaseContext, bool]:
    """How to start workers, and whether it is through the fork server.

    Never fork: the caller may be a GUI process with threads running. Where there is a
    fork server (Linux, macOS; not in a frozen app), its process loads jieba and the
    lexicons once (gui.core.tagging_preload) and every worker is forked from it ready
    to tag, instead of each spending a second and a half on the same loading.

    The fork server and the workers end with their parent (gui.core.lifeline); on Linux
    that is the parent *thread*, the one that first submits work. It outlives them: the
    session is closed, and the server stopped, on that same thread (a CLI command's main
    thread, the window's task thread).
    """
    if "forkserver" in multiprocessing.get_all_start_methods() and not getattr(sys, "frozen", False):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["gui.core.tagging_preload"])
        return context, True
    return multiprocessing.get_context("spawn"), False


def _stop_forkserver() -> None:
    from multiprocessing import forkserver

    try:
        # No public way to end it before this process ends; the stubs leave the private method out.
        forkserver._forkserver._stop()  # type: ignore[attr-defined]  # private, see above
    except (AttributeError, OSError, ChildProcessError):
        log.debug("fork server left running", exc_info=True)


def worker_count() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def _text(item: Item) -> tuple[str, str]:
    """A body, or a (body, title[, headline]) tuple, as (body, title)."""
    return (item, "") if isinstance(item, str) else (item[0], item[1])


class TaggingSession:
    """Tags bodies for one import or re-tag run; call `close` (or use `with`) at the end.

    Small runs tag in this process; big ones (expected_chars, at least POOL_MIN_CHARS) in a
    process pool that starts with the session, so that its workers load while the caller
    finds and reads its files.
    """

    def __init__(self, config: TaggerConfig, expected_chars: int = 0) -> None:
        self.config = config
        self._local: Tagger | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._forkserver = False
        # Set once the pool's workers exist: until then bodies wait here rather than in submit.
        self._ready = threading.Event()
        self._warmup: threading.Thread | None = None
        if expected_chars >= POOL_MIN_CHARS and worker_count() > 1:
            self._start_pool()

    def _start_pool(self) -> None:
        context, self._forkserver = _pool_context()
        self._pool = ProcessPoolExecutor(worker_count(), context, initializer=_init_worker, initargs=(self.config,))
        log.info("tagging with %d worker processes (%s)", worker_count(), context.get_start_method())
        if not self._forkserver:
            self._ready.set()  # workers start at the first submit, on the caller's thread (see _pool_context)
            return
        from multiprocessing import forkserver

        # The server starts on this thread, which it ends with (gui.core.lifeline), and preloads the
        # tagger (some 2 s) while this thread goes on; a worker's start waits for that preload, so
        # the workers are started on another thread (they are the server's children, not its).
        forkserver.ensure_running()
        self._warmup = threading.Thread(target=self._start_workers, name="pizhu-tagging-start", daemon=True)
        self._warmup.start()

    def _start_workers(self) -> None:
        try:
            assert self._pool is not None
            for _ in range(worker_count()):  # each submit starts one more worker while none is idle
                self._pool.submit(_started)
        except Exception:  # noqa: BLE001 - the first real submit then reports what is wrong
            log.warning("starting the tagging workers failed", exc_info=True)
        finally:
            self._ready.set()

    @property
    def parallel(self) -> bool:
        """Whether bodies are tagged by worker processes (which take them well ahead of their results)."""
        return self._pool is not None

    def tag(self, body: str, title: str = "") -> tuple[list[Annotation], list[Annotation]]:
        if self._local is None:
            self._local = Tagger(self.config)
        return self._local.tag(body, title)

    def tag_many(self, bodies: Iterable[str | tuple[str, str]]) -> Iterator[tuple[list[Annotation], list[Annotation]]]:
        """Results for each body (or (body, title) pair), in order. Consumes `bodies` lazily, a bounded window ahead."""
        for entities, directives, _search in self.tag_and_index(bodies, None):
            yield entities, directives

    def tag_and_index(
        self, items: Iterable[Item], index: Indexer | None
    ) -> Iterator[tuple[list[Annotation], list[Annotation], object]]:
        """As tag_many, and each (body, title, headline) item's search text by `index` when the
        workers tag it (else None: the store computes it itself, as for a small import)."""
        if self._pool is None:
            for item in items:
                yield (*self.tag(*_text(item)), None)
            return
        pool = self._pool
        window: deque[Future[list[_Tagged]]] = deque()
        waiting: deque[list[Item]] = deque()  # chunks read while the workers are still starting
        limit = worker_count() * _CHUNKS_PER_WORKER

        def submit(chunk: list[Item], last: bool = False) -> None:
            if chunk:
                waiting.append(chunk)
            if last or len(waiting) >= _CHUNKS_WHILE_STARTING:
                self._ready.wait()
            if self._ready.is_set():
                while waiting:
                    window.append(pool.submit(_tag_chunk_in_worker, waiting.popleft(), index))

        chunk: list[Item] = []
        size = 0
        for item in items:
            chunk.append(item)
            size += len(_text(item)[0])
            if size < _CHUNK_CHARS and len(chunk) < _CHUNK_BODIES:
                continue
            submit(chunk)
            chunk, size = [], 0
            while len(window) >= limit or (window and window[0].done()):
                yield from _results(window.popleft())
        submit(chunk, last=True)  # and any still waiting
        while window:
            yield from _results(window.popleft())

    def close(self) -> None:
        if self._warmup is not None:
            self._warmup.join()
            self._warmup = None
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        if self._forkserver:
            _stop_forkserver()  # it holds jieba's dictionary: give the memory back
            self._forkserver = False

    def __enter__(self) -> TaggingSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _results(future: Future[list[_Tagged]]) -> Iterator[tuple[list[Annotation], list[Annotation], object]]:
    for entities, directives, search in future.result():
        yield _unpack(entities), _unpack(directives), search


def tag_body(body: str, config: TaggerConfig = TaggerConfig()) -> tuple[list[Annotation], list[Annotation]]:  # noqa: B008
    """One-off tagging (analyze, tests)."""
    return Tagger(config).tag(body)


def user_terms_from(rows: Sequence[LexiconRow]) -> tuple[tuple[str, str, str], ...]:
    """The store's lexicon rows as the tagger's (term, label, action)."""
    return tuple((row.term, row.label, row.action) for row in rows)
