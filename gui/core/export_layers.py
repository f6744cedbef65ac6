"""Which layer an export takes (issue 17): the final layer, one coder's, or all of them.

`final` (the default for entities and directives) is the library's own layer ('' coder): the
automatic suggestions and what an editor working alone or the lead's adjudication made. A coder's
name takes that coder's layer. `all` takes every layer in long format: one row per annotation
and layer, with a `coder` column added at the END of the CSV columns (the documented column lists
are a contract: nothing is inserted before). The codes export has its coder column already and
takes every layer unless a layer is named. BIO and doccano (entity training data) take one layer;
doccano with `all` writes a line per article and layer (`coder` under meta), BIO has no place for
a coder and refuses `all`. The articles export (CSV, JSONL) keeps every layer and refuses another:
its JSONL is lossless and carries each annotation's coder."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from gui.core.messages import msg
from gui.core.model import Annotation
from gui.core.store import LibraryStore

FINAL = "final"
ALL = "all"


def check_layer(store: LibraryStore, layer: str | None) -> None:
    """A layer that is not final, all or a coder with work in the library is one ExportError line."""
    if layer in (None, FINAL, ALL):
        return
    known = sorted(set(store.annotation_coders()) | set(store.coders()))
    if layer not in known:
        from gui.core.export import ExportError

        raise ExportError(msg("export.bad_layer", layer=layer, known=", ".join([FINAL, ALL, *known])))


def coder_filter(layer: str | None, default: str = FINAL) -> Callable[[str], bool]:
    """Whether a row of this coder belongs to the chosen layer."""
    chosen = default if layer is None else layer
    if chosen == ALL:
        return lambda _coder: True
    wanted = "" if chosen == FINAL else chosen
    return lambda coder: coder == wanted


def layer_columns(columns: Sequence[str], layer: str | None) -> list[str]:
    """The CSV columns: `coder` appended at the end for the long format of all layers."""
    return [*columns, "coder"] if layer == ALL else list(columns)


def layer_groups(annotations: Sequence[Annotation], layer: str | None) -> list[tuple[str, list[Annotation]]]:
    """(coder, annotations) of one article by layer: the chosen layer's only (even when empty), or
    for `all` the final layer ('' first, always) and then each coder with annotations there."""
    if layer != ALL:
        in_layer = coder_filter(layer)
        wanted = "" if layer in (None, FINAL) else str(layer)
        return [(wanted, [a for a in annotations if in_layer(a.coder)])]
    coders = sorted({a.coder for a in annotations} - {""})
    return [(coder, [a for a in annotations if a.coder == coder]) for coder in ["", *coders]]
