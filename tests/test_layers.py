"""The architecture rules: the core never imports Qt, and only the store speaks SQL."""

from __future__ import annotations

import re
from pathlib import Path

import gui

PACKAGE = Path(gui.__file__).resolve().parent
SQL = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b")


def _sources(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "resources" not in p.parts and "seeds" not in p.parts)


def test_core_does_not_import_qt() -> None:
    offenders = [
        p.name for p in _sources(PACKAGE / "core") if re.search(r"^\s*(from|import) PySide6", p.read_text(), re.M)
    ]
    assert offenders == []


def test_only_the_store_module_contains_sql() -> None:
    with_sql = {p.relative_to(PACKAGE).as_posix() for p in _sources(PACKAGE) if SQL.search(p.read_text())}
    assert with_sql == {"core/store.py"}
