"""The architecture rules: the core never imports Qt, and only the store speaks SQL."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import gui

PACKAGE = Path(gui.__file__).resolve().parent
SQL = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b")

# Import every module named on the command line, then report which Qt modules got loaded.
IMPORT_ALL = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))))
"""


def _sources(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "resources" not in p.parts and "seeds" not in p.parts)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _qt_loaded_by_importing(modules: list[str]) -> list[str]:
    """The Qt modules loaded after importing `modules` in a fresh interpreter."""
    env = dict(os.environ, PYTHONPATH=str(PACKAGE.parent))
    run = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL, *modules], env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.splitlines()[-1])


def test_no_core_module_loads_qt() -> None:
    """Whatever a core module imports, directly or through others, Qt is not among it.

    In a fresh interpreter, so that nothing the tests loaded before counts; every module under
    gui/core, found by walking the folder, so that a new module is checked without a list to update.
    """
    modules = [_module_name(p) for p in _sources(PACKAGE / "core")]
    assert "gui.core.library" in modules and "gui.core.nlp.directives" in modules
    assert _qt_loaded_by_importing(modules) == []
    assert "PySide6" in _qt_loaded_by_importing(["gui.shared.settings"])  # the check does see Qt


def test_only_the_store_contains_sql() -> None:
    """SQL lives in the store: the module gui/core/store.py or the package gui/core/store/."""
    with_sql = {p.relative_to(PACKAGE).as_posix() for p in _sources(PACKAGE) if SQL.search(p.read_text())}
    assert with_sql, "the SQL pattern finds nothing, not even in the store"
    outside = {p for p in with_sql if p != "core/store.py" and not p.startswith("core/store/")}
    assert outside == set()


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


# The Qt layer's feature folders, and the ones each may import: shared pieces at the bottom,
# the reader, Insight and the dialogs on them, the main window over all of them.
QT_FOLDERS: dict[str, set[str]] = {
    "shared": set(),
    "reader": {"shared"},
    "insight": {"shared"},
    "dialogs": {"shared"},
    "window": {"shared", "reader", "insight", "dialogs"},
}
ENTRY_POINTS = {"__init__.py", "__main__.py", "cli.py", "app.py"}


def test_the_qt_layer_is_grouped_by_feature() -> None:
    """Only the entry points sit at the top of gui/; every other Qt module is in a feature folder,
    which imports only the folders below it (so the reader never reaches into the main window)."""
    assert {p.name for p in PACKAGE.glob("*.py")} == ENTRY_POINTS
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert folders == {"core", *QT_FOLDERS}
    offenders = set()
    for folder, allowed in QT_FOLDERS.items():
        for path in _sources(PACKAGE / folder):
            for name in _imports(path):
                parts = name.split(".")
                used = parts[1] if parts[0] == "gui" and len(parts) > 1 else ""
                if used in QT_FOLDERS and used != folder and used not in allowed:
                    offenders.add(f"{path.relative_to(PACKAGE).as_posix()} imports {name}")
    assert offenders == set()


def test_no_module_over_500_lines() -> None:
    """A module that grows past 500 lines is split by concern (the store, the main window, Insight were)."""
    long = {
        p.relative_to(PACKAGE).as_posix(): n for p in _sources(PACKAGE) if (n := len(p.read_text().splitlines())) > 500
    }
    assert long == {}
