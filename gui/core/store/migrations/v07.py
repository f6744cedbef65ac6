"""Version 7: bulk inserts (imports, generated libraries) write each new article with its counts
already counted, and the count triggers stand aside while the `bulk_insert` table has a row: that
row exists only inside add_articles_bulk's own transaction, so no other connection ever sees it.
A count trigger rewrites the article's whole row, body included, for every annotation: a quarter
of an import's writing."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE bulk_insert (active INTEGER NOT NULL)")
    conn.execute("DROP TRIGGER annotations_entity_counts_insert")
    conn.execute("DROP TRIGGER annotations_directive_counts_insert")
    conn.execute("DROP TRIGGER annotations_entity_counts_delete")
    conn.execute("DROP TRIGGER annotations_directive_counts_delete")
    conn.execute(
        """CREATE TRIGGER annotations_entity_counts_insert AFTER INSERT ON annotations
        WHEN NEW.kind = 'entity' AND NEW.status != 'rejected' AND NOT EXISTS (SELECT 1 FROM bulk_insert) BEGIN
        UPDATE articles SET n_entities = n_entities + 1 WHERE id = NEW.article_id;
    END"""
    )
    conn.execute(
        """CREATE TRIGGER annotations_directive_counts_insert AFTER INSERT ON annotations
        WHEN NEW.kind = 'directive' AND NEW.status != 'rejected' AND NOT EXISTS (SELECT 1 FROM bulk_insert) BEGIN
        UPDATE articles SET n_directives = n_directives + 1,
            n_directives_accepted = n_directives_accepted + (NEW.status = 'accepted')
        WHERE id = NEW.article_id;
    END"""
    )
    conn.execute(
        """CREATE TRIGGER annotations_entity_counts_delete AFTER DELETE ON annotations
        WHEN OLD.kind = 'entity' AND OLD.status != 'rejected' AND NOT EXISTS (SELECT 1 FROM bulk_insert) BEGIN
        UPDATE articles SET n_entities = n_entities - 1 WHERE id = OLD.article_id;
    END"""
    )
    conn.execute(
        """CREATE TRIGGER annotations_directive_counts_delete AFTER DELETE ON annotations
        WHEN OLD.kind = 'directive' AND OLD.status != 'rejected' AND NOT EXISTS (SELECT 1 FROM bulk_insert) BEGIN
        UPDATE articles SET n_directives = n_directives - 1,
            n_directives_accepted = n_directives_accepted - (OLD.status = 'accepted')
        WHERE id = OLD.article_id;
    END"""
    )
