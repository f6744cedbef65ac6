"""Articles: adding (one by one or in bulk), reading, deleting, and the article list's ids and
rows under a filter and sort order. The full-text index (FTS5 over character bigrams, see
gui/core/searchtext.py) is written here beside each article."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from typing import Any, cast

from gui.core.model import Annotation, Article, ArticleFilter, ArticleRow, now_iso
from gui.core.searchtext import index_text
from gui.core.store.annotations import (
    ANNOTATION_COLUMNS,
    annotation_from_row,
    annotation_values,
    insert_annotation_rows,
    insert_annotations,
)
from gui.core.store.bulk import BULK_FACTS
from gui.core.store.connection import Connection
from gui.core.store.errors import library_error
from gui.core.store.filters import filter_terms

ARTICLE_COLUMNS = (
    "id, source, published, pre_title, title, subtitles, byline, dateline, body, status, "
    "content_hash, imported_at, updated_at, kind, doc_number, issuer, url, source_path, source_hash, page_from, page_to"
)
# A list row's share of the body: its opening words (after a dateline or a list number) and,
# for an article without a title, its first line.
ROW_HEAD_CHARS = 200
# The columns of a document's own metadata and origin (migration v13), in ARTICLE_COLUMNS' order.
_ORIGIN_FIELDS = ("doc_number", "issuer", "url", "source_path", "source_hash", "page_from", "page_to")


# What an insert names: every column of ARTICLE_COLUMNS but the id (the database numbers it).
INSERTED_COLUMNS = ARTICLE_COLUMNS.removeprefix("id, ")
INSERTED_PLACES = ", ".join("?" * len(INSERTED_COLUMNS.split(", ")))


def article_values(article: Article, content_hash: str, stamp: str) -> tuple[Any, ...]:
    """The article's values in INSERTED_COLUMNS' order, for both backends' inserts (one list, so a
    new column cannot reach one backend and not the other)."""
    return (
        article.source,
        article.published,
        article.pre_title,
        article.title,
        json.dumps(article.subtitles, ensure_ascii=False),
        article.byline,
        article.dateline,
        article.body,
        article.status,
        content_hash,
        article.imported_at or stamp,
        article.updated_at or stamp,
        article.kind,
        *(getattr(article, name) for name in _ORIGIN_FIELDS),
    )


# A bulk insert's article row: INSERTED_COLUMNS and the counts; where its content hash is.
_COUNTED_COLUMNS = f"{INSERTED_COLUMNS}, n_entities, n_directives, n_directives_accepted"
_HASH_AT = INSERTED_COLUMNS.split(", ").index("content_hash")
_ROWS_PER_ARTICLE_INSERT = 64  # a power of two, as annotations' (few compiled statements to reuse)


def _counted_values(article: Article, annotations: Sequence[Annotation], stamp: str) -> tuple[Any, ...]:
    """The article's row with the counts its annotations make (the count triggers stand aside)."""
    n_entities = n_directives = n_accepted = 0
    for a in annotations:
        if a.status != "rejected":
            if a.kind == "entity":
                n_entities += 1
            elif a.kind == "directive":
                n_directives += 1
                n_accepted += a.status == "accepted"
    content_hash = article.content_hash or article.compute_hash()
    return (*article_values(article, content_hash, stamp), n_entities, n_directives, n_accepted)


@lru_cache(maxsize=8)
def _multi_row_article_insert(rows: int) -> str:
    places = "(" + ", ".join("?" * len(_COUNTED_COLUMNS.split(", "))) + ")"
    return (
        f"INSERT INTO articles ({_COUNTED_COLUMNS}) VALUES {', '.join([places] * rows)}"
        " ON CONFLICT (content_hash) DO NOTHING RETURNING id, content_hash"
    )


def _chunks(total: int, variable_limit: int) -> Iterator[tuple[int, int]]:
    """(start, size) of multi-row statements over `total` rows: sizes a power of two, within the
    connection's limit of parameters."""
    size = _ROWS_PER_ARTICLE_INSERT
    while size > 1 and size * len(_COUNTED_COLUMNS.split(", ")) > variable_limit:
        size //= 2
    at = 0
    while at < total:
        while size > total - at:
            size //= 2
        yield at, size
        at += size


def headline_text(article: Article) -> str:
    """What the search indexes of an article besides its body: pre-title, title and subtitles."""
    return " ".join([article.pre_title, article.title, *article.subtitles])


def search_text(headline: str, body: str) -> tuple[str, str]:
    """An article's search text as article_search's (title, body): bigrams. Module-level, so that
    an import's tagging workers compute it beside the tags (`add_articles_bulk`'s `search`)."""
    return index_text(headline), index_text(body)


def _search_row(article_id: int, article: Article) -> tuple[int, str, str]:
    """The article's row of article_search: its headline and body as bigrams."""
    return (article_id, *search_text(headline_text(article), article.body))


def article_from_row(row: sqlite3.Row | tuple[Any, ...]) -> Article:
    """An article from its ARTICLE_COLUMNS."""
    return Article(
        id=row[0],
        source=row[1],
        published=row[2],
        pre_title=row[3],
        title=row[4],
        subtitles=json.loads(row[5]),
        byline=row[6],
        dateline=row[7],
        body=row[8],
        status=row[9],
        content_hash=row[10],
        imported_at=row[11],
        updated_at=row[12],
        kind=row[13],
        **dict(zip(_ORIGIN_FIELDS, row[14:21], strict=True)),
    )


class ArticleQueries(Connection):
    """The article operations of a Store."""

    # The list query's ids in order, with the state of the library they were read in.
    _ordered_cache: tuple[tuple[Any, ...], list[int]] | None = None  # the last list query, until the library changes

    @staticmethod
    def search_text(headline: str, body: str) -> object:
        """The store's search text of (headline, body), for add_articles_bulk's `search`."""
        return search_text(headline, body)

    def has_article(self, content_hash: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return row is not None

    def existing_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes the library has: an import's duplicate check, asked a
        file (or a batch) at a time rather than an article at a time."""
        wanted = list(dict.fromkeys(hashes))
        found: set[str] = set()
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            rows = self._conn.execute(
                f"SELECT content_hash FROM articles WHERE content_hash IN ({','.join('?' * len(chunk))})", chunk
            )
            found.update(row[0] for row in rows)
        return found

    def add_article(self, article: Article, annotations: Iterable[Annotation] = ()) -> int | None:
        """Insert an article with its annotations in one transaction; None if already present."""
        content_hash = article.content_hash or article.compute_hash()
        stamp = now_iso()
        try:
            with self.transaction():
                cursor = self._conn.execute(
                    f"INSERT INTO articles ({INSERTED_COLUMNS}) VALUES ({INSERTED_PLACES})"
                    " ON CONFLICT (content_hash) DO NOTHING",
                    article_values(article, content_hash, stamp),
                )
                if cursor.rowcount == 0:
                    return None
                article_id = cursor.lastrowid
                assert article_id is not None
                self._conn.execute(
                    "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)", _search_row(article_id, article)
                )
                insert_annotations(self._conn, article_id, annotations, stamp)
        except sqlite3.Error as exc:
            raise library_error(exc, self.path) from None
        article.id = article_id
        article.content_hash = content_hash
        return article_id

    def add_articles_bulk(
        self, items: Iterable[tuple[Article, Sequence[Annotation]]], search: Sequence[object] = ()
    ) -> list[int | None]:
        """Insert many articles with their annotations in one transaction (the caller's, if open).

        The same rows as `add_article`, written with one statement per table for the
        whole batch: for big imports and generated libraries. An article already in
        the library (same content hash) is skipped, and its id in the result is None.
        `search` holds the items' search texts by `search_text`, where computed already
        (None, or past its end: computed here).
        """
        stamp = now_iso()
        batch = list(items)
        ids: list[int | None] = []
        search_rows: list[tuple[int, str, str]] = []
        annotation_rows: list[tuple[Any, ...]] = []
        rows = [_counted_values(article, annotations, stamp) for article, annotations in batch]
        try:
            with self.transaction():
                # The count and fact triggers stand aside (migrations v07, v09): each article arrives
                # with its counts, and the batch's facts are written after its annotations.
                self._conn.execute("INSERT INTO bulk_insert (active) VALUES (1)")
                # Many rows a statement: with a trigger on the table, each statement opens a statement
                # journal, which cost more than the row (as for annotations, insert_annotation_rows).
                for at, size in _chunks(len(rows), self._conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)):
                    cursor = self._conn.execute(
                        _multi_row_article_insert(size), [value for row in rows[at : at + size] for value in row]
                    )
                    # RETURNING names no order: the new ids by hash (an article twice in the batch is new once).
                    added = {content_hash: new_id for new_id, content_hash in cursor.fetchall()}
                    ids.extend(added.pop(row[_HASH_AT], None) for row in rows[at : at + size])
                for at, ((article, annotations), article_id) in enumerate(zip(batch, ids, strict=True)):
                    if article_id is None:
                        continue
                    article.id, article.content_hash = article_id, rows[at][_HASH_AT]
                    given = search[at] if at < len(search) else None
                    if given is None:
                        search_rows.append(_search_row(article_id, article))
                    else:
                        search_rows.append((article_id, *cast(tuple[str, str], given)))
                    annotation_rows.extend(
                        (article_id, *annotation_values(a, a.updated_at or stamp)) for a in annotations
                    )
                self._conn.executemany("INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)", search_rows)
                insert_annotation_rows(self._conn, annotation_rows)
                if annotation_rows:
                    # The fact triggers stood aside too (migration v09): the batch's facts in one go.
                    new_ids = json.dumps([i for i in ids if i is not None])
                    for statement in BULK_FACTS:
                        self._conn.execute(statement, (new_ids,))
                self._conn.execute("DELETE FROM bulk_insert")
        except sqlite3.Error as exc:
            raise library_error(exc, self.path) from None
        return ids

    def delete_article(self, article_id: int) -> None:
        article = self.get_article(article_id)
        if article is None:
            return
        with self.transaction():
            # A contentless FTS5 table forgets a row only when told the text it indexed.
            self._conn.execute(
                "INSERT INTO article_search (article_search, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                _search_row(article_id, article),
            )
            self._conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def get_article(self, article_id: int) -> Article | None:
        row = self._conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        return article_from_row(row) if row else None

    def reading(self, article_id: int, coder: str = "") -> tuple[Article | None, list[Annotation], str]:
        """What the reader shows of an article: the article, its annotations (as `annotations`) and
        the coder's note (as `note`), asked together: a server answers the three in one round trip."""
        # A server connection sends statements written in a pipeline at once; a file has no trip to save.
        pipeline: Any = getattr(self._conn, "pipeline", None)
        together: AbstractContextManager[Any] = pipeline() if pipeline is not None else nullcontext()
        with together:
            article = self._conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,))
            annotations = self._conn.execute(
                f'SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE article_id = ? ORDER BY start, "end", id',
                (article_id,),
            )
            note = self._conn.execute("SELECT text FROM notes WHERE article_id = ? AND coder = ?", (article_id, coder))
        row = article.fetchone()
        if row is None:
            return None, [], ""
        text = note.fetchone()
        return article_from_row(row), [annotation_from_row(r) for r in annotations.fetchall()], text[0] if text else ""

    def iter_articles(self, ids: Sequence[int] | None = None, batch: int = 500) -> Iterator[Article]:
        """Articles in id order, fetched in batches so a big library is never all in memory."""
        if ids is not None:
            for i in range(0, len(ids), batch):
                chunk = list(ids[i : i + batch])
                marks = ",".join("?" * len(chunk))
                rows = self._conn.execute(
                    f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id IN ({marks}) ORDER BY id", chunk
                ).fetchall()
                yield from map(article_from_row, rows)
            return
        last = 0
        while True:
            rows = self._conn.execute(
                f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
            ).fetchall()
            if not rows:
                return
            yield from map(article_from_row, rows)
            last = rows[-1][0]

    def body_chars(self, ids: Sequence[int] | None = None) -> int:
        """Total body length, to size a tagging run."""
        if ids is None:
            return self._conn.execute("SELECT coalesce(sum(length(body)), 0) FROM articles").fetchone()[0]
        total = 0
        for i in range(0, len(ids), 500):
            chunk = list(ids[i : i + 500])
            total += self._conn.execute(
                f"SELECT coalesce(sum(length(body)), 0) FROM articles WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchone()[0]
        return total

    def count_articles(self) -> int:
        return self._conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def _id_list(self, sql: str, params: Sequence[Any] = ()) -> list[int]:
        """The first column of a query's rows, in order, as one JSON array from SQLite
        (for 100,000 rows, half the time of fetching them one by one)."""
        found = self._conn.execute(f"WITH q(v) AS ({sql}) SELECT json_group_array(v) FROM q", params).fetchone()[0]
        return json.loads(found)

    def article_ids(self, flt: ArticleFilter | None = None, sort: str = "published") -> list[int]:
        """Ids of the articles the list shows, in display order.

        The articles' own columns are filtered while walking the index of the sort order;
        the other conditions (words, labels, issuers, topics, ids) are sets of ids, read
        each from its own index and intersected here: SQLite's IN (subquery) would build
        a temporary index of up to a million rows for a common word or label.
        """
        clauses, params, sets = filter_terms(flt or ArticleFilter(), self._dialect)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        order = self._dialect.sorts.get(sort, self._dialect.sorts["published"])
        keep: set[int] | None = None
        for sql, set_params in sorted(sets, key=lambda term: term[0] != self._dialect.ids):  # given ids first
            found = self._id_list(sql, set_params)
            keep = set(found) if keep is None else keep.intersection(found)
            if not keep:
                return []
        ordered = self._ordered_ids(f"SELECT id FROM articles{where} ORDER BY {order}", params)
        return list(ordered) if keep is None else [i for i in ordered if i in keep]

    def _ordered_ids(self, sql: str, params: list[Any]) -> list[int]:
        """The list query's ids in order, remembered until the library changes: typing a search or
        choosing a label filters the same ordered list again and again."""
        # data_version moves when another connection commits, total_changes when this one writes.
        key = (sql, tuple(params), self.data_version(), self._conn.total_changes)
        if self._ordered_cache is not None and self._ordered_cache[0] == key:
            return self._ordered_cache[1]
        ids = self._id_list(sql, params)
        self._ordered_cache = (key, ids)
        return ids

    def article_rows(self, ids: Sequence[int]) -> list[ArticleRow]:
        """List rows for these ids, in the order given."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self._conn.execute(
            f"SELECT id, pre_title, title, substr(body, 1, {ROW_HEAD_CHARS}), published, status, source,"
            f" n_entities, n_directives, n_directives_accepted, kind FROM articles WHERE id IN ({marks})",
            list(ids),
        ).fetchall()
        by_id = {}
        for r in rows:
            title = r[2] or r[1] or Article(title="", body=r[3]).display_title()
            by_id[r[0]] = ArticleRow(r[0], title, r[4], r[5], r[7], r[8], r[9], r[6], r[10], r[3])
        return [by_id[i] for i in ids if i in by_id]

    def search(self, query: str, limit: int = 500) -> list[int]:
        """Ids of articles containing every part of the query, newest first."""
        return self.article_ids(ArticleFilter(query=query))[:limit]

    def mark_in_progress(self, article_id: int) -> None:
        """A new article that the editor has started on."""
        self._write(
            "UPDATE articles SET status = 'in_progress', updated_at = ? WHERE id = ? AND status = 'new'",
            (now_iso(), article_id),
        )

    def set_article_status(self, article_id: int, status: str) -> None:
        self._write("UPDATE articles SET status = ?, updated_at = ? WHERE id = ?", (status, now_iso(), article_id))
