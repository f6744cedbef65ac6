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

A feature also names him right after the quotation, in the paragraph's one further sentence: a frame with
no words of its own (…”2021年1月，习近平总书记在…上深刻指出。) or a few words on his manner (…”习近平总书记把脉
定向。). And a feature made of a leader's words quotes him without naming him again: a paragraph of quotations
only (each sentence a quotation, at most a short lead-in before it: 应对外部环境复杂变化，“要…”；) that names
no one, in or right after it, is the words of the leader the article named last.
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
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NAME_AND_POST = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?<!副)(?:" + "|".join(_LEADER_POST) + ")")


def opens_with_quote(text: str) -> bool:
    return text.lstrip(" \u3000")[:1] in _OPEN


def is_lone_quote(text: str) -> bool:
    """The paragraph is one quotation and nothing else (no frame after it: …”王先生说。)."""
    text = text.strip(" \u3000")
    return text[:1] in _OPEN and text.rstrip("。！？!?…")[-1:] in "”」" and quote_depth(text) == 0


# A lead-in before a quotation in a paragraph of quotations: 应对外部环境复杂变化，“…”; 各地区“…”.
# The lead-in ends with a comma, a modal, or a short subject (各地区“要…”); 试点“紧密型县域医共体” quotes a term.
_LEAD_IN = r"(?:[^“”「」。！？；]{0,16}[，,])?(?:[^“”「」。！？；，,]{0,4}|[^“”「」。！？；，,]{0,8}(?:要|必须|应))"
_QUOTATION_SENTENCE = re.compile(_LEAD_IN + r"(?:[“「][^“”「」]{8,}[”」][，、……—]*)+[。！？；;…]*")
# What follows a quotation to name its speaker: a frame with no words (…上深刻指出。) or his manner (把脉定向。).
_TAIL_FRAME = re.compile(r"[^“”「」。]{0,60}(?:指出|强调|说|表示|要求|叮嘱|嘱托)[。！]?|[^“”「」。，]{2,20}[。！]?")


def is_quotation_only(text: str) -> bool:
    """Every sentence of the paragraph is a quotation, at most after a short lead-in."""
    text = text.strip(" \u3000")
    return bool(text) and "“" in text and bool(re.fullmatch(f"(?:{_QUOTATION_SENTENCE.pattern})+", text))


def _named_after(body: str, para: Segment, mentions: Mentions) -> Issuer | None:
    """The leader a quotation's one further sentence names: “…”习近平总书记把脉定向。"""
    text = para.text.rstrip(" \u3000")
    last = max(text.rfind("”"), text.rfind("」"))
    if not text.lstrip(" \u3000").startswith(tuple(_OPEN)) or last < 0 or quote_depth(text[: last + 1]) != 0:
        return None
    tail = text[last + 1 :].lstrip("。，,")
    if not tail or not _TAIL_FRAME.fullmatch(tail):
        return None
    start = para.start + len(text) - len(tail)
    return _leader_in(body, start, para.start + len(text), mentions)


def _leader_before(body: str, pos: int, mentions: Mentions) -> Issuer | None:
    """The leader the article named last before `pos`, by name and post."""
    # A name opening its clause (，习近平总书记…), not the end of a country's (马来西亚总理).
    found = [
        m
        for m in _NAME_AND_POST.finditer(body, 0, pos)
        if looks_like_name(m.group(1)) and (m.start() == 0 or not _HAN.match(body, m.start() - 1))
    ]
    named = [p for p in mentions.persons if p.end <= pos and body.startswith(_LEADER_POST, p.end)]
    spans = [(m.start(1), m.group(1), m.span(1)) for m in found] + [(p.start, p.text, (p.start, p.end)) for p in named]
    spans = [s for s in spans if s[1] not in mentions.foreign]
    if not spans:
        return None
    _, name, span = max(spans)
    return Issuer(name, "PER", span)


def _names_someone(body: str, start: int, end: int, mentions: Mentions) -> bool:
    return any(start <= p.start < end for p in mentions.persons) or bool(_SPEAKERS.search(body, start, end))


# Voices of a feature that are not the leader's: 网民, 外媒, 专家, 群众 …
_SPEAKERS = re.compile(r"网民|外媒|媒体|专家|学者|人士|代表|委员|村民|居民|市民|[他她]说|表示|认为|评价|[^名]称")


def quotation_paragraph_speaker(body: str, para: Segment, after: Segment | None, mentions: Mentions) -> Issuer | None:
    """The leader whose words a paragraph of quotations only is, in a feature that named him before."""
    if not is_quotation_only(para.text) or _names_someone(body, para.start, para.end, mentions):
        return None
    if after is not None:
        stop = _SENTENCE_END.search(body, after.start, after.end)
        if _names_someone(body, after.start, stop.end() if stop else after.end, mentions):
            return None
    return _leader_before(body, para.start, mentions)


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
        return _named_after(body, para, mentions)
    if after is not None:
        stop = _SENTENCE_END.search(body, after.start, after.end)
        found = _leader_in(body, after.start, stop.end() if stop else after.end, mentions)
        if found is not None:
            return found
    if before is not None and not _SENTENCE_END.search(before.text):  # a heading: no sentence in it
        return _leader_in(body, before.start, before.end, mentions)
    return None
