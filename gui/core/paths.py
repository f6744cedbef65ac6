"""Where pizhu finds its bundled files and keeps the user's library and logs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "pizhu"
_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _bundled(name: str) -> Path:
    # An installed wheel carries resources/ and seeds/ inside the package
    # (see pyproject.toml); a source checkout has them next to gui/.
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    return _bundled("resources")


def seeds_dir() -> Path:
    return _bundled("seeds")


def default_library_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "library.sqlite"


def library_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The library to open: --db, else $PIZHU_DB, else the default library."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("PIZHU_DB")
    if env:
        return Path(env).expanduser()
    return default_library_path()


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)
