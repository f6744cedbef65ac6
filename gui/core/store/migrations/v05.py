"""Version 5: the article list at 100,000 articles. An index for every sort of the list (title,
counts), directive topics indexed (the topic filter and its list of topics), and count triggers
that touch only the count that changes, so the count indexes stay cheap to keep when an import
adds thousands of annotations."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TRIGGER annotations_counts_insert")
    conn.execute("DROP TRIGGER annotations_counts_delete")
    conn.execute(
        """CREATE TRIGGER annotations_entity_counts_insert AFTER INSERT ON annotations
        WHEN NEW.kind = 'entity' AND NEW.status != 'rejected' BEGIN
        UPDATE articles SET n_entities = n_entities + 1 WHERE id = NEW.article_id;
    END"""
    )
    conn.execute(
        """CREATE TRIGGER annotations_directive_counts_insert AFTER INSERT ON annotations
        WHEN NEW.kind = 'directive' AND NEW.status != 'rejected' BEGIN
        UPDATE articles SET n_directives = n_directives + 1,
            n_directives_accepted = n_directives_accepted + (NEW.status = 'accepted')
        WHERE id = NEW.article_id;
    END"""
    )
    conn.execute(
        """CREATE TRIGGER annotations_entity_counts_delete AFTER DELETE ON annotations
        WHEN OLD.kind = 'entity' AND OLD.status != 'rejected' BEGIN
        UPDATE articles SET n_entities = n_entities - 1 WHERE id = OLD.article_id;
    END"""
    )
    conn.execute(
        """CREATE TRIGGER annotations_directive_counts_delete AFTER DELETE ON annotations
        WHEN OLD.kind = 'directive' AND OLD.status != 'rejected' BEGIN
        UPDATE articles SET n_directives = n_directives - 1,
            n_directives_accepted = n_directives_accepted - (OLD.status = 'accepted')
        WHERE id = OLD.article_id;
    END"""
    )
    conn.execute("CREATE INDEX articles_title ON articles (title COLLATE NOCASE, id)")
    conn.execute("CREATE INDEX articles_entities ON articles (n_entities, id)")
    conn.execute("CREATE INDEX articles_directives ON articles (n_directives, id)")
    conn.execute("CREATE INDEX directive_facts_topic ON directive_facts (topic, article_id)")
