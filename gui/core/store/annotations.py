"""Annotations: reading, writing and replacing an article's entities and directives.

The counts on `articles` and the Insight tables follow every write through the schema's
triggers (see migrations), so nothing here updates them by hand."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from gui.core.errors import LibraryError
from gui.core.messages import msg
from gui.core.model import Annotation, now_iso
from gui.core.store.connection import Connection

ANNOTATION_COLUMNS = 'id, article_id, kind, label, start, "end", text, attrs, origin, status, updated_at, coder'
# Rows of one multi-row INSERT (see insert_annotation_rows), a power of two.
_ROWS_PER_INSERT = 512


def annotation_values(a: Annotation, stamp: str) -> tuple[Any, ...]:
    """An annotation's columns after id and article_id, as written (updated_at is `stamp`)."""
    attrs = "{}" if not a.attrs else json.dumps(a.attrs, ensure_ascii=False)
    return (a.kind, a.label, a.start, a.end, a.text, attrs, a.origin, a.status, stamp, a.coder)


def annotation_from_row(row: tuple[Any, ...]) -> Annotation:
    """An annotation from its ANNOTATION_COLUMNS."""
    # Positional (the dataclass's field order): a long article's 500 rows are read at every opening.
    id_, article_id, kind, label, start, end, text, attrs, origin, status, updated_at, coder = row
    return Annotation(
        kind,
        label,
        start,
        end,
        text,
        {} if attrs == "{}" else json.loads(attrs),
        origin,
        status,
        id_,
        article_id,
        updated_at,
        coder,
    )


@lru_cache(maxsize=16)
def _multi_row_insert(rows: int) -> str:
    return f"INSERT INTO annotations ({ANNOTATION_COLUMNS}) VALUES " + ", ".join(
        ["(NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"] * rows
    )


def insert_annotation_rows(conn: sqlite3.Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert (article_id, kind, label, start, end, text, attrs, origin, status, updated_at, coder) rows,
    hundreds per statement: with triggers on the table, each statement opens a statement
    journal of its own, which costs more than writing a row. Statements hold a power of two
    of rows, so that the few compiled ones are reused (sqlite3 keeps them by their text)."""
    limit = conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // 11
    size = _ROWS_PER_INSERT
    while size > max(1, limit):
        size //= 2
    at = 0
    while at < len(rows):
        while size > len(rows) - at:
            size //= 2
        chunk = rows[at : at + size]
        conn.execute(_multi_row_insert(size), [value for r in chunk for value in r])
        at += size


def insert_annotations(
    conn: sqlite3.Connection, article_id: int, annotations: Iterable[Annotation], stamp: str
) -> None:
    insert_annotation_rows(conn, [(article_id, *annotation_values(a, a.updated_at or stamp)) for a in annotations])


class AnnotationQueries(Connection):
    """The annotation operations of a Store."""

    def annotations(self, article_id: int, kind: str | None = None) -> list[Annotation]:
        sql = f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE article_id = ?"
        params: list[Any] = [article_id]
        if kind:
            sql += " AND kind = ?"
            params.append(kind)
        return [annotation_from_row(r) for r in self._conn.execute(sql + ' ORDER BY start, "end", id', params)]

    def add_annotation(self, annotation: Annotation) -> int:
        assert annotation.article_id is not None
        stamp = now_iso()
        cursor = self._write(
            f"INSERT INTO annotations ({ANNOTATION_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (annotation.article_id, *annotation_values(annotation, stamp)),
        )
        assert cursor.lastrowid is not None
        annotation.id = cursor.lastrowid
        annotation.updated_at = stamp
        return annotation.id

    def annotation(self, annotation_id: int) -> Annotation | None:
        row = self._conn.execute(
            f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE id = ?", (annotation_id,)
        ).fetchone()
        return annotation_from_row(row) if row else None

    def restore_annotation(self, annotation: Annotation) -> None:
        """Put back a deleted annotation under its old id (undo of a delete)."""
        self._write(
            f"INSERT INTO annotations ({ANNOTATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (annotation.id, annotation.article_id, *annotation_values(annotation, annotation.updated_at or now_iso())),
        )

    def update_annotation(self, annotation: Annotation, expected: str | None = None) -> None:
        """Write every field of an existing annotation and stamp it. `expected`: the stamp the
        edit was made on; if the stored one differs (another coder wrote it meanwhile, or
        deleted it), nothing is written and a LibraryError says so."""
        expected = self._own_latest(annotation.id, expected)
        stamp = now_iso()
        if stamp == expected:  # every write moves the stamp, or a third writer would not see the second's
            stamp = stamp[:-2] + ("1" if stamp[-2] == "0" else "0") + "Z"
        sql = (
            'UPDATE annotations SET kind = ?, label = ?, start = ?, "end" = ?, text = ?, attrs = ?, origin = ?,'
            " status = ?, updated_at = ?, coder = ? WHERE id = ?"
        )
        params: tuple[Any, ...] = (*annotation_values(annotation, stamp), annotation.id)
        if expected is not None:
            sql, params = sql + " AND updated_at = ?", (*params, expected)
        with self.transaction():
            if self._conn.execute(sql, params).rowcount == 0 and expected is not None:
                raise self._conflict(annotation)
        if expected is not None and annotation.id is not None:
            _last, seen = self._own_writes().get(annotation.id, ("", set()))
            self._own_writes()[annotation.id] = (stamp, seen | {expected, stamp})
        annotation.updated_at = stamp

    def delete_annotation(self, annotation_id: int, expected: str | None = None) -> None:
        """Delete an annotation; with `expected` only if it still has that stamp (as update_annotation)."""
        if expected is None:
            self._write("DELETE FROM annotations WHERE id = ?", (annotation_id,))
            return
        expected = self._own_latest(annotation_id, expected)
        with self.transaction():
            cursor = self._conn.execute(
                "DELETE FROM annotations WHERE id = ? AND updated_at = ?", (annotation_id, expected)
            )
            if cursor.rowcount == 0:
                current = self.annotation(annotation_id)
                raise self._conflict(current or Annotation("entity", "", 0, 1, "", id=annotation_id))

    def _own_writes(self) -> dict[int, tuple[str, set[str]]]:
        """Annotation id → (the stamp this connection wrote last, every stamp it wrote or replaced)."""
        writes: dict[int, tuple[str, set[str]]] | None = self.__dict__.get("_own_stamps")
        if writes is None:
            writes = self.__dict__["_own_stamps"] = {}
        return writes

    def _own_latest(self, annotation_id: int | None, expected: str | None) -> str | None:
        """The stamp an edit made on `expected` finds if only this connection has written since.
        Undo and redo carry the stamps of their own edit (undoing a change expects what that
        change wrote), while a later edit of the same annotation may have moved it on: writes of
        one's own are no conflict, another coder's in between are. An edit made on any stamp this
        connection wrote or replaced expects the last one it wrote (stamps of one millisecond
        repeat, so a chain from stamp to stamp could lead back to an older one)."""
        if expected is None or annotation_id is None:
            return expected
        last, seen = self._own_writes().get(annotation_id, ("", set()))
        return last if expected in seen else expected

    def _conflict(self, annotation: Annotation) -> LibraryError:
        """The coded error of an edit made on a state that is no longer the library's."""
        current = self.annotation(annotation.id) if annotation.id is not None else None
        if current is None:
            return LibraryError(msg("annotation.gone", text=annotation.text))
        return LibraryError(msg("annotation.conflict", text=current.text, label=current.label, status=current.status))

    def directive_values(self, attr: str) -> list[str]:
        """Distinct non-empty issuers, topics or addressees of directives, for the list's filters."""
        if attr not in ("issuer", "topic", "addressee"):
            raise ValueError(attr)
        if attr == "addressee":
            return [
                r[0]
                for r in self._conn.execute(
                    "SELECT DISTINCT json_extract(attrs, '$.addressee') AS v FROM annotations"
                    " WHERE kind = 'directive' AND status != 'rejected' AND v IS NOT NULL AND v != '' ORDER BY v"
                )
            ]
        # Issuers and topics (directives not rejected) are indexed in directive_facts: hop from
        # one value to the next through the index instead of reading every directive.
        return [
            r[0]
            for r in self._conn.execute(
                f"WITH RECURSIVE v(x) AS (SELECT min({attr}) FROM directive_facts WHERE {attr} > ''"
                f" UNION ALL SELECT (SELECT min({attr}) FROM directive_facts WHERE {attr} > x) FROM v"
                " WHERE x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL"
            )
        ]

    def replace_suggestions(self, article_id: int, kind: str, suggestions: Iterable[Annotation]) -> int:
        """Swap the automatic suggestions of one kind for new ones; return how many were added.

        Manual, accepted and rejected annotations stay as they are. A suggestion
        that repeats one of them (same span and label), or overlaps a kept
        directive, is not added: a rejected suggestion is never proposed again.
        """
        stamp = now_iso()
        with self.transaction():
            kept = [
                a
                for a in self.annotations(article_id, kind)
                if a.origin == "manual" or a.status in ("accepted", "rejected")
            ]
            self._conn.execute(
                "DELETE FROM annotations"
                " WHERE article_id = ? AND kind = ? AND origin = 'auto' AND status = 'suggested'",
                (article_id, kind),
            )
            taken = {(a.start, a.end, a.label) for a in kept}
            fresh = []
            for s in suggestions:
                if (s.start, s.end, s.label) in taken:
                    continue
                if kind == "directive" and any(s.start < k.end and k.start < s.end for k in kept):
                    continue
                fresh.append(s)
            insert_annotations(self._conn, article_id, fresh, stamp)
        return len(fresh)
