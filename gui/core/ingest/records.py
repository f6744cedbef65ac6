"""Crawler output and pizhu's own export: JSON lines, JSON arrays and CSV rows.

Each record is one article with title/body/published (several common spellings
accepted). Records exported by pizhu also carry their annotations, status and
timestamps, which come back unchanged. doccano's sequence-labelling JSONL brings
its spans as entities. A bad line is reported with its number and skipped; the
good lines still import. Nothing in one record (nesting 1,000 deep, a 5,000-digit
number, an offset of 1e999, text that cannot be stored) stops the file.

pizhu's articles CSV is recognised by its columns and read exactly, its cells
unescaped as `csvcells` describes; other CSV files are read as they are.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from gui.core.csvcells import ARTICLE_COLUMNS, unescape_cell
from gui.core.errors import InputError
from gui.core.ingest.furniture import is_furniture
from gui.core.messages import message_of, msg
from gui.core.model import Annotation, Article, ImportedCode
from gui.core.textio import UNDECODABLE
from gui.core.vocabulary import (
    ANNOTATION_KINDS,
    ANNOTATION_STATUSES,
    ARTICLE_KINDS,
    ARTICLE_STATUSES,
    KNOWN_LABELS,
    ORIGINS,
    parse_date,
)

log = logging.getLogger(__name__)

_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "标题", "headline"),
    "body": ("body", "content", "text", "正文", "内容"),
    "published": ("published", "date", "pub_date", "publish_date", "published_at", "日期", "发布时间"),
    "pre_title": ("pre_title", "引题"),
    "subtitles": ("subtitles", "subtitle", "副题"),
    "byline": ("byline", "author", "作者"),
    "dateline": ("dateline",),
    "source": ("source", "url", "来源"),
    "doc_number": ("doc_number", "文号", "发文字号"),
    "issuer": ("issuer", "发文机关", "发布机构"),
}


def _field(record: dict[str, Any], name: str) -> Any:
    for key in _ALIASES[name]:
        if key in record and record[key] not in (None, ""):
            return record[key]
    return None


def _text(value: Any) -> str:
    return "" if value is None else str(value).replace("\r\n", "\n").replace("\r", "\n")


def _subtitles(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value if str(v).strip()]
    text = str(value).strip()
    if text.startswith("["):
        try:
            loaded = json.loads(text)
        except json.JSONDecodeError:
            pass
        else:
            if isinstance(loaded, list):
                return [str(v) for v in loaded if str(v).strip()]
    return [part for part in text.split("\n") if part.strip()]


# Labels other than pizhu's are kept (a team may use its own) but named once per file.
def _note_unknown_labels(article: Article, name: str, warnings: list[str], seen: set[str]) -> None:
    for annotation in article.annotations:
        if annotation.label not in KNOWN_LABELS and annotation.label not in seen:
            seen.add(annotation.label)
            warnings.append(msg("record.unknown_label", path=name, label=annotation.label))


def _annotation(raw: Any, body: str, where: str) -> Annotation:
    if not isinstance(raw, dict):
        raise InputError(msg("annotation.not_object", where=where))
    start, end = raw.get("start"), raw.get("end")
    # Only whole numbers: 0.9 or true would silently become 0 or 1 (bool is an int subclass).
    if type(start) is not int or type(end) is not int:
        raise InputError(msg("annotation.not_whole", where=where, start=_short(start), end=_short(end)))
    if not 0 <= start < end <= len(body):
        raise InputError(msg("annotation.outside", where=where, start=_short(start), end=_short(end), length=len(body)))
    text = body[start:end]
    if "text" in raw and raw["text"] != text:
        raise InputError(
            msg("annotation.text_mismatch", where=where, text=raw["text"], start=start, end=end, found=text)
        )
    kind = raw.get("kind", "entity")
    origin = raw.get("origin", "manual")
    status = raw.get("status", "accepted")
    label = str(raw.get("label") or "").strip()
    if kind not in ANNOTATION_KINDS:
        raise InputError(msg("annotation.unknown_kind", where=where, kind=kind))
    if origin not in ORIGINS or status not in ANNOTATION_STATUSES:
        raise InputError(msg("annotation.unknown_origin", where=where, origin=origin, status=status))
    if not label:
        raise InputError(msg("annotation.no_label", where=where))
    attrs = raw.get("attrs") or {}
    if not isinstance(attrs, dict):
        raise InputError(msg("annotation.attrs", where=where))
    coder = raw.get("coder") or ""  # missing: the library's own layer
    if not isinstance(coder, str):
        raise InputError(msg("annotation.coder", where=where))
    return Annotation(
        kind=kind,
        label=label,
        start=start,
        end=end,
        text=text,
        attrs=attrs,
        origin=origin,
        status=status,
        updated_at=str(raw.get("updated_at") or ""),
        coder=coder.strip(),
    )


def _short(value: Any) -> str:
    try:
        text = json.dumps(value)
    except (TypeError, ValueError, RecursionError):
        text = type(value).__name__
    return text if len(text) <= 20 else text[:17] + "..."


def _is_pizhu_article(record: dict[str, Any]) -> bool:
    # pizhu's articles JSONL carries the content hash; no crawler writes one.
    return isinstance(record.get("content_hash"), str) and isinstance(record.get("body"), str)


def _string(record: dict[str, Any], name: str, exact: bool) -> str:
    if exact:
        value = record.get(name)
        return "" if value is None else str(value)
    return _text(_field(record, name)).strip()


def record_to_article(
    record: dict[str, Any], where: str, warnings: list[str], published: str | None = None, exact: bool = False
) -> Article:
    """One record (a JSON object or a CSV row) as an article; raises InputError if unusable.

    A line of pizhu's own articles JSONL (or a row of its articles CSV, `exact`) comes
    back exactly: nothing trimmed, line ends untouched, no date guessed for an article
    that had none. A doccano record brings its spans ("label" or "entities") as
    manual, accepted entities.
    """
    record = _with_meta(record)
    exact = exact or _is_pizhu_article(record)
    raw_body = _field(record, "body")
    body = raw_body if exact else _text(raw_body)
    if not exact and not record.get("annotations") and _raw_spans(record) is None:
        # A crawler's record: its page furniture (责任编辑：…, 【纠错】) is not article text.
        # Records with offsets keep their body as it is, or the offsets would drift.
        body = "\n".join(line for line in body.split("\n") if not is_furniture(line))
    if not body.strip():
        raise InputError(msg("record.no_body", where=where))
    raw_date = record.get("published") if exact else _field(record, "published")
    date = parse_date(raw_date)
    if raw_date not in (None, "") and date is None:
        warnings.append(msg("record.bad_date", where=where, date=str(raw_date)[:40]))
    status = record.get("status") or "new"
    if status not in ARTICLE_STATUSES:
        warnings.append(msg("record.bad_status", where=where, status=status))
        status = "new"
    subtitles = record.get("subtitles")
    if exact and isinstance(subtitles, list):
        exact_subtitles: list[str] | None = [str(s) for s in subtitles]
    elif exact and isinstance(subtitles, str):
        exact_subtitles = subtitles.split("\n") if subtitles else []  # an articles CSV: one a line
    else:
        exact_subtitles = None
    article = Article(
        title=_string(record, "title", exact),
        body=body,
        pre_title=_string(record, "pre_title", exact),
        subtitles=exact_subtitles if exact_subtitles is not None else _subtitles(_field(record, "subtitles")),
        byline=_string(record, "byline", exact),
        dateline=_string(record, "dateline", exact),
        published=date if exact else date or published,
        source=_string(record, "source", exact),
        status=status,
        kind=record["kind"] if record.get("kind") in ARTICLE_KINDS else "article",
        imported_at=str(record.get("imported_at") or ""),
        updated_at=str(record.get("updated_at") or ""),
        doc_number=_string(record, "doc_number", exact),
        issuer=_string(record, "issuer", exact),
        url=str(record.get("url") or ""),
    )
    annotations = record.get("annotations")
    article.pretagged = "annotations" in record
    if annotations:
        if not isinstance(annotations, list):
            raise InputError(msg("record.annotations_not_list", where=where))
        for n, raw in enumerate(annotations, 1):
            at = msg("at.annotation", where=where, n=n)
            try:
                annotation = _annotation(raw, body, at)
            except InputError as exc:
                warnings.append(msg("skipped", problem=message_of(exc)))
                continue
            article.annotations.append(annotation)
            # A directive's codes: a bad one costs the record, as an article's does.
            index = len(article.annotations) - 1
            article.codes.extend(_codes(raw.get("codes"), at, index))
    article.codes[:0] = _codes(record.get("codes"), where, None)
    article.notes = _notes(record.get("notes"), where)
    article.where = where
    spans = _doccano_spans(record, raw_body, body, where, warnings)
    if spans is not None:
        article.pretagged = True
        article.annotations.extend(spans)
    _check_storable(article, where)
    return article


def _codes(raw: Any, where: str, annotation: int | None) -> list[ImportedCode]:
    """The `codes` of an article line or of one of its directives: their shape only; the
    library checks them against its codebook."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise InputError(msg("code.not_list", where=where))
    codes: list[ImportedCode] = []
    for item in raw:
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("variable"), str)
            or "value" not in item
            or not isinstance(item.get("coder", ""), str)
        ):
            raise InputError(msg("code.not_object", where=where))
        codes.append(ImportedCode(item["variable"], item["value"], item.get("coder") or "", annotation))
    return codes


def _notes(raw: Any, where: str) -> dict[str, str]:
    """The `notes` of an article line: coder -> text."""
    if raw is None:
        return {}
    if not isinstance(raw, list) or not all(
        isinstance(item, dict) and isinstance(item.get("text"), str) and isinstance(item.get("coder", ""), str)
        for item in raw
    ):
        raise InputError(msg("note.not_list", where=where))
    return {item.get("coder") or "": item["text"] for item in raw if item["text"].strip()}


def _check_storable(article: Article, where: str) -> None:
    """Refuse text the library cannot hold: a lone surrogate (JSON's "\\ud800") is no character."""
    texts = [article.title, article.body, article.pre_title, *article.subtitles, article.byline, article.dateline]
    texts += [article.source, article.status, article.imported_at, article.updated_at]
    for annotation in article.annotations:
        texts += [annotation.label, annotation.updated_at, json.dumps(annotation.attrs, ensure_ascii=False)]
    for code in article.codes:
        texts += [code.variable, code.coder, json.dumps(code.value, ensure_ascii=False)]
    for text in texts:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InputError(msg("record.surrogate", where=where, code=f"{ord(exc.object[exc.start]):04X}")) from None


def _problem(exc: Exception, where: str) -> str:
    """One line for a record that could not be read, whatever went wrong in it."""
    if isinstance(exc, InputError):
        return msg("skipped", problem=message_of(exc))
    if isinstance(exc, RecursionError):
        return msg("record.nested", where=where)
    # Not a known kind of bad record: keep the details for a bug report.
    log.warning("%s: record not read", where, exc_info=exc)
    return msg("record.unreadable", where=where, error=f"{type(exc).__name__}: {str(exc)[:100]}")


def _json_reason(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return msg("json.invalid", reason=exc.msg)
    if isinstance(exc, RecursionError):
        return msg("json.nested")
    # ValueError: a whole number longer than Python reads (sys.get_int_max_str_digits()).
    return msg("json.big_number", digits=sys.get_int_max_str_digits())


def _load_json(text: str, where: str) -> Any:
    """json.loads, with every way it fails on hostile input as one InputError."""
    try:
        return json.loads(text)
    except (RecursionError, ValueError) as exc:
        raise InputError(msg("record.bad_json", where=where, reason=_json_reason(exc))) from None


# -- doccano -------------------------------------------------------------------
# Sequence-labelling JSONL of doccano: {"text", "label": [[start, end, "LABEL"], ...]}, or the
# newer {"text", "entities": [{"start_offset", "end_offset", "label"}]}. Offsets count code
# points (Python string indices). Other keys, and a "meta" object, may carry the headline.

_META_KEYS = frozenset(k for name, keys in _ALIASES.items() if name != "body" for k in keys)


def _with_meta(record: dict[str, Any]) -> dict[str, Any]:
    meta = record.get("meta")
    if not isinstance(meta, dict):
        return record
    extra = {k: v for k, v in meta.items() if k in _META_KEYS and k not in record}
    return {**extra, **record} if extra else record


def _raw_spans(record: dict[str, Any]) -> list[Any] | None:
    """The record's span items, or None when it has no spans (a crawler record, or text classification)."""
    found: list[Any] | None = None
    for key in ("label", "labels"):
        value = record.get(key)
        # A list of plain strings is a text-classification label, not spans.
        if isinstance(value, list) and not (value and all(isinstance(v, str) for v in value)):
            found = (found or []) + value
    entities = record.get("entities")
    if isinstance(entities, list):
        found = (found or []) + entities
    return found


def _offset_map(raw: str) -> list[int]:
    """Where each offset of `raw` lands once CRLF/CR become LF (as `_text` does)."""
    mapping = [0] * (len(raw) + 1)
    i = j = 0
    while i < len(raw):
        mapping[i] = j
        if raw[i] == "\r" and raw[i + 1 : i + 2] == "\n":
            i += 1  # the CR vanishes into the LF after it
            mapping[i] = j
        i += 1
        j += 1
    mapping[len(raw)] = j
    return mapping


def _doccano_spans(
    record: dict[str, Any], raw_body: Any, body: str, where: str, warnings: list[str]
) -> list[Annotation] | None:
    items = _raw_spans(record)
    if items is None:
        return None
    mapping = _offset_map(raw_body) if isinstance(raw_body, str) and raw_body != body else None
    spans: list[Annotation] = []
    for n, item in enumerate(items, 1):
        here = msg("at.span", where=where, n=n)
        if isinstance(item, list | tuple) and len(item) == 3:
            start, end, label = item
        elif isinstance(item, dict):
            start, end, label = item.get("start_offset"), item.get("end_offset"), item.get("label")
        else:
            warnings.append(msg("span.shape", where=here))
            continue
        if mapping is not None and type(start) is int and type(end) is int and 0 <= start <= end < len(mapping):
            start, end = mapping[start], mapping[end]
        raw = {"kind": "entity", "label": label, "start": start, "end": end, "origin": "manual", "status": "accepted"}
        try:
            spans.append(_annotation(raw, body, here))
        except InputError as exc:
            warnings.append(msg("skipped", problem=message_of(exc)))
    return spans


def _refuse_annotation_export(keys: Any, name: str) -> None:
    # An entities/directives export has one annotation a line and a "text" column
    # that would otherwise be taken for article bodies.
    if {"article_id", "start", "end"} <= set(keys):  # directives CSV has no label column
        raise InputError(msg("file.annotation_export", path=name))


def iter_jsonl(lines: Iterable[str], name: str, warnings: list[str], published: str | None = None) -> Iterator[Article]:
    """Articles from JSON lines, one record at a time (a file of any size streams through)."""
    first = True
    unknown: set[str] = set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = msg("at.line", path=name, line=number)
        if UNDECODABLE.search(line):
            warnings.append(msg("record.bad_bytes", where=where))
            continue
        try:
            record = _load_json(line, where)
        except InputError as exc:
            warnings.append(message_of(exc))
            continue
        if not isinstance(record, dict):
            warnings.append(msg("record.not_json_object", where=where))
            continue
        if first:
            _refuse_annotation_export(record, name)
            first = False
        try:
            article = record_to_article(record, where, warnings, published)
        except Exception as exc:  # noqa: BLE001 - one bad record never stops the file
            warnings.append(_problem(exc, where))
            continue
        _note_unknown_labels(article, name, warnings, unknown)
        yield article


def iter_json(text: str, name: str, warnings: list[str], published: str | None = None) -> Iterator[Article]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # Often JSON lines saved as .json.
        if text.lstrip().startswith("{") and "\n" in text.strip():
            yield from iter_jsonl(text.split("\n"), name, warnings, published)
            return
        raise InputError(msg("json.file_invalid", path=name, reason=exc.msg, line=exc.lineno)) from None
    except (RecursionError, ValueError) as exc:
        if text.lstrip().startswith("{") and "\n" in text.strip():
            yield from iter_jsonl(text.split("\n"), name, warnings, published)  # the bad line is named there
            return
        raise InputError(msg("json.file_unreadable", path=name, reason=_json_reason(exc))) from None
    records = data if isinstance(data, list) else data.get("articles") if isinstance(data, dict) else None
    if records is None and isinstance(data, dict):
        records = [data]
    if not isinstance(records, list):
        raise InputError(msg("json.not_list", path=name))
    for number, record in enumerate(records, 1):
        where = msg("at.item", path=name, item=number)
        if not isinstance(record, dict):
            warnings.append(msg("record.not_object", where=where))
            continue
        try:
            article = record_to_article(record, where, warnings, published)
        except Exception as exc:  # noqa: BLE001 - one bad record never stops the file
            warnings.append(_problem(exc, where))
            continue
        yield article


# A cell as long as an article body may be: the csv module's default stops at 131,072.
_CSV_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)


def iter_csv(stream: TextIO, name: str, warnings: list[str], published: str | None = None) -> Iterator[Article]:
    """Articles from CSV rows, streamed. Strict parsing: a broken quote is reported at its
    line instead of silently swallowing the rows after it."""
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    reader = csv.DictReader(stream, strict=True)
    try:
        fieldnames = reader.fieldnames
    except csv.Error as exc:
        raise InputError(msg("csv.bad_header", path=name, reason=exc)) from None
    if not fieldnames or not any(f in fieldnames for f in _ALIASES["body"]):
        raise InputError(msg("csv.no_body", path=name, columns=", ".join(_ALIASES["body"])))
    _refuse_annotation_export(fieldnames, name)
    # pizhu's own articles CSV: cells unescaped, and read exactly (nothing trimmed).
    ours = set(ARTICLE_COLUMNS) <= set(fieldnames)
    try:
        for row in reader:
            where = msg("at.line", path=name, line=reader.line_num)
            if None in row:
                warnings.append(msg("csv.extra_cells", where=where))
                row.pop(None)
            cells = [v for v in row.values() if v]
            if any(UNDECODABLE.search(v) for v in cells):
                warnings.append(msg("record.bad_bytes", where=where))
                continue
            clean = {k: unescape_cell(v) if ours and v else v for k, v in row.items() if k is not None}
            try:
                article = record_to_article(clean, where, warnings, published, exact=ours)
            except Exception as exc:  # noqa: BLE001 - one bad record never stops the file
                warnings.append(_problem(exc, where))
                continue
            yield article
    except csv.Error as exc:
        # line_num has not yet counted the line the error is on.
        warnings.append(msg("csv.broken", path=name, line=reader.line_num + 1, reason=exc))


def csv_from_text(text: str) -> TextIO:
    # Excel writes a BOM; it is not part of the first column's name.
    return io.StringIO(text.removeprefix("\ufeff"), newline="")
