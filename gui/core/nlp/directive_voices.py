"""The writer's voice against a leader's in study articles and features (People's Daily, Xinhua).

A theory or study article is the writer's: it states its own theses (headings 二、…, （一）…, topic
sentences 着力增强…。, 健全完善…体系。) and cites the leader inside its paragraphs (…。习近平总书记指出，
要…). Such reported speech goes on while its sentences do, and ends with the paragraph, unless the next
paragraph goes on with a modal (要压实…) or a numbered point, as a meeting's report does; and it ends
earlier at the writer's commentary on what was said (这也标注了…, 习近平总书记的重要论述深刻阐明了…).
"""

from __future__ import annotations

import re

from gui.core.nlp.directive_heads import clause_head, strip_openers
from gui.core.nlp.sentences import Segment, clauses

_PART_NUMBER = re.compile(r"[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+、|[0-9]+[.、．]")


_FIRST_CLAUSE_END = re.compile(r"[，。；：,;:！？!?]")


def goes_on(body: str, before: Segment, para: Segment) -> bool:
    """Whether reported speech named inside the writer's paragraph `before` goes on into `para`: after
    a frame with ：, or when `para` opens with a modal (要压实…) or a numbered point, not a heading, a
    bare verb or a statement, which are the writer's own topic sentences (着力增强…。健全…体系。)."""
    if before.text.rstrip().endswith(("：", ":")):
        return True
    if is_speech_point(para.text):
        return True
    first = _FIRST_CLAUSE_END.search(body, para.start, para.end)
    parts = clauses(body, para.start, first.end() if first else para.end)
    if not parts:
        return False
    text, enumerated = strip_openers(parts[0].text)
    if _PART_NUMBER.match(para.text.lstrip()):
        return False  # 二、…; （一）…: the writer's headings
    head = clause_head(text, imperative_ok=True, active=True, enumerated=enumerated)
    return enumerated or (head is not None and head.kind in ("modal", "request"))


def is_speech_point(text: str) -> bool:
    """A point of a speech under its own dash (——坚守和平，实现共同安全。我们要…): the speaker goes on."""
    return text.lstrip(" \u3000").startswith("——")


# The writer's comment on what was said: 这也标注了…; 这“四个转变”，深刻阐明了…; 习近平总书记的重要论述深刻阐明了….
_COMMENTARY = re.compile(
    r"(?:这|这些|这一|此|[^，。；]{2,12}的(?:重要)?(?:论述|讲话|指示|批示|要求|话))[^。；]{0,16}?"
    r"(?:阐明|阐述|阐释|标注|彰显|体现|表明|揭示|指明|反映|回答|蕴含)了?"
)


def is_commentary(text: str) -> bool:
    """The sentence comments on the words before it: the writer speaks again."""
    text = text.lstrip(" \u3000")
    return (text[:1] in "这此" or "的" in text[:16]) and bool(_COMMENTARY.match(text))
