"""Issuer names the rules may read that name no authority, and the part of a name that does.

The rules read an issuer off the text around a speech verb or a frame; on real news a few such
readings take in words that belong to the sentence (年底的中央经济工作会议, 考察时习近平总书记,
在加沙地带北部的…医院) or name no one in particular (两位总书记, 两位前总理).
`trim` cuts what comes before the name; `names_no_one` says when nothing is left that names one.
"""

from __future__ import annotations

import re

from gui.core.nlp.directive_joint import joint_issuers

# What opens a reading before the name itself: a time and 的, an occasion (考察时), or a verb the
# sentence went on with (年底的中央经济工作会议, 考察时习近平总书记, 建议全国政协十四届三次会议).
_BEFORE_NAME = re.compile(
    r"^(?:(?:年底|年初|年中|月底|去年|今年|此前|当天|上次)的|[^，。；]{0,6}?(?:考察|调研|视察|会见|出席|参加)时"
    r"|建议|针对|联合(?![国会]))(?=[^，。；]{2,}$)"
)
# A time opening, or inside, a reading of bodies acting together (近日中国人民银行…, 财政部日前会同农业农村部…).
_WHEN = re.compile(r"^(?:近日|日前|今天|近期|此前)|(?<=[部委局署办院行])(?:近日|日前)(?=会同|联合|、)")


def trim(name: str, label: str) -> str:
    """`name` without the words a reading took in before the name (年底的中央经济工作会议 → 中央经济工作会议)."""
    if label not in ("ORG", "MEETING", "POST"):
        return name
    m = _BEFORE_NAME.match(name)
    name = name[m.end() :] if m else name
    return _WHEN.sub("", name) if label == "ORG" else name


# A count of people, not one named (两位总书记, 两位前总理).
_COUNTED = re.compile(r"^[两二三四五六七八九十几多]+(?:位|名)")


def names_no_one(name: str, label: str) -> bool:
    """Whether an issuer reading names no authority at all (两位总书记)."""
    return label in ("ORG", "POST", "PER") and _COUNTED.match(name) is not None


def mend(attrs: dict[str, object]) -> bool:
    """Trim a directive's issuer attributes (name, joint issuers, span) in place; False when the
    issuer names no authority and the directive is better dropped than given to no one."""
    name, label = str(attrs.get("issuer", "")), str(attrs.get("issuer_label", ""))
    if names_no_one(name, label):
        return False
    kept = trim(name, label)
    if kept != name:
        attrs["issuer"] = kept
        attrs["issuers"] = joint_issuers(kept)
        span = attrs.get("issuer_span")
        if name.endswith(kept) and isinstance(span, list) and len(span) == 2 and span[1] - span[0] >= len(kept):
            attrs["issuer_span"] = [span[1] - len(kept), span[1]]  # the name ends where the reading did
    return True
