"""The library file: schema, migrations and every SQL statement of pizhu.

One SQLite file (through sqlite-utils) in WAL mode with foreign keys on. The
schema version lives in `PRAGMA user_version`; `MIGRATIONS` lists the steps from
each version to the next, and opening an older library backs it up and runs the
missing steps. Writes run in `BEGIN IMMEDIATE` transactions so that two pizhu
processes wait for each other (up to a timeout) instead of failing half-way.
"""

from __future__ import annotations

import glob
import json
import logging
import os
import shlex
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import sqlite_utils

from gui.core.errors import DamagedLibraryError, LibraryError
from gui.core.messages import msg
from gui.core.model import Annotation, Article, ArticleRow, now_iso
from gui.core.searchtext import index_text, match_expression

log = logging.getLogger("pizhu.store")


def _lock_timeout() -> float:
    """How long a write waits for another pizhu process to finish ($PIZHU_LOCK_TIMEOUT seconds)."""
    try:
        return max(0.0, float(os.environ.get("PIZHU_LOCK_TIMEOUT", "15")))
    except ValueError:
        return 15.0


# How long opening a library may spend on PRAGMA quick_check. It reads the whole file
# (about 0.2 s for 500 MB in the page cache); a bigger library is checked for its schema
# only, and damage found later by a read or write is reported the same way.
_QUICK_CHECK_SECONDS = 0.25


def _is_device_path(path: Path) -> bool:
    return os.name == "posix" and path.absolute().parts[1:2] in (("dev",), ("proc",))


def _writable(path: Path) -> bool:
    """Whether this process may write the file or folder (False on read-only media, even for root)."""
    return os.access(path, os.W_OK)


_V1_SCHEMA = (
    """CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL DEFAULT '',
        published TEXT,
        pre_title TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        subtitles TEXT NOT NULL DEFAULT '[]',
        byline TEXT NOT NULL DEFAULT '',
        dateline TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'done')),
        content_hash TEXT NOT NULL UNIQUE,
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX articles_published ON articles (published, id)",
    "CREATE INDEX articles_status ON articles (status, published)",
    """CREATE TABLE annotations (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('entity', 'directive')),
        label TEXT NOT NULL,
        start INTEGER NOT NULL CHECK (start >= 0),
        "end" INTEGER NOT NULL CHECK ("end" > start),
        text TEXT NOT NULL,
        attrs TEXT NOT NULL DEFAULT '{}',
        origin TEXT NOT NULL CHECK (origin IN ('auto', 'manual')),
        status TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX annotations_article ON annotations (article_id, kind, start)",
    """CREATE TABLE lexicon (
        term TEXT NOT NULL,
        label TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('builtin', 'user')),
        PRIMARY KEY (term, label)
    )""",
)


def _v1(conn: sqlite3.Connection) -> None:
    # Statement by statement: executescript() would commit the migration's transaction.
    for statement in _V1_SCHEMA:
        conn.execute(statement)


def _v2(conn: sqlite3.Connection) -> None:
    """Full-text search over title and body as character bigrams (see searchtext)."""
    conn.execute("CREATE VIRTUAL TABLE article_search USING fts5 (title, body, content='', tokenize='unicode61')")
    # Corrections block terms as well as add them.
    conn.execute("ALTER TABLE lexicon ADD COLUMN action TEXT NOT NULL DEFAULT 'add' CHECK (action IN ('add', 'block'))")
    conn.execute("ALTER TABLE lexicon ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''")
    rows = conn.execute("SELECT id, pre_title, title, subtitles, body FROM articles").fetchall()
    conn.executemany(
        "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)",
        ((r[0], index_text(_headline_text(r[1], r[2], r[3])), index_text(r[4])) for r in rows),
    )


_COUNT_DELTA = """
    UPDATE articles SET
        n_entities = n_entities {op} ({row}.kind = 'entity' AND {row}.status != 'rejected'),
        n_directives = n_directives {op} ({row}.kind = 'directive' AND {row}.status != 'rejected'),
        n_directives_accepted = n_directives_accepted {op} ({row}.kind = 'directive' AND {row}.status = 'accepted')
    WHERE id = {row}.article_id;
"""


def _v3(conn: sqlite3.Connection) -> None:
    """Annotation counts kept on the article (the list sorts and shows them without
    counting), indexes for the list's filters, and library-wide settings (topics)."""
    for column in ("n_entities", "n_directives", "n_directives_accepted"):
        conn.execute(f"ALTER TABLE articles ADD COLUMN {column} INTEGER NOT NULL DEFAULT 0")
    plus, minus = _COUNT_DELTA.format(op="+", row="NEW"), _COUNT_DELTA.format(op="-", row="OLD")
    conn.execute(f"CREATE TRIGGER annotations_counts_insert AFTER INSERT ON annotations BEGIN {plus} END")
    conn.execute(f"CREATE TRIGGER annotations_counts_delete AFTER DELETE ON annotations BEGIN {minus} END")
    conn.execute(
        "CREATE TRIGGER annotations_counts_update AFTER UPDATE OF kind, status, article_id ON annotations"
        f" BEGIN {minus} {plus} END"
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


_DIRECTIVE_FACT = """
    INSERT INTO directive_facts (id, article_id, published, topic, strength, issuer, issuer_label)
    SELECT NEW.id, NEW.article_id, (SELECT published FROM articles WHERE id = NEW.article_id),
        coalesce(json_extract(NEW.attrs, '$.topic'), ''), coalesce(json_extract(NEW.attrs, '$.strength'), ''),
        coalesce(json_extract(NEW.attrs, '$.issuer'), ''), coalesce(json_extract(NEW.attrs, '$.issuer_label'), '')
    WHERE NEW.kind = 'directive' AND NEW.status != 'rejected';
"""


def _v4(conn: sqlite3.Connection) -> None:
    """For the Insight view (aggregates over 100,000 articles in well under a second):
    the counted directives' attributes as plain columns, kept by triggers, with
    covering indexes; and a covering index for entity counts by label and text."""
    conn.execute(
        """CREATE TABLE directive_facts (
            id INTEGER PRIMARY KEY,  -- the annotation's id; only directives that are not rejected
            article_id INTEGER NOT NULL,
            published TEXT,
            topic TEXT NOT NULL,
            strength TEXT NOT NULL,
            issuer TEXT NOT NULL,
            issuer_label TEXT NOT NULL
        )"""
    )
    conn.execute("CREATE INDEX directive_facts_article ON directive_facts (article_id, topic, strength, published)")
    conn.execute("CREATE INDEX directive_facts_published ON directive_facts (published, topic, strength, article_id)")
    conn.execute("CREATE INDEX directive_facts_issuer ON directive_facts (issuer, issuer_label, topic, article_id)")
    conn.execute(
        "CREATE TRIGGER directive_facts_insert AFTER INSERT ON annotations WHEN NEW.kind = 'directive'"
        f" BEGIN {_DIRECTIVE_FACT} END"
    )
    conn.execute(
        "CREATE TRIGGER directive_facts_delete AFTER DELETE ON annotations WHEN OLD.kind = 'directive'"
        " BEGIN DELETE FROM directive_facts WHERE id = OLD.id; END"
    )
    conn.execute(
        "CREATE TRIGGER directive_facts_update AFTER UPDATE OF kind, status, attrs, article_id ON annotations"
        f" BEGIN DELETE FROM directive_facts WHERE id = OLD.id; {_DIRECTIVE_FACT} END"
    )
    conn.execute(
        "CREATE TRIGGER directive_facts_published AFTER UPDATE OF published ON articles"
        " BEGIN UPDATE directive_facts SET published = NEW.published WHERE article_id = NEW.id; END"
    )
    conn.execute(
        "INSERT INTO directive_facts (id, article_id, published, topic, strength, issuer, issuer_label)"
        " SELECT n.id, n.article_id, a.published, coalesce(json_extract(n.attrs, '$.topic'), ''),"
        " coalesce(json_extract(n.attrs, '$.strength'), ''), coalesce(json_extract(n.attrs, '$.issuer'), ''),"
        " coalesce(json_extract(n.attrs, '$.issuer_label'), '')"
        " FROM annotations n JOIN articles a ON a.id = n.article_id"
        " WHERE n.kind = 'directive' AND n.status != 'rejected'"
    )
    conn.execute(
        "CREATE INDEX annotations_entity_text ON annotations (kind, label, text, article_id, status)"
        " WHERE kind = 'entity'"
    )


def _count_triggers(conn: sqlite3.Connection, guard: str = "") -> None:
    """Triggers that add or take away one annotation from its article's counts, each touching only
    the count that changes; `guard` is one more condition for them to fire."""
    for event, row, op in (("insert", "NEW", "+"), ("delete", "OLD", "-")):
        conn.execute(
            f"CREATE TRIGGER annotations_entity_counts_{event} AFTER {event.upper()} ON annotations"
            f" WHEN {row}.kind = 'entity' AND {row}.status != 'rejected'{guard}"
            f" BEGIN UPDATE articles SET n_entities = n_entities {op} 1 WHERE id = {row}.article_id; END"
        )
        conn.execute(
            f"CREATE TRIGGER annotations_directive_counts_{event} AFTER {event.upper()} ON annotations"
            f" WHEN {row}.kind = 'directive' AND {row}.status != 'rejected'{guard}"
            f" BEGIN UPDATE articles SET n_directives = n_directives {op} 1,"
            f" n_directives_accepted = n_directives_accepted {op} ({row}.status = 'accepted')"
            f" WHERE id = {row}.article_id; END"
        )


def _v5(conn: sqlite3.Connection) -> None:
    """The article list at 100,000 articles: an index for every sort of the list (title,
    counts), directive topics indexed (the topic filter and its list of topics), and count
    triggers that touch only the count that changes, so the count indexes stay cheap to keep
    when an import adds thousands of annotations."""
    conn.execute("DROP TRIGGER annotations_counts_insert")
    conn.execute("DROP TRIGGER annotations_counts_delete")
    _count_triggers(conn)
    conn.execute("CREATE INDEX articles_title ON articles (title COLLATE NOCASE, id)")
    conn.execute("CREATE INDEX articles_entities ON articles (n_entities, id)")
    conn.execute("CREATE INDEX articles_directives ON articles (n_directives, id)")
    conn.execute("CREATE INDEX directive_facts_topic ON directive_facts (topic, article_id)")


_ENTITY_FACT_ADD = """
    INSERT INTO entity_facts (label, text, article_id, n) SELECT NEW.label, NEW.text, NEW.article_id, 1
    WHERE NEW.kind = 'entity' AND NEW.status != 'rejected'
    ON CONFLICT (label, text, article_id) DO UPDATE SET n = n + 1;
"""
_ENTITY_FACT_REMOVE = """
    UPDATE entity_facts SET n = n - 1 WHERE OLD.kind = 'entity' AND OLD.status != 'rejected'
        AND label = OLD.label AND text = OLD.text AND article_id = OLD.article_id;
    DELETE FROM entity_facts WHERE label = OLD.label AND text = OLD.text AND article_id = OLD.article_id AND n <= 0;
"""


_DIRECTIVE_VALUES = ("topic", "strength", "issuer")


def _directive_value(op: str, row: str) -> str:
    if op == "+":
        return "".join(
            "INSERT INTO directive_values (attr, value, article_id, n)"
            f" VALUES ('{attr}', {row}.{attr}, {row}.article_id, 1)"
            " ON CONFLICT (attr, value, article_id) DO UPDATE SET n = n + 1;"
            for attr in _DIRECTIVE_VALUES
        )
    return "".join(
        f"UPDATE directive_values SET n = n - 1 WHERE attr = '{attr}' AND value = {row}.{attr}"
        f" AND article_id = {row}.article_id;"
        f" DELETE FROM directive_values WHERE attr = '{attr}' AND value = {row}.{attr}"
        f" AND article_id = {row}.article_id AND n <= 0;"
        for attr in _DIRECTIVE_VALUES
    )


def _v6(conn: sqlite3.Connection) -> None:
    """Insight at 100,000 articles of news length: each article's entities (label and
    text, with the number of mentions) and its directives' topics, strengths and issuers,
    one row each, kept by triggers. Counting articles per entity, topic or issuer is
    then a count of rows in key order, with no DISTINCT; the covering index of version 4
    goes."""
    conn.execute(
        """CREATE TABLE entity_facts (
            label TEXT NOT NULL,
            text TEXT NOT NULL,
            article_id INTEGER NOT NULL,
            n INTEGER NOT NULL,  -- mentions in the article that are not rejected
            PRIMARY KEY (label, text, article_id)
        ) WITHOUT ROWID"""
    )
    conn.execute(
        """CREATE TABLE directive_values (
            attr TEXT NOT NULL,  -- topic, strength or issuer
            value TEXT NOT NULL,
            article_id INTEGER NOT NULL,
            n INTEGER NOT NULL,  -- directives of the article with that value, not rejected
            PRIMARY KEY (attr, value, article_id)
        ) WITHOUT ROWID"""
    )
    conn.execute(
        "CREATE TRIGGER entity_facts_insert AFTER INSERT ON annotations"
        f" WHEN NEW.kind = 'entity' AND NEW.status != 'rejected' BEGIN {_ENTITY_FACT_ADD} END"
    )
    conn.execute(
        "CREATE TRIGGER entity_facts_delete AFTER DELETE ON annotations"
        f" WHEN OLD.kind = 'entity' AND OLD.status != 'rejected' BEGIN {_ENTITY_FACT_REMOVE} END"
    )
    conn.execute(
        "CREATE TRIGGER entity_facts_update AFTER UPDATE OF kind, label, text, status, article_id ON annotations"
        f" WHEN OLD.kind = 'entity' OR NEW.kind = 'entity' BEGIN {_ENTITY_FACT_REMOVE} {_ENTITY_FACT_ADD} END"
    )
    for event, op, row in (("insert", "+", "NEW"), ("delete", "-", "OLD")):
        conn.execute(
            f"CREATE TRIGGER directive_values_{event} AFTER {event.upper()} ON directive_facts"
            f" BEGIN {_directive_value(op, row)} END"
        )
    conn.execute(
        "INSERT INTO entity_facts (label, text, article_id, n) SELECT label, text, article_id, count(*)"
        " FROM annotations WHERE kind = 'entity' AND status != 'rejected' GROUP BY label, text, article_id"
    )
    for attr in _DIRECTIVE_VALUES:
        conn.execute(
            f"INSERT INTO directive_values (attr, value, article_id, n) SELECT '{attr}', {attr}, article_id, count(*)"
            f" FROM directive_facts GROUP BY {attr}, article_id"
        )
    conn.execute("DROP INDEX annotations_entity_text")


def _v7(conn: sqlite3.Connection) -> None:
    """Bulk inserts (imports, generated libraries) write each new article with its counts
    already counted, and the count triggers stand aside while the `bulk_insert` table has
    a row: that row exists only inside add_articles_bulk's own transaction, so no other
    connection ever sees it. A count trigger rewrites the article's whole row, body
    included, for every annotation: a quarter of an import's writing."""
    conn.execute("CREATE TABLE bulk_insert (active INTEGER NOT NULL)")
    for event in ("insert", "delete"):
        for kind in ("entity", "directive"):
            conn.execute(f"DROP TRIGGER annotations_{kind}_counts_{event}")
    _count_triggers(conn, " AND NOT EXISTS (SELECT 1 FROM bulk_insert)")


def _v8(conn: sqlite3.Connection) -> None:
    """The label filter at 100,000 articles: which labels each article has (entities not
    rejected), one row per label and article, kept from entity_facts (a row there per label,
    text and article). A common label is in 90,000 articles but 400,000 facts."""
    conn.execute(
        """CREATE TABLE article_labels (
            label TEXT NOT NULL,
            article_id INTEGER NOT NULL,
            n INTEGER NOT NULL,  -- rows of entity_facts: distinct texts of that label in the article
            PRIMARY KEY (label, article_id)
        ) WITHOUT ROWID"""
    )
    conn.execute(
        "CREATE TRIGGER article_labels_insert AFTER INSERT ON entity_facts BEGIN"
        " INSERT INTO article_labels (label, article_id, n) VALUES (NEW.label, NEW.article_id, 1)"
        " ON CONFLICT (label, article_id) DO UPDATE SET n = n + 1; END"
    )
    conn.execute(
        "CREATE TRIGGER article_labels_delete AFTER DELETE ON entity_facts BEGIN"
        " UPDATE article_labels SET n = n - 1 WHERE label = OLD.label AND article_id = OLD.article_id;"
        " DELETE FROM article_labels WHERE label = OLD.label AND article_id = OLD.article_id AND n <= 0; END"
    )
    conn.execute(
        "INSERT INTO article_labels (label, article_id, n)"
        " SELECT label, article_id, count(*) FROM entity_facts GROUP BY label, article_id"
    )


_IN_BULK = "EXISTS (SELECT 1 FROM bulk_insert)"


def _v9(conn: sqlite3.Connection) -> None:
    """Bulk inserts keep the Insight tables a batch at a time: the triggers that add an
    annotation's facts (entity_facts, directive_facts) and theirs (article_labels,
    directive_values) stand aside while `bulk_insert` has a row, as the count triggers do,
    and add_articles_bulk writes the batch's facts with one INSERT … SELECT per table.
    Row by row, they were a third of an import's writing. The four triggers on a new
    annotation (two counts, two kinds of facts) become one, which asks about `bulk_insert`
    once: a trigger costs something at every row even when it does nothing."""
    for name in (
        "annotations_entity_counts_insert",
        "annotations_directive_counts_insert",
        "entity_facts_insert",
        "directive_facts_insert",
        "article_labels_insert",
        "directive_values_insert",
    ):
        conn.execute(f"DROP TRIGGER {name}")
    entity = "NEW.kind = 'entity' AND NEW.status != 'rejected'"
    directive = "NEW.kind = 'directive' AND NEW.status != 'rejected'"
    conn.execute(
        f"CREATE TRIGGER annotations_insert AFTER INSERT ON annotations WHEN NOT {_IN_BULK} BEGIN"
        f" UPDATE articles SET n_entities = n_entities + 1 WHERE id = NEW.article_id AND {entity};"
        " UPDATE articles SET n_directives = n_directives + 1,"
        " n_directives_accepted = n_directives_accepted + (NEW.status = 'accepted')"
        f" WHERE id = NEW.article_id AND {directive};"
        f" {_ENTITY_FACT_ADD} {_DIRECTIVE_FACT} END"
    )
    conn.execute(
        f"CREATE TRIGGER article_labels_insert AFTER INSERT ON entity_facts WHEN NOT {_IN_BULK} BEGIN"
        " INSERT INTO article_labels (label, article_id, n) VALUES (NEW.label, NEW.article_id, 1)"
        " ON CONFLICT (label, article_id) DO UPDATE SET n = n + 1; END"
    )
    conn.execute(
        f"CREATE TRIGGER directive_values_insert AFTER INSERT ON directive_facts WHEN NOT {_IN_BULK}"
        f" BEGIN {_directive_value('+', 'NEW')} END"
    )


# The Insight facts of a bulk insert's new articles (their ids as a JSON array), as the
# triggers of versions 4, 6 and 8 would have written them one annotation at a time. The
# articles are new: none of them has facts yet. CROSS JOIN keeps SQLite walking from the
# batch's ids into the tables (through annotations_article, directive_facts_article)
# rather than through an index of every entity in the library.
_BATCH = "json_each(?) AS batch CROSS JOIN"
_BULK_FACTS = (
    f"INSERT INTO entity_facts (label, text, article_id, n) SELECT n.label, n.text, n.article_id, count(*)"
    f" FROM {_BATCH} annotations n WHERE n.article_id = batch.value AND n.kind = 'entity'"
    " AND n.status != 'rejected' GROUP BY n.label, n.text, n.article_id",
    "INSERT INTO article_labels (label, article_id, n) SELECT n.label, n.article_id, count(DISTINCT n.text)"
    f" FROM {_BATCH} annotations n WHERE n.article_id = batch.value AND n.kind = 'entity'"
    " AND n.status != 'rejected' GROUP BY n.label, n.article_id",
    "INSERT INTO directive_facts (id, article_id, published, topic, strength, issuer, issuer_label)"
    " SELECT n.id, n.article_id, a.published, coalesce(json_extract(n.attrs, '$.topic'), ''),"
    " coalesce(json_extract(n.attrs, '$.strength'), ''), coalesce(json_extract(n.attrs, '$.issuer'), ''),"
    " coalesce(json_extract(n.attrs, '$.issuer_label'), '')"
    f" FROM {_BATCH} annotations n CROSS JOIN articles a"
    " WHERE n.article_id = batch.value AND n.kind = 'directive' AND n.status != 'rejected' AND a.id = n.article_id",
    *(
        f"INSERT INTO directive_values (attr, value, article_id, n) SELECT '{attr}', f.{attr}, f.article_id, count(*)"
        f" FROM {_BATCH} directive_facts f WHERE f.article_id = batch.value GROUP BY f.{attr}, f.article_id"
        for attr in _DIRECTIVE_VALUES
    ),
)


def _v10(conn: sqlite3.Connection) -> None:
    """An article's kind: 'article', or 'summary' for a block that only lists the day's
    headlines (新闻联播's 新闻摘要), which the list can leave out."""
    conn.execute("ALTER TABLE articles ADD COLUMN kind TEXT NOT NULL DEFAULT 'article'")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9, _v10]
SCHEMA_VERSION = len(MIGRATIONS)

_ARTICLE_COLUMNS = (
    "id, source, published, pre_title, title, subtitles, byline, dateline, body, status, "
    "content_hash, imported_at, updated_at, kind"
)
# Rows of one multi-row INSERT (see Store._insert_annotation_rows), a power of two.
_ROWS_PER_INSERT = 512
_ANNOTATION_COLUMNS = 'id, article_id, kind, label, start, "end", text, attrs, origin, status, updated_at'


def _annotation_values(a: Annotation, stamp: str) -> tuple[Any, ...]:
    """An annotation's columns after id and article_id, as written (updated_at is `stamp`)."""
    attrs = "{}" if not a.attrs else json.dumps(a.attrs, ensure_ascii=False)
    return (a.kind, a.label, a.start, a.end, a.text, attrs, a.origin, a.status, stamp)


_SORTS = {
    "published": "published DESC NULLS LAST, id DESC",
    "published_asc": "published ASC NULLS LAST, id ASC",
    "title": "title COLLATE NOCASE ASC, id ASC",
    "status": "status ASC, published DESC NULLS LAST, id DESC",
    "imported": "id ASC",
    "entities": "n_entities DESC, id DESC",
    "directives": "n_directives DESC, id DESC",
}


def _headline_text(pre_title: str, title: str, subtitles: str | list[str]) -> str:
    subs = json.loads(subtitles) if isinstance(subtitles, str) else subtitles
    return " ".join([pre_title, title, *subs])


@dataclass(slots=True)
class ArticleFilter:
    """What the article list shows; every field narrows it, None means any."""

    status: str | None = None
    kind: str | None = None  # "article" leaves out the summaries of the day's headlines
    query: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    ids: Sequence[int] | None = None
    label: str | None = None  # has an entity with this label (not rejected)
    issuer: str | None = None  # has a directive by this issuer (not rejected)
    topic: str | None = None  # has a directive on this topic (not rejected)


def damaged(path: Path, what: str) -> DamagedLibraryError:
    """The one line for a damaged library: what is wrong and how to get the articles back."""
    backups = sorted(path.parent.glob(f"{glob.escape(path.name)}.v*-backup*"), key=lambda p: p.stat().st_mtime)
    restore = msg("library.restore_backup", backup=backups[-1]) if backups else ""
    command = f"sqlite3 {shlex.quote(str(path))} .recover | sqlite3 recovered.sqlite"
    return DamagedLibraryError(msg("library.damaged", path=path, what=what, restore=restore, command=command))


def _friendly(exc: sqlite3.Error, path: Path) -> LibraryError:
    # By SQLite's result code (an extended code's low byte is its primary code), not its message.
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return LibraryError(msg("library.busy", path=path))
    if primary == sqlite3.SQLITE_READONLY:
        return LibraryError(msg("library.read_only", path=path))
    if primary == sqlite3.SQLITE_FULL:
        return LibraryError(msg("library.disk_full", path=path))
    if primary == sqlite3.SQLITE_NOTADB:
        return LibraryError(msg("library.not_a_library", path=path))
    if primary == sqlite3.SQLITE_CORRUPT:
        return damaged(path, str(exc))
    if primary == sqlite3.SQLITE_CANTOPEN:
        return LibraryError(msg("library.cannot_open_file", path=path))
    if primary == sqlite3.SQLITE_IOERR:
        return LibraryError(msg("library.io", path=path, reason=exc))
    return LibraryError(msg("library.error", path=path, reason=exc))


@cache
def _expected_schema(version: int) -> frozenset[tuple[str, str]]:
    """The tables, indexes and triggers a library of this version has: what its migrations make."""
    conn = sqlite3.connect(":memory:")
    try:
        for step in MIGRATIONS[:version]:
            step(conn)
        return frozenset(conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        conn.close()


@lru_cache(maxsize=16)
def _multi_row_insert(rows: int) -> str:
    return f"INSERT INTO annotations ({_ANNOTATION_COLUMNS}) VALUES " + ", ".join(
        ["(NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"] * rows
    )


class Store:
    """An open library. One per thread: SQLite connections stay in the thread that made them."""

    def __init__(
        self,
        path: str | Path,
        *,
        backup_before_migrate: bool = True,
        read_only: bool | None = None,
        create: bool = True,
        verify: bool = False,
    ) -> None:
        """Open the library file; `create` makes a new one where there is none (read commands
        pass False), `verify` adds PRAGMA quick_check to the schema check every open does.
        `read_only` None: read-only when the file or its folder may not be written."""
        self.path = Path(path)
        try:
            info = self.path.stat()
        except FileNotFoundError:
            info = None
        except OSError as exc:
            raise LibraryError(msg("library.cannot_open", path=self.path, reason=exc.strerror or exc)) from None
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise LibraryError(msg("library.is_folder", path=self.path))
        # /dev/stdout, a pipe, a device: SQLite would write its pages there (/dev/stdout may
        # even lead to a regular file, the one the output goes to).
        if (info is not None and not stat.S_ISREG(info.st_mode)) or _is_device_path(self.path):
            raise LibraryError(msg("library.is_device", path=self.path))
        self.created = info is None or info.st_size == 0
        if self.created and not create:
            if info is not None:
                raise LibraryError(msg("library.empty_file", path=self.path))
            if self.path.parent.is_dir():
                raise LibraryError(msg("library.missing", path=self.path))
            raise LibraryError(msg("library.missing_folder", path=self.path, folder=self.path.parent))
        folder_writable = _writable(self.path.parent) if self.path.parent.is_dir() else True
        if read_only is None:
            # SQLite writes the -wal and -shm files next to the library, so its folder counts too.
            read_only = not self.created and not (folder_writable and _writable(self.path))
        self.read_only = read_only
        try:
            if self.created:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.read_only:
                conn = sqlite3.connect(self._read_only_uri(folder_writable), uri=True, timeout=_lock_timeout())
            else:
                conn = sqlite3.connect(self.path, timeout=_lock_timeout())
        except (OSError, sqlite3.Error) as exc:
            reason = getattr(exc, "strerror", None) or exc
            raise LibraryError(msg("library.cannot_open", path=self.path, reason=reason)) from None
        self.db = sqlite_utils.Database(conn)
        self.conn = conn
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise LibraryError(msg("library.newer", path=self.path, version=version, supported=SCHEMA_VERSION))
            if version == 0 and self._has_foreign_tables():
                raise LibraryError(msg("library.foreign", path=self.path))
            # Before anything is written (a backup, a migration, an import): is it whole?
            self._check_schema(version)
            if verify and version > 0:
                self._quick_check()
            if self.read_only:
                if version < SCHEMA_VERSION:
                    raise LibraryError(msg("library.read_only_old", path=self.path))
                return
            if self.db.journal_mode != "wal":
                self.db.enable_wal()
            if version < SCHEMA_VERSION:
                if version > 0 and backup_before_migrate:
                    self._backup(version)
                self._migrate(version)
            conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error as exc:
            conn.close()
            raise _friendly(exc, self.path) from None
        except LibraryError:
            conn.close()
            raise

    def _read_only_uri(self, folder_writable: bool) -> str:
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        if folder_writable:
            return uri
        # Read-only media: SQLite cannot make the -shm file a WAL library needs, even to read.
        # A cleanly closed library has no -wal file, so nothing can change under us: immutable.
        wal = Path(f"{self.path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            if Path(f"{self.path}-shm").exists():
                return uri
            raise LibraryError(msg("library.unclean_read_only", path=self.path, wal=wal.name))
        return uri + "&immutable=1"

    def _check_schema(self, version: int) -> None:
        """Every table, index and trigger of this version is there (a dropped table is damage).

        A library of an older version is checked for its tables only: older pizhus may have
        named an index or trigger differently, and its migration rebuilds those anyway."""
        present = set(self.conn.execute("SELECT type, name FROM sqlite_master"))
        expected = _expected_schema(version)
        if version < SCHEMA_VERSION:
            expected = frozenset(item for item in expected if item[0] == "table")
        missing = sorted(expected - present)
        if missing:
            kind, name = missing[0]
            more = f" and {len(missing) - 1} more" if len(missing) > 1 else ""
            raise damaged(self.path, f"{kind} {name}{more} missing")

    def _quick_check(self) -> None:
        """PRAGMA quick_check within _QUICK_CHECK_SECONDS; a library too big for that is not held up."""
        lock = threading.Lock()
        finished = False

        def stop() -> None:
            with lock:
                if not finished:
                    self.conn.interrupt()

        # A timer thread, not a progress handler: the check is one long VM step that never calls one.
        timer = threading.Timer(_QUICK_CHECK_SECONDS, stop)
        timer.start()
        try:
            rows = self.conn.execute("PRAGMA quick_check(1)").fetchall()
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode != sqlite3.SQLITE_INTERRUPT:
                raise
            log.info("%s: quick_check stopped after %.2f s; schema checked only", self.path, _QUICK_CHECK_SECONDS)
            return
        finally:
            with lock:
                finished = True
            timer.cancel()
            timer.join()
        if rows != [("ok",)]:
            found = [line for r in rows for line in str(r[0]).splitlines() if line and not line.startswith("***")]
            raise damaged(self.path, f"integrity check: {found[0] if found else rows[0][0]}")

    # -- lifecycle ---------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _has_foreign_tables(self) -> bool:
        names = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return bool(names)

    def _backup(self, version: int) -> None:
        target = self.path.with_name(f"{self.path.name}.v{version}-backup")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.v{version}-backup{n}")
        log.info("backing up %s (version %d) to %s before migrating", self.path, version, target)
        copy = sqlite3.connect(target)
        try:
            self.conn.backup(copy)
        finally:
            copy.close()

    def _migrate(self, version: int) -> None:
        for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                step(self.conn)
                self.conn.execute(f"PRAGMA user_version = {number}")
            log.info("library %s migrated to version %d", self.path, number)

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def data_version(self) -> int:
        """Changes when another connection commits: the window's cue to refresh."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    @contextmanager
    def transaction(self, wait: float | None = None) -> Iterator[Store]:
        """All or nothing; nested blocks become savepoints of the outer transaction.

        `wait`: how many seconds to wait for another process's write to end, if not
        $PIZHU_LOCK_TIMEOUT; the window waits briefly, so a busy library never freezes it."""
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self
            return
        if self.read_only:
            raise LibraryError(msg("library.read_only", path=self.path))
        try:
            if wait is not None:
                self.conn.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _friendly(exc, self.path) from None
        finally:
            if wait is not None:
                self.conn.execute(f"PRAGMA busy_timeout = {int(_lock_timeout() * 1000)}")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise _friendly(exc, self.path) from None

    def _write(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = (), wait: float | None = None
    ) -> sqlite3.Cursor:
        if self.read_only:
            raise LibraryError(msg("library.read_only", path=self.path))
        try:
            if self.conn.in_transaction:
                return self.conn.execute(sql, params)
            with self.transaction(wait):
                return self.conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise _friendly(exc, self.path) from None

    # -- articles ----------------------------------------------------------

    def has_article(self, content_hash: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return row is not None

    def add_article(self, article: Article, annotations: Iterable[Annotation] = ()) -> int | None:
        """Insert an article with its annotations in one transaction; None if already present."""
        content_hash = article.content_hash or article.compute_hash()
        stamp = now_iso()
        try:
            with self.transaction():
                cursor = self.conn.execute(
                    "INSERT INTO articles (source, published, pre_title, title, subtitles, byline, dateline, body,"
                    " status, content_hash, imported_at, updated_at, kind)"
                    " VALUES (:source, :published, :pre_title, :title, :subtitles, :byline, :dateline, :body,"
                    " :status, :content_hash, :imported_at, :updated_at, :kind)"
                    " ON CONFLICT (content_hash) DO NOTHING",
                    {
                        "source": article.source,
                        "published": article.published,
                        "pre_title": article.pre_title,
                        "title": article.title,
                        "subtitles": json.dumps(article.subtitles, ensure_ascii=False),
                        "byline": article.byline,
                        "dateline": article.dateline,
                        "body": article.body,
                        "status": article.status,
                        "content_hash": content_hash,
                        "imported_at": article.imported_at or stamp,
                        "updated_at": article.updated_at or stamp,
                        "kind": article.kind,
                    },
                )
                if cursor.rowcount == 0:
                    return None
                article_id = cursor.lastrowid
                assert article_id is not None
                self.conn.execute(
                    "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)",
                    (
                        article_id,
                        index_text(_headline_text(article.pre_title, article.title, article.subtitles)),
                        index_text(article.body),
                    ),
                )
                self._insert_annotations(article_id, annotations, stamp)
        except sqlite3.Error as exc:
            raise _friendly(exc, self.path) from None
        article.id = article_id
        article.content_hash = content_hash
        return article_id

    def add_articles_bulk(self, items: Iterable[tuple[Article, Sequence[Annotation]]]) -> list[int | None]:
        """Insert many articles with their annotations in one transaction (the caller's, if open).

        The same rows as `add_article`, written with one statement per table for the
        whole batch: for big imports and generated libraries. An article already in
        the library (same content hash) is skipped, and its id in the result is None.
        """
        stamp = now_iso()
        ids: list[int | None] = []
        search_rows: list[tuple[int, str, str]] = []
        annotation_rows: list[tuple[Any, ...]] = []
        insert = (
            "INSERT INTO articles (source, published, pre_title, title, subtitles, byline, dateline, body,"
            " status, content_hash, imported_at, updated_at, n_entities, n_directives, n_directives_accepted, kind)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING"
        )
        try:
            with self.transaction():
                # The count and fact triggers stand aside (see _v7, _v9): each article arrives with
                # its counts, and the batch's facts are written after its annotations.
                self.conn.execute("INSERT INTO bulk_insert (active) VALUES (1)")
                for article, annotations in items:
                    content_hash = article.content_hash or article.compute_hash()
                    n_entities = n_directives = n_accepted = 0
                    for a in annotations:
                        if a.status != "rejected":
                            if a.kind == "entity":
                                n_entities += 1
                            elif a.kind == "directive":
                                n_directives += 1
                                n_accepted += a.status == "accepted"
                    cursor = self.conn.execute(
                        insert,
                        (
                            article.source,
                            article.published,
                            article.pre_title,
                            article.title,
                            json.dumps(article.subtitles, ensure_ascii=False),
                            article.byline,
                            article.dateline,
                            article.body,
                            article.status,
                            content_hash,
                            article.imported_at or stamp,
                            article.updated_at or stamp,
                            n_entities,
                            n_directives,
                            n_accepted,
                            article.kind,
                        ),
                    )
                    if cursor.rowcount == 0:
                        ids.append(None)
                        continue
                    article_id = cursor.lastrowid
                    assert article_id is not None
                    article.id, article.content_hash = article_id, content_hash
                    ids.append(article_id)
                    search_rows.append(
                        (
                            article_id,
                            index_text(_headline_text(article.pre_title, article.title, article.subtitles)),
                            index_text(article.body),
                        )
                    )
                    annotation_rows.extend(
                        (article_id, *_annotation_values(a, a.updated_at or stamp)) for a in annotations
                    )
                self.conn.executemany("INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)", search_rows)
                self._insert_annotation_rows(annotation_rows)
                if annotation_rows:
                    # The fact triggers stood aside too (see _v9): the batch's facts in one go.
                    batch = json.dumps([i for i in ids if i is not None])
                    for statement in _BULK_FACTS:
                        self.conn.execute(statement, (batch,))
                self.conn.execute("DELETE FROM bulk_insert")
        except sqlite3.Error as exc:
            raise _friendly(exc, self.path) from None
        return ids

    def delete_article(self, article_id: int) -> None:
        article = self.get_article(article_id)
        if article is None:
            return
        with self.transaction():
            self.conn.execute(
                "INSERT INTO article_search (article_search, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                (
                    article_id,
                    index_text(_headline_text(article.pre_title, article.title, article.subtitles)),
                    index_text(article.body),
                ),
            )
            self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    @staticmethod
    def _article(row: sqlite3.Row | tuple[Any, ...]) -> Article:
        return Article(
            id=row[0],
            source=row[1],
            published=row[2],
            pre_title=row[3],
            title=row[4],
            subtitles=json.loads(row[5]),
            byline=row[6],
            dateline=row[7],
            body=row[8],
            status=row[9],
            content_hash=row[10],
            imported_at=row[11],
            updated_at=row[12],
            kind=row[13],
        )

    def get_article(self, article_id: int) -> Article | None:
        row = self.conn.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        return self._article(row) if row else None

    def iter_articles(self, ids: Sequence[int] | None = None, batch: int = 500) -> Iterator[Article]:
        """Articles in id order, fetched in batches so a big library is never all in memory."""
        if ids is not None:
            for i in range(0, len(ids), batch):
                chunk = list(ids[i : i + batch])
                marks = ",".join("?" * len(chunk))
                rows = self.conn.execute(
                    f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id IN ({marks}) ORDER BY id", chunk
                ).fetchall()
                yield from map(self._article, rows)
            return
        last = 0
        while True:
            rows = self.conn.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
            ).fetchall()
            if not rows:
                return
            yield from map(self._article, rows)
            last = rows[-1][0]

    def body_chars(self, ids: Sequence[int] | None = None) -> int:
        """Total body length, to size a tagging run."""
        if ids is None:
            return self.conn.execute("SELECT coalesce(sum(length(body)), 0) FROM articles").fetchone()[0]
        total = 0
        for i in range(0, len(ids), 500):
            chunk = list(ids[i : i + 500])
            total += self.conn.execute(
                f"SELECT coalesce(sum(length(body)), 0) FROM articles WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchone()[0]
        return total

    def count_articles(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def _filter_terms(self, flt: ArticleFilter) -> tuple[list[str], list[Any], list[tuple[str, list[Any]]]]:
        """A filter as conditions on the articles' own columns (with their parameters) and as
        sets of article ids, each a query that selects ids (with its parameters)."""
        clauses: list[str] = []
        params: list[Any] = []
        sets: list[tuple[str, list[Any]]] = []
        if flt.status:
            clauses.append("status = ?")
            params.append(flt.status)
        if flt.kind:
            clauses.append("kind = ?")
            params.append(flt.kind)
        if flt.date_from:
            clauses.append("published >= ?")
            params.append(flt.date_from)
        if flt.date_to:
            clauses.append("published <= ?")
            params.append(flt.date_to)
        if flt.ids is not None:
            # One JSON array: any number of ids (SQLite takes a few thousand parameters at most).
            sets.append(("SELECT value FROM json_each(?)", [json.dumps(list(flt.ids))]))
        if flt.label:
            # article_labels: the labels of each article's entities that are not rejected.
            sets.append(("SELECT article_id FROM article_labels WHERE label = ?", [flt.label]))
        # directive_values: each article's directives that are not rejected, one row per attribute value.
        for attr, value in (("issuer", flt.issuer), ("topic", flt.topic)):
            if value:
                sets.append(("SELECT article_id FROM directive_values WHERE attr = ? AND value = ?", [attr, value]))
        for part in (flt.query or "").split():
            expression = match_expression(part)
            if expression is not None:
                sets.append(("SELECT rowid FROM article_search WHERE article_search MATCH ?", [expression]))
            else:
                # A single Chinese character has no index entry: scan for it.
                clauses.append(
                    "(instr(body, ?) > 0 OR instr(title, ?) > 0 OR instr(pre_title, ?) > 0 OR instr(subtitles, ?) > 0)"
                )
                params.extend([part] * 4)
        return clauses, params, sets

    def _where(self, flt: ArticleFilter) -> tuple[str, list[Any]]:
        """The WHERE clause over `articles` for a filter, and its parameters."""
        clauses, params, sets = self._filter_terms(flt)
        for sql, set_params in sets:
            clauses.append(f"id IN ({sql})")
            params.extend(set_params)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _id_list(self, sql: str, params: Sequence[Any] = ()) -> list[int]:
        """The first column of a query's rows, in order, as one JSON array from SQLite
        (for 100,000 rows, half the time of fetching them one by one)."""
        found = self.conn.execute(f"WITH q(v) AS ({sql}) SELECT json_group_array(v) FROM q", params).fetchone()[0]
        return json.loads(found)

    def article_ids(self, flt: ArticleFilter | None = None, sort: str = "published") -> list[int]:
        """Ids of the articles the list shows, in display order.

        The articles' own columns are filtered while walking the index of the sort order;
        the other conditions (words, labels, issuers, topics, ids) are sets of ids, read
        each from its own index and intersected here: SQLite's IN (subquery) would build
        a temporary index of up to a million rows for a common word or label.
        """
        clauses, params, sets = self._filter_terms(flt or ArticleFilter())
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        order = _SORTS.get(sort, _SORTS["published"])
        keep: set[int] | None = None
        for sql, set_params in sorted(sets, key=lambda term: "json_each" not in term[0]):  # given ids first
            found = self._id_list(sql, set_params)
            keep = set(found) if keep is None else keep.intersection(found)
            if not keep:
                return []
        ordered = self._ordered_ids(f"SELECT id FROM articles{where} ORDER BY {order}", params)
        return list(ordered) if keep is None else [i for i in ordered if i in keep]

    def _ordered_ids(self, sql: str, params: list[Any]) -> list[int]:
        """The list query's ids in order, remembered until the library changes: typing a search or
        choosing a label filters the same ordered list again and again."""
        # data_version moves when another connection commits, total_changes when this one writes.
        key = (sql, tuple(params), self.data_version(), self.conn.total_changes)
        cached = getattr(self, "_ordered_cache", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        ids = self._id_list(sql, params)
        self._ordered_cache = (key, ids)
        return ids

    def article_rows(self, ids: Sequence[int]) -> list[ArticleRow]:
        """List rows for these ids, in the order given."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            "SELECT id, pre_title, title, substr(body, 1, 80), published, status, source,"
            f" n_entities, n_directives, n_directives_accepted, kind FROM articles WHERE id IN ({marks})",
            list(ids),
        ).fetchall()
        by_id = {}
        for r in rows:
            title = r[2] or r[1] or Article(title="", body=r[3]).display_title()
            by_id[r[0]] = ArticleRow(r[0], title, r[4], r[5], r[7], r[8], r[9], r[6], r[10])
        return [by_id[i] for i in ids if i in by_id]

    def mark_in_progress(self, article_id: int) -> None:
        """A new article that the editor has started on."""
        self._write(
            "UPDATE articles SET status = 'in_progress', updated_at = ? WHERE id = ? AND status = 'new'",
            (now_iso(), article_id),
        )

    def set_article_status(self, article_id: int, status: str) -> None:
        self._write("UPDATE articles SET status = ?, updated_at = ? WHERE id = ?", (status, now_iso(), article_id))

    # -- annotations -------------------------------------------------------

    @staticmethod
    def _annotation(row: tuple[Any, ...]) -> Annotation:
        # Positional (the dataclass's field order): a long article's 500 rows are read at every opening.
        id_, article_id, kind, label, start, end, text, attrs, origin, status, updated_at = row
        return Annotation(
            kind,
            label,
            start,
            end,
            text,
            {} if attrs == "{}" else json.loads(attrs),
            origin,
            status,
            id_,
            article_id,
            updated_at,
        )

    def _insert_annotations(self, article_id: int, annotations: Iterable[Annotation], stamp: str) -> None:
        self._insert_annotation_rows([(article_id, *_annotation_values(a, a.updated_at or stamp)) for a in annotations])

    def _insert_annotation_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert (article_id, kind, label, start, end, text, attrs, origin, status, updated_at) rows,
        hundreds per statement: with triggers on the table, each statement opens a statement
        journal of its own, which costs more than writing a row. Statements hold a power of two
        of rows, so that the few compiled ones are reused (sqlite3 keeps them by their text)."""
        limit = self.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // 10
        size = _ROWS_PER_INSERT
        while size > max(1, limit):
            size //= 2
        at = 0
        while at < len(rows):
            while size > len(rows) - at:
                size //= 2
            chunk = rows[at : at + size]
            self.conn.execute(_multi_row_insert(size), [value for r in chunk for value in r])
            at += size

    def annotations(self, article_id: int, kind: str | None = None) -> list[Annotation]:
        sql = f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE article_id = ?"
        params: list[Any] = [article_id]
        if kind:
            sql += " AND kind = ?"
            params.append(kind)
        return [self._annotation(r) for r in self.conn.execute(sql + ' ORDER BY start, "end", id', params)]

    def add_annotation(self, annotation: Annotation) -> int:
        assert annotation.article_id is not None
        stamp = now_iso()
        cursor = self._write(
            f"INSERT INTO annotations ({_ANNOTATION_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (annotation.article_id, *_annotation_values(annotation, stamp)),
        )
        annotation.id = cursor.lastrowid
        annotation.updated_at = stamp
        return annotation.id  # type: ignore[return-value]

    def annotation(self, annotation_id: int) -> Annotation | None:
        row = self.conn.execute(
            f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE id = ?", (annotation_id,)
        ).fetchone()
        return self._annotation(row) if row else None

    def restore_annotation(self, annotation: Annotation) -> None:
        """Put back a deleted annotation under its old id (undo of a delete)."""
        self._write(
            f"INSERT INTO annotations ({_ANNOTATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (annotation.id, annotation.article_id, *_annotation_values(annotation, annotation.updated_at or now_iso())),
        )

    def update_annotation(self, annotation: Annotation) -> None:
        """Write every field of an existing annotation and stamp it."""
        annotation.updated_at = now_iso()
        self._write(
            'UPDATE annotations SET kind = ?, label = ?, start = ?, "end" = ?, text = ?, attrs = ?, origin = ?,'
            " status = ?, updated_at = ? WHERE id = ?",
            (*_annotation_values(annotation, annotation.updated_at), annotation.id),
        )

    def delete_annotation(self, annotation_id: int) -> None:
        self._write("DELETE FROM annotations WHERE id = ?", (annotation_id,))

    def directive_values(self, attr: str) -> list[str]:
        """Distinct non-empty issuers or topics of directives, for the list's filters."""
        if attr not in ("issuer", "topic", "addressee"):
            raise ValueError(attr)
        if attr == "addressee":
            return [
                r[0]
                for r in self.conn.execute(
                    "SELECT DISTINCT json_extract(attrs, '$.addressee') AS v FROM annotations"
                    " WHERE kind = 'directive' AND status != 'rejected' AND v IS NOT NULL AND v != '' ORDER BY v"
                )
            ]
        # Issuers and topics (directives not rejected) are indexed in directive_facts: hop from
        # one value to the next through the index instead of reading every directive.
        return [
            r[0]
            for r in self.conn.execute(
                f"WITH RECURSIVE v(x) AS (SELECT min({attr}) FROM directive_facts WHERE {attr} > ''"
                f" UNION ALL SELECT (SELECT min({attr}) FROM directive_facts WHERE {attr} > x) FROM v"
                " WHERE x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL"
            )
        ]

    def entity_labels_in_use(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT label FROM annotations WHERE kind = 'entity'")]

    def replace_suggestions(self, article_id: int, kind: str, suggestions: Iterable[Annotation]) -> int:
        """Swap the automatic suggestions of one kind for new ones; return how many were added.

        Manual, accepted and rejected annotations stay as they are. A suggestion
        that repeats one of them (same span and label), or overlaps a kept
        directive, is not added: a rejected suggestion is never proposed again.
        """
        stamp = now_iso()
        with self.transaction():
            kept = [
                a
                for a in self.annotations(article_id, kind)
                if a.origin == "manual" or a.status in ("accepted", "rejected")
            ]
            self.conn.execute(
                "DELETE FROM annotations"
                " WHERE article_id = ? AND kind = ? AND origin = 'auto' AND status = 'suggested'",
                (article_id, kind),
            )
            taken = {(a.start, a.end, a.label) for a in kept}
            fresh = []
            for s in suggestions:
                if (s.start, s.end, s.label) in taken:
                    continue
                if kind == "directive" and any(s.start < k.end and k.start < s.end for k in kept):
                    continue
                fresh.append(s)
            self._insert_annotations(article_id, fresh, stamp)
        return len(fresh)

    # -- search ------------------------------------------------------------

    def search(self, query: str, limit: int = 500) -> list[int]:
        """Ids of articles containing every part of the query, newest first."""
        return self.article_ids(ArticleFilter(query=query))[:limit]

    # -- lexicon -----------------------------------------------------------

    def lexicon(self) -> list[tuple[str, str, str, str]]:
        """(term, label, source, action) rows."""
        return list(self.conn.execute("SELECT term, label, source, action FROM lexicon ORDER BY term, label"))

    def lexicon_terms(self, keys: Iterable[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
        """The lexicon rows (term, label, source, action) for these (term, label) pairs."""
        rows: list[tuple[str, str, str, str]] = []
        for term, label in keys:
            rows.extend(
                self.conn.execute(
                    "SELECT term, label, source, action FROM lexicon WHERE term = ? AND label = ?", (term, label)
                )
            )
        return rows

    def set_lexicon_term(self, term: str, label: str, action: str, source: str = "user") -> None:
        self._write(
            "INSERT INTO lexicon (term, label, source, action, updated_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (term, label) DO UPDATE SET action = excluded.action, source = excluded.source,"
            " updated_at = excluded.updated_at",
            (term, label, source, action, now_iso()),
        )

    def remove_lexicon_term(self, term: str, label: str) -> None:
        self._write("DELETE FROM lexicon WHERE term = ? AND label = ?", (term, label))

    # -- settings shared by every user of the library ---------------------

    def setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any, wait: float | None = None) -> None:
        self._write(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
            wait,
        )

    # -- checks ------------------------------------------------------------

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # -- export ------------------------------------------------------------
    # Exports read in batches of article ids (keyset on id) and stream the
    # annotation rows from the cursor, so memory stays flat for any library size.

    @contextmanager
    def read_snapshot(self) -> Iterator[Store]:
        """Reads inside see one state of the library; in WAL mode writers elsewhere are not blocked."""
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN DEFERRED")
        try:
            yield self
        finally:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # nothing was written

    def export_article_ids(self, flt: ArticleFilter, batch: int = 200) -> Iterator[list[int]]:
        """Ids of the filtered articles in id order, `batch` at a time."""
        where, params = self._where(flt)
        where += " AND id > ?" if where else " WHERE id > ?"
        last = 0
        while True:
            ids = [
                r[0]
                for r in self.conn.execute(
                    f"SELECT id FROM articles{where} ORDER BY id LIMIT ?", [*params, last, batch]
                ).fetchall()
            ]
            if not ids:
                return
            yield ids
            last = ids[-1]

    def export_count_articles(self, flt: ArticleFilter) -> int:
        where, params = self._where(flt)
        return self.conn.execute(f"SELECT count(*) FROM articles{where}", params).fetchone()[0]

    @staticmethod
    def _annotation_where(
        kind: str | None, labels: Sequence[str] | None, statuses: Sequence[str] | None
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if kind:
            clauses.append("kind = ?")
            params.append(kind)
        if labels:
            clauses.append(f"label IN ({','.join('?' * len(labels))})")
            params.extend(labels)
        if statuses:
            clauses.append(f"status IN ({','.join('?' * len(statuses))})")
            params.extend(statuses)
        return "".join(f" AND {c}" for c in clauses), params

    def export_count_annotations(
        self,
        flt: ArticleFilter,
        kind: str | None = None,
        labels: Sequence[str] | None = None,
        statuses: Sequence[str] | None = None,
    ) -> int:
        where, params = self._where(flt)
        extra, extra_params = self._annotation_where(kind, labels, statuses)
        return self.conn.execute(
            f"SELECT count(*) FROM annotations WHERE article_id IN (SELECT id FROM articles{where}){extra}",
            [*params, *extra_params],
        ).fetchone()[0]

    def export_article_heads(self, ids: Sequence[int]) -> dict[int, tuple[str, str | None]]:
        """id → (title, published) for rows that repeat their article's title and date."""
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(f"SELECT id, title, published FROM articles WHERE id IN ({marks})", list(ids))
        return {r[0]: (r[1], r[2]) for r in rows}

    def export_annotations(
        self,
        ids: Sequence[int],
        kind: str | None = None,
        labels: Sequence[str] | None = None,
        statuses: Sequence[str] | None = None,
    ) -> Iterator[Annotation]:
        """The annotations of these articles, by article id then offset, streamed from the cursor."""
        marks = ",".join("?" * len(ids))
        extra, params = self._annotation_where(kind, labels, statuses)
        cursor = self.conn.execute(
            f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE article_id IN ({marks}){extra}"
            ' ORDER BY article_id, start, "end", id',
            [*ids, *params],
        )
        yield from map(self._annotation, cursor)

    # -- insight -----------------------------------------------------------
    # Aggregates behind the Insight view (gui/core/insight.py gives them shape).
    # Each covers the articles the list's filter selects (through _where) and counts
    # no rejected suggestion. They read the tables that triggers keep (versions 4
    # and 6): directive_facts (a directive's attributes as columns), directive_values
    # (an article's topics and strengths) and entity_facts (an article's entities),
    # so no JSON is parsed and no article text is read.

    def _insight_scope(
        self, flt: ArticleFilter, glue: str = " AND ", by_article: bool = False
    ) -> tuple[str, list[Any]]:
        """'<glue>article_id IN (…)' for a filter that narrows the articles, else nothing.

        Inside `insight_scope`, few articles are looked up one by one (a table keyed by
        article, `by_article`, takes up to 40% of the library that way); for more, the
        query reads its index through and tests each row against the set.
        """
        where, params = self._where(flt)
        if not where:
            return "", []
        scoped = getattr(self, "_insight_ids", None)
        if scoped is not None and scoped[:2] == (where, params):
            few = scoped[2] < (0.4 * scoped[3] if by_article else 2000)
            return f"{glue}{'' if few else '+'}article_id IN temp.insight_ids", []
        return f"{glue}article_id IN (SELECT id FROM articles{where})", params

    @contextmanager
    def insight_scope(self, flt: ArticleFilter) -> Iterator[None]:
        """Inside the block, Insight queries under this filter share its article ids,
        selected once into a temporary table (instead of once per query)."""
        where, params = self._where(flt)
        if not where or getattr(self, "_insight_ids", None) is not None:
            yield
            return
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS insight_ids (id INTEGER PRIMARY KEY)")
        self.conn.execute("DELETE FROM temp.insight_ids")
        count = self.conn.execute(f"INSERT INTO temp.insight_ids SELECT id FROM articles{where}", params).rowcount
        self._insight_ids = (where, params, count, self.count_articles())
        try:
            yield
        finally:
            self._insight_ids = None
            self.conn.execute("DELETE FROM temp.insight_ids")

    def insight_article_count(self, flt: ArticleFilter) -> int:
        where, params = self._where(flt)
        return self.conn.execute(f"SELECT count(*) FROM articles{where}", params).fetchone()[0]

    def insight_directive_days(self, flt: ArticleFilter) -> list[tuple[str | None, str, str, int]]:
        """(published, topic, strength, directives) of the counted directives."""
        scope, params = self._insight_scope(flt, " WHERE ", by_article=True)
        return self.conn.execute(
            f"SELECT published, topic, strength, count(*) FROM directive_facts{scope}"
            " GROUP BY published, topic, strength",
            params,
        ).fetchall()

    def insight_directive_articles(self, flt: ArticleFilter, attr: str) -> list[tuple[str, int]]:
        """(topic or strength, articles with such a directive)."""
        if attr not in ("topic", "strength"):
            raise ValueError(attr)
        scope, params = self._insight_scope(flt)
        return self.conn.execute(
            f"SELECT value, count(*) FROM directive_values WHERE attr = ?{scope} GROUP BY value", [attr, *params]
        ).fetchall()

    def insight_issuers(self, flt: ArticleFilter) -> list[tuple[str, int, int]]:
        """(issuer as written, directives, articles) of the directives with an issuer."""
        scope, params = self._insight_scope(flt)
        return self.conn.execute(
            "SELECT value, sum(n), count(*) FROM directive_values"
            f" WHERE attr = 'issuer' AND value != ''{scope} GROUP BY value",
            params,
        ).fetchall()

    def insight_issuer_labels(self, flt: ArticleFilter, issuers: Sequence[str]) -> list[tuple[str, str, str, int]]:
        """(issuer as written, issuer_label, topic, directives) for these issuers."""
        scope, params = self._insight_scope(flt)
        return self.conn.execute(
            f"SELECT issuer, issuer_label, topic, count(*) FROM directive_facts"
            f" WHERE issuer IN ({','.join('?' * len(issuers))}){scope} GROUP BY issuer, issuer_label, topic",
            [*issuers, *params],
        ).fetchall()

    def insight_issuer_articles(self, flt: ArticleFilter, issuers: Sequence[str]) -> int:
        """Articles with a directive by any of these issuers (as written)."""
        scope, params = self._insight_scope(flt)
        return self.conn.execute(
            "SELECT count(*) FROM (SELECT DISTINCT article_id FROM directive_values"
            f" WHERE attr = 'issuer' AND value IN ({','.join('?' * len(issuers))}){scope})",
            [*issuers, *params],
        ).fetchone()[0]

    def insight_entities(self, flt: ArticleFilter, label: str, limit: int) -> list[tuple[str, int, int]]:
        """(text, mentions, articles) of the `limit` entities of a label in most articles."""
        scope, params = self._insight_scope(flt)
        return self.conn.execute(
            "SELECT text, sum(n) AS mentions, count(*) AS articles FROM entity_facts"
            f" WHERE label = ?{scope} GROUP BY text ORDER BY articles DESC, mentions DESC, text LIMIT ?",
            [label, *params, limit],
        ).fetchall()

    def insight_entity_labels(self, texts: Sequence[str], labels: Sequence[str]) -> list[tuple[str, str, int]]:
        """(text, label, mentions) of entities with these texts and labels: what a typed issuer is."""
        rows: list[tuple[str, str, int]] = []
        marks = ",".join("?" * len(texts))
        for label in labels:
            rows.extend(
                self.conn.execute(
                    f"SELECT text, label, sum(n) FROM entity_facts WHERE label = ? AND text IN ({marks}) GROUP BY text",
                    [label, *texts],
                )
            )
        return rows

    def insight_entity_articles(self, flt: ArticleFilter, label: str, text: str) -> list[int]:
        """Ids of the filtered articles where an entity appears (not rejected), in id order."""
        scope, params = self._insight_scope(flt)
        return [
            r[0]
            for r in self.conn.execute(
                f"SELECT article_id FROM entity_facts WHERE label = ? AND text = ?{scope} ORDER BY article_id",
                [label, text, *params],
            )
        ]

    def insight_article_ids(
        self,
        flt: ArticleFilter,
        *,
        dates: tuple[str, str] | None = None,
        undated: bool = False,
        directive: Sequence[tuple[str, str]] = (),
        issuers: Sequence[str] = (),
        entities: Sequence[tuple[str, str]] = (),
    ) -> list[int]:
        """Ids of the filtered articles behind one bar or row of the Insight view, newest first.

        dates: (first, last) day of publication, both included; undated: articles
        without a (valid) date. directive: (topic|strength, value) pairs that one
        counted directive must have, by one of `issuers` (as written) if given;
        entities: (label, text) that must all appear. A period alone means
        articles with a counted directive in it.
        """
        where, params = self._where(flt)
        clauses = [where[len(" WHERE ") :]] if where else []
        if dates is not None:
            clauses.append("substr(published, 1, 10) BETWEEN ? AND ?")
            params.extend(dates)
        if undated:
            clauses.append("(published IS NULL OR date(substr(published, 1, 10)) IS NULL)")
        if directive or issuers or dates is not None or undated:
            inner = ["1"]
            for attr, value in directive:
                if attr not in ("topic", "strength"):
                    raise ValueError(attr)
                inner.append(f"{attr} = ?")
                params.append(value)
            if issuers:
                inner.append(f"issuer IN ({','.join('?' * len(issuers))})")
                params.extend(issuers)
            clauses.append(f"id IN (SELECT article_id FROM directive_facts WHERE {' AND '.join(inner)})")
        for label, text in entities:
            clauses.append("id IN (SELECT article_id FROM entity_facts WHERE label = ? AND text = ?)")
            params.extend([label, text])
        sql = "SELECT id FROM articles" + (" WHERE " + " AND ".join(clauses) if clauses else "")
        return [r[0] for r in self.conn.execute(sql + f" ORDER BY {_SORTS['published']}", params)]
