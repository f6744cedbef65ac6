"""Version 15: documents as records (issue 20).

`documents` holds every document a library names — a 《…》 title, a 文号 (`number`, written one
way: 国办发〔2020〕1号), or both — with its issuing bodies (a JSON list), its date when known, and
the article that is the document itself (a policy page, PDF or Word file) when there is one.
`title_key` is the title as compared (gui/core/documents.py says how); a number, and else a
title, names one document. `document_mentions` are the places articles name them.

Both are read from the articles by Python (the DOC annotations and a 文号 pattern), so the
triggers only mark an article `document_stale` when its text, its document metadata or its DOC
annotations change, and the library reads the marked articles again before it next lists
documents. Every article of an older library starts marked: the records are built on first use.
"""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            title_key TEXT NOT NULL DEFAULT '',
            number TEXT NOT NULL DEFAULT '',
            issuers TEXT NOT NULL DEFAULT '[]',
            date TEXT NOT NULL DEFAULT '',
            article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL
        )"""
    )
    conn.execute("CREATE UNIQUE INDEX documents_number ON documents (number) WHERE number != ''")
    conn.execute("CREATE INDEX documents_title_key ON documents (title_key) WHERE title_key != ''")
    conn.execute("CREATE INDEX documents_article ON documents (article_id) WHERE article_id IS NOT NULL")
    conn.execute(
        """CREATE TABLE document_mentions (
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (article_id, start, document_id)
        ) WITHOUT ROWID"""
    )
    conn.execute("CREATE INDEX document_mentions_document ON document_mentions (document_id, article_id)")
    conn.execute(
        "CREATE TABLE document_stale (article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE)"
    )
    conn.execute(
        """CREATE TRIGGER document_stale_article_insert AFTER INSERT ON articles BEGIN
            INSERT OR IGNORE INTO document_stale (article_id) VALUES (new.id);
        END"""
    )
    conn.execute(
        """CREATE TRIGGER document_stale_article_update
        AFTER UPDATE OF title, body, published, doc_number, issuer ON articles BEGIN
            INSERT OR IGNORE INTO document_stale (article_id) VALUES (new.id);
        END"""
    )
    conn.execute(
        """CREATE TRIGGER document_stale_annotation_insert AFTER INSERT ON annotations
        WHEN new.label = 'DOC' AND NOT EXISTS (SELECT 1 FROM bulk_insert) BEGIN
            INSERT OR IGNORE INTO document_stale (article_id) VALUES (new.article_id);
        END"""
    )
    conn.execute(
        """CREATE TRIGGER document_stale_annotation_update AFTER UPDATE ON annotations
        WHEN old.label = 'DOC' OR new.label = 'DOC' BEGIN
            INSERT OR IGNORE INTO document_stale (article_id) VALUES (new.article_id);
        END"""
    )
    conn.execute(
        """CREATE TRIGGER document_stale_annotation_delete AFTER DELETE ON annotations
        WHEN old.label = 'DOC' BEGIN
            INSERT OR IGNORE INTO document_stale (article_id)
            SELECT id FROM articles WHERE id = old.article_id;
        END"""
    )
    conn.execute("INSERT INTO document_stale (article_id) SELECT id FROM articles")
