"""Errors a user can act on. Their message is shown as one line, never a traceback."""

from __future__ import annotations


class PizhuError(Exception):
    """An error with a message fit for the user."""


class InputError(PizhuError):
    """A file or value given by the user cannot be used."""


class LibraryError(PizhuError):
    """The library file cannot be opened, read or written."""


class DamagedLibraryError(LibraryError):
    """The library file is damaged (a missing table, a failed integrity check): nothing is written to it."""
