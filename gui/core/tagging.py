"""Automatic tagging of article bodies: entities first, then the directives that use them.

`Tagger` tags one body in this process. `tag_many` tags a stream of bodies and
yields the results in order; when there is enough text to pay for starting
them, it spreads the work over worker processes (one per core), since tagging
is pure-Python CPU work that threads cannot share.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from gui.core.model import Annotation
from gui.core.nlp.topics import Topic

log = logging.getLogger("pizhu.tagging")

# Below this much text, starting worker processes (each loads jieba) costs more than it saves.
POOL_MIN_CHARS = 300_000
_WINDOW_PER_WORKER = 16


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

    def tag(self, body: str) -> tuple[list[Annotation], list[Annotation]]:
        entities = self.entities.tag(body)
        return entities, self.directives.detect(body, entities)


_worker_tagger: Tagger | None = None


def _init_worker(config: TaggerConfig) -> None:
    global _worker_tagger
    _worker_tagger = Tagger(config)


def _tag_in_worker(body: str) -> tuple[list[Annotation], list[Annotation]]:
    assert _worker_tagger is not None
    return _worker_tagger.tag(body)


def worker_count() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


class TaggingSession:
    """Tags bodies for one import or re-tag run; call `close` (or use `with`) at the end.

    Small runs tag in this process; big ones start a process pool lazily, the
    first time more than POOL_MIN_CHARS are waiting.
    """

    def __init__(self, config: TaggerConfig, expected_chars: int = 0) -> None:
        self.config = config
        self._local: Tagger | None = None
        self._pool: ProcessPoolExecutor | None = None
        if expected_chars >= POOL_MIN_CHARS and worker_count() > 1:
            self._start_pool()

    def _start_pool(self) -> None:
        # spawn, not fork: the caller may be a GUI process with threads running.
        context = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(worker_count(), context, initializer=_init_worker, initargs=(self.config,))
        log.info("tagging with %d worker processes", worker_count())

    def tag(self, body: str) -> tuple[list[Annotation], list[Annotation]]:
        if self._local is None:
            self._local = Tagger(self.config)
        return self._local.tag(body)

    def tag_many(self, bodies: Iterable[str]) -> Iterator[tuple[list[Annotation], list[Annotation]]]:
        """Results for each body, in order. Consumes `bodies` lazily, a bounded window ahead."""
        if self._pool is None:
            for body in bodies:
                yield self.tag(body)
            return
        window: deque[Future[tuple[list[Annotation], list[Annotation]]]] = deque()
        limit = worker_count() * _WINDOW_PER_WORKER
        for body in bodies:
            window.append(self._pool.submit(_tag_in_worker, body))
            if len(window) >= limit:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> TaggingSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def tag_body(body: str, config: TaggerConfig = TaggerConfig()) -> tuple[list[Annotation], list[Annotation]]:  # noqa: B008
    """One-off tagging (analyze, tests)."""
    return Tagger(config).tag(body)


def user_terms_from(rows: Sequence[tuple[str, str, str, str]]) -> tuple[tuple[str, str, str], ...]:
    """The store's lexicon rows (term, label, source, action) as the tagger's (term, label, action)."""
    return tuple((term, label, action) for term, label, _source, action in rows)
