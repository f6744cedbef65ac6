"""Codes that rules can suggest: the coder confirms them; they are never written as codes.

Three rules, each tied to a codebook by its values' labels, not by variable names, so another
codebook whose values say the same (中央/省/市/县; the topic names; 必须/要/鼓励/可) gets them too:

- **issuer level** from a directive's issuer: its words (国务院, 中共中央, 全国…会议 → 中央;
  省委, 山西省 → 省; 市委, 太原市 → 市; 县委 → 县), a central leader's name, or, for a person,
  the title written just before the name (省委书记林武 → 省);
- **policy area** from the topic the directive rules gave each directive (gui/core/nlp/topics.py),
  and for an article from its directives' topics, else from its own text;
- **strength** from the directive's strength.

A variable of the article unit takes what its directives suggest: the most frequent value, or
every value found (most frequent first) for a multi variable.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from gui.core.codebook import Codebook, Variable
from gui.core.messages import Message, msg
from gui.core.model import Annotation, Article
from gui.core.nlp.topics import Topic, assign_topic, default_topics
from gui.core.vocabulary import STRENGTHS

# The levels an issuer can be of, highest first, and the labels a codebook may give them.
LEVELS: dict[str, frozenset[str]] = {
    "中央": frozenset(("中央", "中央级", "国家", "国家级", "central", "national")),
    "省": frozenset(("省", "省级", "省部级", "provincial", "province")),
    "市": frozenset(("市", "市级", "地级", "地市", "municipal", "city", "prefecture", "prefectural")),
    "县": frozenset(("县", "县级", "区县", "county", "district")),
}
# What an issuer's own words say of its level, checked in this order (中央 before 省: 党中央;
# 自治区 before 区; 省 before 市: 省会城市). Each pattern names a body or a place of that level.
_LEVEL_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("中央", re.compile(r"中共中央|党中央|中央|国务院|全国人大|全国政协|全国|国家|总书记|国家主席|总理")),
    ("省", re.compile(r"省|自治区|直辖市")),
    ("市", re.compile(r"市(?!场)|自治州|地区行署|盟")),
    ("县", re.compile(r"县|旗|区委|区政府")),
)
# Central leaders a report names without a title (a short list; a title before the name covers the rest).
_CENTRAL_LEADERS = frozenset(
    ("习近平", "李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希", "李克强", "栗战书", "汪洋", "韩正", "王岐山")
)
# How far before an issuer its title or place is looked for (省委书记、省疫情防控工作领导小组组长林武).
_TITLE_REACH = 20
_TITLE_STOP = re.compile(r"[。！？；\n]")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A value suggested for a unit's variable, and why (a line for the coder)."""

    unit: str  # "article" or "directive"
    unit_id: int
    variable: str
    value: Any  # a code, or a list of codes for a multi variable
    why: Message


def _value_labels(variable: Variable) -> dict[str, str]:
    """Each label a value goes by (its code, Chinese and English labels, casefolded) → its code."""
    found: dict[str, str] = {}
    for value in variable.values:
        for label in (value.code, value.label_zh, value.label_en):
            if label:
                found.setdefault(label.strip().casefold(), value.code)
    return found


def _matching(variable: Variable, names: Iterable[str]) -> dict[str, str]:
    """Which names (casefolded) are values of the variable, name → code."""
    labels = _value_labels(variable)
    return {name: labels[name.casefold()] for name in names if name.casefold() in labels}


def _level_codes(variable: Variable) -> dict[str, str]:
    """Level → the variable's code for it, when its values name at least two levels."""
    labels = _value_labels(variable)
    codes = {level: next((labels[x] for x in names if x in labels), "") for level, names in LEVELS.items()}
    found = {level: code for level, code in codes.items() if code}
    return found if len(found) >= 2 else {}


def _level_of(words: str) -> str:
    for level, pattern in _LEVEL_WORDS:
        if pattern.search(words):
            return level
    return ""


def issuer_level(issuer: str, body: str = "", span: Sequence[int] | None = None, label: str = "") -> str:
    """The level (a key of LEVELS) of an issuer: its own words (not a person's name), else the
    words just before it in the sentence (a person's title, 省委书记林武; 我省发布的《…》);
    "" when neither says."""
    issuer = issuer.strip()
    if not issuer:
        return ""
    if issuer in _CENTRAL_LEADERS:
        return "中央"
    level = _level_of(issuer) if label != "PER" else ""
    # Where the issuer is named here, then where it is first named (a title is given once).
    starts = [span[0]] if span and len(span) == 2 else []
    first = body.find(issuer)
    if first >= 0:
        starts.append(first)
    for start in starts:
        if level:
            break
        before = body[max(0, start - _TITLE_REACH) : start]
        level = _level_of(_TITLE_STOP.split(before)[-1])
    return level


def _live_directives(annotations: Iterable[Annotation]) -> list[Annotation]:
    return [a for a in annotations if a.kind == "directive" and a.status != "rejected" and a.id is not None]


def suggestions(
    source: Any,
    codebook: Codebook,
    article: Article,
    annotations: Iterable[Annotation],
) -> list[Suggestion]:
    """What the rules suggest for the article (article_id from `article.id`) and its directives
    that are not rejected. `source` is a Library (its topic list) or anything else (the shipped
    topics). Returned in codebook order, the article's first; nothing is written."""
    topics: Sequence[Topic] = source.topics() if hasattr(source, "topics") else default_topics()
    directives = _live_directives(annotations)
    body = article.body
    # What each directive says, by rule: its level, topic and strength.
    per_directive: dict[str, dict[int, tuple[str, Message]]] = {"level": {}, "topic": {}, "strength": {}}
    for d in directives:
        assert d.id is not None  # _live_directives keeps stored annotations only
        attrs = d.attrs or {}
        issuer = str(attrs.get("issuer") or "")
        level = issuer_level(issuer, body, attrs.get("issuer_span"), str(attrs.get("issuer_label") or ""))
        if level:
            per_directive["level"][d.id] = (level, msg("suggest.issuer_level", issuer=issuer, level=level))
        topic = str(attrs.get("topic") or "")
        if topic:
            per_directive["topic"][d.id] = (topic, msg("suggest.topic", topic=topic))
        strength = str(attrs.get("strength") or "")
        if strength in STRENGTHS:
            per_directive["strength"][d.id] = (strength, msg("suggest.strength", strength=strength))

    found: list[Suggestion] = []
    article_id = article.id or 0
    for variable in codebook.variables:
        if not variable.values or variable.type not in ("nominal", "ordinal", "multi"):
            continue
        # Which rule this variable answers, and its codes for that rule's answers.
        levels = _level_codes(variable)
        topic_codes = _matching(variable, [t.name for t in topics])
        strength_codes = _matching(variable, STRENGTHS)
        if len(levels) >= 2:
            rule, codes = "level", levels
        elif len(topic_codes) >= 2:
            rule, codes = "topic", topic_codes
        elif len(strength_codes) >= 2:
            rule, codes = "strength", strength_codes
        else:
            continue
        answers = {i: (codes[key], why) for i, (key, why) in per_directive[rule].items() if key in codes}
        if variable.unit == "directive":
            for unit_id, (code, why) in answers.items():
                found.append(Suggestion("directive", unit_id, variable.name, _as_value(variable, [code]), why))
            continue
        ranked = [code for code, _n in Counter(code for code, _why in answers.values()).most_common()]
        if ranked:
            found.append(
                Suggestion("article", article_id, variable.name, _as_value(variable, ranked),
                           msg("suggest.from_directives", n=len(answers)))
            )  # fmt: skip
        elif rule == "topic":
            own = assign_topic(f"{article.title}\n{body}", topics)
            if own in codes:
                why = msg("suggest.article_topic", topic=own)
                found.append(Suggestion("article", article_id, variable.name, _as_value(variable, [codes[own]]), why))
    found.sort(key=lambda s: s.unit != "article")
    return found


def _as_value(variable: Variable, ranked: list[str]) -> Any:
    return ranked if variable.type == "multi" else ranked[0]
