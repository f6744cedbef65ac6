"""A whole library's own rows, read out and written in as they are: `pizhu library copy`
(gui/core/librarycopy.py) between an SQLite file and a PostgreSQL database, either way.

Only the tables that hold what users made are copied, with their ids and stamps, so the copy is
the same library; what the schema derives from them (counts, Insight facts, document records)
the destination's triggers derive again, and its full-text index is written by `_index_copied`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from gui.core.store.annotations import ANNOTATION_COLUMNS
from gui.core.store.articles import ARTICLE_COLUMNS, _search_row, article_from_row
from gui.core.store.connection import Connection

# Each table and its columns, in the order a copy writes them (articles before what refers to them).
COPIED: dict[str, str] = {
    "articles": ARTICLE_COLUMNS,
    "annotations": ANNOTATION_COLUMNS,
    "codes": "id, unit, unit_id, variable, value, coder, updated_at",
    "notes": "article_id, coder, text, updated_at",
    "codebook": "id, json, version, updated_at",
    "lexicon": "term, label, source, action, updated_at",
    "settings": "key, value",
    "decisions": "article_id, item, action, coder, versions, decided_by, decided_at",
}


class CopyQueries(Connection):
    """Reading and writing a library's rows whole."""

    def count_rows(self, table: str) -> int:
        if table not in COPIED:
            raise ValueError(table)
        return int(self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def copy_rows(self, table: str, batch: int = 1000) -> Iterator[list[tuple[Any, ...]]]:
        """The table's rows in batches: by id (keyset, so memory stays flat), or all at once for
        the small tables without one."""
        columns = COPIED[table]
        if not columns.startswith("id,"):
            rows = [tuple(r) for r in self._conn.execute(f"SELECT {columns} FROM {table}").fetchall()]
            for at in range(0, len(rows), batch):
                yield rows[at : at + batch]
            return
        last = -1
        while True:
            rows = self._conn.execute(
                f"SELECT {columns} FROM {table} WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
            ).fetchall()
            if not rows:
                return
            yield [tuple(r) for r in rows]
            last = rows[-1][0]

    def paste_rows(self, table: str, rows: Sequence[tuple[Any, ...]]) -> None:
        """Write rows read by `copy_rows` (the caller's transaction, if one is open)."""
        columns = COPIED[table]
        marks = ", ".join("?" * len(columns.split(",")))
        with self.transaction():
            self._conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
            if table == "articles":
                self._index_copied(rows)

    def _index_copied(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """The full-text index of copied articles (SQLite: an FTS5 row each)."""
        self._conn.executemany(
            "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)",
            [_search_row(row[0], article_from_row(row)) for row in rows],
        )

    def copy_finished(self) -> None:
        """After a copy: anything the backend must set (SQLite: nothing; ids run on from the largest)."""
