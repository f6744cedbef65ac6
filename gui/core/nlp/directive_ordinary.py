"""People of no authority: their 要/应 is no directive, whatever their name.

A feature or a letter quotes people by name — 茶农盛时卫, a 副研究员 at his instrument, a 传承人 —
and what they say must or should be done (必须要舍得投入, 需要保持高度谨慎) is their experience or
opinion, like an expert's when unnamed (see `directive_issuers.NOT_AUTHORITY`). A person is such
when any mention of the name follows a role of no authority (茶农盛时卫, 研究员李某) or the article
says what the person is (黄某是…研究所的副研究员). And a view is no instruction, whoever holds it:
在…校长常途看来，…要做到… tells what the person thinks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from gui.core.nlp import directive_lexicon as lex

ROLES = (
    r"(?:副?研究员|工程师|技术员|教授|专家|学者|博士|医生|护士|教师|老师|学生|村民|农民|茶农|果农|菜农|牧民|渔民|"
    r"居民|市民|网友|游客|导游|职工|员工|工人|店主|老板|个体户|传承人|志愿者|读者|经理|总经理|董事长|创始人|"
    r"企业家|主播|作家|画家|演员|运动员|教练员?|队员|船员|快递员|外卖员|司机|厨师|匠人|手艺人)"
)
_ROLE_BEFORE = re.compile(ROLES + r"$")
# The title right before a name, back to the last stop, comma or quote.
_TITLE_BEFORE = re.compile(r"[^，。；：、,;:“”\"（）()\s]{0,24}$")
# "黄某是…研究所的副研究员，": what the article says the person is.
_DESCRIBED = re.compile(r"是[^，。；]{0,40}?" + ROLES + r"[，。；]")


def ordinary_people(body: str, persons: Iterable[tuple[str, int]]) -> frozenset[str]:
    """The names, of (name, start) mentions, that the article shows to hold no office."""
    found = set()
    for name, start in persons:
        title = _TITLE_BEFORE.search(body, max(0, start - 24), start)
        titled = title is not None and bool(_ROLE_BEFORE.search(title.group()))
        if titled or _DESCRIBED.match(body, start + len(name), start + len(name) + 48):
            found.add(name)
    return frozenset(found)


_OFFICE = re.compile(lex.POST_BEFORE_NAME + "$|" + lex.SPOKESPERSON.pattern + "$|^(?:中方|中国)代表$")


def unnamed_label(who: str) -> str:
    """The label of a speaker the rules cannot resolve to a name: only an office or a document speaks
    with authority unnamed (中方代表, 有关负责人 → POST; 通报 → DOC); anyone else — 阿克拉姆认为,
    他分析称, a person in a feature — gives opinion ("")."""
    return "DOC" if lex.DOC_NOUN.fullmatch(who) else "POST" if _OFFICE.search(who) else ""


# 在果洛西宁民族中学校长常途看来，: the clause frames a view.
_IN_VIEW = re.compile(r"在[^，。；：“”]{2,40}?看来$")


def is_view_frame(text: str) -> bool:
    """The clause introduces someone's view (在X看来), whose 要 advises and instructs no one."""
    return bool(_IN_VIEW.fullmatch(text))


# 马建堂常委发言提出，…; 南存辉常委代表全国工商联发言建议，…; 政协委员们在发言中表示，…: members of a body
# speaking in its session suggest; their 要 is a proposal, not an instruction (中方代表 speaks for China).
_MEMBERS_SPEAK = re.compile(
    r"[^，。；]{0,12}?(?<!中方)(?<!中国)(?:常委|委员|代表)们?(?:代表[^，。；]{1,16}?)?(?:在)?(?:大会)?发言(?:中|时)?"
    r"(?:提出|建议|表示|认为|指出|说)$"
)


def members_speak(text: str) -> bool:
    return bool(_MEMBERS_SPEAK.fullmatch(text))
