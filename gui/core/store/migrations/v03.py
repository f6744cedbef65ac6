"""Version 3: annotation counts kept on the article (the list sorts and shows them without
counting), indexes for the list's filters, and library-wide settings (topics)."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE articles ADD COLUMN n_entities INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE articles ADD COLUMN n_directives INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE articles ADD COLUMN n_directives_accepted INTEGER NOT NULL DEFAULT 0")
    conn.execute(
        """CREATE TRIGGER annotations_counts_insert AFTER INSERT ON annotations BEGIN
        UPDATE articles SET
            n_entities = n_entities + (NEW.kind = 'entity' AND NEW.status != 'rejected'),
            n_directives = n_directives + (NEW.kind = 'directive' AND NEW.status != 'rejected'),
            n_directives_accepted = n_directives_accepted + (NEW.kind = 'directive' AND NEW.status = 'accepted')
        WHERE id = NEW.article_id;
    END"""
    )
    conn.execute(
        """CREATE TRIGGER annotations_counts_delete AFTER DELETE ON annotations BEGIN
        UPDATE articles SET
            n_entities = n_entities - (OLD.kind = 'entity' AND OLD.status != 'rejected'),
            n_directives = n_directives - (OLD.kind = 'directive' AND OLD.status != 'rejected'),
            n_directives_accepted = n_directives_accepted - (OLD.kind = 'directive' AND OLD.status = 'accepted')
        WHERE id = OLD.article_id;
    END"""
    )
    conn.execute(
        """CREATE TRIGGER annotations_counts_update AFTER UPDATE OF kind, status, article_id ON annotations BEGIN
        UPDATE articles SET
            n_entities = n_entities - (OLD.kind = 'entity' AND OLD.status != 'rejected'),
            n_directives = n_directives - (OLD.kind = 'directive' AND OLD.status != 'rejected'),
            n_directives_accepted = n_directives_accepted - (OLD.kind = 'directive' AND OLD.status = 'accepted')
        WHERE id = OLD.article_id;
        UPDATE articles SET
            n_entities = n_entities + (NEW.kind = 'entity' AND NEW.status != 'rejected'),
            n_directives = n_directives + (NEW.kind = 'directive' AND NEW.status != 'rejected'),
            n_directives_accepted = n_directives_accepted + (NEW.kind = 'directive' AND NEW.status = 'accepted')
        WHERE id = NEW.article_id;
    END"""
    )
    conn.execute(
        """UPDATE articles SET
            n_entities = (SELECT count(*) FROM annotations n
                          WHERE n.article_id = articles.id AND n.kind = 'entity' AND n.status != 'rejected'),
            n_directives = (SELECT count(*) FROM annotations n
                            WHERE n.article_id = articles.id AND n.kind = 'directive' AND n.status != 'rejected'),
            n_directives_accepted = (SELECT count(*) FROM annotations n
                            WHERE n.article_id = articles.id AND n.kind = 'directive' AND n.status = 'accepted')"""
    )
    conn.execute("CREATE INDEX annotations_label ON annotations (kind, label, article_id)")
    conn.execute(
        "CREATE INDEX annotations_issuer ON annotations (json_extract(attrs, '$.issuer'), article_id)"
        " WHERE kind = 'directive'"
    )
    conn.execute(
        "CREATE INDEX annotations_topic ON annotations (json_extract(attrs, '$.topic'), article_id)"
        " WHERE kind = 'directive'"
    )
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
