"""Text cells of pizhu's CSV files: inert in a spreadsheet, and exactly reversible.

A spreadsheet runs a cell as a formula when it starts with = + - @ (OWASP's CSV
injection advice), and some also after leading spaces or invisible characters;
tab, CR, LF and NUL are on the list too (ASVS 5.0 1.2.10). Such a cell gets a
leading `'`. So that `pizhu import` can take off exactly the quotes pizhu added,
a cell that itself starts with `'` gets one more: on import, one leading `'` is
removed from every text cell of an articles CSV, and every text comes back as it was.
"""

from __future__ import annotations

import unicodedata

# The articles CSV: written by export, recognised (and read exactly) by import.
ARTICLE_COLUMNS = (
    "article_id", "published", "pre_title", "title", "subtitles", "byline", "dateline", "status", "n_entities",
    "n_directives", "body",
)  # fmt: skip
# A document's own metadata, written after the body since issue 19 (the design's columns keep their
# places: new ones only at the end); an older articles CSV without them is still pizhu's
# (recognised by ARTICLE_COLUMNS alone).
DOCUMENT_COLUMNS = ("doc_number", "issuer", "url")
ARTICLE_EXPORT_COLUMNS = (*ARTICLE_COLUMNS, *DOCUMENT_COLUMNS)

_FORMULA_START = frozenset("=+-@")
_INVISIBLE = frozenset(("Cc", "Cf", "Zs", "Zl", "Zp"))  # controls, format (ZWSP, BOM), spaces


def _runs_as_formula(cell: str) -> bool:
    if not cell:
        return False
    if unicodedata.category(cell[0]) == "Cc":  # tab, CR, LF, NUL and the other controls
        return True
    for ch in cell:
        if ch.isspace() or unicodedata.category(ch) in _INVISIBLE:
            continue
        return ch in _FORMULA_START
    return False


def escape_cell(cell: str) -> str:
    """The cell as written: a leading `'` when a spreadsheet could run it, or when it starts with `'`."""
    return "'" + cell if cell.startswith("'") or _runs_as_formula(cell) else cell


def unescape_cell(cell: str) -> str:
    """The text `escape_cell` was given."""
    return cell[1:] if cell.startswith("'") else cell
