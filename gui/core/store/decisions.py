"""The lead's adjudication decisions (gui/core/adjudication.py): one row per decided item of an article."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from gui.core.store.connection import Connection


class DecisionRow(NamedTuple):
    """A decision on one item of an article (see migrations/v16.py)."""

    article_id: int
    item: str  # the item's key, e.g. "entity:12-15"
    action: str  # agreed | take | none | edit
    coder: str  # whose version was taken ('' for none, or when the coders agreed)
    versions: str  # the coders' versions at the time, as JSON
    decided_by: str
    decided_at: str


_COLUMNS = "article_id, item, action, coder, versions, decided_by, decided_at"


class DecisionQueries(Connection):
    """The decision operations of a Store."""

    def decisions(self, article_id: int) -> list[DecisionRow]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM decisions WHERE article_id = ? ORDER BY item", (article_id,)
        ).fetchall()
        return [DecisionRow(*r) for r in rows]

    def set_decision(self, row: DecisionRow) -> None:
        """Write a decision, replacing the item's earlier one."""
        with self.transaction():
            self._conn.execute("DELETE FROM decisions WHERE article_id = ? AND item = ?", (row.article_id, row.item))
            self._conn.execute(f"INSERT INTO decisions ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", tuple(row))

    def delete_decision(self, article_id: int, item: str) -> None:
        self._write("DELETE FROM decisions WHERE article_id = ? AND item = ?", (article_id, item))

    def count_decisions(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM decisions").fetchone()[0])

    def multi_coder_articles(self, article_ids: Sequence[int] | None = None) -> list[int]:
        """The articles two or more named coders annotated or coded, in id order."""
        rows = self._conn.execute(
            "SELECT article_id FROM (SELECT article_id, coder FROM annotations WHERE coder != ''"
            " UNION SELECT CASE c.unit WHEN 'article' THEN c.unit_id ELSE a.article_id END, c.coder FROM codes c"
            " LEFT JOIN annotations a ON c.unit = 'directive' AND a.id = c.unit_id WHERE c.coder != '')"
            " WHERE article_id IS NOT NULL GROUP BY article_id HAVING count(DISTINCT coder) >= 2 ORDER BY article_id"
        ).fetchall()
        found = [int(r[0]) for r in rows]
        if article_ids is None:
            return found
        wanted = set(article_ids)
        return [i for i in found if i in wanted]
