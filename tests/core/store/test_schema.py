"""The schema whole (gui/core/store/schema.sql) and the frozen migrations that make it."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest
from helpers import old_library

from gui.core.store import MIGRATIONS, SCHEMA_VERSION, Store
from gui.core.store.schema import SCHEMA_FILE, main, schema_text

MIGRATIONS_DIR = SCHEMA_FILE.parent / "migrations"


def _schema_of(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return schema_text(conn)
    finally:
        conn.close()


def test_a_fresh_library_has_the_schema_of_schema_sql(tmp_path: Path) -> None:
    """When this fails after a schema change: run `python -m gui.core.store.schema`, review the diff."""
    path = tmp_path / "fresh.sqlite"
    Store(path).close()
    assert _schema_of(path) == SCHEMA_FILE.read_text(encoding="utf-8")
    assert f"version {SCHEMA_VERSION} " in SCHEMA_FILE.read_text(encoding="utf-8")
    assert main(["--check"]) == 0


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_every_older_version_upgrades_to_that_same_schema(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"v{version}.sqlite"
    conn = old_library(path, version)
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION
    assert _schema_of(path) == SCHEMA_FILE.read_text(encoding="utf-8")


def test_each_migration_is_its_own_module_that_shares_no_sql() -> None:
    """Frozen migrations: a version's module imports no SQL from another (so editing the newest
    can never rewrite an older one), and MIGRATIONS lists them in order, one per version."""
    modules = sorted(MIGRATIONS_DIR.glob("v*.py"))
    assert [p.stem for p in modules] == [f"v{n:02d}" for n in range(1, SCHEMA_VERSION + 1)]
    assert [step.__module__ for step in MIGRATIONS] == [f"gui.core.store.migrations.{p.stem}" for p in modules]
    allowed = {"__future__", "json", "sqlite3", "gui.core.searchtext"}
    for module in modules:
        imported: set[str] = set()
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                imported.add(node.module or "")
            elif isinstance(node, ast.Import):
                imported.update(a.name for a in node.names)
        assert imported <= allowed, (module.name, imported - allowed)
