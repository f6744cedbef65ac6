"""A plan's targets: the years it sets (到2027年，…), stated with or without a modal."""

from __future__ import annotations

import re

from gui.core.nlp.sentences import Segment

# 到2027年，…; 主要目标是：到2029年，…; 力争到2030年，…
_TARGET_OPEN = re.compile(
    r"(?:(?:主要|总体|发展|工作)?目标(?:是|为)[：:，,]?)?(?:力争)?"
    r"(?:到|至)(?:20[0-9]{2}年|“[^”]{2,6}”(?:期末|末|时期末))(?:底|末)?(?:前)?[，,]"
)
# 提出到2028年，…: the plan's proposal, run on into its first target with no comma.
_PROPOSES = re.compile(
    r"(?:还|并|同时)?(?:提出|明确)(?=(?:力争)?(?:到|至)20[0-9]{2}年)|(?:主要|总体|发展|工作)?目标(?:是|为)[：:，,]?$"
)


def opens_targets(text: str) -> bool:
    return bool(_TARGET_OPEN.match(text))


def after_proposal(body: str, parts: list[Segment]) -> list[Segment]:
    """提出到2028年，… read from 到2028年: the plan speaking goes on with its target (the bare verb is no frame
    of a new speaker)."""
    m = _PROPOSES.match(parts[0].text) if parts else None
    if m is None or not _TARGET_OPEN.match(body, parts[0].start + m.end() + (m.end() == len(parts[0].text))):
        return parts
    if m.end() == len(parts[0].text):
        return parts[1:]  # 主要目标是：
    cut = parts[0].start + m.end()
    return [Segment(cut, parts[0].end, body[cut : parts[0].end]), *parts[1:]]


_FROM_WHEN = re.compile(r"明确(?=自20[0-9]{2}年)")


def past_proposal(body: str, start: int) -> int:
    """Where a directive's words begin after the verb that proposed its target or set its date (明确到2027年，…
    → 到2027年; 明确自2026年1月1日起，… → 自2026年…)."""
    m = _PROPOSES.match(body, start) or _FROM_WHEN.match(body, start)
    return start + len(m.group()) if m and m.group().endswith(("提出", "明确")) else start
