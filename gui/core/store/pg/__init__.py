"""A pizhu library in a PostgreSQL database (issue 18): `PgStore`, the second `LibraryStore`.

- `connection`: connecting by a libpq URL, the schema check, migrations, transactions, LISTEN.
- `adapter`: psycopg under sqlite3's calling conventions, so the shared query mixins run as
  they are; psycopg's errors as LibraryError.
- `dialect`: PostgreSQL's forms of the shared SQL, and the bigram search document.
- `migrations`: the frozen schema versions of a server library.
- `store`: PgStore, the mixins with PostgreSQL's own forms where SQL is not portable.
"""

from __future__ import annotations

from gui.core.store.pg.adapter import is_server_url
from gui.core.store.pg.migrations import SCHEMA_VERSION
from gui.core.store.pg.store import PgStore

__all__ = ["SCHEMA_VERSION", "PgStore", "is_server_url"]
