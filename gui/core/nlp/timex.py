"""Dates and times of news text: 2022年3月24日上午, 3月23日, 今年, 上午9时30分, 2021—2025年.

One regular expression (fast: no per-character Python), tried only where an
expression can begin (a digit, a numeral, the first character of a day part or a
relative date): its branches open with look-behinds, so the regular expression engine
cannot skip the other characters by itself and would try every branch at each one.
Pieces that touch are joined, so 2022年3月24日上午 is one span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_D = r"[0-9０-９]"
_CN = "〇零○一二三四五六七八九十"
_YEAR = rf"(?:{_D}{{4}}|[{_CN}]{{4}})"
_MONTH = rf"(?:{_D}{{1,2}}|十[一二]?|[一二三四五六七八九])"
_DAY = rf"(?:{_D}{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_DAY_PARTS = (
    "凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间|深夜|午夜|"
    "当晚|当天|当日|次日|同日|今天|昨天|明天|今晚|昨晚|今晨|今日|昨日|明日"
)
_RELATIVE = (
    "今年|去年|明年|前年|后年|本月|上月|下月|本周|上周|下周|年初|年底|年末|"
    "一季度|二季度|三季度|四季度|第一季度|第二季度|第三季度|第四季度|上半年|下半年|前三季度|"
    "元旦|春节|国庆|中秋|端午"
)
_CLOCK = rf"(?:{_D}{{1,2}}[时点](?:{_D}{{1,2}}分|半)?|{_D}{{1,2}}[:：]{_D}{{2}})"

_PATTERN = re.compile(
    "|".join(
        (
            # 2021—2025年, 2021年至2025年
            rf"(?<![0-9０-９]){_YEAR}年?(?:—|-|－|～|~|至|到){_YEAR}年",
            rf"(?<![0-9０-９]){_YEAR}年(?:度)?(?:{_MONTH}月(?:份|{_DAY}[日号])?)?",
            rf"(?<![0-9０-９]){_MONTH}月(?:{_DAY}[日号](?:(?:—|-|至){_DAY}[日号])?|份|上旬|中旬|下旬|初|底|末)",
            rf"(?<![0-9０-９月]){_D}{{1,2}}日(?![0-9０-９])",
            r"星期[一二三四五六日天]|(?<![一二三四五六七八九十])周[一二三四五六日](?![一二三四五六七八九十])",
            rf"(?:{_DAY_PARTS})(?:{_CLOCK})?",
            _CLOCK,
            _RELATIVE,
        )
    )
)

# Every character an expression of _PATTERN can begin with.
_START = re.compile(
    "["
    + "0-9０-９"
    + _CN
    + "星周"
    + "".join(sorted({word[0] for word in (_DAY_PARTS + "|" + _RELATIVE).split("|")}))
    + "]"
)

# A bare "18日" is a date (国家发展改革委18日举行…); "第3日" and "45日" are not.
_BARE_DAY = re.compile(rf"{_D}{{1,2}}日")


def _to_ascii(digits: str) -> str:
    return digits.translate({0xFF10 + i: str(i) for i in range(10)})


def find_times(text: str) -> list[tuple[int, int]]:
    """(start, end) of each date or time expression; touching pieces joined."""
    spans: list[tuple[int, int]] = []
    for m in _matches(text):
        start, end = m.span()
        if _BARE_DAY.fullmatch(m.group()) and (
            int(_to_ascii(m.group()[:-1])) > 31 or (start > 0 and text[start - 1] == "第")
        ):
            continue
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _matches(text: str) -> Iterator[re.Match[str]]:
    """What _PATTERN.finditer(text) finds, trying the pattern only where it can begin."""
    search, match = _START.search, _PATTERN.match
    pos = 0
    while True:
        candidate = search(text, pos)
        if candidate is None:
            return
        found = match(text, candidate.start())  # its look-behinds still see the text before
        if found is None:
            pos = candidate.start() + 1
        else:
            yield found
            pos = found.end()  # no expression is empty
