"""Where pizhu finds its bundled files and keeps the user's library and logs."""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

from gui.core.errors import LibraryError
from gui.core.messages import msg
from gui.core.store.location import ServerPath as ServerPath  # re-exported: the Qt layer names it from here

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


# A URL rather than a path (two letters at least, so a Windows drive C:// stays a path).
_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+)://")


def library_path(explicit: str | os.PathLike[str] | None = None) -> Path | str:
    """The library to open: --db, else $PIZHU_DB, else the default library.

    A postgresql:// URL (a server library) is returned as it is; another URL or a `~user`
    that does not exist is refused with one line (LibraryError); whether the path is a library
    is for the store to say when it opens it.
    """
    if isinstance(explicit, ServerPath):
        return explicit.url  # as it was given (a password typed in it included)
    if explicit:
        return _checked(os.fspath(explicit), "")
    env = os.environ.get("PIZHU_DB")
    if env:
        return _checked(env, "PIZHU_DB=")
    return default_library_path()


def location(value: str | os.PathLike[str]) -> Path | ServerPath:
    """A library's place as the window keeps it: a file's Path, or a server library's URL."""
    if isinstance(value, ServerPath):
        return value
    text = os.fspath(value)
    url = _URL.match(text)
    return ServerPath(text) if url and url.group(1).lower() in ("postgres", "postgresql") else Path(text)


def _checked(value: str, origin: str) -> Path | str:
    url = _URL.match(value)
    if url:
        scheme = url.group(1).lower()
        if scheme in ("postgres", "postgresql"):
            return value  # libpq reads it (and the password from ~/.pgpass, a service file or PGPASSWORD)
        raise LibraryError(msg("db.url", value=f"{origin}{value}", scheme=scheme))
    try:
        return Path(value).expanduser()
    except RuntimeError:  # ~name of a user this system does not have
        user = value.split("/", 1)[0]
        raise LibraryError(msg("db.no_user", value=f"{origin}{value}", user=user[1:], home=user)) from None


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    """This user's cache folder (jieba's dictionary cache lives there)."""
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)
