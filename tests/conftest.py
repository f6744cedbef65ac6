"""Shared fixtures. Qt runs offscreen; no test touches the user's real library or logs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from helpers import ASTRAL, MEETING, PLAIN, meeting_annotations  # noqa: E402
from helpers.backends import Backend  # noqa: E402
from helpers.pgcluster import Cluster, running_cluster  # noqa: E402

from gui.core import paths  # noqa: E402
from gui.core.model import Article  # noqa: E402

SEED = paths.seeds_dir() / "shanxi-daily_2022-03-25_page01.txt"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the default library and the log folder into a temporary home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("PIZHU_DB", raising=False)
    return home


@pytest.fixture()
def seed_path() -> Path:
    return SEED


@pytest.fixture()
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture()
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite"


@pytest.fixture()
def library(library_path: Path):
    from gui.core.library import Library

    with Library.open(library_path) as lib:
        yield lib


@pytest.fixture()
def seeded_library(library):
    report = library.import_paths([SEED])
    assert report.added == 3, report.problems
    return library


# -- window fixtures (the Qt imports stay inside them: core tests need no Qt) --


@pytest.fixture()
def settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    from gui.shared.settings import Settings

    return Settings(QSettings(str(tmp_path / "pizhu.ini"), QSettings.Format.IniFormat))


@pytest.fixture()
def annotated_library(library):
    meeting = Article(title="会议报道", body=MEETING, published="2022-03-25", annotations=meeting_annotations())
    astral = Article(title="生僻字", body=ASTRAL, published="2022-03-24")
    plain = Article(title="春耕", body=PLAIN, published="2022-03-23")
    library.import_articles([meeting, astral, plain])
    return library


@pytest.fixture()
def win(qtbot, qapp, annotated_library, settings):
    from gui.shared.fonts import apply_cjk_font
    from gui.window.mainwindow import MainWindow

    window = MainWindow(annotated_library, apply_cjk_font(qapp), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# -- the two backends (issue 18): the store's tests run on both ---------------------------


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster | None]:
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture(params=["sqlite", "postgresql"])
def store_backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    if request.param == "sqlite":
        return Backend("sqlite", tmp_path)
    cluster = request.getfixturevalue("pg_cluster")
    if cluster is None:
        pytest.skip("PostgreSQL's programs (initdb, pg_ctl) are not installed; set PIZHU_PG_BIN to their folder")
    return Backend("postgresql", tmp_path, cluster)
