"""The reads behind an export (gui/core/export.py). They go in batches of article ids (keyset
on id) and stream the annotation rows from the cursor, so memory stays flat for any library
size; the export wraps them in one `read_snapshot`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from gui.core.model import Annotation, ArticleFilter
from gui.core.store.annotations import ANNOTATION_COLUMNS, annotation_from_row
from gui.core.store.connection import Connection
from gui.core.store.filters import where
from gui.core.store.rows import ArticleHead


def _annotation_where(
    kind: str | None, labels: Sequence[str] | None, statuses: Sequence[str] | None
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    if labels:
        clauses.append(f"label IN ({','.join('?' * len(labels))})")
        params.extend(labels)
    if statuses:
        clauses.append(f"status IN ({','.join('?' * len(statuses))})")
        params.extend(statuses)
    return "".join(f" AND {c}" for c in clauses), params


class ExportQueries(Connection):
    """The export reads of a Store."""

    def export_article_ids(self, flt: ArticleFilter, batch: int = 200) -> Iterator[list[int]]:
        """Ids of the filtered articles in id order, `batch` at a time."""
        clause, params = where(flt, self._dialect)
        clause += " AND id > ?" if clause else " WHERE id > ?"
        last = 0
        while True:
            ids = [
                r[0]
                for r in self._conn.execute(
                    f"SELECT id FROM articles{clause} ORDER BY id LIMIT ?", [*params, last, batch]
                ).fetchall()
            ]
            if not ids:
                return
            yield ids
            last = ids[-1]

    def export_count_articles(self, flt: ArticleFilter) -> int:
        clause, params = where(flt, self._dialect)
        return self._conn.execute(f"SELECT count(*) FROM articles{clause}", params).fetchone()[0]

    def export_count_annotations(
        self,
        flt: ArticleFilter,
        kind: str | None = None,
        labels: Sequence[str] | None = None,
        statuses: Sequence[str] | None = None,
    ) -> int:
        clause, params = where(flt, self._dialect)
        extra, extra_params = _annotation_where(kind, labels, statuses)
        return self._conn.execute(
            f"SELECT count(*) FROM annotations WHERE article_id IN (SELECT id FROM articles{clause}){extra}",
            [*params, *extra_params],
        ).fetchone()[0]

    def export_article_heads(self, ids: Sequence[int]) -> dict[int, ArticleHead]:
        """id → (title, published) for rows that repeat their article's title and date."""
        marks = ",".join("?" * len(ids))
        rows = self._conn.execute(f"SELECT id, title, published FROM articles WHERE id IN ({marks})", list(ids))
        return {r[0]: ArticleHead(r[1], r[2]) for r in rows}

    def export_annotations(
        self,
        ids: Sequence[int],
        kind: str | None = None,
        labels: Sequence[str] | None = None,
        statuses: Sequence[str] | None = None,
    ) -> Iterator[Annotation]:
        """The annotations of these articles, by article id then offset, streamed from the cursor."""
        marks = ",".join("?" * len(ids))
        extra, params = _annotation_where(kind, labels, statuses)
        cursor = self._conn.execute(
            f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE article_id IN ({marks}){extra}"
            ' ORDER BY article_id, start, "end", id',
            [*ids, *params],
        )
        yield from map(annotation_from_row, cursor)
