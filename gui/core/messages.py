"""What the core tells the user, as a code and parameters, worded in English by default.

The core serves the command line (English) and the window (English or Chinese), so it never
words a message for one of them alone. An error or a problem line is a `Message`: a `str` that
reads as the English line (so it prints, logs and compares as before) and also carries its
`code` and `params`, from which the window words it in the interface's language
(`gui/shared/i18n.py: word`). A parameter may itself be a Message ("{where}" is "x.jsonl, line 3").

The templates are marked for Qt's pyside6-lupdate by the name QT_TRANSLATE_NOOP (a plain
function here: the core never imports Qt) and translated in resources/translations.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "CoreMessages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    return text


TEMPLATES: dict[str, str] = {
    # -- where in a file -------------------------------------------------------
    "at.line": QT_TRANSLATE_NOOP("CoreMessages", "{path}, line {line}"),
    "at.item": QT_TRANSLATE_NOOP("CoreMessages", "{path}, item {item}"),
    "at.annotation": QT_TRANSLATE_NOOP("CoreMessages", "{where}, annotation {n}"),
    "at.span": QT_TRANSLATE_NOOP("CoreMessages", "{where}, span {n}"),
    "skipped": QT_TRANSLATE_NOOP("CoreMessages", "{problem}, skipped"),
    # -- files -----------------------------------------------------------------
    "file.empty": QT_TRANSLATE_NOOP("CoreMessages", "{path}: empty file"),
    "file.bad_bom": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path}: starts with a {encoding} byte-order mark but is not {encoding} ({reason} at byte {byte})",
    ),
    "file.binary_nul": QT_TRANSLATE_NOOP("CoreMessages", "{path}: binary file (contains NUL bytes), not text"),
    "file.unknown_encoding": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: cannot tell the text encoding (binary or damaged file)"
    ),
    "file.binary_control": QT_TRANSLATE_NOOP("CoreMessages", "{path}: binary file (control characters), not text"),
    "file.not_found": QT_TRANSLATE_NOOP("CoreMessages", "{path}: file not found (was it moved or deleted?)"),
    "file.is_folder": QT_TRANSLATE_NOOP("CoreMessages", "{path}: is a folder, not a file"),
    "file.permission": QT_TRANSLATE_NOOP("CoreMessages", "{path}: permission denied"),
    "file.unreadable": QT_TRANSLATE_NOOP("CoreMessages", "{path}: cannot read ({reason})"),
    "file.special": QT_TRANSLATE_NOOP("CoreMessages", "{path}: is {kind}, not a regular file"),
    "filekind.fifo": QT_TRANSLATE_NOOP("CoreMessages", "a FIFO (named pipe)"),
    "filekind.device": QT_TRANSLATE_NOOP("CoreMessages", "a device"),
    "filekind.socket": QT_TRANSLATE_NOOP("CoreMessages", "a socket"),
    "filekind.folder": QT_TRANSLATE_NOOP("CoreMessages", "a folder"),
    "filekind.other": QT_TRANSLATE_NOOP("CoreMessages", "something else"),
    "file.too_big": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: {size} MB is too big to import (limit {limit} MB); split it into smaller files"
    ),
    "file.no_articles": QT_TRANSLATE_NOOP("CoreMessages", "{path}: no article text found"),
    "path.missing": QT_TRANSLATE_NOOP("CoreMessages", "{path}: no such file or folder"),
    "folder.unopenable": QT_TRANSLATE_NOOP("CoreMessages", "{path}: cannot open folder ({reason})"),
    "folder.unlistable": QT_TRANSLATE_NOOP("CoreMessages", "{path}: cannot list folder ({reason})"),
    # -- web pages, PDF and Word documents ---------------------------------------
    "html.no_page": QT_TRANSLATE_NOOP("CoreMessages", "{path}: the web archive holds no HTML page"),
    "html.unparsable": QT_TRANSLATE_NOOP("CoreMessages", "{path}: not a web page that can be read"),
    "html.not_article": QT_TRANSLATE_NOOP("CoreMessages", "{path}: not an article ({reason})"),
    "html.reason_list": QT_TRANSLATE_NOOP("CoreMessages", "a page of links, such as a list or an index"),
    "html.reason_login": QT_TRANSLATE_NOOP("CoreMessages", "a login page"),
    "pdf.encrypted": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: the PDF is password-protected; save an unprotected copy and import that"
    ),
    "pdf.broken": QT_TRANSLATE_NOOP("CoreMessages", "{path}: not a readable PDF ({reason})"),
    "pdf.no_text": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path}: the PDF has no text layer (a scan); run OCR on it first (e.g. ocrmypdf -l chi_sim) "
        "and import the result",
    ),
    "word.not_word": QT_TRANSLATE_NOOP("CoreMessages", "{path}: not a Word document ({reason})"),
    "word.no_converter": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path}: a legacy Word .doc needs antiword or LibreOffice to read (apt install antiword), "
        "or save it as .docx in Word or WPS and import that",
    ),
    "word.convert_failed": QT_TRANSLATE_NOOP("CoreMessages", "{path}: the .doc could not be converted ({reason})"),
    # -- records (JSONL, JSON, CSV) --------------------------------------------
    "record.unknown_label": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path}: label {label!r} is not one of pizhu's labels; kept (add it in Settings to give it a colour and a key)",
    ),
    "annotation.not_object": QT_TRANSLATE_NOOP("CoreMessages", "{where}: an annotation must be an object"),
    "annotation.not_whole": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: annotation start/end must be whole numbers, not {start}/{end}"
    ),
    "annotation.outside": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: annotation offsets {start}-{end} are outside the body (length {length})"
    ),
    "annotation.text_mismatch": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: annotation text {text!r} does not match the body at {start}-{end} ({found!r})"
    ),
    "annotation.unknown_kind": QT_TRANSLATE_NOOP("CoreMessages", "{where}: unknown annotation kind {kind!r}"),
    "annotation.unknown_origin": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: unknown origin/status {origin!r}/{status!r}"
    ),
    "annotation.no_label": QT_TRANSLATE_NOOP("CoreMessages", "{where}: annotation without a label"),
    "annotation.attrs": QT_TRANSLATE_NOOP("CoreMessages", "{where}: annotation attrs must be an object"),
    "annotation.coder": QT_TRANSLATE_NOOP("CoreMessages", "{where}: an annotation's coder must be a text"),
    "record.no_body": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: no body text (expected a body, content or text field)"
    ),
    "record.bad_date": QT_TRANSLATE_NOOP("CoreMessages", "{where}: unreadable date {date!r}, left empty"),
    "record.bad_status": QT_TRANSLATE_NOOP("CoreMessages", "{where}: unknown status {status!r}, set to new"),
    "record.annotations_not_list": QT_TRANSLATE_NOOP("CoreMessages", "{where}: annotations must be a list"),
    "record.surrogate": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: text holds U+{code}, half of a surrogate pair and not a character"
    ),
    "record.nested": QT_TRANSLATE_NOOP("CoreMessages", "{where}: nested too deeply to read, skipped"),
    "record.unreadable": QT_TRANSLATE_NOOP("CoreMessages", "{where}: cannot be read ({error}), skipped"),
    "record.bad_bytes": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: bytes that are not valid in the file's encoding, skipped"
    ),
    "record.not_json_object": QT_TRANSLATE_NOOP("CoreMessages", "{where}: expected a JSON object, skipped"),
    "record.not_object": QT_TRANSLATE_NOOP("CoreMessages", "{where}: expected an object, skipped"),
    "record.bad_json": QT_TRANSLATE_NOOP("CoreMessages", "{where}: {reason}, skipped"),
    "span.shape": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: expected [start, end, label] or start_offset/end_offset/label, skipped"
    ),
    "json.invalid": QT_TRANSLATE_NOOP("CoreMessages", "not valid JSON ({reason})"),
    "json.nested": QT_TRANSLATE_NOOP("CoreMessages", "not valid JSON (nested too deeply)"),
    "json.big_number": QT_TRANSLATE_NOOP("CoreMessages", "not valid JSON (a number of more than {digits} digits)"),
    "json.file_invalid": QT_TRANSLATE_NOOP("CoreMessages", "{path}: not valid JSON ({reason} at line {line})"),
    "json.file_unreadable": QT_TRANSLATE_NOOP("CoreMessages", "{path}: {reason}"),
    "json.not_list": QT_TRANSLATE_NOOP("CoreMessages", "{path}: expected a list of articles"),
    "file.annotation_export": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path}: a pizhu entities/directives export (one annotation a line) holds no articles;"
        " to move a library, export its articles as JSONL and import that file",
    ),
    "csv.bad_header": QT_TRANSLATE_NOOP("CoreMessages", "{path}: not a readable CSV header ({reason})"),
    "csv.no_body": QT_TRANSLATE_NOOP("CoreMessages", "{path}: CSV has no body column (expected one of: {columns})"),
    "csv.extra_cells": QT_TRANSLATE_NOOP("CoreMessages", "{where}: more cells than columns, extra cells ignored"),
    "csv.broken": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}, line {line}: broken CSV ({reason}), the rest of the file is skipped"
    ),
    "library.unreadable": QT_TRANSLATE_NOOP("CoreMessages", "{path}: cannot read the library ({reason})"),
    # -- the library -----------------------------------------------------------
    "annotation.conflict": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Someone else changed “{text}” meanwhile (now {label}, {status}); "
        "nothing was changed — here is its current state",
    ),
    "annotation.gone": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Someone else deleted “{text}” meanwhile; nothing was changed — here is the article as it is now",
    ),
    "library.busy": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path}: the library is busy in another pizhu process; nothing was changed, try again in a moment",
    ),
    "library.read_only": QT_TRANSLATE_NOOP("CoreMessages", "{path}: the library is read-only; nothing was changed"),
    "library.disk_full": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: the disk is full; nothing was changed, free some space and try again"
    ),
    "library.not_a_library": QT_TRANSLATE_NOOP("CoreMessages", "{path}: not a pizhu library, or the file is damaged"),
    "library.cannot_open_file": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: cannot open the library file (check the folder exists and is writable)"
    ),
    "library.io": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: the library file cannot be read or written ({reason}); nothing was changed"
    ),
    "library.error": QT_TRANSLATE_NOOP("CoreMessages", "{path}: library error: {reason}"),
    "library.damaged": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path}: the library is damaged ({what}); nothing was written to it. To recover, {restore}"
        "save what is left: {command}",
    ),
    "library.restore_backup": QT_TRANSLATE_NOOP(
        "CoreMessages", "copy back the backup {backup} (made before an upgrade), or "
    ),
    "library.cannot_open": QT_TRANSLATE_NOOP("CoreMessages", "{path}: cannot open the library ({reason})"),
    "library.is_folder": QT_TRANSLATE_NOOP("CoreMessages", "{path}: a folder, not a library file"),
    "library.is_device": QT_TRANSLATE_NOOP("CoreMessages", "{path}: not a library file (a device, pipe or socket)"),
    "library.empty_file": QT_TRANSLATE_NOOP("CoreMessages", "{path}: an empty file, not a pizhu library"),
    "library.missing": QT_TRANSLATE_NOOP("CoreMessages", "{path}: no such library"),
    "library.missing_folder": QT_TRANSLATE_NOOP("CoreMessages", "{path}: no such library (and no folder {folder})"),
    "library.newer": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path}: made by a newer pizhu (library version {version}, this pizhu reads up to {supported});"
        " update pizhu to open it",
    ),
    "library.foreign": QT_TRANSLATE_NOOP("CoreMessages", "{path}: an SQLite file that is not a pizhu library"),
    "library.read_only_old": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: a read-only library from an older pizhu; copy it to a writable folder to upgrade it"
    ),
    "library.unclean_read_only": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path}: the library was not closed cleanly and its folder is read-only;"
        " copy it with its {wal} file to a writable folder to open it",
    ),
    "server.unreachable": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: cannot reach the library's server ({reason}); nothing was changed"
    ),
    "server.foreign": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: a database that is not a pizhu library (it has other tables); give an empty one"
    ),
    "server.empty": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: the database is empty, not a pizhu library yet (pizhu server init makes one)"
    ),
    "server.not_allowed": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: not allowed for your role on the server ({reason}); nothing was changed"
    ),
    "server.bad_coder": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name}: a coder's name on a server is lower-case letters, digits and _ (it is their login name)",
    ),
    "server.no_password": QT_TRANSLATE_NOOP(
        "CoreMessages", "{name}: --password-stdin found no password on standard input; nobody was added"
    ),
    "server.coder_not_login": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "--coder/PIZHU_CODER {coder!r}: on a server your work is your login's ({login}); log in as that coder"
        " instead. Nothing was changed",
    ),
    "server.needs_url": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: pizhu server needs a PostgreSQL database (--db postgresql://owner@host/dbname)"
    ),
    "copy.same": QT_TRANSLATE_NOOP("CoreMessages", "{path}: a library cannot be copied onto itself"),
    "copy.not_empty": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: the library to copy into is not empty; give a new file or an empty database"
    ),
    "db.postgresql": QT_TRANSLATE_NOOP(
        "CoreMessages", "{value}: PostgreSQL libraries are not supported yet; give the path of a library file"
    ),
    "db.url": QT_TRANSLATE_NOOP(
        "CoreMessages", "{value}: a {scheme}:// URL, not a path; give the path of a library file"
    ),
    "db.no_user": QT_TRANSLATE_NOOP(
        "CoreMessages", "{value}: no user called {user!r} on this system, so {home} is no folder"
    ),
    "problem.skipped": QT_TRANSLATE_NOOP("CoreMessages", "{problem}; skipped"),
    # -- document records ------------------------------------------------------
    "documents.none_match": QT_TRANSLATE_NOOP("CoreMessages", "no document's title or number contains {text!r}"),
    # -- export (worded for the window and the command line alike) -------------
    "export.bad_what": QT_TRANSLATE_NOOP("CoreMessages", "cannot export {what!r} (choose {choices})"),
    "export.bad_format": QT_TRANSLATE_NOOP("CoreMessages", "{what} cannot be exported as {format} (choose {choices})"),
    "export.excel_not_csv": QT_TRANSLATE_NOOP("CoreMessages", "the Excel option applies to CSV only"),
    "export.bad_status": QT_TRANSLATE_NOOP("CoreMessages", "unknown article status {status!r} (choose {choices})"),
    "export.bad_date": QT_TRANSLATE_NOOP("CoreMessages", "{day!r} is not a date (use YYYY-MM-DD)"),
    "export.dates_reversed": QT_TRANSLATE_NOOP("CoreMessages", "the first day {start} is after the last day {end}"),
    "export.label_not_entities": QT_TRANSLATE_NOOP("CoreMessages", "a label filter applies to entity exports only"),
    "export.annotation_status_articles": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "an annotation status filter applies to entity and directive exports;"
        " an articles export keeps every annotation",
    ),
    "export.bad_annotation_status": QT_TRANSLATE_NOOP(
        "CoreMessages", "unknown annotation status {status!r} (choose {choices})"
    ),
    "export.to_folder": QT_TRANSLATE_NOOP("CoreMessages", "{path}: is a folder; give a file name to export to"),
    "export.needs_file": QT_TRANSLATE_NOOP(
        "CoreMessages", "{format} is a binary file for a statistics package: give a file to write it to"
    ),
    "export.no_folder": QT_TRANSLATE_NOOP("CoreMessages", "{path}: no such folder"),
    "export.onto_library": QT_TRANSLATE_NOOP("CoreMessages", "{path}: that is the library itself; choose another file"),
    "export.unwritable": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: cannot write the export ({reason}); nothing was written"
    ),
    # -- codebooks and codes -----------------------------------------------------
    "at.variable": QT_TRANSLATE_NOOP("CoreMessages", "{path}, variable {name!r}"),
    "at.row": QT_TRANSLATE_NOOP("CoreMessages", "{path}, row {row}"),
    "codebook.unreadable": QT_TRANSLATE_NOOP("CoreMessages", "{path}: cannot read the codebook ({reason})"),
    "codebook.bad_format": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: a codebook is a .json file or a .csv or .xlsx spreadsheet"
    ),
    "codebook.not_object": QT_TRANSLATE_NOOP(
        "CoreMessages", '{path}: a codebook is a JSON object with "name" and a list of "variables"'
    ),
    "codebook.no_name": QT_TRANSLATE_NOOP("CoreMessages", '{path}: the codebook needs a "name"'),
    "codebook.no_variables": QT_TRANSLATE_NOOP("CoreMessages", "{path}: the codebook has no variables"),
    "codebook.sheet_columns": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: a codebook spreadsheet needs the columns {columns} (one row per value)"
    ),
    "codebook.variable_not_object": QT_TRANSLATE_NOOP("CoreMessages", "{where}: a variable must be an object"),
    "codebook.bad_name": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{where}: variable name {name!r} must start with a letter and hold only letters, digits and _"
        " (at most 64; put Chinese in label_zh)",
    ),
    "codebook.duplicate_variable": QT_TRANSLATE_NOOP("CoreMessages", "{where}: variable {name!r} is defined twice"),
    "codebook.bad_unit": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: variable {name!r} has an unknown unit {unit!r} (choose {choices})"
    ),
    "codebook.bad_type": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: variable {name!r} has an unknown type {type!r} (choose {choices})"
    ),
    "codebook.values_not_list": QT_TRANSLATE_NOOP(
        "CoreMessages", '{where}: variable {name!r}: "values" must be a list'
    ),
    "codebook.values_needed": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: variable {name!r} is {type} and needs values to choose from"
    ),
    "codebook.values_not_allowed": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: variable {name!r} is {type} and takes no values (remove them, or change its type)"
    ),
    "codebook.value_not_object": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: variable {name!r}: a value must be an object with a code"
    ),
    "codebook.no_code": QT_TRANSLATE_NOOP("CoreMessages", "{where}: variable {name!r}: a value without a code"),
    "codebook.duplicate_code": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: variable {name!r}: the code {code!r} is given twice"
    ),
    "codebook.duplicate_key": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: variable {name!r}: the key {key!r} is given to two values"
    ),
    "codebook.bad_key": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: variable {name!r}: the key {key!r} must be one letter or digit"
    ),
    "codebook.reserved_key": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: variable {name!r}: the key {key!r} is one of the reader's keys ({reserved})"
    ),
    "codebook.bad_field": QT_TRANSLATE_NOOP("CoreMessages", "{where}: variable {name!r}: {field} must be {kind}"),
    "codebook.none": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: the library has no codebook (import one with pizhu codebook import)"
    ),
    "codebook.stored_invalid": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: the library's codebook is damaged ({reason})"
    ),
    "codebook.change_refused": QT_TRANSLATE_NOOP(
        "CoreMessages", "the new codebook would invalidate {count} codes ({details}); nothing was changed"
    ),
    "codebook.changed": QT_TRANSLATE_NOOP("CoreMessages", "codebook version {version}: {kept} codes kept"),
    "codebook.changed_dropped": QT_TRANSLATE_NOOP(
        "CoreMessages", "{changed}, {count} invalid codes deleted ({details})"
    ),
    "code.unknown_variable": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: variable {variable!r} is not in the library's codebook; import the codebook first"
    ),
    "code.no_codebook": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{where}: codes for variable {variable!r}, but the library has no codebook; import the codebook first",
    ),
    "code.wrong_unit": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: variable {variable!r} codes a {unit}, not a {other}"
    ),
    # Why a code is suggested (gui/core/coding_suggest.py).
    "suggest.issuer_level": QT_TRANSLATE_NOOP("CoreMessages", "issued by {issuer}: {level}"),
    "suggest.topic": QT_TRANSLATE_NOOP("CoreMessages", "the directive's topic: {topic}"),
    "suggest.strength": QT_TRANSLATE_NOOP("CoreMessages", "the directive's strength: {strength}"),
    "suggest.from_directives": QT_TRANSLATE_NOOP("CoreMessages", "what {n} of its directives suggest"),
    "suggest.article_topic": QT_TRANSLATE_NOOP("CoreMessages", "the article's topic: {topic}"),
    "code.bad_value": QT_TRANSLATE_NOOP(
        "CoreMessages", "{where}: {value} is not a value of variable {variable!r} ({type})"
    ),
    "code.not_object": QT_TRANSLATE_NOOP(
        "CoreMessages", '{where}: a code must be an object with "variable", "value" and "coder"'
    ),
    "code.not_list": QT_TRANSLATE_NOOP("CoreMessages", '{where}: "codes" must be a list'),
    "code.no_unit": QT_TRANSLATE_NOOP("CoreMessages", "{path}: no {unit} with id {unit_id}"),
    "note.not_list": QT_TRANSLATE_NOOP(
        "CoreMessages", '{where}: "notes" must be a list of {{"coder": …, "text": …}} objects'
    ),
    # -- agreement (gui/core/agreement.py) --------------------------------------
    "agreement.unknown_variable": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: the codebook has no variable {variable!r} (it has {known})"
    ),
    "agreement.text_variable": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{variable!r} is a text variable; agreement is computed for nominal, multi, ordinal and interval variables",
    ),
    "agreement.unknown_coder": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: no codes by coder {coder!r} (coders with codes: {known})"
    ),
    "agreement.few_coders": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: agreement needs the codes of two or more coders; found {count}: {known}"
    ),
    # -- team coding: assignment files and merging (gui/core/team.py) ----------
    "team.no_coders": QT_TRANSLATE_NOOP("CoreMessages", "name the coders, e.g. --coders wang,li"),
    "team.bad_coder": QT_TRANSLATE_NOOP(
        "CoreMessages", "{coder!r}: a coder's name must be usable as a file name (no / \\ : * ? \" < > |)"
    ),
    "team.bad_overlap": QT_TRANSLATE_NOOP("CoreMessages", "overlap {value}: give a share from 0 to 1, e.g. 0.2"),
    "team.bad_sample": QT_TRANSLATE_NOOP("CoreMessages", "sample {value}: give a number of articles above 0"),
    "team.no_articles": QT_TRANSLATE_NOOP("CoreMessages", "{path}: no articles match, nothing assigned"),
    "team.file_exists": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: already exists; write the assignment to another folder or remove it"
    ),
    "team.not_assignment": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: not an assignment file (pizhu assign writes them), not merged"
    ),
    "team.other_project": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: an assignment of another project (not from this library), not merged"
    ),
    "team.own_file": QT_TRANSLATE_NOOP("CoreMessages", "{path}: this is the library itself, not merged"),
    # -- adjudication (gui/core/adjudication.py) ---------------------------------
    "adjudication.no_item": QT_TRANSLATE_NOOP("CoreMessages", "article {article}: no item {item} to decide"),
    "adjudication.bad_action": QT_TRANSLATE_NOOP("CoreMessages", "{action!r}: decide with take, none or edit"),
    "adjudication.no_coder": QT_TRANSLATE_NOOP("CoreMessages", "{coder!r}: not one of the coders of {item}"),
    "adjudication.no_directive": QT_TRANSLATE_NOOP(
        "CoreMessages", "{variable}: decide the directive first (its code goes on the final layer's directive)"
    ),
    "export.bad_layer": QT_TRANSLATE_NOOP(
        "CoreMessages", "layer {layer!r}: give final, all or a coder's name ({known})"
    ),
    "export.layer_articles": QT_TRANSLATE_NOOP(
        "CoreMessages", "an articles export keeps every layer (each annotation with its coder); choose no layer"
    ),
    "export.layer_all_bio": QT_TRANSLATE_NOOP(
        "CoreMessages", "BIO has no place for a coder: export one layer (final or a coder's), or doccano for all"
    ),
    # -- topics ----------------------------------------------------------------
    "topics.unreadable": QT_TRANSLATE_NOOP("CoreMessages", "{path}: cannot read topics: {reason}"),
    "topics.not_list": QT_TRANSLATE_NOOP("CoreMessages", "{where}: expected a list of {{'name', 'keywords'}} objects"),
    "topics.no_name": QT_TRANSLATE_NOOP("CoreMessages", '{where}: topic {n} needs a non-empty "name"'),
    "topics.bad_keywords": QT_TRANSLATE_NOOP(
        "CoreMessages", '{where}: topic {name!r} needs "keywords" as a list of strings'
    ),
}


class Message(str):
    """A line for the user: the English text, with the code and parameters it was made from."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, /, **params: Any) -> Message:
        self = super().__new__(cls, TEMPLATES[code].format(**params))
        self.code = code
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # kept whole across processes (pickle)
        return (_rebuild, (self.code, self.params))


def _rebuild(code: str, params: dict[str, Any]) -> Message:
    return Message(code, **params)


def msg(code: str, /, **params: Any) -> Message:
    return Message(code, **params)


def message_of(exc: BaseException) -> str:
    """The Message an error was raised with (its English text when it has none)."""
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, str) else str(exc)
