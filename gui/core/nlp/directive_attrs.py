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


def joint_planner(body: str, who: Issuer | None, subject: str, at: int) -> tuple[Issuer | None, str]:
    """The issuer and addressee of a plan whose subject lists bodies: "记者从全国工商联了解到，全国工商联、
    教育部、人力资源社会保障部将…" is the plan of the three together (who plan for themselves), not of
    the one the reporter asked with the others as addressees."""
    bodies = joint_issuers(subject)
    if who is not None and subject == who.name:
        return who, ""  # 商务部将…: its own plan, asked of no one else
    if who is None or who is NOBODY or len(bodies) < 2 or who.name not in bodies:
        return who, subject
    start = body.find(subject, at)
    return Issuer(subject, "ORG", (start, start + len(subject)) if start >= 0 else None), ""
