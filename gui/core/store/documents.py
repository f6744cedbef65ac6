"""Document records (migration v15): writing what gui.core.documents reads from an article, and
the reads of the Documents view, the export, the article filter and the issuing network."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from gui.core.documents import DocumentRef
from gui.core.model import ArticleFilter
from gui.core.store.connection import Connection
from gui.core.store.filters import where
from gui.core.store.rows import DocumentMention, DocumentRow

_CHUNK = 500
_COLUMNS = "d.id, d.title, d.number, d.issuers, d.date, d.article_id"


def _row(row: tuple[Any, ...], articles: int = 0) -> DocumentRow:
    id_, title, number, issuers, date, article_id = row[:6]
    return DocumentRow(id_, title, number, json.loads(issuers or "[]"), date, article_id, articles)


def _merge_issuers(old: list[str], new: Sequence[str]) -> list[str]:
    return old + [b for b in new if b not in old]


def _upsert(conn: sqlite3.Connection, ref: DocumentRef) -> int:
    """The id of the document a reference names, made or completed from it (a number names
    one document; else the title does; a title and a number known apart become one record)."""
    key = ref.title_key
    by_number = (
        conn.execute("SELECT id FROM documents WHERE number = ?", (ref.number,)).fetchone() if ref.number else None
    )
    by_title = None
    if key:
        # A title names the record of no number, or of the same one.
        by_title = conn.execute(
            "SELECT id FROM documents WHERE title_key = ? AND (number = '' OR number = ?) ORDER BY id LIMIT 1",
            (key, ref.number),
        ).fetchone()
    if by_number and by_title and by_number[0] != by_title[0]:
        keep, gone = by_number[0], by_title[0]
        conn.execute(
            'INSERT OR IGNORE INTO document_mentions (document_id, article_id, start, "end")'
            ' SELECT ?, article_id, start, "end" FROM document_mentions WHERE document_id = ?',
            (keep, gone),
        )
        conn.execute(
            "UPDATE documents SET article_id = coalesce(article_id, (SELECT article_id FROM documents WHERE id = ?))"
            " WHERE id = ?",
            (gone, keep),
        )
        conn.execute("DELETE FROM documents WHERE id = ?", (gone,))
    found = by_number or by_title
    if found is None:
        cursor = conn.execute(
            "INSERT INTO documents (title, title_key, number, issuers, date) VALUES (?, ?, ?, ?, ?)",
            (ref.title if key else "", key, ref.number, json.dumps(ref.issuers, ensure_ascii=False), ref.date),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid
    doc_id = int(found[0])
    title, old_key, number, issuers, date = conn.execute(
        "SELECT title, title_key, number, issuers, date FROM documents WHERE id = ?", (doc_id,)
    ).fetchone()
    conn.execute(
        "UPDATE documents SET title = ?, title_key = ?, number = ?, issuers = ?, date = ? WHERE id = ?",
        (
            title or (ref.title if key else ""),
            old_key or key,
            number or ref.number,
            json.dumps(_merge_issuers(json.loads(issuers), ref.issuers), ensure_ascii=False),
            date or ref.date,
            doc_id,
        ),
    )
    return doc_id


class DocumentQueries(Connection):
    """The document operations of a Store."""

    def stale_document_articles(self, limit: int = 200) -> list[int]:
        """Articles whose documents are to be read again (new, or their text or DOC entities changed)."""
        rows = self._conn.execute("SELECT article_id FROM document_stale ORDER BY article_id LIMIT ?", (limit,))
        return [r[0] for r in rows]

    def count_stale_documents(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM document_stale").fetchone()[0])

    def save_article_documents(self, article_id: int, own: DocumentRef | None, mentions: Sequence[DocumentRef]) -> None:
        """Replace what one article says about documents: the one it is, the ones it names."""
        with self.transaction():
            conn = self._conn
            conn.execute("DELETE FROM document_mentions WHERE article_id = ?", (article_id,))
            conn.execute("UPDATE documents SET article_id = NULL WHERE article_id = ?", (article_id,))
            own_id = None
            if own is not None:
                own_id = _upsert(conn, own)
                conn.execute("UPDATE documents SET article_id = ? WHERE id = ?", (article_id, own_id))
            for ref in mentions:
                doc_id = _upsert(conn, ref)
                if doc_id != own_id:  # a document naming itself (现将《…》印发给你们) does not cite itself
                    conn.execute(
                        'INSERT OR IGNORE INTO document_mentions (document_id, article_id, start, "end")'
                        " VALUES (?, ?, ?, ?)",
                        (doc_id, article_id, ref.start, ref.end),
                    )
            conn.execute("DELETE FROM document_stale WHERE article_id = ?", (article_id,))

    def prune_documents(self) -> int:
        """Forget documents no article names or is any more."""
        cursor = self._write(
            "DELETE FROM documents WHERE article_id IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM document_mentions m WHERE m.document_id = documents.id)"
        )
        return cursor.rowcount

    def documents(self, flt: ArticleFilter | None = None) -> list[DocumentRow]:
        """Documents named by (or being) an article under the filter, with the articles under it that
        cite each, most cited first."""
        clause, params = where(flt or ArticleFilter(), self._dialect)
        sql = f"""
            WITH shown AS (SELECT id FROM articles{clause}),
            cited AS (
                SELECT m.document_id, count(DISTINCT m.article_id) AS n
                FROM document_mentions m JOIN shown s ON s.id = m.article_id GROUP BY m.document_id
            )
            SELECT {_COLUMNS}, coalesce(c.n, 0) FROM documents d LEFT JOIN cited c ON c.document_id = d.id
            WHERE c.n IS NOT NULL OR d.article_id IN (SELECT id FROM shown)
            ORDER BY coalesce(c.n, 0) DESC, d.date DESC, d.id"""
        return [_row(r, r[6]) for r in self._conn.execute(sql, params)]

    def document(self, document_id: int) -> DocumentRow | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS}, (SELECT count(DISTINCT article_id) FROM document_mentions WHERE document_id = d.id)"
            " FROM documents d WHERE d.id = ?",
            (document_id,),
        ).fetchone()
        return _row(row, row[6]) if row else None

    def find_documents(self, text: str) -> list[int]:
        """Ids of the documents whose number or title contains `text` (as the list's --document takes it)."""
        rows = self._conn.execute(
            "SELECT id FROM documents WHERE instr(number, ?) > 0 OR instr(title, ?) > 0 OR instr(title_key, ?) > 0"
            " ORDER BY id",
            (text, text, text),
        )
        return [r[0] for r in rows]

    def document_mentions(self, article_ids: Sequence[int]) -> list[DocumentMention]:
        """Where these articles name documents, by article and position."""
        found: list[DocumentMention] = []
        ids = list(article_ids)
        for at in range(0, len(ids), _CHUNK):
            chunk = ids[at : at + _CHUNK]
            rows = self._conn.execute(
                'SELECT m.article_id, m.document_id, m.start, m."end", d.title, d.number'
                " FROM document_mentions m JOIN documents d ON d.id = m.document_id"
                f" WHERE m.article_id IN ({', '.join('?' * len(chunk))}) ORDER BY m.article_id, m.start",
                chunk,
            )
            found += [DocumentMention(*r) for r in rows]
        return found

    def own_documents(self, article_ids: Sequence[int]) -> dict[int, DocumentRow]:
        """The document each of these articles is, by article id (articles that are none left out)."""
        found: dict[int, DocumentRow] = {}
        ids = list(article_ids)
        for at in range(0, len(ids), _CHUNK):
            chunk = ids[at : at + _CHUNK]
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM documents d WHERE d.article_id IN ({', '.join('?' * len(chunk))})", chunk
            )
            for r in rows:
                found[r[5]] = _row(r)
        return found

    def document_citations(self, flt: ArticleFilter) -> list[tuple[int, int]]:
        """(citing document, cited document) pairs: a document's own article, under the filter, names another."""
        clause, params = where(flt, self._dialect)
        sql = f"""SELECT DISTINCT d.id, m.document_id FROM documents d
            JOIN document_mentions m ON m.article_id = d.article_id
            WHERE d.article_id IN (SELECT id FROM articles{clause}) AND m.document_id != d.id
            ORDER BY d.id, m.document_id"""
        return [(r[0], r[1]) for r in self._conn.execute(sql, params)]

    def document_articles(self, flt: ArticleFilter) -> list[tuple[int, int]]:
        """(document, article) pairs under the filter: the articles that cite a document or are it."""
        clause, params = where(flt, self._dialect)
        sql = f"""WITH shown AS (SELECT id FROM articles{clause})
            SELECT document_id, article_id FROM document_mentions WHERE article_id IN (SELECT id FROM shown)
            UNION SELECT id, article_id FROM documents WHERE article_id IN (SELECT id FROM shown)
            ORDER BY 1, 2"""
        return [(r[0], r[1]) for r in self._conn.execute(sql, params)]

    def directive_issuer_lists(self, flt: ArticleFilter) -> list[tuple[list[str], int, int]]:
        """Directives' lists of issuing bodies (attrs.issuers, when two or more) under the filter: each
        list, an article it is in, and how many of that article's directives have it."""
        clause, params = where(flt, self._dialect)
        sql = f"""SELECT json_extract(n.attrs, '$.issuers') AS bodies, n.article_id, count(*) FROM annotations n
            WHERE n.kind = 'directive' AND n.status != 'rejected' AND n.coder = ''
            AND json_type(n.attrs, '$.issuers') = 'array' AND json_array_length(n.attrs, '$.issuers') > 1
            AND n.article_id IN (SELECT id FROM articles{clause})
            GROUP BY bodies, n.article_id ORDER BY n.article_id"""
        return [(json.loads(r[0]), r[1], r[2]) for r in self._conn.execute(sql, params)]
