"""A paragraph that opens with a quotation: a new voice, not the last speaker's words going on.

Features tell a story in voices: “…我可以办理异地就医备案…”听到消息，王… — the quotation belongs to
whoever the text names with it, never to the official or the document heard in the paragraph before.
So a paragraph that opens with a quotation, while no quotation of the last speaker is still open, ends
that speaker's words.

One voice is a leader's: a feature's section under a dated heading of a visit (2024年2月 春节前夕赴天津
看望慰问…) opens with the leader's words standing alone (“老百姓的事情是最重要的事情，一定要办好。”) and
names him only after them (2024年春节前夕，习近平总书记赴天津…) or in the heading. Such a quotation is the
leader's: the paragraph is the quotation and nothing else, and the first sentence of the next paragraph,
or the heading before it, names a person with a leader's post (总书记, 主席, 总理, 委员长).
"""

from __future__ import annotations

import re

from gui.core.nlp.directive_issuers import Issuer, Mentions
from gui.core.nlp.directive_names import looks_like_name
from gui.core.nlp.directive_quotes import quote_depth
from gui.core.nlp.sentences import Segment

_OPEN = "“「"
# A leader named by his post: 习近平总书记, 习近平主席, 李强总理.
_LEADER_POST = ("总书记", "主席", "总理", "委员长")
_SENTENCE_END = re.compile(r"[。！？!?]")
_NAME_AND_POST = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?<!副)(?:" + "|".join(_LEADER_POST) + ")")


def opens_with_quote(text: str) -> bool:
    return text.lstrip(" \u3000")[:1] in _OPEN


def is_lone_quote(text: str) -> bool:
    """The paragraph is one quotation and nothing else (no frame after it: …”王先生说。)."""
    text = text.strip(" \u3000")
    return text[:1] in _OPEN and text.rstrip("。！？!?")[-1:] in "”」" and quote_depth(text) == 0


def _leader_in(body: str, start: int, end: int, mentions: Mentions) -> Issuer | None:
    for person in mentions.persons:
        inside = start <= person.start and person.end <= end and person.text not in mentions.foreign
        if inside and body.startswith(_LEADER_POST, person.end):
            return Issuer(person.text, "PER", (person.start, person.end))
    # A name the rules did not collect, right before the post (李明主席来到…).
    for m in _NAME_AND_POST.finditer(body, start, end):
        if looks_like_name(m.group(1)) and m.group(1) not in mentions.foreign:
            return Issuer(m.group(1), "PER", m.span(1))
    return None


def lone_quote_speaker(
    body: str, para: Segment, before: Segment | None, after: Segment | None, mentions: Mentions
) -> Issuer | None:
    """The leader whose words the paragraph `para` quotes alone, named next or in the heading before."""
    if not is_lone_quote(para.text):
        return None
    if after is not None:
        stop = _SENTENCE_END.search(body, after.start, after.end)
        found = _leader_in(body, after.start, stop.end() if stop else after.end, mentions)
        if found is not None:
            return found
    if before is not None and not _SENTENCE_END.search(before.text):  # a heading: no sentence in it
        return _leader_in(body, before.start, before.end, mentions)
    return None
