"""`pizhu library copy SRC DST`: a whole library from an SQLite file to a PostgreSQL database or
back (or file to file, server to server), losslessly: the same articles with the same ids,
every coder's annotations, codes and notes, the codebook, lexicon and settings.

The destination must be new or empty; it is written in one transaction, so a copy that fails
half-way leaves it as it was. What the schema derives (counts, Insight facts, the search
index, document records) the destination derives again from the copied rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from gui.core.errors import InputError
from gui.core.messages import msg
from gui.core.store import open_store
from gui.core.store.copying import COPIED

Progress = Callable[[int, int], None]  # rows copied so far, rows in all


@dataclass
class CopyReport:
    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        counts = ", ".join(f"{n} {table}" for table, n in self.rows.items() if n)
        return f"copied {counts or 'an empty library'} from {self.source} to {self.target}"


def copy_library(source: str | Path, target: str | Path, progress: Progress | None = None) -> CopyReport:
    """Copy the library at `source` (a path or a postgresql:// URL) into a new or empty `target`."""
    from gui.core import paths

    source_at, target_at = paths.library_path(source), paths.library_path(target)
    with open_store(source_at, create=False, read_only=True) as src:
        if str(src.path) == str(target_at) or (isinstance(target_at, Path) and src.path == target_at.absolute()):
            raise InputError(msg("copy.same", path=src.path))
        with open_store(target_at, create=True) as dst:
            report = CopyReport(str(src.path), str(dst.path))
            if any(dst.count_rows(table) for table in COPIED):
                raise InputError(msg("copy.not_empty", path=dst.path))
            with src.read_snapshot():
                total = sum(src.count_rows(table) for table in COPIED)
                done = 0
                with dst.transaction():
                    for table in COPIED:
                        report.rows[table] = 0
                        for rows in src.copy_rows(table):
                            dst.paste_rows(table, rows)
                            report.rows[table] += len(rows)
                            done += len(rows)
                            if progress is not None:
                                progress(done, total)
                    dst.copy_finished()
    return report
