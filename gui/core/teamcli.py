"""`pizhu assign`, `pizhu merge` and `pizhu agreement`: the team-coding commands (gui/core/team.py and
gui/core/agreement.py do the work).

Registered by gui/cli.py (`add_parsers`, `COMMANDS`); kept here so the command line stays small.
`merge` exits 0 when at least one file merged (a refused file is a line on stderr), 1 when none did."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from gui.core.errors import PizhuError
from gui.core.model import ArticleFilter
from gui.core.terminal import json_text, shown
from gui.core.vocabulary import ARTICLE_KINDS, ARTICLE_STATUSES, parse_date, parse_ids


def coder_for(args: argparse.Namespace, assigned: str) -> str:
    """Who is coding: --coder, else $PIZHU_CODER, else the library's assigned coder, else ''."""
    given = getattr(args, "coder", None)
    if given is None:
        given = os.environ.get("PIZHU_CODER")
    return (given if given is not None else assigned).strip()


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    db_option: Callable[[argparse.ArgumentParser], None],
    format_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    p = sub.add_parser(
        "agreement",
        help="intercoder reliability per codebook variable: Krippendorff's alpha, kappa, percent agreement",
    )
    p.add_argument("--variable", action="append", default=[], metavar="NAME", help="only this variable (repeatable)")
    p.add_argument("--coders", metavar="A,B,...", help="compare only these coders (default: all with codes)")
    format_option(p)
    p.add_argument("-o", "--output", metavar="FILE.csv", help="also write every figure to a CSV file")
    db_option(p)
    p = sub.add_parser(
        "assign",
        help="write an assignment file per coder: a sample of articles, an overlap share for every coder",
        description="Samples articles (the filters choose them; --sample N of them at random, with --seed), gives "
        "the --overlap share to every coder for reliability and deals the rest round-robin; writes DIR/CODER.pizhu, "
        "a library with those articles, their automatic suggestions, the codebook and guidelines.",
    )
    p.add_argument("--coders", required=True, metavar="A,B,C", help="the coders' names")
    p.add_argument("--sample", type=int, metavar="N", help="this many articles at random (default: all that match)")
    p.add_argument("--seed", type=int, metavar="S", help="random seed: the same seed makes the same files")
    p.add_argument("--overlap", type=float, default=0.2, metavar="SHARE", help="share coded by all (default 0.2)")
    p.add_argument("--guidelines", metavar="FILE", help="a text file of coding guidelines to carry in each file")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="folder to write the files in")
    p.add_argument("--status", choices=ARTICLE_STATUSES, help="only articles with this status")
    p.add_argument("--kind", choices=ARTICLE_KINDS, help="only articles, or only summaries (新闻摘要)")
    p.add_argument("--label", metavar="LABEL", help="only articles with an entity of this label")
    p.add_argument("--since", "--from", dest="date_from", metavar="YYYY-MM-DD", help="published on or after")
    p.add_argument("--until", "--to", dest="date_to", metavar="YYYY-MM-DD", help="published on or before")
    p.add_argument("--ids", action="append", default=[], metavar="1,2,3", help="only these articles")
    p.add_argument("--code", action="append", metavar="VARIABLE=VALUE", help="only articles coded so (repeatable)")
    db_option(p)
    p = sub.add_parser(
        "merge",
        help="merge coders' assignment files back: each coder's layer replaced, nobody else's touched",
        description="For each file's coder and article (matched by content), that coder's annotations, codes and "
        "note in the library become the file's. Merging a file twice changes nothing the second time.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="assignment files (.pizhu) coded by coders")
    db_option(p)


def _date(value: str | None, flag: str) -> str | None:
    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise PizhuError(f"{flag} {value!r}: write the date as YYYY-MM-DD")
    return parsed


def _filter(args: argparse.Namespace, codes: tuple[tuple[str, str], ...]) -> ArticleFilter:
    ids: list[int] = []
    for text in args.ids:
        parsed = parse_ids(text)
        if parsed is None:
            raise PizhuError(f"--ids {text!r}: write article ids as 1,2,3")
        ids += parsed
    return ArticleFilter(
        status=args.status,
        kind=args.kind,
        label=args.label,
        date_from=_date(args.date_from, "--since"),
        date_to=_date(args.date_to, "--until"),
        ids=ids or None,
        code=codes,
    )


def cmd_assign(args: argparse.Namespace) -> int:
    from gui.core import team
    from gui.core.library import Library

    guidelines = ""
    if args.guidelines:
        try:
            guidelines = Path(args.guidelines).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PizhuError(f"{args.guidelines}: cannot read the guidelines ({exc})") from None
    names = team.coder_names(args.coders.split(","))
    with Library.open(args.db, create=False) as library:
        codes: list[tuple[str, str]] = []
        for text in args.code or ():
            name, sep, value = (part.strip() for part in text.partition("="))
            variable = library.require_codebook().variable(name)
            if not sep or variable is None or (variable.values and value not in variable.codes()):
                raise PizhuError(f"--code {text!r}: give VARIABLE=VALUE with a variable and value of the codebook")
            codes.append((name, value))
        flt = _filter(args, tuple(codes))
        files = team.assign(library, names, Path(args.output), flt, args.sample, args.seed, args.overlap, guidelines)
    for f in files:
        print(shown(f"{f.coder}: {f.articles} articles ({f.overlap} shared by all coders) -> {f.path}"))
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    from gui.core.agreement import report_text
    from gui.core.library import Library

    coders = [c.strip() for c in (args.coders or "").split(",") if c.strip()]
    if args.coders is not None and not coders:
        raise PizhuError(f"--coders {args.coders!r}: name the coders, e.g. --coders wang,li")
    with Library.open(args.db, create=False) as library:  # reads only: a read-only library is fine
        report = library.agreement(args.variable, coders)
        if args.output:
            report.write_csv(Path(args.output), library.path if isinstance(library.path, Path) else None)
    sys.stdout.write(json_text(report.to_data()) + "\n" if args.format == "json" else report_text(report))
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from gui.core import team
    from gui.core.library import Library

    with Library.open(args.db, create=False) as library:
        if library.read_only:
            raise PizhuError(f"{library.path}: the library is read-only; nothing was changed")
        report = team.merge(library, [Path(f) for f in args.files])
    for problem in report.problems:
        print(f"pizhu: {shown(problem)}", file=sys.stderr)
    for coder, c in report.merged.items():
        missing = f", {c.missing} no longer in the library" if c.missing else ""
        print(
            shown(
                f"{coder}: {c.articles} articles ({c.changed} changed), {c.annotations} annotations, "
                f"{c.codes} codes, {c.notes} notes{missing}"
            )
        )
    return 0 if report.files else 1


COMMANDS = {"assign": cmd_assign, "merge": cmd_merge, "agreement": cmd_agreement}
