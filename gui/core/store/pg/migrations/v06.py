"""Version 6 of a PostgreSQL library: a team's leads may clear `document_stale`.

`pizhu server init` granted leads the document records (documents, document_mentions) but not the
list of articles whose records are to be read again, so a lead's Documents view, Insight's issuing
network and a directives export failed ("permission denied for table document_stale"). Where
`server init` made this a team library (its lead role exists), the grant is added; init grants it
from now on. Frozen: a later change is a new module.
"""

from __future__ import annotations

from typing import Any


def migrate(conn: Any) -> None:
    if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'pizhu_lead'").fetchone() is not None:
        conn.execute("GRANT INSERT, UPDATE, DELETE ON document_stale TO pizhu_lead")
