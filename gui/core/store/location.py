"""Where a server library is: its libpq URL, shown without a password (no psycopg needed)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit


def shown_url(url: str) -> str:
    """The URL as pizhu shows it: any password the user typed left out."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.netloc.rsplit("@", 1)[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc}"))


class ServerPath(str):
    """A server library's place as text (its URL without a password), answering the few questions
    callers ask of a library file's Path: a server library is never a local file."""

    url: str  # the URL to connect with, as given

    def __new__(cls, url: str) -> ServerPath:
        path = super().__new__(cls, shown_url(url))
        path.url = url
        return path

    @property
    def name(self) -> str:
        return urlsplit(self).path.lstrip("/") or self

    @property
    def parent(self) -> Path:
        return Path.home()

    def exists(self) -> bool:
        return False

    def resolve(self) -> ServerPath:
        return self
