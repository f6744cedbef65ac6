"""Entity highlights and directive marks as character-format ranges over the body.

They are QTextEdit extra selections: formats laid over the one plain-text
document without touching its text or layout, so re-highlighting after an edit
costs a few milliseconds and never moves the scroll position.

Drawing order: directive sentences first (a pale tint), then entities from the
longest to the shortest, so an organisation inside a document title stays
visible; then the words of the library search, opaque orange with black text
in either theme (nothing else in the text is opaque or orange); the current
annotation last, in full colour.

Several coders' layers (curation mode, View → All Coders' Work): a coder's annotation keeps its
label's fill and is underlined dashed in the coder's colour (the curation legend's colours); the
final layer (the library's own) keeps its solid label underline. Where several layers marked the
same span, the span is divided among them (a part each, in legend order, the final layer last) so
every version shows instead of the last one drawn; a span shorter than its versions shows the
decision and each label a coder gave first, so neither is hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from gui.core.model import Annotation
from gui.reader.offsets import OffsetMap
from gui.shared.labels import LabelSet

DIRECTIVE_SUGGESTED = QColor(255, 214, 92, 70)
DIRECTIVE_ACCEPTED = QColor(96, 186, 120, 70)
DIRECTIVE_UNDERLINE = QColor("#b07d00")
DIRECTIVE_UNDERLINE_ACCEPTED = QColor("#2f7d45")
ENTITY_ALPHA_SUGGESTED = 55
ENTITY_ALPHA_ACCEPTED = 95
SEARCH_BACKGROUND = QColor("#ff9f40")
SEARCH_TEXT = QColor("#000000")


def entity_format(color: str, status: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    base = QColor(color)
    background = QColor(base)
    background.setAlpha(ENTITY_ALPHA_ACCEPTED if status == "accepted" else ENTITY_ALPHA_SUGGESTED)
    fmt.setBackground(background)
    fmt.setUnderlineColor(base)
    # A suggestion is dotted until the editor accepts it.
    fmt.setUnderlineStyle(
        QTextCharFormat.UnderlineStyle.SingleUnderline
        if status == "accepted"
        else QTextCharFormat.UnderlineStyle.DotLine
    )
    return fmt


def directive_format(status: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    accepted = status == "accepted"
    fmt.setBackground(DIRECTIVE_ACCEPTED if accepted else DIRECTIVE_SUGGESTED)
    fmt.setUnderlineColor(DIRECTIVE_UNDERLINE_ACCEPTED if accepted else DIRECTIVE_UNDERLINE)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    return fmt


def search_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(SEARCH_BACKGROUND)
    fmt.setForeground(SEARCH_TEXT)
    return fmt


def current_format(color: str, palette: QPalette) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(color))
    fmt.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
    return fmt


def _shared_span_parts(
    visible: Sequence[Annotation], layer: Callable[[Annotation], str], legend: Sequence[str]
) -> dict[int, tuple[int, int] | None]:
    """For annotations of several layers on one span: the part of it each draws (None: no room).
    Extra selections overlap, and the last drawn would hide the others' underlines."""
    groups: dict[tuple[str, int, int], list[Annotation]] = {}
    for a in visible:
        groups.setdefault((a.kind, a.start, a.end), []).append(a)
    order = {coder: n for n, coder in enumerate(legend)}

    def position(a: Annotation) -> tuple[bool, int, str]:  # legend order, the final layer last
        return (layer(a) == "", order.get(a.coder, len(order)), a.coder)

    parts: dict[int, tuple[int, int] | None] = {}
    for (_kind, start, end), shared in groups.items():
        if len({layer(a) for a in shared}) < 2:
            continue
        shared.sort(key=position)
        room = min(len(shared), end - start)
        if room < len(shared):
            # Too short for every version: the decision (the final layer's accepted one), each label a
            # coder gave, then the rest.
            decided = [a for a in shared if not layer(a) and a.status == "accepted"]
            firsts = list({a.label: a for a in reversed(shared) if layer(a)}.values())[::-1]
            shared = decided + firsts + [a for a in shared if all(a is not b for b in decided + firsts)]
        for a in shared[room:]:
            parts[id(a)] = None
        for i, a in enumerate(sorted(shared[:room], key=position)):
            parts[id(a)] = (start + (end - start) * i // room, start + (end - start) * (i + 1) // room)
    return parts


def build_selections(
    document: QTextDocument,
    offsets: OffsetMap,
    annotations: Sequence[Annotation],
    labels: LabelSet,
    palette: QPalette,
    current_id: int | None = None,
    show_entities: bool = True,
    show_directives: bool = True,
    matches: Sequence[tuple[int, int]] = (),
    coder: str = "",
    coder_colors: Mapping[str, str] | None = None,
) -> list[QTextEdit.ExtraSelection]:
    """The selections for `annotations` and for `matches`, body spans of the library search.
    Another coder's annotation (shown by View → All Coders' Work) is underlined dashed, in its
    colour from `coder_colors` when that names the coder."""
    visible = [a for a in annotations if a.status != "rejected"]
    spans: list[tuple[int, int, QTextCharFormat]] = []
    # Hundreds of annotations share a handful of formats: make each once.
    formats: dict[tuple[str, str, str], QTextCharFormat] = {}
    colors = coder_colors or {}

    def layer(a: Annotation) -> str:
        """The key of the annotation's look: '' for the shown coder's own and the final layer."""
        if a.coder in ("", coder) and a.coder not in colors:
            return ""
        return a.coder

    def other(a: Annotation, fmt: QTextCharFormat) -> QTextCharFormat:
        if not layer(a):
            return fmt
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        if a.coder in colors:
            fmt.setUnderlineColor(QColor(colors[a.coder]))
        return fmt

    parts = _shared_span_parts(visible, layer, list(colors)) if colors or coder else {}

    def span(a: Annotation) -> tuple[int, int] | None:
        return parts.get(id(a), (a.start, a.end))

    if show_directives:
        for a in visible:
            if a.kind == "directive" and (where := span(a)) is not None:
                key = ("", a.status, layer(a))
                fmt = formats.get(key)
                if fmt is None:
                    fmt = formats[key] = other(a, directive_format(a.status))
                spans.append((*where, fmt))
    if show_entities:
        entities = sorted((a for a in visible if a.kind == "entity"), key=lambda a: a.start - a.end)
        for a in entities:
            if (where := span(a)) is None:
                continue
            key = (a.label, a.status, layer(a))
            fmt = formats.get(key)
            if fmt is None:
                fmt = formats[key] = other(a, entity_format(labels.get(a.label).color, a.status))
            spans.append((*where, fmt))
    if matches:
        found = search_format()
        spans.extend((start, end, found) for start, end in matches)
    current = next((a for a in annotations if a.id == current_id), None)
    if current is not None:
        color = labels.get(current.label).color if current.kind == "entity" else DIRECTIVE_UNDERLINE.name()
        spans.append((current.start, current.end, current_format(color, palette)))
    # One cursor moved from span to span; each selection keeps its own copy.
    cursor = QTextCursor(document)
    to_qt = offsets.to_qt
    keep = QTextCursor.MoveMode.KeepAnchor
    selections: list[QTextEdit.ExtraSelection] = []
    # Inside an edit block a cursor does not ask the layout for its x position at every move.
    cursor.beginEditBlock()
    for start, end, fmt in spans:
        cursor.setPosition(to_qt(start))
        cursor.setPosition(to_qt(end), keep)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        selections.append(selection)
    cursor.endEditBlock()
    return selections
