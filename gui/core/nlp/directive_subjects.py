"""The subject that opens a clause, read as an issuer: a person, meeting, document or body named
there, and anaphora resolved with the article's `Mentions` (会议 → the meeting held, 他 and 讲话 →
the last person named, 总书记 → the last holder of the post, 《办法》 or 通知 → the document)."""

from __future__ import annotations

import re

from gui.core.nlp import directive_lexicon as lex
from gui.core.nlp.directive_issuers import BARE_TEAM, NOBODY, Issuer, Mentions

# 时任浙江省委书记的习近平同志: a post held then, before the name.
_POST_PREFIX = re.compile(r"^(?:时任[^，。；“”]{1,30}的|[" + lex.HAN + r"、，,]{0,60}?" + lex.POST_BEFORE_NAME + r")$")
# "我省最新发布的《…实施意见》中", "《办法》", "通知": a document as subject.
_DOC_SUBJECT = re.compile(
    # 党的二十届三中全会《决定》: the meeting that adopted the document names it.
    r"(?:[^，。；《》“”]{0,20}(?:的|全会|会议|大会))?(《[^《》]{1,80}》)(?:中|里)?|"
    r"(" + lex.DOC_NOUN.pattern + r")(?:中|里)?"
)
# "今年的政府工作报告", "党的二十大报告": a report named without 《》.
_REPORT_SUBJECT = re.compile(r"(?:(?!党的)[^，。；《》“”]{0,12}的)?(" + lex.NAMED_REPORT.pattern + ")")
# "总书记强调", "总书记还先后主持召开…会议，要求…", "总书记在广东考察时阐释…，要求…": the post alone
# stands for the person last named.
_ROLE_ANAPHOR = re.compile(
    r"(?:总书记|总理|主席|书记|省长|市长)(?="
    + lex.FRAME_ADJUNCT
    + lex.FRAME_ADVERBS
    + lex.SPEECH_VERB
    + r"|(?:还|也|又|先后|分别|亲自)*(?:主持召开|主持|出席|考察|视察)|"
    + lex.FRAME_ADJUNCT
    + r"(?:阐释|阐述|解读)"
    # 总书记在陕西解读“以学增智”，要求…; 总书记在内蒙古强调…: where he was, then his words.
    + r"|在[^，。；“”]{1,10}?(?:阐释|阐述|解读|强调|指出|号召))"
)
_POST_AFTER_NAME = re.compile(r"总书记|主席|总理|委员长|同志|书记|省长|市长|部长|主任|常委|委员")
_ORG_WORDS = re.compile(r"(?:" + lex.NOT_IN_BODY_NAME + r"[" + lex.HAN + r"、]){2,30}?" + lex.ORG_END)
_SPEECH_AHEAD = "(?=" + lex.FRAME_ADJUNCT + lex.FRAME_ADVERBS + lex.SPEECH_VERB + ")"
# No verb opens a meeting's name, and no modal is inside it: 符合中央经济工作会议部署 and 纪检监察机关要深入贯彻
# 落实…全会精神 name none (学习贯彻…主题教育工作会议 does).
_MEETING_SUBJECT = re.compile(
    r"(?!符合|建议|响应|主持|贯彻|落实)(?:(?![要将](?:深入|认真|切实|全面|坚持|加强|进一步|持续|扎实))["
    + lex.HAN
    + r"0-9]){2,40}?"
    + lex.MEETING_END
    + _SPEECH_AHEAD
)


# …发布的《X》提出: the document speaks (not …发布的《X》中明确规定, words about what is in it).
_PUT_OUT = re.compile(r"[^，。；“”《》]{0,12}?(?:发布|印发|出台|公布|制定)的(?=《[^《》]{1,80}》(?!中|里))")
_CONVENED = re.compile(
    r"[^，。；“”《》]{1,24}?(?:召开|举行|主持召开|主持)的"
    r"([" + lex.HAN + r"0-9]{2,30}?" + lex.MEETING_END + r")(?![议会])"
)


# 商务部、国家卫生健康委、国家药监局三部门: how many bodies, after their list.
_JOINED_COUNT = re.compile(r"(?:等[一二两三四五六七八九十0-9]*|[一二两三四五六七八九十0-9]+)个?(?:部门|部委|单位)")


def subject_at(body: str, start: int, end: int, mentions: Mentions) -> tuple[Issuer, int] | None:
    """The issuer named at the start of body[start:end] and where its words end."""
    if body.startswith(lex.BY_WAY_OF, start):
        start += 1  # 经党中央研究决定: the body that decided, not 经党中央
    text = body[start:end]
    if "的" in text[:60] and (convened := _CONVENED.match(text)):
        # "9月29日召开的中共中央政治局会议提出…", "习近平总书记主持的中央政治局会议…": the meeting.
        return Issuer(convened.group(1), "MEETING", (start + convened.start(1), start + convened.end(1))), (
            start + convened.end(1)
        )
    if "的《" in text[:30] and (put_out := _PUT_OUT.match(text)):
        # "前不久发布的《…规划》提出，…": the document, put out before.
        return subject_at(body, start + put_out.end(), end, mentions)
    ent = mentions.entity_at(start)
    if centre := lex.PARTY_CENTRE.match(text):
        return Issuer(centre.group(1), "ORG", (start + centre.start(1), start + centre.end(1))), start + centre.end()
    # A post before a name: 省委副书记、省长蓝佛安 → the person.
    person = mentions.person_in(start, end)
    if person is not None and (person.start == start or _POST_PREFIX.match(body[start : person.start])):
        after = _POST_AFTER_NAME.match(body, person.end, end)
        named = NOBODY if person.text in mentions.foreign else Issuer(person.text, "PER", (person.start, person.end))
        return named, after.end() if after else person.end
    report = _REPORT_SUBJECT.match(text) if ent is not None and ent.label == "MEETING" else None
    if report:
        # 党的十九大报告提出: the congress's report, not the congress (an entity of its own).
        return Issuer(report.group(1), "DOC", (start + report.start(1), start + report.end(1))), start + report.end()
    if ent is not None and ent.label == "ORG" and body.startswith("、", ent.end):
        # 农业农村部、国家乡村振兴局要求…: bodies that act together, written as the text lists them.
        last = ent
        while body.startswith("、", last.end) and (nxt := mentions.entity_at(last.end + 1)) and nxt.label == "ORG":
            last = nxt
        if last is not ent and last.end <= end:
            joined = _JOINED_COUNT.match(body, last.end, end)
            stop = joined.end() if joined else last.end
            return Issuer(body[ent.start : stop], "ORG", (ent.start, stop)), stop
    if ent is not None and ent.label in ("ORG", "MEETING", "DOC"):
        tail = body[ent.end : end]
        spoke = lex.SPOKESPERSON.match(tail)
        if spoke:
            return Issuer(ent.text + spoke.group(), "POST", (ent.start, ent.end + spoke.end())), ent.end + spoke.end()
        if ent.label == "DOC":
            doc = mentions.doc_for(ent.text, ent.start, (ent.start, ent.end))
            return (doc, ent.end) if doc is not None else None
        return Issuer(ent.text, ent.label, (ent.start, ent.end)), ent.end
    m = lex.MEETING_ANAPHOR.match(text)
    if m and not text.startswith("会议室"):
        return mentions.meeting_for(start, (start, start + m.end())), start + m.end()
    team = BARE_TEAM.match(text)
    if team:
        # 督察组要求…: the team the article named before (中央生态环境保护督察 → 督察组 itself).
        found = mentions.inspectors_before(start)
        return (found or Issuer(team.group(), "ORG", (start, start + team.end()))), start + team.end()
    if text.startswith("当地"):
        place = mentions.place_before(start)
        return (place, start + 2) if place is not None else None
    role = _ROLE_ANAPHOR.match(text)
    m = lex.PRONOUN.match(text) or lex.SPEECH_ANAPHOR.match(text) or role
    if m:
        # 总书记嘱咐…: who holds that post in the article, not whoever was named last (a doctor).
        who = (mentions.holder_of(role.group(), start) if role else None) or mentions.person_before(start)
        if who is not None:
            return who, start + m.end()
        return None
    m = _REPORT_SUBJECT.match(text)
    if m:
        return Issuer(m.group(1), "DOC", (start + m.start(1), start + m.end(1))), start + m.end()
    m = _DOC_SUBJECT.match(text)
    if m:
        group = 1 if m.group(1) else 2
        word_start, word_end = start + m.start(group), start + m.end(group)
        doc = mentions.doc_for(m.group(group), word_start, (word_start, word_end))
        if doc is None and group == 1 and m.start(1) > 0:  # 党的二十届三中全会《决定》: named by its meeting
            doc = Issuer(text[: m.end(1)], "DOC", (start, word_end))
        return (doc, start + m.end()) if doc is not None else None
    if lex.IMPERATIVE.match(text) or lex.MARKER_RE.match(text):
        # "认真落实…会议部署要求": an instruction, not a named body.
        return None
    m = _MEETING_SUBJECT.match(text)
    if m:
        return Issuer(m.group(), "MEETING", (start, start + m.end())), start + m.end()
    m = lex.ORG_SUBJECT.match(text)
    if m:
        org_end = start + m.end()
        spoke = lex.SPOKESPERSON.match(body, org_end, end)
        if spoke:
            return Issuer(body[start : spoke.end()], "POST", (start, spoke.end())), spoke.end()
        return Issuer(m.group(), "ORG", (start, org_end)), org_end
    m = _ORG_WORDS.match(text)
    if m:
        spoke = lex.SPOKESPERSON.match(body, start + m.end(), end)
        if spoke:
            return Issuer(body[start : spoke.end()], "POST", (start, spoke.end())), spoke.end()
    m = lex.ISSUING_ORG.match(text)
    if m:
        return Issuer(m.group(), "ORG", (start, start + m.end())), start + m.end()
    return None
