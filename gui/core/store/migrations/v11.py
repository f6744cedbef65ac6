"""Version 11: a codebook per library and its codes (issue 16).

`codebook` holds one row: the codebook as its JSON (gui/core/codebook.py reads it) and a
version that goes up at every change. `codes` holds one code per unit, variable and coder:
the unit is an article or a directive annotation (`unit_id` is its id), the value is JSON (a
code, a list of codes, a number or text). A unit is one of two tables, so no foreign key can
name it: triggers delete an article's and a directive's codes with them (an article's
directives go by ON DELETE CASCADE, which fires their triggers too)."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE codebook (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            json TEXT NOT NULL,
            version INTEGER NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    conn.execute(
        """CREATE TABLE codes (
            id INTEGER PRIMARY KEY,
            unit TEXT NOT NULL CHECK (unit IN ('article', 'directive')),
            unit_id INTEGER NOT NULL,
            variable TEXT NOT NULL,
            value TEXT NOT NULL,
            coder TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            UNIQUE (unit, unit_id, variable, coder)
        )"""
    )
    conn.execute("CREATE INDEX codes_variable ON codes (variable, unit)")
    conn.execute(
        """CREATE TRIGGER codes_article_delete AFTER DELETE ON articles BEGIN
        DELETE FROM codes WHERE unit = 'article' AND unit_id = OLD.id;
    END"""
    )
    conn.execute(
        """CREATE TRIGGER codes_directive_delete AFTER DELETE ON annotations WHEN OLD.kind = 'directive' BEGIN
        DELETE FROM codes WHERE unit = 'directive' AND unit_id = OLD.id;
    END"""
    )
