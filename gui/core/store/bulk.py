"""The Insight facts of a bulk insert's new articles, written a batch at a time.

While `bulk_insert` has a row (only inside Store.add_articles_bulk's transaction), the
triggers of the current schema that keep entity_facts, article_labels, directive_facts and
directive_values stand aside (migrations v07, v09); these statements write the same rows
for the whole batch, their one parameter the new articles' ids as a JSON array. The articles
are new: none of them has facts yet. CROSS JOIN keeps SQLite walking from the batch's ids into
the tables (through annotations_article, directive_facts_article) rather than through an
index of every entity in the library.

Written out in full, as the migrations are: a schema change that alters what the triggers
keep must change these too (tests/core/store compares the two).
"""

from __future__ import annotations

BULK_FACTS: tuple[str, ...] = (
    """INSERT INTO entity_facts (label, text, article_id, n)
    SELECT n.label, n.text, n.article_id, count(*)
    FROM json_each(?) AS batch CROSS JOIN annotations n
    WHERE n.article_id = batch.value AND n.kind = 'entity' AND n.status != 'rejected'
    GROUP BY n.label, n.text, n.article_id""",
    """INSERT INTO article_labels (label, article_id, n)
    SELECT n.label, n.article_id, count(DISTINCT n.text)
    FROM json_each(?) AS batch CROSS JOIN annotations n
    WHERE n.article_id = batch.value AND n.kind = 'entity' AND n.status != 'rejected'
    GROUP BY n.label, n.article_id""",
    """INSERT INTO directive_facts (id, article_id, published, topic, strength, issuer, issuer_label)
    SELECT n.id, n.article_id, a.published, coalesce(json_extract(n.attrs, '$.topic'), ''),
        coalesce(json_extract(n.attrs, '$.strength'), ''), coalesce(json_extract(n.attrs, '$.issuer'), ''),
        coalesce(json_extract(n.attrs, '$.issuer_label'), '')
    FROM json_each(?) AS batch CROSS JOIN annotations n CROSS JOIN articles a
    WHERE n.article_id = batch.value AND n.kind = 'directive' AND n.status != 'rejected' AND a.id = n.article_id""",
    """INSERT INTO directive_values (attr, value, article_id, n)
    SELECT 'topic', f.topic, f.article_id, count(*)
    FROM json_each(?) AS batch CROSS JOIN directive_facts f
    WHERE f.article_id = batch.value
    GROUP BY f.topic, f.article_id""",
    """INSERT INTO directive_values (attr, value, article_id, n)
    SELECT 'strength', f.strength, f.article_id, count(*)
    FROM json_each(?) AS batch CROSS JOIN directive_facts f
    WHERE f.article_id = batch.value
    GROUP BY f.strength, f.article_id""",
    """INSERT INTO directive_values (attr, value, article_id, n)
    SELECT 'issuer', f.issuer, f.article_id, count(*)
    FROM json_each(?) AS batch CROSS JOIN directive_facts f
    WHERE f.article_id = batch.value
    GROUP BY f.issuer, f.article_id""",
)
