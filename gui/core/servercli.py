"""`pizhu library copy` (and the server commands): a team's library on PostgreSQL (issue 18).

Registered by gui/cli.py (`add_parsers`, `COMMANDS`), as teamcli is."""

from __future__ import annotations

import argparse
import sys
import time

from gui.core.terminal import shown


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "library",
        help="copy a whole library between a file and a PostgreSQL server (pizhu library copy SRC DST)",
        description="library copy SRC DST: every article with its id, every coder's annotations, codes and notes, "
        "the codebook, lexicon and settings, from SRC into a new or empty DST. Either may be a library file or a "
        "postgresql://user@host:port/dbname URL (the password from ~/.pgpass, a service file or PGPASSWORD).",
    )
    actions = p.add_subparsers(dest="library_command", metavar="copy", required=True)
    c = actions.add_parser("copy", help="copy SRC into a new or empty DST")
    c.add_argument("source", metavar="SRC", help="the library to copy: a file or a postgresql:// URL")
    c.add_argument("target", metavar="DST", help="where to copy it: a new file or an empty database")
    s = sub.add_parser(
        "server",
        help="prepare a team's PostgreSQL library and its coders (pizhu server init | add-coder NAME)",
        description="init: the library's schema, the roles pizhu_coder and pizhu_lead, their grants and row-level "
        "security (run as the database's owner). add-coder NAME [--lead]: a login role for a coder (or a lead); "
        "the password, asked on a terminal (or read from standard input with --password-stdin), is hashed on this "
        "machine and never kept. The database is --db or $PIZHU_DB.",
    )
    server = s.add_subparsers(dest="server_command", metavar="init|add-coder", required=True)
    for name, text in (("init", "prepare the database at --db"), ("add-coder", "add a coder's login role")):
        action = server.add_parser(name, help=text)
        action.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="postgresql://owner@host/dbname")
        if name == "add-coder":
            action.add_argument("name", metavar="NAME", help="the coder's name, also their login name")
            action.add_argument("--lead", action="store_true", help="a lead: adjudicates, edits the codebook")
            action.add_argument(
                "--password-stdin",
                action="store_true",
                help="read the password from the first line of standard input (a script, a password manager's pipe)",
            )


def check_db(db: str | None, window: bool) -> None:
    """A URL or unknown ~user in --db or $PIZHU_DB: one line before anything starts. Before the
    window, a server that is not there or a database that is no library is that line too."""
    from gui.core import paths
    from gui.core.library import Library

    target = paths.library_path(db)
    if window and isinstance(target, str):
        Library.open(target, create=False, verify=False).close()


def cmd_library(args: argparse.Namespace) -> int:
    from gui.core.librarycopy import copy_library

    shown_at = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if sys.stderr.isatty() and (now - shown_at[0] > 0.2 or done == total):
            shown_at[0] = now
            print(f"\rcopying: {done:,} of {total:,} rows ({100 * done // max(total, 1)}%)", end="", file=sys.stderr)
            if done == total:
                print(file=sys.stderr)

    report = copy_library(args.source, args.target, progress)
    print(shown(report.summary()))
    return 0


def cmd_server(args: argparse.Namespace) -> int:
    from gui.core import paths
    from gui.core.errors import InputError
    from gui.core.messages import msg
    from gui.core.store.location import shown_url
    from gui.core.store.pg.access import add_coder, init_server

    url = paths.library_path(args.db)
    if not isinstance(url, str):
        raise InputError(msg("server.needs_url", path=url))
    if args.server_command == "init":
        init_server(url)
        print(f"{shown_url(url)}: ready for a team (roles pizhu_coder and pizhu_lead)")
        return 0
    password = _password(args)
    add_coder(url, args.name, lead=args.lead, password=password or None)
    role = "lead" if args.lead else "coder"
    unset = "; no password given (a login by peer or certificate, or with a password set before)"
    print(f"{args.name}: added as {role}" + ("" if password else unset))
    return 0


def _password(args: argparse.Namespace) -> str:
    """The new role's password: stdin's first line with --password-stdin, else asked on a terminal,
    else none (a login by peer or certificate)."""
    import getpass

    from gui.core.errors import InputError
    from gui.core.messages import msg

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise InputError(msg("server.no_password", name=args.name))
        return password
    if sys.stdin.isatty():
        return getpass.getpass(f"password for {args.name} (empty: none, e.g. peer or certificate login): ")
    return ""


COMMANDS = {"library": cmd_library, "server": cmd_server}
