"""The codebook (as JSON, with a version counter) and the codes made with it.

The store keeps codes as they are given; what a code may be (a value of the codebook, a unit
that exists) is checked by the library (gui/core/library.py) before it writes."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from gui.core.model import now_iso
from gui.core.store.connection import Connection
from gui.core.store.rows import CodeRow

# The article a unit belongs to: itself, or the directive's article.
_CODE_COLUMNS = (
    "c.unit, c.unit_id, CASE c.unit WHEN 'article' THEN c.unit_id ELSE a.article_id END,"
    " c.variable, c.value, c.coder, c.updated_at"
)
_CODE_FROM = "codes c LEFT JOIN annotations a ON c.unit = 'directive' AND a.id = c.unit_id"
# Ids per query (SQLite allows 32,766 parameters; an export reads batches of 200).
_CHUNK = 500


def _row(row: tuple[Any, ...]) -> CodeRow:
    unit, unit_id, article_id, variable, value, coder, updated_at = row
    return CodeRow(unit, unit_id, article_id, variable, json.loads(value), coder, updated_at)


class CodeQueries(Connection):
    """The codebook and code operations of a Store."""

    def codebook_json(self) -> tuple[str, int] | None:
        """The library's codebook as JSON and its version, or None when it has none."""
        row = self._conn.execute("SELECT json, version FROM codebook WHERE id = 1").fetchone()
        return (row[0], row[1]) if row else None

    def set_codebook_json(self, text: str) -> int:
        """Store a codebook; returns its version (one more than the last, 1 for the first)."""
        with self.transaction():
            row = self._conn.execute("SELECT version FROM codebook WHERE id = 1").fetchone()
            version = (row[0] if row else 0) + 1
            self._conn.execute(
                "INSERT INTO codebook (id, json, version, updated_at) VALUES (1, ?, ?, ?) ON CONFLICT (id)"
                " DO UPDATE SET json = excluded.json, version = excluded.version, updated_at = excluded.updated_at",
                (text, version, now_iso()),
            )
        return version

    def unit_exists(self, unit: str, unit_id: int) -> bool:
        """Whether there is an article (unit "article") or a directive annotation with this id."""
        if unit == "article":
            sql = "SELECT 1 FROM articles WHERE id = ?"
        else:
            sql = "SELECT 1 FROM annotations WHERE id = ? AND kind = 'directive'"
        return self._conn.execute(sql, (unit_id,)).fetchone() is not None

    def code(self, unit: str, unit_id: int, variable: str, coder: str = "") -> Any | None:
        """A code's value, or None when there is none."""
        row = self._conn.execute(
            "SELECT value FROM codes WHERE unit = ? AND unit_id = ? AND variable = ? AND coder = ?",
            (unit, unit_id, variable, coder),
        ).fetchone()
        return json.loads(row[0]) if row else None

    def set_code(self, unit: str, unit_id: int, variable: str, value: Any, coder: str = "") -> None:
        """Write a code (value None deletes it)."""
        if value is None:
            self._write(
                "DELETE FROM codes WHERE unit = ? AND unit_id = ? AND variable = ? AND coder = ?",
                (unit, unit_id, variable, coder),
            )
            return
        self._write(
            "INSERT INTO codes (unit, unit_id, variable, value, coder, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (unit, unit_id, variable, coder)"
            " DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (unit, unit_id, variable, json.dumps(value, ensure_ascii=False), coder, now_iso()),
        )

    def codes(self, unit: str, unit_ids: Sequence[int]) -> list[CodeRow]:
        """The codes of these units, by unit, variable and coder."""
        rows: list[CodeRow] = []
        ids = list(unit_ids)
        for at in range(0, len(ids), _CHUNK):
            chunk = ids[at : at + _CHUNK]
            found = self._conn.execute(
                f"SELECT {_CODE_COLUMNS} FROM {_CODE_FROM} WHERE c.unit = ? AND c.unit_id IN"
                f" ({', '.join('?' * len(chunk))}) ORDER BY c.unit_id, c.variable, c.coder",
                (unit, *chunk),
            )
            rows.extend(map(_row, found))
        return rows

    def iter_codes(self) -> Iterator[CodeRow]:
        """Every code of the library (to check it against a new codebook)."""
        yield from map(_row, self._conn.execute(f"SELECT {_CODE_COLUMNS} FROM {_CODE_FROM} ORDER BY c.id"))

    def count_codes(self) -> int:
        return self._conn.execute("SELECT count(*) FROM codes").fetchone()[0]

    def export_codes(self, article_ids: Sequence[int]) -> list[CodeRow]:
        """The codes of these articles and of their directives, by article, unit and coder."""
        rows: list[CodeRow] = []
        ids = list(article_ids)
        for at in range(0, len(ids), _CHUNK):
            chunk = ids[at : at + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            found = self._conn.execute(
                f"SELECT {_CODE_COLUMNS} FROM {_CODE_FROM} WHERE (c.unit = 'article' AND c.unit_id IN ({marks}))"
                f" OR (c.unit = 'directive' AND a.article_id IN ({marks}))",
                (*chunk, *chunk),
            )
            rows.extend(map(_row, found))
        # An article's own codes first, then its directives' by id; each unit's coders together.
        rows.sort(key=lambda r: (r.article_id, r.unit != "article", r.unit_id, r.coder, r.variable))
        return rows

    # -- the reliability report (gui/core/agreement.py) --------------------------

    def coders(self) -> list[str]:
        """The coders that have codes, by name (codes without a coder belong to no one)."""
        return [r[0] for r in self._conn.execute("SELECT DISTINCT coder FROM codes WHERE coder != '' ORDER BY coder")]

    def coded_by(self, variables: Sequence[str], coders: Sequence[str]) -> list[CodeRow]:
        """The codes of these variables by these coders (a handful of names each)."""
        if not variables or not coders:
            return []
        found = self._conn.execute(
            f"SELECT {_CODE_COLUMNS} FROM {_CODE_FROM} WHERE c.variable IN ({', '.join('?' * len(variables))})"
            f" AND c.coder IN ({', '.join('?' * len(coders))}) ORDER BY c.unit, c.unit_id, c.variable, c.coder",
            (*variables, *coders),
        )
        return list(map(_row, found))
