"""Directives and non-directives about the people present in a narrative.

A leader's visit is told as a story: 习近平询问…情况，叮嘱他们…/要求他们…/嘱咐大家….
The words after the verb instruct those present even without 要/应 — the verb is the
request — and "他们" stands for the unit or group the sentence opened with
(海军某编队正在执行任务，…叮嘱他们…). 勉励大家再接再厉 encourages, like 希望, and is left out.

A clause that tells what people are doing (大家正忙着…, 人们正在…) describes and does
not instruct, even when an imperative verb opens the sentence (把握新机遇，大家正忙着…).
"""

from __future__ import annotations

import re

PRESENT_WORDS = ("他们", "她们", "大家", "同志们", "官兵们")
_PRESENT = "|".join(PRESENT_WORDS)
# 叮嘱他们…, 要求大家…: the verb and the people present, then at least the start of what they must do.
PRESENT_REQUEST = re.compile(
    r"(?:当即|随即|还|并|也|同时)?(?:叮嘱|嘱咐|嘱托|要求)(" + _PRESENT + r")(?=[\u4e00-\u9fff]{2})"
)
# 大家正忙着…, 人们都在…: people described at work.
PROGRESSIVE = re.compile(r"^(?:大家|人们|群众|干部群众|村民们|工人们)(?:都|也|还)?(?:正在|正|都在|在)(?!于)")
# The group "他们" stands for, at the start of the sentence: a unit, a body or a group, then
# what it is doing or is (…编队正在执行…, …突击队是…).
_GROUP = re.compile(r"^([\u4e00-\u9fff0-9]{2,20}?(?:队|连|营|团|旅|师|舰|站|所|厂|村|组|班|民|户))(?:正在|正|是|在)")


def present_referent(opening: str) -> str:
    """Whom 他们/大家 stands for: the unit or group that opens the sentence, or ""."""
    m = _GROUP.match(opening)
    return m.group(1) if m else ""
