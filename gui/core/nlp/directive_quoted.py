"""A leader's instruction quoted inside a sentence: 习近平总书记要求“深刻把握…”，…; 全会提出“实现…”.

Commentaries, features and theory articles cite an authority's instruction by quoting it after a
verb of speech with no comma (强调“…”, 要求“…”, 指出：“…”, 提出“…”), and the sentence then goes on
in the writer's words (…，明确了方向). The quotation is the authority's directive when it opens as
an instruction does (a modal or an imperative verb: “保持战略定力…”, “必须跳出…”); a quoted term or
statement (“发展是硬道理”) is not. Who speaks is the subject of the verb's clause, else the subject of
an earlier clause of the same sentence (…习近平同志科学阐释…，深刻指出“…”), else the authority of
the quotation before it in the sentence (…要求“…”，在…上强调“…”).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gui.core.nlp import directive_lexicon as lex
from gui.core.nlp.directive_heads import Head, clause_head, strip_openers
from gui.core.nlp.directive_issuers import NOBODY, Issuer, Mentions
from gui.core.nlp.directive_subjects import subject_at

# The verb and the quotation: one or more quotations run together (“…”“…”).
_QUOTED = re.compile(
    r"(?:强调|指出|要求|提出|明确|部署|嘱托|嘱咐|叮嘱)(?=要?[：:]?“)要?[：:]?“((?:[^“”\n]{4,300}?)(?:”“[^“”\n]{2,300}?)*)”"
)
# A request's words instruct whatever they open with (要求“建设好…”, 嘱托：“既不能…”).
_REQUESTS = ("要求", "嘱托", "嘱咐", "叮嘱")
_CLAUSE_STOP = "，。；！？,;!?\n"
_SENTENCE_STOP = "。！？!?\n"
_AUTHORITY = ("PER", "MEETING", "DOC", "ORG", "POST")
# Verbs a quoted instruction may open with beyond those of an instruction in plain speech.
_QUOTED_VERB = re.compile(r"实现|以[^，。；“”]{2,12}(?:保障|引领|推动|促进|带动)|统一|树立|把握|牢记")
_STATES = re.compile(lex.COPULA.pattern + "|" + lex.ASSESSMENT_PREDICATE.pattern)
_LEAD_IN = re.compile(lex.FRAME_ADJUNCT + lex.FRAME_ADVERBS + "$")


@dataclass(frozen=True, slots=True)
class Quoted:
    start: int
    end: int
    issuer: Issuer
    strength: str


def _clause_start(body: str, pos: int, stops: str) -> int:
    i = pos
    while i > 0 and body[i - 1] not in stops:
        i -= 1
    return i


def _speaker(body: str, verb: int, verb_end: int, mentions: Mentions, before: Issuer | None) -> Issuer | None:
    start = _clause_start(body, verb, _CLAUSE_STOP)
    found = subject_at(body, start, verb_end, mentions)
    if found is not None and (
        lex.FRAME_TAIL.fullmatch(body, found[1], verb_end)
        or lex.ANNOUNCED_REQUIREMENTS.fullmatch(body, found[1], verb_end)
    ):
        return found[0]
    if not _LEAD_IN.fullmatch(body, start, verb):
        return None
    if before is not None:
        return before
    sentence = _clause_start(body, start, _SENTENCE_STOP)
    pos = start
    while pos > sentence:  # an earlier clause of the sentence that opens with its subject
        pos = _clause_start(body, pos - 1, _CLAUSE_STOP)
        found = subject_at(body, pos, start, mentions)
        if found is not None:
            return found[0]
    return None


def quoted_instructions(body: str, mentions: Mentions) -> list[Quoted]:
    """The quoted instructions of `body`, in order."""
    out: list[Quoted] = []
    previous: tuple[int, Issuer] | None = None
    for m in _QUOTED.finditer(body):
        start, end = m.span(1)
        sentence = _clause_start(body, m.start(), _SENTENCE_STOP)
        before = previous[1] if previous is not None and previous[0] >= sentence else None
        verb_end = m.start() + 2
        who = _speaker(body, m.start(), verb_end, mentions, before)
        if who is None or who is NOBODY or who.label not in _AUTHORITY:
            continue
        first, *rest = re.split(r"[，,；;。”“]", m.group(1))
        opening = strip_openers(first)[0]
        head = clause_head(opening, imperative_ok=True, active=True)
        if head is None and _QUOTED_VERB.match(opening):
            head = Head("imperative")
        if head is None and rest and not _STATES.search(first):
            # “适应形势变化，把握战略重点，科学谋划好…”: a setting before the instruction.
            head = next((h for c in rest if (h := clause_head(strip_openers(c)[0], True, True)) is not None), None)
        if head is None and m.group(0).startswith(_REQUESTS):
            head = Head("imperative")
        # A later clause that opens with an instruction of its own (“进一步树立发展是硬道理…的理念”) states nothing.
        stating = [c for c in rest if _STATES.search(c) and clause_head(strip_openers(c)[0], True, True) is None]
        if head is None or head.kind == "assess" or _STATES.search(first[2:]) or stating:
            continue  # “促进…，是…的新定位”: a statement about the task, not the task
        out.append(Quoted(start, end, who, head.strength))
        previous = (end, who)
    return out
