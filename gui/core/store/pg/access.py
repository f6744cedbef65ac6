"""Who may write what in a team's server library, enforced by PostgreSQL itself (issue 18).

`pizhu server init` (as the database's owner) makes the library and two group roles:
`pizhu_coder` reads everything and writes only rows whose `coder` is its own login name
(annotations, codes, notes) plus the shared lexicon and the articles' status;
`pizhu_lead` also writes the library's own ('') layer, the codebook, adjudication decisions,
imports and deletes articles. Row-level security checks the rows a write makes; a trigger
refuses changing or deleting another's row with SQLSTATE 42501 (RLS alone would skip it in
silence), so the refusal reaches the user as one line. The count and fact triggers run as the
owner (SECURITY DEFINER), so a coder's edit keeps the counts on `articles` right without a
grant to change articles. `pizhu server add-coder NAME [--lead]` adds a login role; its
password is set as a SCRAM hash made by libpq on this machine, never sent or kept in clear.
"""

from __future__ import annotations

import re

import psycopg
from psycopg import sql

from gui.core.errors import InputError
from gui.core.messages import msg
from gui.core.store.location import shown_url
from gui.core.store.pg.adapter import library_error
from gui.core.store.pg.store import PgStore

CODER, LEAD = "pizhu_coder", "pizhu_lead"
OWN_ROWS = ("annotations", "codes", "notes")  # a coder's own rows by their `coder` column
CODER_WRITES = ("lexicon", "settings")  # shared, taught by every coder's corrections
# document_stale: a lead who reads the documents (or imports) brings their records up to date.
LEAD_WRITES = (
    "articles",
    "article_search",
    "codebook",
    "decisions",
    "documents",
    "document_mentions",
    "document_stale",
)

_SETUP = (
    f"""CREATE OR REPLACE FUNCTION pizhu_may_write(owner text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT owner = current_user::text OR pg_has_role(current_user, '{LEAD}', 'MEMBER')
    $$""",
    """CREATE OR REPLACE FUNCTION pizhu_own_rows() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NOT pizhu_may_write(OLD.coder) THEN
            RAISE EXCEPTION 'only % or a lead may change % of coder "%"', OLD.coder, TG_TABLE_NAME, OLD.coder
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END $$""",
)


def _roles(conn: psycopg.Connection) -> None:
    for role in (CODER, LEAD):
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is None:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
    conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(CODER), sql.Identifier(LEAD)))


def init_server(url: str) -> None:
    """Make the database at `url` a team library with its roles, grants and policies (again: no harm)."""
    PgStore(url).close()  # the schema, by the migrations
    try:
        with psycopg.connect(url, autocommit=True) as conn, conn.transaction():
            _roles(conn)
            for statement in _SETUP:
                conn.execute(statement)
            coder, lead = sql.Identifier(CODER), sql.Identifier(LEAD)
            database = conn.execute("SELECT current_database()").fetchone()[0]  # type: ignore[index]
            conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), coder))
            conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(coder))
            conn.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(coder))
            conn.execute(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {}").format(coder))
            conn.execute(sql.SQL("GRANT UPDATE (status, updated_at) ON articles TO {}").format(coder))
            for table in (*OWN_ROWS, *CODER_WRITES):
                conn.execute(sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(sql.Identifier(table), coder))
            for table in LEAD_WRITES:
                conn.execute(sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(sql.Identifier(table), lead))
            for table in OWN_ROWS:
                name = sql.Identifier(table)
                conn.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(name))
                for policy, clause in (
                    ("read", "FOR SELECT USING (true)"),
                    ("insert", "FOR INSERT WITH CHECK (pizhu_may_write(coder))"),
                    ("update", "FOR UPDATE USING (true) WITH CHECK (pizhu_may_write(coder))"),
                    ("delete", "FOR DELETE USING (true)"),  # pizhu_own_rows says no, aloud
                ):
                    conn.execute(
                        sql.SQL("DROP POLICY IF EXISTS {} ON {}").format(sql.Identifier(f"pizhu_{policy}"), name)
                    )
                    conn.execute(
                        sql.SQL("CREATE POLICY {} ON {} " + clause).format(sql.Identifier(f"pizhu_{policy}"), name)
                    )
                conn.execute(sql.SQL("DROP TRIGGER IF EXISTS pizhu_own_rows ON {}").format(name))
                conn.execute(
                    sql.SQL(
                        "CREATE TRIGGER pizhu_own_rows BEFORE UPDATE OR DELETE ON {} FOR EACH ROW"
                        " EXECUTE FUNCTION pizhu_own_rows()"
                    ).format(name)
                )
            for (function,) in conn.execute(
                "SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.proname LIKE 'pizhu\\_%%'"
                " AND p.prorettype = 'trigger'::regtype AND p.proname != 'pizhu_own_rows'"
            ).fetchall():
                conn.execute(sql.SQL(f"ALTER FUNCTION {function} SECURITY DEFINER SET search_path = public"))
    except psycopg.Error as exc:
        raise library_error(exc, shown_url(url)) from None


def add_coder(url: str, name: str, lead: bool = False, password: str | None = None) -> None:
    """A login role `name` in the coders' (or leads') group; `password` hashed here by libpq."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", name):
        raise InputError(msg("server.bad_coder", name=name))
    try:
        with psycopg.connect(url, autocommit=True) as conn, conn.transaction():
            _roles(conn)
            role = sql.Identifier(name)
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is None:
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(role))
            conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(LEAD if lead else CODER), role))
            if password:
                hashed = conn.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256").decode()
                conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(role, sql.Literal(hashed)))
    except psycopg.Error as exc:
        raise library_error(exc, shown_url(url)) from None
