"""`PgStore`: a library in a PostgreSQL database, the second implementation of `LibraryStore`.

It is the SQLite store's query mixins over `PgConnection` (which speaks their calling
conventions, gui/core/store/pg/adapter.py) with PostgreSQL's forms where the SQL is not
portable: an article's search document, the list's id arrays, Insight's scope (PostgreSQL
plans `IN (subquery)` well, so no temporary table), and the few queries that use SQLite's
JSON functions or its lax grammar. Counts and facts follow by the triggers of migration v01.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Self

import psycopg

from gui.core.model import Annotation, Article, ArticleFilter, now_iso
from gui.core.store.annotations import ANNOTATION_COLUMNS, AnnotationQueries, annotation_values, insert_annotations
from gui.core.store.articles import INSERTED_COLUMNS, INSERTED_PLACES, ArticleQueries, article_from_row, article_values
from gui.core.store.copying import COPIED
from gui.core.store.filters import where
from gui.core.store.pg.adapter import library_error, translate
from gui.core.store.pg.connection import PgConnection
from gui.core.store.pg.dialect import search_document, tsvector_text
from gui.core.store.queries import SharedQueries

_ARTICLE_INSERT = (
    f"INSERT INTO articles ({INSERTED_COLUMNS}) SELECT {INSERTED_PLACES}"
    # Not even a number drawn for an article already there: ids run on as SQLite's do.
    " WHERE NOT EXISTS (SELECT 1 FROM articles WHERE content_hash = ?)"
    " ON CONFLICT (content_hash) DO NOTHING RETURNING id"
)


# Every column but the id, which COPY leaves to the column's default (migration v05).
_COPIED_ANNOTATION_COLUMNS = ANNOTATION_COLUMNS.removeprefix("id, ")
_ANNOTATION_INSERT = (
    f"INSERT INTO annotations ({_COPIED_ANNOTATION_COLUMNS})"
    f" VALUES ({', '.join(['%s'] * len(_COPIED_ANNOTATION_COLUMNS.split(',')))})"
)


def _article_values(article: Article, stamp: str) -> tuple[Any, ...]:
    """_ARTICLE_INSERT's parameters (the article's content hash is set, if it had none)."""
    article.content_hash = article.content_hash or article.compute_hash()
    return (*article_values(article, article.content_hash, stamp), article.content_hash)


log = logging.getLogger("pizhu.store")

_SNAPSHOT = "pg_current_snapshot()::text"
_WHOLE_LIST = "SELECT id FROM articles ORDER BY "  # ArticleQueries.article_ids' list query without a filter


class PgQueries(PgConnection):
    """PostgreSQL's own forms of the queries that are not portable."""

    _ordered_cache: tuple[tuple[Any, ...], list[int]] | None = None  # as ArticleQueries'
    # Articles as counted by the last ANALYZE, and added since (see _keep_statistics).
    _analyzed_articles: float | None = None
    _added_since_analyze = 0
    _annotations_copy: bool | None = None  # see _copy_annotations

    @staticmethod
    def search_text(headline: str, body: str) -> object:
        """The tsvector literal article_search holds (ArticleQueries.search_text's form here)."""
        return tsvector_text(headline, body)

    def _insert_article(self, article: Article, annotations: Iterable[Annotation], stamp: str) -> int | None:
        row = self._conn.execute(_ARTICLE_INSERT, _article_values(article, stamp)).fetchone()
        if row is None:
            return None
        article_id = int(row[0])
        self._conn.execute(
            "INSERT INTO article_search (id, doc) VALUES (?, ?::tsvector)", (article_id, search_document(article))
        )
        insert_annotations(self._conn, article_id, annotations, stamp)  # type: ignore[arg-type]
        article.id = article_id
        return article_id

    def add_article(self, article: Article, annotations: Iterable[Annotation] = ()) -> int | None:
        """Insert an article with its annotations in one transaction; None if already present."""
        with self.transaction():
            return self._insert_article(article, annotations, now_iso())

    def add_articles_bulk(
        self, items: Iterable[tuple[Article, Sequence[Annotation]]], search: Sequence[object] = ()
    ) -> list[int | None]:
        """Many articles in one transaction (the caller's, if open), as `add_article` writes them:
        the articles' inserts sent in one pipeline, their search documents (`search`'s where
        given, as ArticleQueries.add_articles_bulk's) and every annotation of the batch by COPY,
        so the count triggers (migration v05) run once for the batch."""
        stamp = now_iso()
        batch = list(items)
        if not batch:
            return []
        raw = self._conn.raw
        with self.transaction():
            try:
                with raw.cursor() as cursor:
                    cursor.executemany(
                        translate(_ARTICLE_INSERT), [_article_values(a, stamp) for a, _ in batch], returning=True
                    )
                    ids: list[int | None] = []
                    while True:
                        row = cursor.fetchone()
                        ids.append(None if row is None else int(row[0]))
                        if not cursor.nextset():
                            break
                    added = [(i, a, n) for i, (a, n) in zip(ids, batch, strict=True) if i is not None]
                    self._keep_statistics(len(added))  # before the copies check their keys
                    with cursor.copy("COPY article_search (id, doc) FROM STDIN") as copy:
                        for at, (new_id, (article, _)) in enumerate(zip(ids, batch, strict=True)):
                            if new_id is not None:
                                given = search[at] if at < len(search) else None
                                copy.write_row((new_id, search_document(article) if given is None else given))
                    rows = (
                        (new_id, *annotation_values(a, a.updated_at or stamp))
                        for new_id, _, annotations in added
                        for a in annotations
                    )
                    if self._copy_annotations():
                        with cursor.copy(f"COPY annotations ({_COPIED_ANNOTATION_COLUMNS}) FROM STDIN") as copy:
                            for row in rows:
                                copy.write_row(row)
                    else:
                        cursor.executemany(_ANNOTATION_INSERT, list(rows))
            except psycopg.Error as exc:
                raise library_error(exc, str(self.path)) from None
        for new_id, article, _ in added:
            article.id = new_id
        return ids

    def _copy_annotations(self) -> bool:
        """Whether COPY may write annotations: PostgreSQL refuses COPY FROM into a table whose
        row-level security applies to the session (a team's lead importing, server init's
        policies); such a session inserts them, as many rows a statement as COPY would."""
        if self._annotations_copy is None:
            row = self._conn.raw.execute("SELECT row_security_active('annotations')").fetchone()
            self._annotations_copy = not (row is not None and row[0])
        return self._annotations_copy

    def _keep_statistics(self, added: int) -> None:
        """ANALYZE the articles whenever a bulk write has doubled them since the last count.

        Every annotation's foreign key is checked by a query planned once per connection; planned
        while the table was empty or small (a new library's first import), it scans the whole
        table, and an import into an empty library grew quadratically (80 s for 9,000 articles,
        against 21 s into a library of 100,000). ANALYZE, which counts the transaction's own new
        rows, makes the server plan it again. autovacuum would too, but only after its minute's
        sleep and never for rows not yet committed."""
        if self._analyzed_articles is None:
            row = self._conn.execute("SELECT reltuples FROM pg_class WHERE oid = 'articles'::regclass").fetchone()
            self._analyzed_articles = float(row[0]) if row is not None else 0.0
        self._added_since_analyze += added
        if self._added_since_analyze <= max(50.0, self._analyzed_articles):
            return
        try:
            # Only the id's statistics are asked for; the row count and size come with any ANALYZE.
            with self._conn.raw.transaction():  # a savepoint within the caller's transaction
                self._conn.raw.execute("ANALYZE articles (id)")
        except psycopg.Error as exc:  # only the plans suffer; the articles are written
            log.warning("ANALYZE of %s failed: %s", self.path, exc)
        self._analyzed_articles = max(0.0, self._analyzed_articles) + self._added_since_analyze
        self._added_since_analyze = 0

    def delete_article(self, article_id: int) -> None:
        self._write("DELETE FROM articles WHERE id = ?", (article_id,))

    def _id_list(self, sql: str, params: Sequence[Any] = ()) -> list[int]:
        """The query's ids, in its order, as one array value: psycopg reads the 93,000 ids of a
        common bigram in 140 ms as rows, in 40 ms as an array (100,000-article benchmark)."""
        row = self._conn.execute(f"SELECT ARRAY({sql})", params).fetchone()
        return row[0] if row is not None else []

    def _ordered_ids(self, sql: str, params: list[Any]) -> list[int]:
        """The list query's ids, remembered while the server's snapshot (which transactions have
        committed) is the one they were read in: one statement reads the snapshot and the ids,
        so the two agree, and a repeat costs one round trip for the snapshot alone (unlike the
        change notifications, the snapshot moves the moment another coder commits)."""
        if self._conn.in_transaction:  # this transaction's own writes move no snapshot
            return self._id_list(sql, params)
        cached = self._ordered_cache
        if cached is not None and cached[0][:2] == (sql, tuple(params)) and self._snapshot() == cached[0][2]:
            return cached[1]
        snapshot, ids = self._conn.execute(f"SELECT {_SNAPSHOT}, ARRAY({sql})", params).fetchone()
        self._ordered_cache = ((sql, tuple(params), snapshot), ids)
        return ids

    def _snapshot(self) -> str:
        return str(self._conn.execute(f"SELECT {_SNAPSHOT}").fetchone()[0])

    def count_articles(self) -> int:
        """The number of the whole list's ids when they are remembered in the current snapshot
        (the window counts after every search and filter; count(*) reads an index of them all)."""
        cached = self._ordered_cache
        if (
            cached is not None
            and not self._conn.in_transaction
            and cached[0][0].startswith(_WHOLE_LIST)
            and self._snapshot() == cached[0][2]
        ):
            return len(cached[1])
        return ArticleQueries.count_articles(self)  # type: ignore[arg-type]

    def directive_values(self, attr: str) -> list[str]:
        if attr != "addressee":
            return AnnotationQueries.directive_values(self, attr)  # type: ignore[arg-type]
        return [
            r[0]
            for r in self._conn.execute(
                "SELECT DISTINCT attrs::jsonb ->> 'addressee' COLLATE \"C\" AS v FROM annotations"
                " WHERE kind = 'directive' AND status != 'rejected' AND attrs::jsonb ->> 'addressee' != ''"
                " ORDER BY v"
            )
        ]

    def directive_issuer_lists(self, flt: ArticleFilter) -> list[tuple[list[str], int, int]]:
        clause, params = where(flt, self._dialect)
        rows = self._conn.execute(
            "SELECT (n.attrs::jsonb -> 'issuers')::text AS bodies, n.article_id, count(*) FROM annotations n"
            " WHERE n.kind = 'directive' AND n.status != 'rejected' AND n.coder = ''"
            " AND jsonb_typeof(n.attrs::jsonb -> 'issuers') = 'array'"
            " AND jsonb_array_length(n.attrs::jsonb -> 'issuers') > 1"
            f" AND n.article_id IN (SELECT id FROM articles{clause})"
            " GROUP BY bodies, n.article_id ORDER BY n.article_id",
            params,
        )
        return [(json.loads(r[0]), r[1], r[2]) for r in rows]

    def paste_rows(self, table: str, rows: Sequence[tuple[Any, ...]]) -> None:
        """Write rows read by `copy_rows` by COPY: the triggers of migration v05 run once for
        each batch, not once a row as for an INSERT each."""
        with self.transaction():
            try:
                with self._conn.raw.cursor() as cursor:
                    with cursor.copy(f"COPY {table} ({COPIED[table]}) FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)
                    if table == "articles":
                        with cursor.copy("COPY article_search (id, doc) FROM STDIN") as copy:
                            for row in rows:
                                copy.write_row((row[0], search_document(article_from_row(row))))
            except psycopg.Error as exc:
                raise library_error(exc, str(self.path)) from None

    def copy_finished(self) -> None:
        """Ids drawn next follow the largest copied (the copy wrote its ids itself); the tables
        are vacuumed and analysed once the copy commits."""
        self._vacuum_due = True
        for table, sequence in (
            ("articles", "pg_get_serial_sequence('articles', 'id')"),
            ("codes", "pg_get_serial_sequence('codes', 'id')"),
            ("documents", "pg_get_serial_sequence('documents', 'id')"),
            ("annotations", "'annotations_id_seq'"),
        ):
            self._conn.execute(f"SELECT setval({sequence}, coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")

    @contextmanager
    def insight_scope(self, flt: ArticleFilter) -> Iterator[None]:
        yield

    def _insight_scope(
        self, flt: ArticleFilter, glue: str = " AND ", by_article: bool = False
    ) -> tuple[str, list[Any]]:
        clause, params = where(flt, self._dialect)
        return (f"{glue}article_id IN (SELECT id FROM articles{clause})", params) if clause else ("", [])

    def insight_issuer_articles(self, flt: ArticleFilter, issuers: Sequence[str]) -> int:
        scope, params = self._insight_scope(flt)
        row = self._conn.execute(
            "SELECT count(DISTINCT article_id) FROM directive_values"
            f" WHERE attr = 'issuer' AND value IN ({','.join('?' * len(issuers))}){scope}",
            [*issuers, *params],
        ).fetchone()
        return int(row[0])


class PgStore(PgQueries, SharedQueries):  # type: ignore[misc]  # PgConnection's _conn and path stand in for the file's
    """An open server library. One per thread."""

    def open_reader(self) -> Self:
        """Another, read-only connection to the same library, for reading in a second thread."""
        return type(self)(self._url, read_only=True, create=False)
