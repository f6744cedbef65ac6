"""Small text facts of Chinese news layout, shared by the page and markdown readers."""

from __future__ import annotations

import re

from gui.core.vocabulary import iso_date

# A sentence may end inside closing quotes or brackets: 。” ！） ……
SENTENCE_END = frozenset("。！？!?；;…")
CLOSERS = "”’」』）)】》〉\"'"
_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "(": ")", "【": "】", "《": "》", "〈": "〉"}
# Punctuation after which a sentence must go on.
CONTINUES = frozenset("，,、：:—-·“‘「『（(【《〈")
# Function words that cannot end a phrase: a line ending in one was cut.
DANGLING = frozenset("的和与及或对在把将为从向以于被让使是了着地得并而且及其")

# First paragraph of an article: the wire or paper credit that opens news copy.
LEDE = re.compile(
    r"""^(?:
        本报讯
      | 本报[^\s，,。：:（(]{1,15}?[电讯]
      | (?:新华社|中新社|新华网|人民网|央视网|光明网|中国新闻网|中新网)[^\s，,。：:（(]{0,15}?(?:电|消息|讯)
      | 央视网消息
      | [（(](?:本报|本刊)?(?:特约)?记者[^（）()\n]{1,30}[）)](?=.)
    )""",
    re.X,
)
# The credit itself, for the byline field: source, then an optional (记者 …).
BYLINE = re.compile(
    r"""^(?P<byline>
        (?:本报讯|本报[^\s，,。：:（(]{1,15}?[电讯]
          |(?:新华社|中新社|新华网|人民网|央视网|光明网|中国新闻网|中新网)[^\s，,。：:（(]{0,15}?(?:电|消息|讯)
          |央视网消息)?
        \s*(?:[（(][^（）()\n]{1,40}[）)])?
    )""",
    re.X,
)
DATELINE = re.compile(r"^[\s：:]*(?P<date>(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚|早|凌晨)?)(?=[，,\s]|电)")
_DATE_IN_TEXT = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
SUBHEAD = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．]\s*\S|第[一二三四五六七八九十]+[，,、]|【[^】]+】$)"
)
# Lines that close an article's copy rather than open the next one.
END_MATTER = re.compile(r"^(?:[（(][^（）()]{0,30}[）)]|(?:责任编辑|责编|编辑|校对|美编|审核|监制)[：:].*)$")
# A page header: 山西日报 2022年3月25日 星期五 第1版.
PAGE_HEADER = re.compile(
    r"(?:\d{4}年\d{1,2}月\d{1,2}日.*(?:星期|第\s*\d+\s*版)|第\s*\d+\s*版.*\d{4}年\d{1,2}月\d{1,2}日)"
)
_FILENAME_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


def strip_closers(line: str) -> str:
    return line.rstrip().rstrip(CLOSERS)


def ends_sentence(line: str) -> bool:
    """True when a line ends a sentence, allowing closing quotes or brackets after the stop."""
    core = strip_closers(line)
    if core and core[-1] in SENTENCE_END:
        return True
    return bool(END_MATTER.match(line.strip()))


def unbalanced(line: str) -> bool:
    """An opening quote or bracket left open: the line was cut inside it."""
    depth: list[str] = []
    for ch in line:
        if ch in _PAIRS:
            depth.append(_PAIRS[ch])
        elif depth and ch == depth[-1]:
            depth.pop()
    return bool(depth)


def is_headline_like(line: str) -> bool:
    """Short, unpunctuated at the end, no sentence inside: could be a title line.

    A line ending in a colon is a salutation or a lead-in (各市、县人民政府：), not a title.
    """
    s = line.strip()
    if not s or len(s) > 60 or ends_sentence(s) or s[-1] in "：:":
        return False
    return not any(ch in "。！？!?" for ch in s)


def join_fragments(left: str, right: str) -> str:
    """Join two pieces of one sentence; a space only between two Latin words."""
    if left and right and left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalpha():
        return left + " " + right
    return left + right


def date_from_filename(name: str) -> str | None:
    match = _FILENAME_DATE.search(name)
    if not match:
        return None
    return iso_date(int(match[1]), int(match[2]), int(match[3]))


def date_from_text(text: str) -> str | None:
    """A full date (年月日) in a page header or heading."""
    for match in _DATE_IN_TEXT.finditer(text):
        if match[1]:
            return iso_date(int(match[1]), int(match[2]), int(match[3]))
    compact = _FILENAME_DATE.search(text)
    return iso_date(int(compact[1]), int(compact[2]), int(compact[3])) if compact else None


def split_byline(body: str) -> tuple[str, str]:
    """(byline, dateline) from the first paragraph of the body; the body keeps them."""
    first = body.split("\n", 1)[0]
    byline = ""
    rest = first
    match = BYLINE.match(first)
    if match and match["byline"].strip() and LEDE.match(first):
        byline = match["byline"].strip()
        rest = first[match.end() :]
    dateline = ""
    found = DATELINE.match(rest)
    if found and (byline or found.start("date") == 0):
        dateline = found["date"]
    elif byline:
        inside = _DATE_IN_TEXT.search(byline)
        if inside:
            dateline = inside[0]
    return byline, dateline
