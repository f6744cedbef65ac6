"""The architecture rules: the core never imports Qt, and only the store speaks SQL."""

from __future__ import annotations

import ast
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


def _imports(path: Path) -> set[str]:
    """The modules a source file imports (`from a import b` counts as a and a.b)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_window_holds_a_library_never_the_store() -> None:
    """The Qt layer (and the command line) reach the library through gui.core.library.Library:
    no module in gui/ outside gui/core imports the store."""
    outside_core = [p for p in _sources(PACKAGE) if "core" not in p.relative_to(PACKAGE).parts]
    assert any(p.name == "mainwindow.py" for p in outside_core)
    offenders = {
        p.relative_to(PACKAGE).as_posix()
        for p in outside_core
        if any(name == "gui.core.store" or name.startswith("gui.core.store.") for name in _imports(p))
    }
    assert offenders == set()
