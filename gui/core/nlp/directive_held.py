"""Where an article reports a meeting held: the matches of lex.HELD_MEETING around each verb of holding.

主持召开省委常委会会议, 全省安全生产电视电话会议在西安召开, 中共中央政治局4月28日召开会议 — but not a
meeting to come (决定10月底在北京召开…会议) nor one long past whose anniversary falls (…三中全会召开10周年).
`Mentions` (directive_issuers) turns the matches into the meetings an article's 会议 can refer to.
"""

from __future__ import annotations

import re

from gui.core.nlp import directive_lexicon as lex


def held_meeting_matches(body: str) -> list[re.Match[str]]:
    """Matches whose group 1 names a meeting held; every pattern turns on a verb of holding, so only
    the text around those verbs is searched."""
    found = []
    after_verb, *before_verb = lex.HELD_MEETING
    for verb in lex.HOLDING_VERB.finditer(body):
        if lex.TO_BE_HELD.search(body, max(0, verb.start() - 16), verb.start()):
            continue  # to come
        if lex.ANNIVERSARY.match(body, verb.end()):
            continue  # long past
        m = after_verb.match(body, verb.start())
        if m:
            found.append(m)
        if verb.group() in ("召开", "举行", "开幕", "闭幕"):
            window = max(0, verb.start() - 70)
            for pattern in before_verb:
                found += [
                    m
                    for m in pattern.finditer(body, window, verb.end() + 4)
                    if m.start() <= verb.start() and m.end() >= verb.end()
                ]
    return found


def join_numbered(body: str, meetings: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Meetings held, (start, end, name) sorted by start, with a name that is only a number (第45次全体会议) joined to
    the body held before it in its sentence (首都规划建设委员会7月3日在京召开第45次全体会议); the span stays the
    body's, as 中共中央政治局 is the span of 中共中央政治局会议."""
    out: list[tuple[int, int, str]] = []
    for start, end, name in sorted(meetings):
        if out and name.startswith("第") and "。" not in body[out[-1][1] : start]:
            out[-1] = (out[-1][0], out[-1][1], out[-1][2] + name)
        else:
            out.append((start, end, name))
    return out
