"""Exports: CSV for spreadsheets, JSONL for scripts and other pizhu libraries, BIO and
doccano JSONL for training (see export_ml).

Everything streams: articles are read in batches of ids and annotation rows straight
from the cursor, and each row is written as it comes, so a library of millions of
annotations exports in flat memory. A file export is written to a hidden temporary
file next to the target and renamed only when complete; a cancelled or failed export
leaves no file behind (and an older file of the same name untouched).

CSV follows RFC 4180 through the csv module, in UTF-8, text cells quoted and numbers
not. A text cell a spreadsheet could run as a formula, or that starts with ', gets a
leading ' (see csvcells: OWASP's advice, reversible on import);
`excel` adds a UTF-8 BOM and CRLF line ends. A list (an article's subtitles) is one
line per item in its cell, never JSON.
"""

from __future__ import annotations

import csv
import io
import json
import os
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from gui.core.codebook import Codebook, codebook_from_json
from gui.core.csvcells import ARTICLE_EXPORT_COLUMNS, escape_cell
from gui.core.errors import PizhuError
from gui.core.export_layers import check_layer, layer_groups
from gui.core.export_ml import bio_text, doccano_record
from gui.core.messages import msg
from gui.core.model import Annotation, Article
from gui.core.store import ArticleFilter, CodeRow, LibraryStore
from gui.core.vocabulary import ANNOTATION_STATUSES, ARTICLE_STATUSES, is_iso_date

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]

ENTITY_COLUMNS = (
    "article_id", "article_title", "published", "label", "start", "end", "text", "origin", "status", "updated_at",
)  # fmt: skip
DIRECTIVE_ATTRS = ("issuer", "addressee", "strength", "topic")
DIRECTIVE_COLUMNS = (
    "article_id", "article_title", "published", "start", "end", "text", *DIRECTIVE_ATTRS, "origin", "status",
    "updated_at", "issuer_entity_id", "issuers", "document_id", "document_number",
)  # fmt: skip

WHATS = ("entities", "directives", "articles", "codes", "documents")
FORMATS: dict[str, tuple[str, ...]] = {
    "entities": ("csv", "jsonl", "bio", "doccano"),
    "directives": ("csv", "jsonl"),
    "articles": ("csv", "jsonl"),
    "codes": ("csv", "jsonl", "sav", "dta"),
    "documents": ("csv", "jsonl"),
}
# Binary formats (SPSS, Stata; see export_stats): a file only, never a stream.
FILE_FORMATS = ("sav", "dta")
_KIND = {"entities": "entity", "directives": "directive"}
# Training data: a rejected suggestion is a known non-entity, not a label.
TRAINING_STATUSES = ("suggested", "accepted")
_SUFFIX = {
    "csv": ".csv",
    "jsonl": ".jsonl",
    "bio": ".bio.txt",
    "doccano": ".doccano.jsonl",
    "sav": ".sav",
    "dta": ".dta",
}
_LINE_SEPARATORS = ("\x85", "\u2028", "\u2029")
# Rows between cancel checks and progress reports inside one batch of articles.
_ROWS_PER_CHECK = 5000


class ExportError(PizhuError):
    """An export that cannot be written as asked."""


def default_filename(what: str, fmt: str) -> str:
    return what + _SUFFIX.get(fmt, ".txt")


def format_for_path(path: str | Path | None) -> str:
    """The format a file name asks for (entities.jsonl → jsonl); csv when it says nothing."""
    name = Path(path).name.lower() if path and str(path) != "-" else ""
    for fmt in ("doccano", "bio"):
        if name.endswith(_SUFFIX[fmt]):
            return fmt
    if name.endswith((".bio", ".conll")):
        return "bio"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    for fmt in FILE_FORMATS:
        if name.endswith(_SUFFIX[fmt]):
            return fmt
    return "csv"


@dataclass(slots=True)
class ExportOptions:
    """What to export and which part of the library; None or empty means all."""

    what: str = "articles"
    format: str = "csv"
    excel: bool = False
    status: str | None = None  # article status
    kind: str | None = None  # "article" leaves out summaries of the day's headlines
    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None
    ids: Sequence[int] | None = None
    query: str | None = None  # the window's search words
    labels: Sequence[str] | None = None  # entity exports only
    # Annotation statuses to include; default: all for CSV/JSONL, suggested+accepted for BIO/doccano.
    annotation_statuses: Sequence[str] | None = None
    layer: str | None = None  # final (default), a coder's name, or all: see export_layers.py

    def validate(self) -> None:
        if self.what not in FORMATS:
            raise ExportError(msg("export.bad_what", what=self.what, choices=", ".join(WHATS)))
        if self.format not in FORMATS[self.what]:
            choices = ", ".join(FORMATS[self.what])
            raise ExportError(msg("export.bad_format", what=self.what, format=self.format, choices=choices))
        if self.excel and self.format != "csv":
            raise ExportError(msg("export.excel_not_csv"))
        if self.status and self.status not in ARTICLE_STATUSES:
            raise ExportError(msg("export.bad_status", status=self.status, choices=", ".join(ARTICLE_STATUSES)))
        for day in (self.date_from, self.date_to):
            if day and not is_iso_date(day):
                raise ExportError(msg("export.bad_date", day=day))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ExportError(msg("export.dates_reversed", start=self.date_from, end=self.date_to))
        if self.labels and self.what != "entities":
            raise ExportError(msg("export.label_not_entities"))
        if self.layer not in (None, "all") and self.what == "articles":
            raise ExportError(msg("export.layer_articles"))  # lossless: every layer, each with its coder
        if self.layer == "all" and self.format == "bio":
            raise ExportError(msg("export.layer_all_bio"))  # a `CHAR TAG` line has no place for a coder
        if self.annotation_statuses:
            if self.what == "articles":
                raise ExportError(msg("export.annotation_status_articles"))
            unknown = [s for s in self.annotation_statuses if s not in ANNOTATION_STATUSES]
            if unknown:
                choices = ", ".join(ANNOTATION_STATUSES)
                raise ExportError(msg("export.bad_annotation_status", status=unknown[0], choices=choices))

    def article_filter(self) -> ArticleFilter:
        return ArticleFilter(
            status=self.status or None,
            kind=self.kind or None,
            query=self.query or None,
            date_from=self.date_from or None,
            date_to=self.date_to or None,
            ids=list(self.ids) if self.ids is not None else None,
        )

    def statuses(self) -> list[str] | None:
        if self.annotation_statuses:
            return list(self.annotation_statuses)
        return list(TRAINING_STATUSES) if self.format in ("bio", "doccano") else None


@dataclass(slots=True)
class ExportReport:
    what: str
    format: str
    rows: int = 0  # annotations for entity/directive CSV and JSONL, else articles
    articles: int = 0  # articles that contributed
    path: Path | None = None
    cancelled: bool = False

    def summary(self) -> str:
        unit = self.what if self.what != "articles" and self.format in ("csv", "jsonl") else "articles"
        unit = "coded units" if self.what == "codes" else unit
        text = f"{self.rows:,} {unit}"
        if unit != "articles":
            text += f" from {self.articles:,} article{'s' if self.articles != 1 else ''}"
        if self.cancelled:
            return f"export cancelled after {text}; nothing was written"
        return text + (f" written to {self.path}" if self.path else " written")


class _Cancelled(Exception):
    pass


@dataclass(slots=True)
class _Run:
    store: LibraryStore
    options: ExportOptions
    out: TextIO
    batch: int
    report: ExportReport
    progress: Progress | None
    cancelled: CancelCheck | None
    total: int = 0
    unit: str = ""
    codebook: Codebook | None = None  # a codes export's columns

    def step(self, done: int) -> None:
        if self.cancelled and self.cancelled():
            raise _Cancelled
        if self.progress:
            self.progress(done, max(self.total, done), self.unit)

    def batches(self) -> Iterator[list[int]]:
        yield from self.store.export_article_ids(self.options.article_filter(), self.batch)


# -- rows ----------------------------------------------------------------------


def _attr_cell(value: Any) -> Any:
    # A list of names is one cell of "a; b"; only odd nested values fall back to JSON.
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def annotation_record(annotation: Annotation) -> dict[str, Any]:
    return {
        "kind": annotation.kind,
        "label": annotation.label,
        "start": annotation.start,
        "end": annotation.end,
        "text": annotation.text,
        "attrs": annotation.attrs,
        "origin": annotation.origin,
        "status": annotation.status,
        "updated_at": annotation.updated_at,
        "coder": annotation.coder,
    }


def _code_records(rows: Iterable[CodeRow]) -> list[dict[str, Any]]:
    return [{"variable": r.variable, "value": r.value, "coder": r.coder} for r in rows]


def article_record(
    article: Article,
    annotations: Iterable[Annotation],
    codes: Sequence[CodeRow] = (),
    coder_notes: Sequence[tuple[str, str]] = (),
) -> dict[str, Any]:
    """One line of the articles JSONL: every field, every annotation whatever its status, the
    codes of the article and (on each directive) of its directives, and coders' notes."""
    by_directive: dict[int, list[CodeRow]] = {}
    for row in codes:
        if row.unit == "directive":
            by_directive.setdefault(row.unit_id, []).append(row)
    notes = []
    for a in annotations:
        note = annotation_record(a)
        if a.kind == "directive":
            note["codes"] = _code_records(by_directive.get(a.id or 0, ()))
        notes.append(note)
    return {
        "id": article.id,
        "source": article.source,
        "published": article.published,
        "pre_title": article.pre_title,
        "title": article.title,
        "subtitles": article.subtitles,
        "byline": article.byline,
        "dateline": article.dateline,
        "doc_number": article.doc_number,
        "issuer": article.issuer,
        "url": article.url,
        "body": article.body,
        "status": article.status,
        "kind": article.kind,
        "content_hash": article.content_hash,
        "imported_at": article.imported_at,
        "updated_at": article.updated_at,
        "annotations": notes,
        "codes": _code_records(r for r in codes if r.unit == "article"),
        "notes": [{"coder": coder, "text": text} for coder, text in coder_notes],
    }


def _json_line(record: dict[str, Any]) -> str:
    line = json.dumps(record, ensure_ascii=False)
    # Valid JSON either way, but str.splitlines() and some readers break lines at these.
    if any(sep in line for sep in _LINE_SEPARATORS):
        for sep in _LINE_SEPARATORS:
            line = line.replace(sep, f"\\u{ord(sep):04x}")
    return line + "\n"


def _csv_writer(run: _Run, columns: Sequence[str]) -> Callable[[Sequence[Any]], object]:
    # Text is always quoted: with LF line ends the csv module would leave a lone CR
    # unquoted, and readers take that for the end of the row.
    end = "\r\n" if run.options.excel else "\n"
    csv.writer(run.out, lineterminator=end).writerow(columns)  # plain names: no quotes needed
    writer = csv.writer(run.out, lineterminator=end, quoting=csv.QUOTE_NONNUMERIC)

    def write(row: Sequence[Any]) -> object:
        # A text cell a spreadsheet would run as a formula gets a leading ' (OWASP).
        return writer.writerow([escape_cell(v) if type(v) is str else v for v in row])

    return write


# -- exporters -----------------------------------------------------------------


def _with_annotations(
    articles: Iterable[Article], annotations: Iterable[Annotation]
) -> Iterator[tuple[Article, list[Annotation]]]:
    """Pair articles with their annotations; both come sorted by article id."""
    groups = groupby(annotations, key=lambda a: a.article_id)
    pending = next(groups, None)
    for article in articles:
        mine: list[Annotation] = []
        if pending is not None and pending[0] == article.id:
            mine = list(pending[1])
            pending = next(groups, None)
        yield article, mine


def _export_articles(run: _Run) -> None:
    """One row or line per article (articles CSV/JSONL, BIO, doccano), annotated or not."""
    options = run.options
    run.total = run.store.export_count_articles(options.article_filter())
    run.unit = "articles"
    run.step(0)
    if options.what != "articles":
        check_layer(run.store, options.layer)
    if options.what == "articles" and options.format == "csv":
        write_row = _csv_writer(run, ARTICLE_EXPORT_COLUMNS)
    done = 0
    for ids in run.batches():
        articles = run.store.iter_articles(ids)
        if options.what == "articles" and options.format == "csv":
            counts = {r.id: r for r in run.store.article_rows(ids)}
            for article in articles:
                assert article.id is not None  # read from the store, so it has an id
                row = counts[article.id]
                write_row([article.id, article.published, article.pre_title, article.title,
                           "\n".join(article.subtitles), article.byline, article.dateline, article.status,
                           row.n_entities, row.n_directives, article.body, article.doc_number, article.issuer,
                           article.url])  # fmt: skip
                done += 1
        else:
            if options.what == "articles":
                annotations = run.store.export_annotations(ids)  # everything: lossless
            else:
                annotations = run.store.export_annotations(ids, "entity", options.labels or None, options.statuses())
            codes: dict[int, list[CodeRow]] = {}
            notes: dict[int, list[tuple[str, str]]] = {}
            if options.what == "articles" and options.format == "jsonl":
                for code in run.store.export_codes(ids):
                    codes.setdefault(code.article_id, []).append(code)
                for article_id, coder, text in run.store.notes(ids):
                    notes.setdefault(article_id, []).append((coder, text))
            for article, mine in _with_annotations(articles, annotations):
                if options.format == "jsonl":
                    key = article.id or 0
                    run.out.write(_json_line(article_record(article, mine, codes.get(key, ()), notes.get(key, ()))))
                elif options.format == "doccano":
                    for coder, spans in layer_groups(mine, options.layer):
                        record = doccano_record(article, spans)
                        if options.layer == "all":
                            record["meta"]["coder"] = coder
                        run.out.write(_json_line(record))
                else:
                    run.out.write(bio_text(article.body, layer_groups(mine, options.layer)[0][1]))
                done += 1
        run.report.rows = run.report.articles = done
        run.step(done)


# -- writing -------------------------------------------------------------------


def stored_codebook(store: LibraryStore) -> Codebook:
    """The library's codebook, for a codes export; an ExportError when it has none."""
    stored = store.codebook_json()
    if stored is None:
        raise ExportError(msg("codebook.none", path=store.path))
    return codebook_from_json(stored[0], str(store.path))


def write_export(
    store: LibraryStore,
    options: ExportOptions,
    out: TextIO,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    batch: int = 200,
) -> ExportReport:
    """Write the export to a text stream opened with newline="". Reads one snapshot of the library."""
    options.validate()
    report = ExportReport(options.what, options.format)
    run = _Run(store, options, out, batch, report, progress, cancelled)
    by_annotation = options.what in ("entities", "directives") and options.format in ("csv", "jsonl")
    if options.what == "codes":
        from gui.core.export_codes import export_codes as exporter  # only a codes export needs it
    elif options.what == "documents":
        from gui.core.export_documents import export_documents as exporter
    elif by_annotation:
        from gui.core.export_annotations import export_annotations as exporter
    else:
        exporter = _export_articles
    try:
        with store.read_snapshot():  # a read that fails there is a LibraryError (library.unreadable)
            if options.what == "codes":
                run.codebook = stored_codebook(store)
            exporter(run)
    except _Cancelled:
        report.cancelled = True
    return report


def export_to_stream(
    store: LibraryStore,
    options: ExportOptions,
    raw: BinaryIO,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    batch: int = 200,
) -> ExportReport:
    """Encode the export onto a binary stream (a file, or stdout's buffer); the stream stays open."""
    if options.format in FILE_FORMATS:
        raise ExportError(msg("export.needs_file", format=options.format))
    out = io.TextIOWrapper(raw, encoding="utf-8-sig" if options.excel else "utf-8", newline="")
    try:
        return write_export(store, options, out, progress, cancelled, batch)
    finally:
        out.detach()  # flushes, and leaves `raw` to its owner


def export_to_file(
    store: LibraryStore,
    options: ExportOptions,
    path: str | Path,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    batch: int = 200,
) -> ExportReport:
    """Export to `path`, replacing it only when the export is complete."""
    options.validate()
    path = Path(path).expanduser()
    if path.is_dir():
        raise ExportError(msg("export.to_folder", path=path))
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(msg("export.no_folder", path=folder))
    if path.exists() and path.resolve() == store.path.resolve():
        raise ExportError(msg("export.onto_library", path=path))
    temp = folder / f".pizhu-export-{secrets.token_hex(6)}.part"
    done = False
    try:
        if options.format in FILE_FORMATS:
            from gui.core.export_stats import write_stats_file  # only these formats need pyreadstat

            report = write_stats_file(store, options, temp, progress, cancelled, batch, target=path)
            if report.cancelled:
                return report
        else:
            with open(temp, "xb") as raw:
                report = export_to_stream(store, options, raw, progress, cancelled, batch)
                if report.cancelled:
                    return report
                raw.flush()
                os.fsync(raw.fileno())
        os.replace(temp, path)
        done = True
    except OSError as exc:
        raise ExportError(msg("export.unwritable", path=path, reason=exc.strerror or exc)) from None
    finally:
        if not done:
            temp.unlink(missing_ok=True)
    report.path = path
    return report
