"""The issuer attributes a directive annotation carries (see gui/core/nlp/directives.py)."""

from __future__ import annotations

from gui.core.nlp.directive_issuers import NOBODY, Issuer, Mentions
from gui.core.nlp.directive_joint import joint_issuers


def issuer_attrs(who: Issuer | None, mentions: Mentions) -> dict[str, object]:
    """The issuer attributes of a directive (see gui/core/nlp/directives.py): the name, every
    joint issuer, the label and the span of the mention, snapped to the tagger's entity."""
    if who is None or who is NOBODY:
        return {"issuer": "", "issuers": [], "issuer_label": "", "issuer_span": None}
    span = who.span
    if span is not None:
        span = mentions.entity_over(span[0], span[1], who.name) or span
    return {
        "issuer": who.name,
        "issuers": joint_issuers(who.name.strip("《》") if who.label != "DOC" else who.name),
        "issuer_label": who.label,
        "issuer_span": list(span) if span else None,
    }
