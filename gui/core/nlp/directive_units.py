"""Cutting a speaker's clauses into directives: where each begins and ends, and what it is.

`units_of` reads the clauses one speaker says in a sentence and groups them into units,
each opened by the clause `directive_heads.clause_head` finds an instruction in; the
helpers say whether an imperative-looking unit is really an assessment (加快发展…，是…),
where a directive's span begins (its background clauses, not what happened before it)
and whom a permission addresses when its subject is a thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gui.core.nlp import directive_lexicon as lex
from gui.core.nlp.directive_heads import Head, agent_at_start, clause_head, is_agent, strip_openers
from gui.core.nlp.directive_issuers import Issuer
from gui.core.nlp.directive_present import PROGRESSIVE
from gui.core.nlp.directive_reports import is_time
from gui.core.nlp.sentences import Segment

_QUOTE_OPEN = '“「『"‘'
_QUOTE_CLOSE = '”」』"’'
_LEADING_DUI = re.compile(r"^对于?")
# "中国和德国都是负责任的大国，": a group described before what it must do.
_DESCRIBED = re.compile(r"^([^，。；是]{2,12}?)(?:都|也|均|同)?(?:是|同为|作为)")
# "要实现…，", "要想…，": a goal before the instruction, not an instruction of its own.
_PURPOSE = re.compile(r"^(?:要想|要实现|想要|要让|要使)[^，。；]{1,20}$")
# An adjunct that opens a sentence (围绕…，聚焦…，) and a subject doing something after it (本届艺术节深化…).
_ADJUNCT = re.compile(r"(?:围绕|聚焦|紧扣|紧盯|立足|着眼|面向)")
_SUBJECT_ACTS = re.compile(
    r"(?![在以从对向把将为通按使让])([" + lex.HAN + r"]{2,12}?)(?:" + lex.IMPERATIVE.pattern + ")"
)


@dataclass(slots=True)
class Unit:
    clauses: list[Segment]
    head: Head | None = None
    head_index: int = 0


def units_of(
    clauses: list[Segment], issuer: Issuer | None, decided: bool = False, imperative_ok: bool = True
) -> list[Unit]:
    """Cut a speaker's clauses into directives and the rest; an imperative verb
    counts only where the words begin (`imperative_ok` for the first clause);
    `decided`: a decision is being listed, so a measure needs no modal."""
    units: list[Unit] = []
    active = issuer is not None
    provisions = issuer is not None and issuer.label == "DOC"
    enumerated = False
    for c in clauses:
        if not units and lex.LEAD.search(c.text):
            continue
        rest, numbered = strip_openers(c.text)
        head = clause_head(rest, imperative_ok, active, enumerated or numbered, provisions, decided)
        if head is not None and head.lesson and not _conditional(c, clauses):
            head = None  # 事实证明，必须把稳就业摆在突出位置: the frame of an instruction, no lesson
        # A connective alone (第一，同时，) or a condition (对…的，) leaves the next clause the opening one.
        enumerated = not rest and (numbered or enumerated)
        imperative_ok = (
            imperative_ok and head is None and (not rest or bool(lex.CONDITION.search(c.text)) or is_time(rest))
        )
        if not units:
            units.append(Unit([c], head, 0))
            continue
        unit = units[-1]
        if head is None or (unit.head is not None and unit.head.lesson):
            unit.clauses.append(c)
        elif _runs_on(unit.clauses[-1], c) and head.kind != "assess":
            units.append(Unit([c], head, 0))  # “…是…”“要…”: another quotation, another utterance
        elif unit.head is None or (head.kind == "request" and unit.head.kind in ("imperative", "plan")):
            # "…，全面从严治党永远在路上，要求全党…": what comes before the request is its background.
            unit.head, unit.head_index = head, len(unit.clauses)
            unit.clauses.append(c)
        elif unit.head_index == len(unit.clauses) - 1 and _sets_condition(unit):
            # "要实现持久和平，必须解决好…": the goal sets the condition, the modal after it the force;
            # "围绕群众关切，各级干部要…": so does an adjunct.
            unit.head, unit.head_index = head, len(unit.clauses)
            unit.clauses.append(c)
        elif _starts_new(unit.head, head) and not _asks_on_condition(unit):
            units.append(Unit([c], head, 0))
        else:
            unit.clauses.append(c)
    return units


# 就必须…, 才能…: what a condition takes (not 就业, 就是).
_WHAT_IT_TAKES = re.compile(r"(?:就|才|则)(?:一定|必然|必须|要|能|会|应|可以|需要|不会|不能)")


def _conditional(lesson: Segment, clauses: list[Segment]) -> bool:
    """历史证明，一个国家要振兴，就必须…: a lesson stated as a condition and what it takes runs to the sentence's
    end; after 历史证明，…是宝贵经验，需要坚持 the instruction drawn from it is one."""
    after = clauses[clauses.index(lesson) + 1 :][:2]  # the condition, then what it takes
    return any(_WHAT_IT_TAKES.match(strip_openers(x.text)[0]) for x in after)


def _runs_on(before: Segment, c: Segment) -> bool:
    """`c` opens a quotation right after one closed (“…”“…”)."""
    return c.text[:1] in _OPENING_QUOTES and before.text.rstrip("，,、 ")[-1:] in "”」"


def _sets_condition(unit: Unit) -> bool:
    opening = strip_openers(unit.clauses[-1].text)[0]
    adjunct = unit.head is not None and unit.head.kind == "imperative" and bool(_ADJUNCT.match(opening))
    return adjunct or bool(_PURPOSE.match(opening))


def _asks_on_condition(unit: Unit) -> bool:
    """要求发生…事件的，保护工作部门应…: the request's condition, then who must act — one instruction."""
    head = unit.head
    return head is not None and head.kind == "request" and unit.clauses[-1].text.endswith("的")


def _starts_new(current: Head, head: Head) -> bool:
    if head.kind in ("assess", "request"):
        # "…是必由之路，要求全党…": a request starts its own instruction.
        return True
    if not head.splits:
        return False
    if current.kind == "assess":
        return True
    if head.addressee and head.addressee != current.addressee:
        return True
    if current.kind == "plan" and head.strength == "鼓励":
        return False  # "…将联动开展…活动，组织引导…企业参与": how the plan is carried out
    if current.kind in ("imperative", "plan"):
        # "坚守党校初心，就必须…": the modal states the force of the whole instruction.
        current.kind, current.strength = head.kind, head.strength
        return False
    return head.strength != current.strength


def is_assessment(unit: Unit) -> bool:
    """An imperative-looking opening that is really a subject: "加快发展…，是…职责所在"; a condition
    whose consequence states (如果不能…，改革就失去意义)."""
    if any(_IF.match(strip_openers(c.text)[0]) for c in unit.clauses[: unit.head_index + 1]):
        after = [c.text for c in unit.clauses[unit.head_index + 1 :]]
        then = next((i for i, t in enumerate(after) if _THEN.match(strip_openers(t)[0])), None)
        if then is not None and not any(_MODAL_IN.search(t) for t in after[then:]):
            return True
    if any(_SINCE_THEN.search(c.text) for c in unit.clauses):
        return True  # 围绕…，党的十八大以来，一项项政策举措接连出台，深化…: what has been done since
    aim = unit.head_index if unit.head is not None else 0
    rest = [c.text for c in unit.clauses[aim + 1 :]]
    if (
        _FOR_IT.match(strip_openers(unit.clauses[aim].text)[0])
        and (_KEY_TO_IT.search(unit.clauses[-1].text) or any(_RESTS_ON.match(t) for t in rest))
    ) or (unit.head is not None and unit.head.kind == "imperative" and any(_TAKES.match(t) for t in rest)):
        # 而要把握住全局，找准战略定位是关键; 要开创…新局面，仍然要靠改革开放: what a goal takes, an assessment
        return True
    head = unit.head
    head_clause = strip_openers(unit.clauses[unit.head_index].text)[0] if head is not None else ""
    if head is not None and head.kind == "modal" and _ENCOURAGING_IS.match(head_clause):
        return True  # 支持民营经济发展是党中央的一贯方针: what supporting is, the subject of 是
    if head is None or head.kind not in ("imperative", "plan"):
        return False
    if _GRASP.match(head_clause):
        pass  # 牢牢把握改革开放是…的重要法宝: the 是 is inside what is to be grasped
    elif lex.COPULA.search(head_clause) or lex.ASSESSMENT_PREDICATE.search(head_clause[2:]):
        return True
    if any(
        (lex.NARRATIVE.search(c.text) and not _ALSO_SET.match(c.text)) or PROGRESSIVE.match(strip_openers(c.text)[0])
        for c in unit.clauses[unit.head_index :]
    ):
        # "加快开放，在内蒙古，今年前八个月，…同比增长6.0%": a feature story's account.
        return True
    if _ADJUNCT.match(head_clause) and unit.head_index + 1 < len(unit.clauses):
        # "围绕…，本届艺术节深化…": the adjunct frames what a named subject does, a report.
        told = _SUBJECT_ACTS.match(strip_openers(unit.clauses[unit.head_index + 1].text)[0])
        if told and not is_agent(told.group(1)) and not lex.IMPERATIVE.match(told.group(1)):
            return True
    # "推进强国建设，妇女是重要力量": a later clause that states rather than instructs.
    return any(
        lex.ASSESSMENT_PREDICATE.search(c.text) or (lex.COPULA.search(c.text) and not lex.IMPERATIVE.match(c.text))
        for c in unit.clauses[unit.head_index + 1 :]
    )


_SINCE_THEN = re.compile(lex.SINCE_THEN + "$")
_KEY_TO_IT = re.compile(r"是(?:关键|前提|根本|基础|核心|重中之重|第一位的)$")
_FOR_IT = re.compile(r"而?要(?!求)")
# 推动世界经济增长，离不开有效的全球经济治理: what a bare goal takes.
_TAKES = re.compile(r"离不开|取决于")
_ENCOURAGING_IS = re.compile(r"(?:支持|鼓励)[^，。；是]{2,20}(?<![不就也都还])是(?![否指非])")
_RESTS_ON = re.compile(
    r"(?:其|这)?(?:根本|关键|重点|核心|出路)在于|(?:(?:仍然|仍|还是|还|都|只能|就|全)要?|要)靠|离不开|取决于"
)
_IF = re.compile(r"(?:如果|假如|倘若|若是|要是)")
# "…，并明确了…的具体举措": what else the document set, told after its measure; no report of the measure.
_ALSO_SET = re.compile(r"并(?:明确|提出|部署|确定)了")
# Verbs whose object is a proposition: 牢牢把握…是…, 深刻认识到…是….
_GRASP = re.compile(r"(?:要|必须|应)?(?:牢牢|深刻|准确|全面|充分|始终)?(?:把握|认识到|认识|领悟|认清|牢记|铭记)")
# The consequence: …，改革就失去意义; …，便…; …，则….
_THEN = re.compile(r"[^，。；]{0,8}?(?:就|便|则)")
_MODAL_IN = re.compile(r"要|必须|应|需|不得|务必")


def first_clause(unit: Unit) -> int:
    """Where the directive begins: its head, with the background clauses before it
    unless they report what happened (…印发了…) or set the time (近日); a request
    (…印发《…》，要求…) begins at 要求."""
    if unit.head is not None and unit.head.kind == "request":
        return unit.head_index
    first = 0
    for i, c in enumerate(unit.clauses[: unit.head_index + 1]):
        if i and _runs_on(unit.clauses[i - 1], c):
            first = i  # “…是…”“要…”: a quotation run on to another is another utterance
        elif i < unit.head_index and ("了" in c.text or lex.LEAD.search(c.text)):
            first = i + 1
    return first


def described_subject(unit: Unit, first: int) -> str:
    """For a modal with no subject: the group the sentence opened by describing.

    "中英都是自由贸易的倡导者，应共同反对…" → 中英; "青年是国家的未来，要…" → 青年."""
    head = unit.head
    if head is None or head.kind != "modal" or first >= unit.head_index:
        return ""
    m = _DESCRIBED.match(strip_openers(unit.clauses[first].text)[0])
    return m.group(1) if m and is_agent(m.group(1)) else ""


def fallback_addressee(unit: Unit, first: int) -> str:
    """For a permission (可) whose subject is a thing: who is allowed.

    "高等院校和科研机构聘用…，所需费用可…列支" → 高等院校和科研机构;
    "对受疫情影响较大的…企业，可以缓缴…" → those enterprises.
    """
    head = unit.head
    if head is None or head.strength != "可":
        return ""
    for c in unit.clauses[first : unit.head_index]:
        text = strip_openers(c.text)[0]
        text = _LEADING_DUI.sub("", text)
        # A whole clause can be the actor: "参加培训并取得证书的企业职工，可…".
        if "的" in text and len(text) <= 40 and lex.AGENT_END.search(text) and not lex.NOT_AGENT_START.match(text):
            return text
        np = agent_at_start(text)
        if np:
            return np
    return ""


_HEADING_END = tuple("。；！？!?;：:”」")


def is_heading(text: str) -> bool:
    """A line that names a part (一、总体要求; （二）加强组织领导) rather than states it."""
    text = text.strip()
    return 0 < len(text) <= 20 and not text.endswith(_HEADING_END) and bool(lex.ENUMERATOR.match(text))


def addressee_span(body: str, addressee: str, start: int, end: int) -> list[int] | None:
    """Where the addressee's words are: in the directive, else just before it (the subject)."""
    if not addressee:
        return None
    at = body.find(addressee, start, end)
    if at < 0:
        at = body.find(addressee, max(0, start - 60), end)
    return [at, at + len(addressee)] if at >= 0 else None


def trim_quotes(body: str, start: int, end: int) -> tuple[int, int]:
    # An opening quote whose closer lies beyond the span is left out of it.
    if start < end and body[start] in _QUOTE_OPEN:
        closer = _QUOTE_CLOSE[_QUOTE_OPEN.index(body[start])]
        if closer not in body[start + 1 : end]:
            start += 1
    return start, end


_OPENING_QUOTES = '“"「'
_CLOSING_QUOTES = '”"」'


def quoted_lead(clauses: list[Segment]) -> list[Segment]:
    """The quoted words that open a sentence before its frame ("“……”，今年2月，X指出"), when only
    the time or place stands between them and the frame; [] otherwise."""
    if not clauses or clauses[0].text[:1] not in _OPENING_QUOTES:
        return []
    for i, c in enumerate(clauses):
        if c.text.rstrip()[-1:] in _CLOSING_QUOTES:
            rest = clauses[i + 1 :]
            return clauses[: i + 1] if all(lex.LEAD.search(r.text) or is_time(r.text) for r in rest) else []
    return []
