"""An article that is itself a document: its title names the issuing document.

A policy page, a law or a notice read from a PDF or Word file carries its provisions
without naming the document in the body (第六条　县级以上各级人民政府应当…): the
article's title does. When the title is a document's title (it ends with the kind
of document: 法, 条例, 通知, 决议, 意见 …), the document speaks from the first line
to the last, and a provision with no modal (国家对…实行管制) is one of its rules.
A news title (习近平在…强调; 国务院印发《…》) is no document's title.
"""

from __future__ import annotations

import re

from gui.core.nlp.directive_issuers import Issuer
from gui.core.nlp.topics import TopicIndex

# The kinds of document whose text is its provisions.
_KIND = (
    r"(?:法|法典|条例|规定|办法|细则|规则|准则|规程|通知|通告|公告|决定|决议|意见|方案|规划|纲要|计划|指南|守则|章程)"
)
# Trailing notes of a title: （征求意见稿）, （2013版）, (试行).
_NOTE = r"(?:[（(][^（）()]{1,12}[）)])*"
_DOCUMENT_TITLE = re.compile(rf"[\u4e00-\u9fff][\u4e00-\u9fff、，“”《》·\-—0-9]{{1,78}}{_KIND}{_NOTE}")
# A news headline about a document or a meeting, not the document: 国务院印发《…》, …强调….
_REPORTING = re.compile(r"印发|发布|出台|强调|指出|主持|会见|举行|召开|审议|通过|出版|发表|》$")


def document_of_title(title: str) -> Issuer | None:
    """The document a title names, as the issuer of the article's provisions; None for a news title."""
    title = title.strip().strip("《》").strip()
    if not _DOCUMENT_TITLE.fullmatch(title) or _REPORTING.search(title.rstrip("）)")):
        return None
    return Issuer(f"《{title}》", "DOC")


# A provision names another area than its document's only when that area's words cover at
# least this many characters of it (two ordinary terms, or one long one) and twice the
# document area's: 戒毒治疗…医疗机构 in a drug law is health; a passing 药品 or 预算 is not.
CLEARLY_OTHER = 6


def document_area(index: TopicIndex, title: str, body: str) -> str:
    """The area of a document read as an article: its title's, else its whole text's."""
    return index.best(index.scores(title)) or index.best(index.scores(body))


def provision_topic(index: TopicIndex, text: str, area: str) -> str:
    """A provision of a document takes the document's area unless it clearly names another.

    A law's provisions are annotated, and read, as the law's (a 禁毒法 provision on 药品 is about
    drug control, not market supervision); only a provision whose own words are mostly another
    area's (戒毒治疗 in 医疗机构) belongs there."""
    own = index.strong_and_weak(text)[0]  # a weak keyword (学习贯彻, 安全) never takes a provision from its document
    other = index.best(own)
    if not area or not other or other == area:
        return area or other
    names = [t.name for t in index.topics]
    theirs, mine = own[names.index(other)], own[names.index(area)]
    return other if theirs >= CLEARLY_OTHER and theirs >= 2 * mine else area


# The area of talks, summits and speeches to foreign audiences in the shipped topic list.
DIPLOMACY = "对外事务"


def diplomatic_area(index: TopicIndex, scores: list[int]) -> str:
    """The foreign-affairs area when the text scored (an article's instructing paragraphs) is about it, else "".

    In talks and summit speeches a leader's 双方要加强旅游合作 or 我们要努力实现普遍安全 is read
    as foreign affairs whatever field it names (气候变化, 产业链供应链): the codebook's rule 2. The
    scores include weak keywords, so a domestic speech on theory study is not read as talks for
    naming 人类命运共同体 once."""
    return DIPLOMACY if index.best(scores) == DIPLOMACY else ""
