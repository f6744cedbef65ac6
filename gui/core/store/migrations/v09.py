"""Version 9: bulk inserts keep the Insight tables a batch at a time. The triggers that add an
annotation's facts (entity_facts, directive_facts) and theirs (article_labels, directive_values)
stand aside while `bulk_insert` has a row, as the count triggers do, and add_articles_bulk writes
the batch's facts with one INSERT … SELECT per table (see ..bulk). Row by row, they were a third
of an import's writing. The four triggers on a new annotation (two counts, two kinds of facts)
become one, which asks about `bulk_insert` once: a trigger costs something at every row even when
it does nothing."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TRIGGER annotations_entity_counts_insert")
    conn.execute("DROP TRIGGER annotations_directive_counts_insert")
    conn.execute("DROP TRIGGER entity_facts_insert")
    conn.execute("DROP TRIGGER directive_facts_insert")
    conn.execute("DROP TRIGGER article_labels_insert")
    conn.execute("DROP TRIGGER directive_values_insert")
    conn.execute(
        """CREATE TRIGGER annotations_insert AFTER INSERT ON annotations
        WHEN NOT EXISTS (SELECT 1 FROM bulk_insert) BEGIN
        UPDATE articles SET n_entities = n_entities + 1
        WHERE id = NEW.article_id AND NEW.kind = 'entity' AND NEW.status != 'rejected';
        UPDATE articles SET n_directives = n_directives + 1,
            n_directives_accepted = n_directives_accepted + (NEW.status = 'accepted')
        WHERE id = NEW.article_id AND NEW.kind = 'directive' AND NEW.status != 'rejected';
        INSERT INTO entity_facts (label, text, article_id, n) SELECT NEW.label, NEW.text, NEW.article_id, 1
        WHERE NEW.kind = 'entity' AND NEW.status != 'rejected'
        ON CONFLICT (label, text, article_id) DO UPDATE SET n = n + 1;
        INSERT INTO directive_facts (id, article_id, published, topic, strength, issuer, issuer_label)
        SELECT NEW.id, NEW.article_id, (SELECT published FROM articles WHERE id = NEW.article_id),
            coalesce(json_extract(NEW.attrs, '$.topic'), ''), coalesce(json_extract(NEW.attrs, '$.strength'), ''),
            coalesce(json_extract(NEW.attrs, '$.issuer'), ''), coalesce(json_extract(NEW.attrs, '$.issuer_label'), '')
        WHERE NEW.kind = 'directive' AND NEW.status != 'rejected';
    END"""
    )
    conn.execute(
        """CREATE TRIGGER article_labels_insert AFTER INSERT ON entity_facts
        WHEN NOT EXISTS (SELECT 1 FROM bulk_insert) BEGIN
        INSERT INTO article_labels (label, article_id, n) VALUES (NEW.label, NEW.article_id, 1)
        ON CONFLICT (label, article_id) DO UPDATE SET n = n + 1;
    END"""
    )
    conn.execute(
        """CREATE TRIGGER directive_values_insert AFTER INSERT ON directive_facts
        WHEN NOT EXISTS (SELECT 1 FROM bulk_insert) BEGIN
        INSERT INTO directive_values (attr, value, article_id, n) VALUES ('topic', NEW.topic, NEW.article_id, 1)
        ON CONFLICT (attr, value, article_id) DO UPDATE SET n = n + 1;
        INSERT INTO directive_values (attr, value, article_id, n) VALUES ('strength', NEW.strength, NEW.article_id, 1)
        ON CONFLICT (attr, value, article_id) DO UPDATE SET n = n + 1;
        INSERT INTO directive_values (attr, value, article_id, n) VALUES ('issuer', NEW.issuer, NEW.article_id, 1)
        ON CONFLICT (attr, value, article_id) DO UPDATE SET n = n + 1;
    END"""
    )
