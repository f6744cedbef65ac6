"""Version 13: what a document says about itself and where it came from (issue 19).

`doc_number` (文号) and `issuer` (发文机关) come from a policy page's header block or a Word or
PDF file's first lines; `url` is a saved web page's address; `source_path` and `source_hash`
(SHA-256) name the file an article was read from, and `page_from`/`page_to` the PDF pages, for
View → Original. Indexes serve the filters by issuing body and document number."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    for column in ("doc_number", "issuer", "url", "source_path", "source_hash"):
        conn.execute(f"ALTER TABLE articles ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE articles ADD COLUMN page_from INTEGER")
    conn.execute("ALTER TABLE articles ADD COLUMN page_to INTEGER")
    conn.execute("CREATE INDEX articles_issuer ON articles (issuer) WHERE issuer != ''")
    conn.execute("CREATE INDEX articles_doc_number ON articles (doc_number) WHERE doc_number != ''")
