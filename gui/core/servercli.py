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


COMMANDS = {"library": cmd_library}
