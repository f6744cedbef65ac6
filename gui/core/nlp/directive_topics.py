"""The topic of one directive, in the order the codebook decides it (benchmarks/eval/directives/README.md,
"How topics are coded"): a document's provision takes its document's area; a proposal in talks or a
summit speech is foreign affairs whatever field it names; otherwise the directive's own words decide,
its paragraph breaking ties and filling gaps (a general 要立说立行 takes the area of the passage)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gui.core.model import Annotation
from gui.core.nlp.directive_documents import DIPLOMACY, diplomatic_area, provision_topic
from gui.core.nlp.topics import TopicIndex

# A directive whose own words have two states act together (助力两国合作项目); 各国 and 国际社会 are named at home
# too (学习借鉴各国先进经验, 赢得国际社会理解).
_WITH_SIDES = re.compile(r"两国")
# Addressees that are two or more states or sides: 双方, 中法, 中匈两国, 中国同东盟国家, 冲突各方, 国际社会 — not
# two parties at home (劳资双方, 供需双方, 医患双方, 校企双方). 中+one character is a pair of states (中欧, 中南) unless
# it is a Chinese body, region or kind (中央, 中办, 中小企业, 中部, 中资).
_SIDES = re.compile(
    r"^(?:(?:中[^\W国央华共方心小层部东西北办直企资纪组宣统政联医药])?(?:双方|两国|两党)|三方|各国|冲突各方|所有各方|有关各方"
    r"|国际社会|两国人民|中[^\W国央华共方心小层部东西北办直企资纪组宣统政联医药]|中国(?:和|同|与)[^，。；]{1,12})$"
)


def own_topic(index: TopicIndex, text: str, paragraph_scores: list[int]) -> str:
    """The directive's own words count four times its paragraph's."""
    own = index.scores(text)
    return index.best([4 * o + c for o, c in zip(own, paragraph_scores, strict=True)])


def directive_topic(
    index: TopicIndex,
    text: str,
    paragraph_scores: list[int],
    *,
    document_area: str | None,
    framing: str,
    addressee: str = "",
) -> str:
    """`document_area`: the area of the document that issues it (None when no document does);
    `framing`: the foreign-affairs area when the article's instructing passages are talks, else "";
    `addressee`: whom it addresses — states or sides together make it foreign affairs (双方要加强气候合作)."""
    if document_area is not None:
        return provision_topic(index, text, document_area)
    if (_SIDES.search(addressee) or _WITH_SIDES.search(text)) and DIPLOMACY in (t.name for t in index.topics):
        return DIPLOMACY
    return framing or own_topic(index, text, paragraph_scores)


def assign_topics(
    index: TopicIndex,
    body: str,
    found: Sequence[Annotation],
    contexts: Sequence[list[int]],
    instructing: list[int],
    *,
    document: str | None,
    area: str,
) -> None:
    """Set the topic of each directive found in an article.

    `contexts`: each directive's paragraph scores; `instructing`: the instructing paragraphs' scores
    together (talks and summits read as foreign affairs); `document`: the name of the document the
    article is, whose provisions take its `area`. Where nothing in a directive or its paragraph
    names an area, the article's own area."""
    framing = diplomatic_area(index, instructing)
    for ann, context in zip(found, contexts, strict=True):
        issued = area if document is not None and ann.attrs["issuer"] == document else None
        ann.attrs["topic"] = directive_topic(
            index, ann.text, context, document_area=issued, framing=framing, addressee=ann.attrs["addressee"]
        )
    if any(not ann.attrs["topic"] for ann in found):
        article = index.best(index.scores(body))
        for ann in found:
            ann.attrs["topic"] = ann.attrs["topic"] or article
