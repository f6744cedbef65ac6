"""pizhu (批注): a desktop reader and annotator for Chinese government news."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pizhu")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
