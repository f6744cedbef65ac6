"""A codebook: the variables a research team codes per article or per directive.

A `Codebook` has a name, the author's version label and its `Variable`s. A variable codes one
unit (an article, or a directive annotation) and has a type: `nominal` (one code), `multi`
(several codes), `ordinal` (one code, the values in order), `interval` (a number) or `text`.
The first three choose among their `Value`s, each with a code, Chinese and English labels and
a key for the keyboard (never one of the reader's keys, vocabulary.RESERVED_KEYS).

Files: the JSON contract (`{"name", "version"?, "variables": [{"name", "label_zh", "label_en",
"description", "unit", "type", "values": [{"code", "label_zh", "label_en", "key"}],
"required"}]}`), and a spreadsheet (CSV or XLSX) with one row per value, which is how
researchers usually write one. Every problem is one line naming the file and the variable or
row; a codebook with a problem is refused whole.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gui.core.errors import InputError
from gui.core.messages import Message, msg
from gui.core.textio import read_text
from gui.core.vocabulary import CODE_UNITS, RESERVED_KEYS, VALUE_TYPES, VARIABLE_TYPES

# A variable's name is a column of the codes export and, later, a variable of an SPSS or
# Stata file: both want an ASCII identifier (the labels carry the Chinese).
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,63}$")
_RESERVED = frozenset(key.upper() for key in RESERVED_KEYS)

# The spreadsheet form: one row per value (a variable without values is one row).
SHEET_COLUMNS = (
    "variable", "label_zh", "label_en", "description", "unit", "type", "required", "code", "value_label_zh",
    "value_label_en", "key",
)  # fmt: skip
_TRUE = frozenset(("1", "true", "yes", "y", "是", "x", "required"))
_FALSE = frozenset(("", "0", "false", "no", "n", "否"))


@dataclass(frozen=True, slots=True)
class Value:
    code: str
    label_zh: str = ""
    label_en: str = ""
    key: str = ""


@dataclass(frozen=True, slots=True)
class Variable:
    name: str
    label_zh: str = ""
    label_en: str = ""
    description: str = ""  # the coding instruction shown to the coder
    unit: str = "article"
    type: str = "nominal"
    values: tuple[Value, ...] = ()
    required: bool = False

    def codes(self) -> list[str]:
        return [v.code for v in self.values]

    def check(self, value: Any) -> bool:
        """Whether `value` is a code of this variable: one of its codes (nominal, ordinal), a
        list of distinct codes (multi), a finite number (interval) or a string (text)."""
        if self.type in ("nominal", "ordinal"):
            return type(value) is str and value in self.codes()
        if self.type == "multi":
            codes = self.codes()
            return (
                isinstance(value, list)
                and bool(value)
                and all(type(v) is str and v in codes for v in value)
                and len(set(value)) == len(value)
            )
        if self.type == "interval":
            return type(value) in (int, float) and math.isfinite(value)
        return type(value) is str

    def normalised(self, value: Any) -> Any:
        """A value as another tool may write it, in this variable's form: a whole number for a
        code ("1" read as 1 by a spreadsheet), one code for a multi variable as a list of one."""
        if self.type not in VALUE_TYPES:
            return value
        if self.type == "multi":
            return [_as_code(v) for v in value] if isinstance(value, list) else [_as_code(value)]
        return _as_code(value)


def _as_code(value: Any) -> Any:
    return str(value) if type(value) is int else value


@dataclass(frozen=True, slots=True)
class Codebook:
    name: str
    variables: tuple[Variable, ...] = ()
    version: str = ""  # the author's label for this edition ("1.2"); the library counts changes itself

    def variable(self, name: str) -> Variable | None:
        return next((v for v in self.variables if v.name == name), None)

    def of_unit(self, unit: str) -> list[Variable]:
        return [v for v in self.variables if v.unit == unit]

    def to_data(self) -> dict[str, Any]:
        """The JSON contract's object."""
        data: dict[str, Any] = {"name": self.name}
        if self.version:
            data["version"] = self.version
        data["variables"] = [
            {
                "name": v.name,
                "label_zh": v.label_zh,
                "label_en": v.label_en,
                "description": v.description,
                "unit": v.unit,
                "type": v.type,
                "values": [
                    {"code": x.code, "label_zh": x.label_zh, "label_en": x.label_en, "key": x.key} for x in v.values
                ],
                "required": v.required,
            }
            for v in self.variables
        ]
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_data(), ensure_ascii=False, indent=2) + "\n"


# -- reading -----------------------------------------------------------------------


def _text(raw: dict[str, Any], name: str, where: Message | str, variable: str) -> str:
    value = raw.get(name)
    if value is None:
        return ""
    if type(value) is int:  # a spreadsheet's number cell
        return str(value)
    if not isinstance(value, str):
        raise InputError(msg("codebook.bad_field", where=where, name=variable, field=name, kind="text"))
    return value.strip()


def _required(raw: Any, where: Message | str, variable: str) -> bool:
    if raw is None or isinstance(raw, bool):
        return bool(raw)
    if isinstance(raw, int | str) and str(raw).strip().lower() in _TRUE | _FALSE:
        return str(raw).strip().lower() in _TRUE
    raise InputError(msg("codebook.bad_field", where=where, name=variable, field="required", kind="true or false"))


def _value(raw: Any, where: Message | str, variable: str) -> Value:
    if not isinstance(raw, dict):
        raise InputError(msg("codebook.value_not_object", where=where, name=variable))
    code = raw.get("code")
    if type(code) is int:
        code = str(code)
    if not isinstance(code, str) or not code.strip():
        raise InputError(msg("codebook.no_code", where=where, name=variable))
    key = _text(raw, "key", where, variable)
    if key and (len(key) != 1 or not key.isalnum()):
        raise InputError(msg("codebook.bad_key", where=where, name=variable, key=key))
    if key.upper() in _RESERVED:
        raise InputError(
            msg("codebook.reserved_key", where=where, name=variable, key=key, reserved=", ".join(RESERVED_KEYS))
        )
    return Value(code.strip(), _text(raw, "label_zh", where, variable), _text(raw, "label_en", where, variable), key)


def _variable(raw: Any, where: Message | str, value_where: Callable[[int], Message | str]) -> Variable:
    """One variable of the contract's shape; `value_where(i)` says where its i-th value is."""
    if not isinstance(raw, dict):
        raise InputError(msg("codebook.variable_not_object", where=where))
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name.strip()):
        raise InputError(msg("codebook.bad_name", where=where, name=name if isinstance(name, str) else ""))
    name = name.strip()
    unit = raw.get("unit") or "article"
    if unit not in CODE_UNITS:
        raise InputError(msg("codebook.bad_unit", where=where, name=name, unit=unit, choices=", ".join(CODE_UNITS)))
    kind = raw.get("type")
    if kind not in VARIABLE_TYPES:
        choices = ", ".join(VARIABLE_TYPES)
        raise InputError(msg("codebook.bad_type", where=where, name=name, type=kind, choices=choices))
    raw_values = raw.get("values") or []
    if not isinstance(raw_values, list):
        raise InputError(msg("codebook.values_not_list", where=where, name=name))
    if kind in VALUE_TYPES and not raw_values:
        raise InputError(msg("codebook.values_needed", where=where, name=name, type=kind))
    if kind not in VALUE_TYPES and raw_values:
        raise InputError(msg("codebook.values_not_allowed", where=where, name=name, type=kind))
    values: list[Value] = []
    codes: set[str] = set()
    keys: set[str] = set()
    for i, item in enumerate(raw_values):
        value = _value(item, value_where(i), name)
        if value.code in codes:
            raise InputError(msg("codebook.duplicate_code", where=value_where(i), name=name, code=value.code))
        if value.key and value.key.upper() in keys:
            raise InputError(msg("codebook.duplicate_key", where=value_where(i), name=name, key=value.key))
        codes.add(value.code)
        keys.add(value.key.upper())
        values.append(value)
    return Variable(
        name=name,
        label_zh=_text(raw, "label_zh", where, name),
        label_en=_text(raw, "label_en", where, name),
        description=_text(raw, "description", where, name),
        unit=unit,
        type=kind,
        values=tuple(values),
        required=_required(raw.get("required"), where, name),
    )


def _assemble(name: Any, version: Any, variables: Iterable[tuple[Message | str, Variable]], path: str) -> Codebook:
    if not isinstance(name, str) or not name.strip():
        raise InputError(msg("codebook.no_name", path=path))
    seen: set[str] = set()
    kept: list[Variable] = []
    for where, variable in variables:
        if variable.name in seen:
            raise InputError(msg("codebook.duplicate_variable", where=where, name=variable.name))
        seen.add(variable.name)
        kept.append(variable)
    if not kept:
        raise InputError(msg("codebook.no_variables", path=path))
    label = "" if version is None or isinstance(version, bool) else str(version).strip()
    return Codebook(name.strip(), tuple(kept), label)


def _same(where: Message | str) -> Callable[[int], Message | str]:
    def at(_i: int) -> Message | str:
        return where

    return at


def _rows(path: str, rows: list[int]) -> Callable[[int], Message | str]:
    def at(i: int) -> Message | str:
        return msg("at.row", path=path, row=rows[i])

    return at


def codebook_from_data(data: Any, path: str = "codebook") -> Codebook:
    """A codebook from the JSON contract's object; InputError names the file and the variable."""
    if not isinstance(data, dict) or not isinstance(data.get("variables"), list):
        raise InputError(msg("codebook.not_object", path=path))

    def read() -> Iterable[tuple[Message | str, Variable]]:
        for n, raw in enumerate(data["variables"], 1):
            label = raw.get("name") if isinstance(raw, dict) else None
            where = (
                msg("at.variable", path=path, name=label)
                if isinstance(label, str) and label.strip()
                else msg("at.item", path=path, item=n)
            )
            yield where, _variable(raw, where, _same(where))

    return _assemble(data.get("name"), data.get("version"), read(), path)


def codebook_problems(data: Any, where: Message | str = "codebook") -> list[tuple[int | None, Message]]:
    """Every problem `codebook_from_data` could refuse the codebook for, not only the first: each
    with the index of the variable it is in (None for the codebook's own), as an editor shows
    them while a codebook is being written. Empty exactly when `codebook_from_data` accepts it."""
    if not isinstance(data, dict) or not isinstance(data.get("variables"), list):
        return [(None, msg("codebook.not_object", path=where))]
    problems: list[tuple[int | None, Message]] = []
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append((None, msg("codebook.no_name", path=where)))
    if not data["variables"]:
        problems.append((None, msg("codebook.no_variables", path=where)))
    seen: set[str] = set()
    for i, raw in enumerate(data["variables"]):
        label = raw.get("name") if isinstance(raw, dict) else None
        own = label.strip() if isinstance(label, str) else ""
        try:
            _variable(raw, where, _same(where))
        except InputError as exc:
            problems.append((i, exc.args[0]))
        else:
            if own in seen:
                problems.append((i, msg("codebook.duplicate_variable", where=where, name=own)))
        seen.add(own)  # a variable with another problem still takes its name
    return problems


def _sheet_codebook(rows: Sequence[Sequence[Any]], path: str, name: str) -> Codebook:
    """A codebook from a spreadsheet's rows (the first is the header), one row per value."""
    if not rows:
        raise InputError(msg("file.empty", path=path))
    header = [str(cell or "").strip().lower() for cell in rows[0]]
    missing = [c for c in ("variable", "type") if c not in header]
    if missing:
        raise InputError(msg("codebook.sheet_columns", path=path, columns=", ".join(SHEET_COLUMNS)))
    index = {column: header.index(column) for column in SHEET_COLUMNS if column in header}
    groups: dict[str, tuple[int, dict[str, Any], list[tuple[int, dict[str, Any]]]]] = {}
    for number, row in enumerate(rows[1:], 2):
        cells = {c: _cell(row[i]) if i < len(row) else "" for c, i in index.items()}
        if not any(cells.values()):
            continue  # a blank line between variables
        variable = str(cells.get("variable") or "")
        if variable not in groups:
            fields = {c: cells.get(c) for c in ("label_zh", "label_en", "description", "unit", "type", "required")}
            groups[variable] = (number, {"name": variable, **fields, "values": []}, [])
        if any(cells.get(c) not in (None, "") for c in ("code", "value_label_zh", "value_label_en", "key")):
            value = {
                "code": cells.get("code"),
                "label_zh": cells.get("value_label_zh"),
                "label_en": cells.get("value_label_en"),
                "key": cells.get("key"),
            }
            groups[variable][2].append((number, value))

    def read() -> Iterable[tuple[Message | str, Variable]]:
        for first, raw, values in groups.values():
            where = msg("at.row", path=path, row=first)
            raw["values"] = [v for _, v in values]
            rows_of = [n for n, _ in values]
            yield where, _variable(raw, where, _rows(path, rows_of))

    return _assemble(name, None, read(), path)


def _cell(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)  # a code typed as 1 in a spreadsheet
    if isinstance(value, str):
        return value.strip()
    return "" if value is None else value


def _csv_rows(path: Path) -> list[list[str]]:
    text = read_text(path).text
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise InputError(msg("codebook.unreadable", path=path, reason=exc)) from None


def _xlsx_rows(path: Path) -> list[list[Any]]:
    import openpyxl  # imported when used: only a spreadsheet codebook needs it

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - zip, XML and openpyxl's own errors: a file that is not a workbook
        raise InputError(msg("codebook.unreadable", path=path, reason=f"{type(exc).__name__}: {exc}")) from None
    try:
        sheet = book.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def load_codebook(path: str | Path) -> Codebook:
    """A codebook from a .json file, or a .csv or .xlsx spreadsheet with one row per value.

    A spreadsheet's codebook is named after its file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise InputError(msg("file.not_found" if not path.exists() else "file.is_folder", path=path))
    if suffix == ".json":
        try:
            data = json.loads(read_text(path).text)
        except json.JSONDecodeError as exc:
            raise InputError(msg("json.file_invalid", path=path, reason=exc.msg, line=exc.lineno)) from None
        except RecursionError:
            raise InputError(msg("codebook.not_object", path=path)) from None
        return codebook_from_data(data, str(path))
    if suffix == ".csv":
        return _sheet_codebook(_csv_rows(path), str(path), path.stem)
    if suffix in (".xlsx", ".xlsm"):
        return _sheet_codebook(_xlsx_rows(path), str(path), path.stem)
    raise InputError(msg("codebook.bad_format", path=path))


def save_codebook(codebook: Codebook, path: Path) -> Path:
    """Write the codebook as JSON; an InputError says why it cannot be written."""
    try:
        path.write_text(codebook.to_json(), encoding="utf-8")
    except OSError as exc:
        raise InputError(msg("export.unwritable", path=path, reason=exc.strerror or exc)) from None
    return path


def codebook_from_json(text: str, path: str = "codebook") -> Codebook:
    return codebook_from_data(json.loads(text), path)


# -- changes -----------------------------------------------------------------------


@dataclass(slots=True)
class CodebookChange:
    """What setting a new codebook does to the codes already made.

    `invalid`: variable → how many codes the new codebook would not accept (its variable is
    gone, codes another unit, or no longer has the value). Applied when none are invalid, or
    when forced (the invalid codes are then deleted); otherwise nothing changes."""

    kept: int = 0
    invalid: dict[str, int] = field(default_factory=dict)
    applied: bool = False
    version: int = 0  # the library's codebook version after the change (unchanged when refused)

    @property
    def dropped(self) -> int:
        return sum(self.invalid.values()) if self.applied else 0

    def details(self) -> str:
        return ", ".join(f"{name}: {count}" for name, count in sorted(self.invalid.items()))

    def summary(self) -> str:
        if not self.applied:
            return msg("codebook.change_refused", count=sum(self.invalid.values()), details=self.details())
        text = msg("codebook.changed", version=self.version, kept=self.kept)
        if self.invalid:
            return msg("codebook.changed_dropped", changed=text, count=self.dropped, details=self.details())
        return text


def still_valid(codebook: Codebook, unit: str, variable: str, value: Any) -> bool:
    """Whether a code made under another codebook means the same under this one."""
    found = codebook.variable(variable)
    return found is not None and found.unit == unit and found.check(value)
