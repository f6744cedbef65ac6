"""The `pizhu` command: the window by default, or one core operation per sub-command.

Every failure a user can cause ends in one line on stderr and a non-zero exit
code; anything unexpected is logged with its traceback and reported in one line
that names the log file.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from gui import __version__
from gui.core import servercli, teamcli
from gui.core.errors import InputError, PizhuError
from gui.core.logs import setup_logging
from gui.core.messages import Message, message_of, msg
from gui.core.model import ArticleFilter, ArticleRow
from gui.core.terminal import TerminalStream, fit, json_text, shown
from gui.core.vocabulary import ANNOTATION_STATUSES, ARTICLE_KINDS, ARTICLE_STATUSES, parse_date, parse_ids

if TYPE_CHECKING:
    from gui.core.library import Library, Progress  # imported when used: the command line starts faster

log = logging.getLogger("pizhu.cli")


# The core words an option as the window shows it ("a label filter"); here it is a flag.
_FLAG_WORDING = {
    "export.excel_not_csv": "the Excel option (--excel) applies to CSV only",
    "export.label_not_entities": "a label filter (--label) applies to entity exports only",
    "export.annotation_status_articles": "an annotation status filter (--annotation-status) applies to entity"
    " and directive exports; an articles export keeps every annotation",
    "export.dates_reversed": "--from {start} is after --to {end}",
    "export.layer_articles": "--layer applies to entity, directive and codes exports; an articles export keeps"
    " every layer (each annotation with its coder)",
    "export.layer_all_bio": "BIO has no place for a coder: give --layer final or a coder's name, or use doccano"
    " (--format doccano) for all layers",
    "export.needs_file": "{format} is a binary file for a statistics package: write it to a file with -o FILE",
}


def _worded(exc: BaseException) -> str:
    message = message_of(exc)
    if isinstance(message, Message) and message.code in _FLAG_WORDING:
        return _FLAG_WORDING[message.code].format(**message.params)
    return str(exc)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {shown(message)} (see {self.prog} --help)\n")


def _db_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="library file (default: $PIZHU_DB, else the library in your user data folder)",
    )
    if default is argparse.SUPPRESS:  # the global --coder after a sub-command too
        parser.add_argument("--coder", metavar="NAME", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def _format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pizhu", description="批注 pizhu: read and annotate Chinese government news.")
    parser.add_argument("--version", action="version", version=f"pizhu {__version__}")
    _db_option(parser, None)
    parser.add_argument("--coder", metavar="NAME", help="who is coding (default: $PIZHU_CODER, else the file's coder)")
    # Sub-commands accept --db too; SUPPRESS keeps a top-level --db when they don't repeat it.
    # Typed as the base class: teamcli and servercli add their commands to it (each a _Parser at run time).
    sub: argparse._SubParsersAction[argparse.ArgumentParser] = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser
    )

    p = sub.add_parser("import", help="import pages, article files or folders into the library")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.txt, .md, .jsonl, .json, .csv)")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for articles that carry none")
    _db_option(p, argparse.SUPPRESS)

    p = sub.add_parser("list", help="list the articles in the library")
    p.add_argument("--status", choices=ARTICLE_STATUSES, help="only articles with this status")
    p.add_argument(
        "--kind", choices=ARTICLE_KINDS, help="only articles, or only summaries of the day's headlines (新闻摘要)"
    )
    p.add_argument(
        "--code",
        metavar="VARIABLE=VALUE",
        action="append",
        help="only articles coded so (on the article or one of its directives; see pizhu codebook); "
        "repeat it for articles coded with all of the values",
    )
    p.add_argument("--issuing-body", metavar="TEXT", help="only documents whose issuer (发文机关) contains TEXT")
    p.add_argument("--doc-number", metavar="TEXT", help="only documents whose number (文号) contains TEXT")
    p.add_argument(
        "--document",
        metavar="TEXT",
        help="only articles that cite a document record, or are it: its id (see pizhu export --what documents), "
        "or a part of its title or number",
    )
    _format_option(p)
    _db_option(p, argparse.SUPPRESS)

    p = sub.add_parser("search", help="find articles containing words (2-character words included)")
    p.add_argument("query", help="words to find; all must occur")
    _format_option(p)
    _db_option(p, argparse.SUPPRESS)

    p = sub.add_parser("tag", help="run automatic tagging again, keeping manual work")
    p.add_argument("ids", nargs="*", type=int, metavar="ARTICLE_ID", help="articles to re-tag (default: all)")
    _db_option(p, argparse.SUPPRESS)

    p = sub.add_parser("status", help="mark articles new, in progress or done (as Ctrl+Enter does in the window)")
    p.add_argument("status", choices=ARTICLE_STATUSES)
    p.add_argument("ids", nargs="+", type=int, metavar="ARTICLE_ID")
    _db_option(p, argparse.SUPPRESS)

    p = sub.add_parser(
        "directive",
        help="mark the sentence at an offset as a directive, or unmark it (as D does in the window)",
        description="Marks the whole sentence(s) that OFFSET (or OFFSET..END) touches, with the issuer, strength "
        "and topic the detector reads there; a directive already there is unmarked instead.",
    )
    p.add_argument("id", type=int, metavar="ARTICLE_ID")
    p.add_argument("offset", type=int, metavar="OFFSET", help="character offset into the body")
    p.add_argument("end", type=int, nargs="?", metavar="END", help="end of a span (default: OFFSET)")
    _db_option(p, argparse.SUPPRESS)

    p = sub.add_parser("analyze", help="split and tag one file without a library; print the result")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=("json",), default="json", help="output format")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date if the file carries none")

    p = sub.add_parser(
        "export",
        help="write entities, directives or articles as CSV, JSONL, BIO or doccano JSONL",
        description="Write annotations or articles to a file or to stdout. --status, --from, --to and --ids "
        "choose the articles (as the window's filters do); --label and --annotation-status choose annotations.",
    )
    # The same names as gui.core.export.FORMATS, which checks the combination.
    p.add_argument(
        "--what",
        required=True,
        choices=("entities", "directives", "articles", "codes", "documents"),
        help="what to export",
    )
    p.add_argument(
        "--format",
        choices=("csv", "jsonl", "bio", "doccano", "sav", "dta"),
        help="csv or jsonl; for entities also bio (CoNLL, a character a line) or doccano; for codes also sav "
        "(SPSS) or dta (Stata), to a file only "
        "(default: from the -o file's extension, else csv)",
    )
    p.add_argument("--excel", action="store_true", help="CSV for Excel: UTF-8 with BOM, CRLF line ends")
    p.add_argument("-o", "--output", metavar="FILE", default="-", help="file to write; - (the default) is stdout")
    p.add_argument("--status", choices=ARTICLE_STATUSES, help="only articles with this status")
    p.add_argument(
        "--kind", choices=ARTICLE_KINDS, help="only articles, or only summaries of the day's headlines (新闻摘要)"
    )
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="only articles published on or after")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="only articles published on or before")
    p.add_argument("--ids", action="append", default=[], metavar="1,2,3", help="only these articles")
    p.add_argument("--id", action="append", default=[], type=int, metavar="ID", help="only this article (repeatable)")
    p.add_argument(
        "--label", action="append", default=[], metavar="LABEL", help="only entities with this label (repeatable)"
    )
    p.add_argument(
        "--annotation-status",
        action="append",
        default=[],
        choices=ANNOTATION_STATUSES,
        help="only annotations with this status (repeatable; default: all, but suggested and accepted for "
        "bio and doccano)",
    )
    p.add_argument("--layer", metavar="final|CODER|all", help="the final layer (default), a coder's, or all (+coder)")
    _db_option(p, argparse.SUPPRESS)
    p = sub.add_parser("codebook", help="import or export the library's codebook (the variables coders code)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    q = actions.add_parser("import", help="make a .json, .csv or .xlsx (a row per value) codebook the library's")
    q.add_argument("file", metavar="FILE")
    q.add_argument("--force", action="store_true", help="apply even if codes become invalid (they are deleted)")
    q = actions.add_parser("export", help="write the library's codebook as JSON")
    q.add_argument("-o", "--output", metavar="FILE", default="-", help="file to write; - (the default) is stdout")
    for each in (p, *actions.choices.values()):
        _db_option(each, argparse.SUPPRESS)
    teamcli.add_parsers(sub, lambda p: _db_option(p, argparse.SUPPRESS), _format_option)
    servercli.add_parsers(sub)
    return parser


def _print_rows(rows: list[ArticleRow], fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(json_text([asdict(r) for r in rows]) + "\n")
        return
    print(f"{'id':>6}  {'published':10}  {'status':11}  {'ent':>4}  {'dir':>4}  title")
    for r in rows:
        print(
            f"{r.id:>6}  {fit(shown(r.published or '-'), 10)}  {shown(r.status):11}  {r.n_entities:>4}  "
            f"{r.n_directives:>4}  {shown(r.title)}"
        )


def _validate_date(value: str | None, flag: str = "--published") -> str | None:
    if value is None:
        return None
    date = parse_date(value)
    if date is None:
        raise PizhuError(f"{flag} {value!r} is not a date (use YYYY-MM-DD)")
    return date


def _progress_printer() -> Progress:
    """A progress callback that redraws one line on a terminal and stays silent in pipes."""

    def progress(done: int, total: int, what: str) -> None:
        if sys.stderr.isatty():
            print(f"\r[{done}/{total}] {shown(Path(what).name)[:50]:50}", end="", file=sys.stderr, flush=True)

    return progress


def _end_progress() -> None:
    if sys.stderr.isatty():
        print("\r" + " " * 70 + "\r", end="", file=sys.stderr, flush=True)


def _open_for_reading(args: argparse.Namespace) -> Library:
    """The library a reading command names: it must be there (a typo makes no new library)."""
    from gui.core.library import Library

    library = Library.open(args.db, create=False)
    if library.read_only:
        print(f"pizhu: {shown(library.path)}: the library is read-only: changes cannot be saved", file=sys.stderr)
    return library


def _open_for_writing(args: argparse.Namespace, create: bool) -> Library:
    from gui.core.library import Library

    library = Library.open(args.db, create=create)
    if library.read_only:
        library.close()
        raise PizhuError(f"{library.path}: the library is read-only; nothing was changed")
    coder = teamcli.coder_for(args, library.coder)
    if library.login is not None and coder != library.login[0] and not (library.login[1] and coder == ""):
        # The database would refuse every row of another's name, one by one, later: say so now.
        library.close()
        raise InputError(msg("server.coder_not_login", coder=coder, login=library.login[0]))
    library.coder = coder
    return library


def _cmd_import(args: argparse.Namespace) -> int:
    published = _validate_date(args.published)
    with _open_for_writing(args, create=True) as library:
        report = library.import_paths(args.paths, published=published, progress=_progress_printer())
        if report.added:
            library.share_documents(progress=_progress_printer())
        _end_progress()
        for problem in report.problems:
            print(f"pizhu: {shown(problem)}", file=sys.stderr)
        print(shown(f"{report.summary()} into {library.path}"))
    if report.added == 0 and report.duplicates == 0 and report.problems:
        return 1
    return 0


def _code_option(library: Library, text: str) -> tuple[str, str]:
    """--code VARIABLE=VALUE, checked against the library's codebook."""
    name, sep, value = text.partition("=")
    name, value = name.strip(), value.strip()
    if not sep or not name or not value:
        raise PizhuError(f"--code {text!r}: write it as VARIABLE=VALUE (e.g. instrument=供给型)")
    variable = library.require_codebook().variable(name)
    if variable is None:
        raise PizhuError(f"--code: the codebook of {library.path} has no variable {name!r}")
    if variable.values and value not in variable.codes():
        raise PizhuError(f"--code: {value!r} is not a value of {name} (choose {', '.join(variable.codes())})")
    return name, value


def _cmd_list(args: argparse.Namespace) -> int:
    with _open_for_reading(args) as library:
        code = tuple(_code_option(library, text) for text in args.code or ())
        flt = ArticleFilter(status=args.status, kind=args.kind, code=code)
        flt.issuing_body, flt.doc_number = args.issuing_body or None, args.doc_number or None
        if args.document is not None:
            flt.document = library.find_documents(args.document)
        ids = library.article_ids(flt)
        _print_rows(library.article_rows(ids), args.format)
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    if not args.query.strip():
        raise PizhuError("empty search: give a word to find")
    with _open_for_reading(args) as library:
        rows = library.article_rows(library.search(args.query))
        _print_rows(rows, args.format)
    return 0 if rows else 1


def _cmd_tag(args: argparse.Namespace) -> int:
    with _open_for_writing(args, create=False) as library:
        ids = args.ids or None
        if ids:
            missing = [i for i in ids if library.article(i) is None]
            if missing:
                raise PizhuError(f"no article with id {', '.join(map(str, missing))} in {library.path}")
        report = library.retag(ids, progress=_progress_printer())
        _end_progress()
        print(shown(report.summary()))
    return 0


def _cmd_analyze(args: argparse.Namespace) -> int:
    from gui.core.analyze import analyze_file

    result = analyze_file(Path(args.file), published=_validate_date(args.published))
    for warning in result.pop("warnings"):
        print(f"pizhu: {shown(warning)}", file=sys.stderr)
    sys.stdout.write(json_text(result) + "\n")
    return 0


def _id_list(values: list[str]) -> list[int]:
    ids: list[int] = []
    for value in values:
        parsed = parse_ids(value)
        if not parsed:  # an --ids with no number in it is a slip, not "every article"
            raise PizhuError(f"--ids {value!r}: expected article ids like 1,2,3")
        ids.extend(parsed)
    return ids


def _cmd_export(args: argparse.Namespace) -> int:
    from gui.core.export import ExportOptions, export_to_stream, format_for_path

    to_stdout = args.output in ("", "-")
    options = ExportOptions(
        what=args.what,
        format=args.format or format_for_path(None if to_stdout else args.output),
        excel=args.excel,
        status=args.status,
        kind=args.kind,
        date_from=_validate_date(args.date_from, "--from"),
        date_to=_validate_date(args.date_to, "--to"),
        ids=(_id_list(args.ids) + args.id) or None,
        labels=[part.strip() for value in args.label for part in value.split(",") if part.strip()] or None,
        annotation_statuses=args.annotation_status or None,
        layer=args.layer,
    )
    options.validate()
    with _open_for_reading(args) as library:
        if to_stdout:
            if options.what in ("directives", "documents"):
                library.refresh_documents()  # their rows name document records
            sys.stdout.flush()
            if sys.stdout.isatty():
                terminal = TerminalStream(sys.stdout.buffer)
                # A RawIOBase, which TextIOWrapper takes, is not the nominal BinaryIO of the stubs.
                export_to_stream(library.store, options, terminal)  # type: ignore[arg-type]  # see above
                terminal.finish()
            else:
                export_to_stream(library.store, options, sys.stdout.buffer)
            sys.stdout.buffer.flush()
            return 0
        report = library.export(options, Path(args.output), progress=_progress_printer())
        _end_progress()
    print(shown(report.summary()))
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    from gui.core import editing

    with _open_for_writing(args, create=False) as library:
        missing = [i for i in args.ids if library.article(i) is None]
        if missing:
            raise PizhuError(f"no article with id {', '.join(map(str, missing))} in {library.path}")
        for article_id in args.ids:
            edit = editing.set_article_status(library, article_id, args.status)
            if edit is not None:
                library.apply(edit)
        print(f"{len(args.ids)} articles {args.status.replace('_', ' ')}")
    return 0


def _cmd_directive(args: argparse.Namespace) -> int:
    from gui.core import editing

    with _open_for_writing(args, create=False) as library:
        article = library.article(args.id)
        if article is None:
            raise PizhuError(f"no article with id {args.id} in {library.path}")
        end = args.offset if args.end is None else args.end
        if not 0 <= args.offset <= end <= len(article.body):
            raise PizhuError(f"offsets {args.offset}-{end} are outside the body (length {len(article.body)})")
        annotations = library.store.annotations(args.id)
        edit = editing.toggle_directive(library, article, annotations, args.offset, end)
        if edit is None:
            raise PizhuError(f"no sentence at offset {args.offset}")
        library.apply(edit)
        after, before = edit.after, edit.before
        if after is not None and after.status != "rejected":
            issuer = after.attrs.get("issuer") or "-"
            print(f"marked {after.start}-{after.end} (issuer {shown(issuer)}): {shown(after.text)}")
        elif before is not None:
            print(f"unmarked {before.start}-{before.end}: {shown(before.text)}")
    return 0


def _cmd_codebook(args: argparse.Namespace) -> int:
    from gui.core.codebook import load_codebook, save_codebook

    if args.action == "import":
        codebook = load_codebook(args.file)  # before opening: a bad file changes nothing
        with _open_for_writing(args, create=True) as library:
            change = library.set_codebook(codebook, force=args.force)
        if not change.applied:
            raise PizhuError(f"{change.summary()} (--force deletes them)")
        print(shown(f"codebook {codebook.name!r}, {len(codebook.variables)} variables: {change.summary()}"))
        return 0
    with _open_for_reading(args) as library:
        codebook = library.require_codebook()
    if args.output in ("", "-"):
        sys.stdout.write(codebook.to_json())
    else:
        print(shown(f"codebook written to {save_codebook(codebook, Path(args.output))}"))
    return 0


_COMMANDS = {
    "import": _cmd_import,
    "list": _cmd_list,
    "search": _cmd_search,
    "tag": _cmd_tag,
    "analyze": _cmd_analyze,
    "export": _cmd_export,
    "status": _cmd_status,
    "directive": _cmd_directive,
    "codebook": _cmd_codebook,
    **teamcli.COMMANDS,
    **servercli.COMMANDS,
}


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # tagging workers in a frozen (PyInstaller) app
    parser = build_parser()
    args = parser.parse_args(argv)
    log_file = setup_logging()
    try:
        if args.command != "analyze":
            # A URL or unknown ~user in --db or $PIZHU_DB: one line before anything starts (the window too).
            servercli.check_db(args.db, window=args.command is None)
        if args.command is None:
            from gui.app import run_app

            return run_app(args.db)
        return _COMMANDS[args.command](args)
    except PizhuError as exc:
        print(f"pizhu: error: {shown(_worded(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("pizhu: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (| head): not an error worth a message.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence: log it, say one line
        log.exception("unexpected error in pizhu %s", args.command)
        where = f" (details in {log_file})" if log_file else ""
        print(f"pizhu: unexpected error: {type(exc).__name__}: {shown(exc)}{shown(where)}", file=sys.stderr)
        return 2
