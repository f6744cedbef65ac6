"""Coders' notes on articles: one text per article and coder, written as it is typed."""

from __future__ import annotations

from collections.abc import Sequence

from gui.core.model import now_iso
from gui.core.store.connection import Connection

_CHUNK = 500


class NoteQueries(Connection):
    """The note operations of a Store."""

    def note(self, article_id: int, coder: str = "") -> str:
        """A coder's note on an article ("" when none)."""
        row = self._conn.execute(
            "SELECT text FROM notes WHERE article_id = ? AND coder = ?", (article_id, coder)
        ).fetchone()
        return row[0] if row else ""

    def set_note(self, article_id: int, text: str, coder: str = "") -> None:
        """Write a note; an empty (or blank) text deletes it."""
        if not text.strip():
            self._write("DELETE FROM notes WHERE article_id = ? AND coder = ?", (article_id, coder))
            return
        self._write(
            "INSERT INTO notes (article_id, coder, text, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (article_id, coder) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
            (article_id, coder, text, now_iso()),
        )

    def notes(self, article_ids: Sequence[int]) -> list[tuple[int, str, str]]:
        """(article id, coder, text) of these articles' notes, by article and coder."""
        found: list[tuple[int, str, str]] = []
        ids = list(article_ids)
        for at in range(0, len(ids), _CHUNK):
            chunk = ids[at : at + _CHUNK]
            found += self._conn.execute(
                f"SELECT article_id, coder, text FROM notes WHERE article_id IN ({', '.join('?' * len(chunk))})"
                " ORDER BY article_id, coder",
                chunk,
            ).fetchall()
        return found
