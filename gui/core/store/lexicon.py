"""The user's lexicon (terms added or blocked by corrections) and the settings every user of
the library shares (the topic list)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from gui.core.model import now_iso
from gui.core.store.connection import Connection
from gui.core.store.rows import LexiconRow


class LexiconQueries(Connection):
    """The lexicon and settings operations of a Store."""

    def lexicon(self) -> list[LexiconRow]:
        """Every row, by term and label."""
        rows = self._conn.execute("SELECT term, label, source, action FROM lexicon ORDER BY term, label")
        return list(map(LexiconRow._make, rows))

    def lexicon_terms(self, keys: Iterable[tuple[str, str]]) -> list[LexiconRow]:
        """The rows for these (term, label) pairs, where there are any."""
        rows: list[LexiconRow] = []
        for term, label in keys:
            found = self._conn.execute(
                "SELECT term, label, source, action FROM lexicon WHERE term = ? AND label = ?", (term, label)
            )
            rows.extend(map(LexiconRow._make, found))
        return rows

    def set_lexicon_term(self, term: str, label: str, action: str, source: str = "user") -> None:
        self._write(
            "INSERT INTO lexicon (term, label, source, action, updated_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (term, label) DO UPDATE SET action = excluded.action, source = excluded.source,"
            " updated_at = excluded.updated_at",
            (term, label, source, action, now_iso()),
        )

    def remove_lexicon_term(self, term: str, label: str) -> None:
        self._write("DELETE FROM lexicon WHERE term = ? AND label = ?", (term, label))

    # -- settings shared by every user of the library ---------------------

    def setting(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any, wait: float | None = None) -> None:
        self._write(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
            wait,
        )
