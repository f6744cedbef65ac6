"""Version 8: the label filter at 100,000 articles. Which labels each article has (entities not
rejected), one row per label and article, kept from entity_facts (a row there per label, text and
article). A common label is in 90,000 articles but 400,000 facts."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE article_labels (
            label TEXT NOT NULL,
            article_id INTEGER NOT NULL,
            n INTEGER NOT NULL,  -- rows of entity_facts: distinct texts of that label in the article
            PRIMARY KEY (label, article_id)
        ) WITHOUT ROWID"""
    )
    conn.execute(
        """CREATE TRIGGER article_labels_insert AFTER INSERT ON entity_facts BEGIN
        INSERT INTO article_labels (label, article_id, n) VALUES (NEW.label, NEW.article_id, 1)
        ON CONFLICT (label, article_id) DO UPDATE SET n = n + 1;
    END"""
    )
    conn.execute(
        """CREATE TRIGGER article_labels_delete AFTER DELETE ON entity_facts BEGIN
        UPDATE article_labels SET n = n - 1 WHERE label = OLD.label AND article_id = OLD.article_id;
        DELETE FROM article_labels WHERE label = OLD.label AND article_id = OLD.article_id AND n <= 0;
    END"""
    )
    conn.execute(
        "INSERT INTO article_labels (label, article_id, n)"
        " SELECT label, article_id, count(*) FROM entity_facts GROUP BY label, article_id"
    )
