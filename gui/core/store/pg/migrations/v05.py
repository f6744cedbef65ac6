"""Version 5 of a PostgreSQL library: counts and facts written once per statement, not per row.

Version 1's triggers kept the counts on `articles` and the Insight facts row by row: a statement
inserting an article's 80 annotations updated that article 80 times (80 row versions, each
written into every index of `articles`) and called PL/pgSQL a few hundred times; an import was
mostly that (130 s for 1,000 articles, against 7 s on SQLite). Here the same rows are kept by
statement-level triggers over transition tables: the annotations a statement inserted, changed
or deleted are summed per article and per fact, so a statement writes an article's counts once
and each fact once, whatever its number of rows. What is kept is unchanged (the counts of rows
not rejected; entity_facts, article_labels, directive_facts, directive_values; codes of deleted
directives; document_stale for DOC annotations), so the libraries of version 4 need no rewrite.

New annotation ids are the column's default (COPY leaves the column out); the v01 trigger runs
only for an explicit NULL. Where `pizhu server init` made the trigger functions run as the owner
(SECURITY DEFINER), the new ones do too. Frozen: a later change is a new module.
"""

from __future__ import annotations

from typing import Any

# The changed rows of one statement as (article_id, kind, label, text, status, id, sign): +1 a
# row the statement made, -1 one it removed (an UPDATE is both). Only what a trigger function
# below passes as `added` and `removed`.
_CHANGES = """(SELECT r.article_id, r.kind, r.label, r.text, r.status, r.id, 1 AS sign FROM unnest(added) AS r
        UNION ALL SELECT r.article_id, r.kind, r.label, r.text, r.status, r.id, -1 FROM unnest(removed) AS r)"""

STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE annotations ALTER COLUMN id SET DEFAULT nextval('annotations_id_seq')",
    "DROP TRIGGER annotations_id ON annotations",
    """CREATE TRIGGER annotations_id BEFORE INSERT ON annotations FOR EACH ROW WHEN (NEW.id IS NULL)
        EXECUTE FUNCTION pizhu_annotation_id()""",
    "DROP TRIGGER annotations_changed ON annotations",
    "DROP TRIGGER annotations_document_stale ON annotations",
    "DROP FUNCTION pizhu_annotation_changed()",
    # The annotations a statement added and removed, as arrays of rows: one function for the three events.
    f"""CREATE FUNCTION pizhu_annotations_apply(added annotations[], removed annotations[]) RETURNS void
        LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE articles a SET
            n_entities = a.n_entities + d.entities,
            n_directives = a.n_directives + d.directives,
            n_directives_accepted = a.n_directives_accepted + d.accepted
        FROM (
            SELECT c.article_id, sum(c.sign * (c.kind = 'entity')::int) AS entities,
                sum(c.sign * (c.kind = 'directive')::int) AS directives,
                sum(c.sign * (c.kind = 'directive' AND c.status = 'accepted')::int) AS accepted
            FROM {_CHANGES} AS c
            WHERE c.status != 'rejected'
            GROUP BY c.article_id
        ) AS d
        WHERE a.id = d.article_id AND (d.entities, d.directives, d.accepted) != (0, 0, 0);
        -- Entity facts: each (label, text, article) moved by the statement's net change, once.
        INSERT INTO entity_facts AS f (label, text, article_id, n)
        SELECT c.label, c.text, c.article_id, sum(c.sign)
        FROM {_CHANGES} AS c
        WHERE c.kind = 'entity' AND c.status != 'rejected'
        GROUP BY c.label, c.text, c.article_id
        HAVING sum(c.sign) != 0
        ON CONFLICT (label, text, article_id) DO UPDATE SET n = f.n + excluded.n;
        DELETE FROM entity_facts f
        USING (SELECT DISTINCT r.label, r.text, r.article_id FROM unnest(removed) AS r
            WHERE r.kind = 'entity' AND r.status != 'rejected') AS gone
        WHERE f.label = gone.label AND f.text = gone.text AND f.article_id = gone.article_id AND f.n <= 0;
        -- A directive's fact is its row's: removed with it, written again for its new state.
        DELETE FROM directive_facts WHERE id IN (SELECT r.id FROM unnest(removed) AS r WHERE r.kind = 'directive');
        INSERT INTO directive_facts (id, article_id, published, topic, strength, issuer, issuer_label)
        SELECT r.id, r.article_id, a.published, coalesce(r.attrs::jsonb ->> 'topic', ''),
            coalesce(r.attrs::jsonb ->> 'strength', ''), coalesce(r.attrs::jsonb ->> 'issuer', ''),
            coalesce(r.attrs::jsonb ->> 'issuer_label', '')
        FROM unnest(added) AS r LEFT JOIN articles a ON a.id = r.article_id
        WHERE r.kind = 'directive' AND r.status != 'rejected';
    END $$""",
    """CREATE FUNCTION pizhu_annotations_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            PERFORM pizhu_annotations_apply(ARRAY(SELECT r::annotations FROM new_rows AS r), '{}'::annotations[]);
            INSERT INTO document_stale (article_id)
            SELECT DISTINCT article_id FROM new_rows WHERE label = 'DOC' ON CONFLICT DO NOTHING;
        ELSIF TG_OP = 'UPDATE' THEN
            PERFORM pizhu_annotations_apply(
                ARRAY(SELECT r::annotations FROM new_rows AS r), ARRAY(SELECT r::annotations FROM old_rows AS r)
            );
            INSERT INTO document_stale (article_id)
            SELECT DISTINCT n.article_id FROM new_rows n
            WHERE n.label = 'DOC' OR EXISTS (SELECT 1 FROM old_rows o WHERE o.id = n.id AND o.label = 'DOC')
            ON CONFLICT DO NOTHING;
        ELSE
            PERFORM pizhu_annotations_apply('{}'::annotations[], ARRAY(SELECT r::annotations FROM old_rows AS r));
            DELETE FROM codes WHERE unit = 'directive'
                AND unit_id IN (SELECT id FROM old_rows WHERE kind = 'directive');
            -- Not for an article being deleted (its annotations go with it).
            INSERT INTO document_stale (article_id)
            SELECT DISTINCT o.article_id FROM old_rows o JOIN articles a ON a.id = o.article_id
            WHERE o.label = 'DOC' ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER annotations_inserted AFTER INSERT ON annotations REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION pizhu_annotations_changed()""",
    """CREATE TRIGGER annotations_updated AFTER UPDATE ON annotations
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION pizhu_annotations_changed()""",
    """CREATE TRIGGER annotations_deleted AFTER DELETE ON annotations REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION pizhu_annotations_changed()""",
    # -- the facts' own summaries: article_labels from entity_facts, directive_values from directive_facts
    "DROP TRIGGER entity_facts_changed ON entity_facts",
    "DROP FUNCTION pizhu_entity_fact_changed()",
    """CREATE FUNCTION pizhu_entity_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO article_labels AS l (label, article_id, n)
            SELECT label, article_id, count(*) FROM new_rows GROUP BY label, article_id
            ON CONFLICT (label, article_id) DO UPDATE SET n = l.n + excluded.n;
        ELSE
            UPDATE article_labels l SET n = l.n - d.n
            FROM (SELECT label, article_id, count(*) AS n FROM old_rows GROUP BY label, article_id) AS d
            WHERE l.label = d.label AND l.article_id = d.article_id;
            DELETE FROM article_labels l USING (SELECT DISTINCT label, article_id FROM old_rows) AS d
            WHERE l.label = d.label AND l.article_id = d.article_id AND l.n <= 0;
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER entity_facts_inserted AFTER INSERT ON entity_facts REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION pizhu_entity_facts_changed()""",
    """CREATE TRIGGER entity_facts_deleted AFTER DELETE ON entity_facts REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION pizhu_entity_facts_changed()""",
    "DROP TRIGGER directive_facts_changed ON directive_facts",
    "DROP FUNCTION pizhu_directive_fact_changed()",
    """CREATE FUNCTION pizhu_directive_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO directive_values AS v (attr, value, article_id, n)
            SELECT p.attr, p.value, f.article_id, count(*)
            FROM new_rows f CROSS JOIN LATERAL (VALUES ('topic', f.topic), ('strength', f.strength),
                ('issuer', f.issuer)) AS p (attr, value)
            GROUP BY p.attr, p.value, f.article_id
            ON CONFLICT (attr, value, article_id) DO UPDATE SET n = v.n + excluded.n;
        ELSE
            UPDATE directive_values v SET n = v.n - d.n
            FROM (SELECT p.attr, p.value, f.article_id, count(*) AS n
                FROM old_rows f CROSS JOIN LATERAL (VALUES ('topic', f.topic), ('strength', f.strength),
                    ('issuer', f.issuer)) AS p (attr, value)
                GROUP BY p.attr, p.value, f.article_id) AS d
            WHERE v.attr = d.attr AND v.value = d.value AND v.article_id = d.article_id;
            DELETE FROM directive_values v USING (SELECT DISTINCT article_id FROM old_rows) AS d
            WHERE v.article_id = d.article_id AND v.n <= 0;
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER directive_facts_inserted AFTER INSERT ON directive_facts REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION pizhu_directive_facts_changed()""",
    """CREATE TRIGGER directive_facts_deleted AFTER DELETE ON directive_facts REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION pizhu_directive_facts_changed()""",
)

# The functions that run as the owner in a team library (gui/core/store/pg/access.py's init).
# Not pizhu_annotations_apply: as the owner, any coder could call it to move the counts.
_NEW_FUNCTIONS = (
    "pizhu_annotations_changed()",
    "pizhu_entity_facts_changed()",
    "pizhu_directive_facts_changed()",
)


def migrate(conn: Any) -> None:
    # Read before the old function is dropped: whether `pizhu server init` made this a team library.
    row = conn.execute("SELECT prosecdef FROM pg_proc WHERE proname = 'pizhu_annotation_changed'").fetchone()
    for statement in STATEMENTS:
        conn.execute(statement)
    if row is not None and row[0]:
        for function in _NEW_FUNCTIONS:
            conn.execute(f"ALTER FUNCTION {function} SECURITY DEFINER SET search_path = public")
