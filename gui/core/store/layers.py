"""Coders' layers: one coder's annotations, codes and note on an article, read and replaced whole.

Merging an assignment file (gui/core/team.py) replaces a coder's layer article by article; the
rows of other coders and of the library's own layer ('') are never touched here."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, NamedTuple

from gui.core.model import Annotation, now_iso
from gui.core.store.annotations import ANNOTATION_COLUMNS, annotation_from_row, annotation_values
from gui.core.store.connection import Connection


class LayerCode(NamedTuple):
    """A code to write with a layer: on the article (`unit_id` None), on a directive already in
    the library (`unit_id`), or on the layer's own annotation number `new_index`."""

    unit: str
    unit_id: int | None
    new_index: int | None
    variable: str
    value: Any
    updated_at: str


class LayerQueries(Connection):
    """The coder-layer operations of a Store."""

    def article_id_by_hash(self, content_hash: str) -> int | None:
        row = self._conn.execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return row[0] if row else None

    def annotation_coders(self) -> list[str]:
        """The named coders with annotations in the library."""
        return [
            r[0] for r in self._conn.execute("SELECT DISTINCT coder FROM annotations WHERE coder != '' ORDER BY coder")
        ]

    # -- agreement on annotations (gui/core/agreement_layers.py) ----------------------

    def coders_annotations(self, coders: Sequence[str]) -> list[Annotation]:
        """These coders' annotations (any kind and status), and the library's own directives they
        coded as if they were theirs: one row per coder who coded such a directive, with its own
        id and that coder's name (coding a suggested directive leaves it in the library's layer).
        By article and span; a handful of coder names."""
        if not coders:
            return []
        marks = ", ".join("?" * len(coders))
        columns = ", ".join(f"a.{c}" for c in ANNOTATION_COLUMNS.split(", ")[:-1])
        rows = self._conn.execute(
            f"SELECT {columns}, a.coder FROM annotations a WHERE a.coder IN ({marks})"
            f" UNION ALL SELECT {columns}, c.coder FROM annotations a JOIN (SELECT DISTINCT unit_id, coder FROM codes"
            f" WHERE unit = 'directive' AND coder IN ({marks})) c ON a.id = c.unit_id"
            " WHERE a.coder = '' AND a.kind = 'directive'"
            " ORDER BY 2, 5, 6, 1",
            (*coders, *coders),
        )
        return [annotation_from_row(r) for r in rows]

    def article_lengths(self, article_ids: Sequence[int]) -> dict[int, int]:
        """Each article's body length in characters."""
        lengths: dict[int, int] = {}
        ids = list(article_ids)
        for at in range(0, len(ids), 500):
            chunk = ids[at : at + 500]
            found = self._conn.execute(
                f"SELECT id, length(body) FROM articles WHERE id IN ({', '.join('?' * len(chunk))})", chunk
            )
            lengths.update((int(r[0]), int(r[1])) for r in found)
        return lengths

    def replace_layer(
        self,
        article_id: int,
        coder: str,
        annotations: Sequence[Annotation] | None,
        codes: Sequence[LayerCode],
        note: str,
    ) -> None:
        """Make `coder`'s layer on the article exactly these rows, in one transaction (with their
        own updated_at stamps, so a merge that brings nothing new changes nothing). Annotations
        None keeps the coder's annotations as they are (their ids too) and replaces the rest."""
        assert coder, "the library's own layer is never replaced"
        stamp = now_iso()
        with self.transaction():
            self._conn.execute(
                "DELETE FROM codes WHERE coder = ? AND ((unit = 'article' AND unit_id = ?) OR (unit = 'directive'"
                " AND unit_id IN (SELECT id FROM annotations WHERE article_id = ?)))",
                (coder, article_id, article_id),
            )
            new_ids: list[int] = []
            if annotations is not None:
                self._conn.execute("DELETE FROM annotations WHERE article_id = ? AND coder = ?", (article_id, coder))
            for a in annotations or ():
                cursor = self._conn.execute(
                    f"INSERT INTO annotations ({ANNOTATION_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (article_id, *annotation_values(a, a.updated_at or stamp)[:-1], coder),
                )
                assert cursor.lastrowid is not None
                new_ids.append(cursor.lastrowid)
            for code in codes:
                if code.unit == "article":
                    unit_id = article_id
                elif code.new_index is not None:
                    unit_id = new_ids[code.new_index]
                else:
                    assert code.unit_id is not None
                    unit_id = code.unit_id
                self._conn.execute(
                    "INSERT INTO codes (unit, unit_id, variable, value, coder, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        code.unit,
                        unit_id,
                        code.variable,
                        json.dumps(code.value, ensure_ascii=False),
                        coder,
                        code.updated_at or stamp,
                    ),
                )
            self._conn.execute("DELETE FROM notes WHERE article_id = ? AND coder = ?", (article_id, coder))
            if note.strip():
                self._conn.execute(
                    "INSERT INTO notes (article_id, coder, text, updated_at) VALUES (?, ?, ?, ?)",
                    (article_id, coder, note, stamp),
                )
