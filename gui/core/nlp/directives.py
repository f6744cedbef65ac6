"""Directives (部署、要求) in official news: which sentences instruct, who, whom, how strongly.

The detector reads an article body sentence by sentence (`sentences`), tracking
the speaker: a speech frame (会议指出，/林武强调，/他说，/《…》明确规定，/bare
指出，) names who speaks from there on; an announcement (林武就…提出四方面要求。)
does too, for the enumeration after it. The speaker stays in force across
sentences and paragraphs until a paragraph opens with a plain report
(会议以视频方式召开。), which ends the speech. A frame that closes a quote
("“……”王先生说。") speaks for the quote only. Who a frame names is resolved
by `directive_issuers` (with the tagger's entities when given).

A sentence's words after the frame are cut into clauses, and `directive_heads`
says which clause opens an instruction: a modal (必须、要、鼓励、可 and kin, after an
optional subject), or — while someone is speaking — an imperative verb (加强、完善、
把…作为…) or a plan (全省将…). A directive runs from its head (with the condition
or background clauses just before it) to the end of the sentence, unless a later
clause opens with a modal of another strength or names another addressee
(各级领导干部要…，广大党员干部要…): then that clause starts a directive of its own.
坚决 and 鼓励/支持/引导 in mid-sentence never split; they continue the instruction
they are part of, and an instruction with no modal takes the strength of the first
modal after it (坚守初心，就必须…). After "；" a bare verb instructs only if the
sentence before it did ("要坚持…；坚持…；" but not a list of past achievements).

Who is no issuer: a foreign state's or party's official (伊朗总统莱希, 共同民主党代表…; see
`directive_foreign`) has no authority over the bodies China's news addresses, so their 要/应 is
reported opinion, like an expert's; a Chinese leader's words to a foreign guest (双方要…) stay
that leader's. Plans with no speaker (下一步，国家将…; 我国将…) are no directives in news — a
reporter's account of intent, as 我们将… is a statement of intent — but in an article that is a
document (a notice, a plan, a law) the document speaks, and its 国家将…/全省将… is a provision.

Not directives: assessments (形势依然严峻复杂; "要看到，…"; an imperative
clause that turns out to be a subject, 加快发展…，是…职责所在), reports of
what happened (anything with 了, 审议通过, 出席会议), definitions, and modal
words outside a speech (以前去郑州要坐四五个小时车) unless they name who
must act.

Spans: code-point offsets into the body with text == body[start:end]. A span
leaves out the speech frame (the issuer attribute carries it), keeps leading
enumerators and connectives (一是…, 同时，…), keeps the closing stop when the
directive ends the sentence and leaves out the comma when it ends mid-sentence.

The attributes of a directive annotation (`Annotation.attrs`), read by export,
Insight, the document records and the side panel:

- ``issuer`` (str): who issues it, a named authority (林武, 国务院常务会议, 《…通知》);
  for joint issuers the joint name as written (中办国办, 国务院联防联控机制) or the
  first body; "" when unknown. Never a pronoun, 大家/各方 or a sentence fragment.
- ``issuers`` (list[str]): every issuing body, in the order written
  (["中共中央办公厅", "国务院办公厅"] for 中办国办联合印发; ["国家发展改革委", …] for
  五部门印发); a single issuer is a one-item list, [] when unknown.
- ``issuer_label`` (str): PER, MEETING, DOC, ORG, POST or "".
- ``issuer_span`` ([start, end] | None): code-point offsets of the mention in the body
  the issuer comes from (the entity span when the tagger found one); None when the
  issuer was typed or resolved from outside the article.
- ``addressee`` (str) and ``addressee_span`` ([start, end] | None): who must act, and
  where those words are in the body.
- ``strength`` (必须, 要, 鼓励, 可) and ``topic`` (a name of the topic list, or "").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gui.core.model import Annotation
from gui.core.nlp import directive_lexicon as lex
from gui.core.nlp.directive_attrs import issuer_attrs, joint_planner
from gui.core.nlp.directive_documents import diplomatic_area, document_area, document_of_title
from gui.core.nlp.directive_foreign import is_foreign_issuer, is_foreign_title
from gui.core.nlp.directive_fragments import mend
from gui.core.nlp.directive_frames import Frame, is_plan, match_announcement, match_frame
from gui.core.nlp.directive_heads import agent_acts
from gui.core.nlp.directive_issuers import NOBODY, Issuer, Mentions
from gui.core.nlp.directive_ordinary import is_view_frame, members_speak
from gui.core.nlp.directive_present import PRESENT_WORDS, present_referent
from gui.core.nlp.directive_quoted import quoted_instructions
from gui.core.nlp.directive_quotes import ends_quote, opens_quote, quote_depth, split_quotations
from gui.core.nlp.directive_reports import is_headline, report_frame
from gui.core.nlp.directive_state import Group as _Group
from gui.core.nlp.directive_state import State as _State
from gui.core.nlp.directive_subjects import subject_at
from gui.core.nlp.directive_targets import after_proposal, opens_targets, past_proposal
from gui.core.nlp.directive_topics import assign_topics, directive_topic, own_topic
from gui.core.nlp.directive_turns import (
    after_sentence,
    announced_inline,
    breaks_intent,
    instructs_again,
    new_voice,
    opens_signed_article,
    recent_subject,
    someone_speaks,
)
from gui.core.nlp.directive_units import (
    addressee_span,
    described_subject,
    fallback_addressee,
    first_clause,
    is_assessment,
    is_heading,
    quoted_lead,
    trim_quotes,
    units_of,
)
from gui.core.nlp.directive_voices import goes_on, is_commentary, is_speech_point
from gui.core.nlp.sentences import Segment, clauses, paragraphs, sentences
from gui.core.nlp.topics import Topic, TopicIndex, default_topics
from gui.core.vocabulary import DEFAULT_STRENGTH, STRENGTHS

# 我们/咱们 name who must act no more than a pronoun names who speaks: no addressee.
_SPEAKERS_OWN_SIDE = frozenset(("我们", "咱们", "我们大家"))
_COUNTRY = frozenset(("我国", "全国"))
_BODIES = ("ORG", "MEETING", "DOC")
# 提出3点希望。/提出以下希望：: what is hoped for follows, no instruction.
_WISHES = re.compile(
    r"提出(?:了)?(?:[0-9０-９一二三四五六七八九十几]+点|以下|如下)?希望[。：:]?$"
    # 在内容摆布上有以下几个特点。第一，注重…: what a text is like, described point by point.
    r"|有(?:以下|如下)?(?:[0-9０-９一二三四五六七八九十几]+)?个?(?:特点|亮点|特色|变化)[。：:]$"
)


class DirectiveDetector:
    def __init__(self, topics: Sequence[Topic] | None = None) -> None:
        self.topics = list(topics) if topics is not None else default_topics()
        self._topic_index = TopicIndex(self.topics)

    def detect(self, body: str, entities: Sequence[Annotation] = (), title: str = "") -> list[Annotation]:
        """Suggested directives of one article body, sorted by start and non-overlapping.

        `title`: the article's title; when it is a document's (a law, a notice), the
        body is that document's provisions and the document issues them."""
        mentions = Mentions(body, entities)
        state = _State(document=document_of_title(title))
        area = document_area(self._topic_index, title, body) if state.document is not None else ""
        out: list[Annotation] = []
        contexts: list[list[int]] = []  # the topic scores of each directive's paragraph
        # The instructing paragraphs' scores together: talks and summits read as foreign affairs.
        instructing = [0] * len(self.topics)
        paras = paragraphs(body)
        for k, para in enumerate(paras):
            found_in_para: list[Annotation] = []
            if opens_signed_article(para, mentions, state):
                continue
            if state.document is None and is_headline(para.text):
                state.quiet()  # a brief item's headline: the item before has ended
                continue
            # 主要目标是：到2029年，…: a plan's targets go on with the plan.
            targets = is_plan(state.speaker) and opens_targets(para.text)
            if state.reported and not state.quoting and not targets and not goes_on(body, paras[k - 1], para):
                state.quiet()
            new_voice(body, paras, k, mentions, state)
            for i, sent in enumerate(sentences(body, para.start, para.end)):
                found = self._sentence(body, sent, mentions, state, first=i == 0)
                after_sentence(sent, found, state)
                found_in_para.extend(found)
            if found_in_para:
                context, totals = self._topic_index.scores_and_totals(para.text)
                instructing = [a + b for a, b in zip(instructing, totals, strict=True)]
                contexts += [context] * len(found_in_para)
            out.extend(found_in_para)
        # Quotations of an authority inside a sentence; two or more inside one directive found part it.
        quoted = quoted_instructions(body, mentions)
        for i, ann in reversed(list(enumerate(out))):
            inside = [q for q in quoted if ann.start <= q.start and q.end <= ann.end]
            if len(inside) < 2:
                quoted = [q for q in quoted if not (q.start < ann.end and ann.start < q.end)]
            else:
                del out[i], contexts[i]
        for q in quoted:
            para_text = next(p.text for p in paragraphs(body) if p.start <= q.start < p.end)
            out.append(self._annotation(body, q.start, q.end, q.issuer, "", q.strength, mentions))
            contexts.append(self._topic_index.scores(para_text))
        # A foreign body's 要求 (以色列国防军要求…撤离, 北约…) is reported, not issued to anyone here.
        # An issuer reading that took in words of the sentence is trimmed; one that names no one is dropped.
        own = (
            i
            for i, a in enumerate(out)
            if mend(a.attrs) and not is_foreign_issuer(a.attrs["issuer"], a.attrs["issuer_label"])
        )
        order = sorted(own, key=lambda i: out[i].start)
        out, contexts = [out[i] for i in order], [contexts[i] for i in order]
        document = state.document.name if state.document is not None else None
        assign_topics(self._topic_index, body, out, contexts, instructing, document=document, area=area)
        return out

    def reading(
        self, body: str, start: int, end: int, entities: Sequence[Annotation] = (), title: str = ""
    ) -> dict[str, object]:
        """Attributes for body[start:end] marked as a directive by hand.

        The detector's own directive there if it found one; otherwise the speaker that
        its reading of the article has at that point (the person, meeting or document
        speaking, or the subject named last), so a hand-marked sentence is never issuer-less
        where the detector would know who speaks.
        """
        mentions = Mentions(body, entities)
        state = _State(document=document_of_title(title))
        area = document_area(self._topic_index, title, body) if state.document is not None else ""
        before: Issuer | None = None
        paras = paragraphs(body)
        for k, para in enumerate(paras):
            if opens_signed_article(para, mentions, state):
                continue
            if state.document is None and is_headline(para.text) and para.end <= start:
                state.quiet()
                continue
            new_voice(body, paras, k, mentions, state)
            for i, sent in enumerate(sentences(body, para.start, para.end)):
                if sent.end <= start:
                    after_sentence(sent, self._sentence(body, sent, mentions, state, first=i == 0), state)
                    continue
                before = state.speaker if state.active else recent_subject(body, state.history, mentions)
                found = self._sentence(body, sent, mentions, state, first=i == 0)
                hit = [a for a in found if a.start < end and start < a.end]
                who = state.speaker if state.active else before
                attrs = dict(hit[0].attrs) if hit else {**issuer_attrs(who, mentions), "addressee": ""}
                attrs.setdefault("addressee_span", None)
                attrs.setdefault("strength", _strength_in(body[start:end]))
                # The detector's own directive here takes the topic detect gives it, from the whole article.
                same = [a for a in self.detect(body, entities, title) if a.start == hit[0].start] if hit else []
                if same:
                    attrs["topic"] = same[0].attrs["topic"]
                else:
                    issued = area if state.document is not None and attrs["issuer"] == state.document.name else None
                    attrs["topic"] = directive_topic(
                        self._topic_index,
                        body[start:end],
                        self._topic_index.scores(para.text),
                        document_area=issued,
                        framing=diplomatic_area(self._topic_index, self._topic_index.scores(body, True)),
                        addressee=str(attrs["addressee"]),
                    ) or self._topic_index.best(self._topic_index.scores(body))  # as detect: the article's own area
                mend(attrs)  # as detect names it (年底的中央经济工作会议 → 中央经济工作会议)
                return attrs
        no_context = [0] * len(self.topics)
        return {
            **issuer_attrs(None, mentions),
            "addressee": "",
            "addressee_span": None,
            "strength": _strength_in(body[start:end]),
            "topic": own_topic(self._topic_index, body[start:end], no_context),
        }

    # --- one sentence ----------------------------------------------------------
    def _sentence(self, body: str, sent: Segment, mentions: Mentions, state: _State, first: bool) -> list[Annotation]:
        parts = clauses(body, sent.start, sent.end)
        if "”“" in sent.text:
            parts = split_quotations(body, parts)
        if state.active and is_plan(state.speaker):
            parts = after_proposal(body, parts)
        if not parts:
            return []
        groups: list[_Group] = []
        # "到2027年，基本完成试点任务…": a plan speaking sets its targets, modal or not.
        targets = state.active and is_plan(state.speaker) and opens_targets(body[parts[0].start : sent.end])
        # "…要压实责任，…；纪检监察机关和组织部门加强整改监督，…": the next item of the list, its actor first.
        listed = state.after_semicolon and state.previous_instructed and agent_acts(parts[0].text)
        current = _Group(
            state.speaker if state.active else None, decision=state.active and (state.decision or listed) or targets
        )
        framed = False
        quoted_first = False
        for c in parts:
            frame = match_frame(body, c.start, c.end, mentions) or report_frame(body, c.start, c.end)
            if frame is not None and frame.own_plan and someone_speaks(frame, state, current.issuer):
                frame = None  # "…负责人表示，…。今年，工业和信息化部将…": the official's plan
            if (frame is None and is_view_frame(c.text)) or (frame is not None and members_speak(c.text)):
                frame = Frame(NOBODY, None)
            if frame is not None:
                issuer = (
                    frame.issuer
                    or (mentions.disciplinary_body(sent.text, c.start) if frame.decision else None)
                    or recent_subject(body, state.history, mentions)
                    or state.speaker
                    or mentions.convener_before(c.start, state.paragraph_start)
                )
                named = issuer is not None and issuer.label in ("PER", "MEETING", "ORG", "DOC", "POST")
                quote = quoted_lead(current.clauses) if not framed and named else []
                if quote:
                    # "“要守牢实体经济这个根基，…”，今年2月，习近平总书记…指出。": the quote is the speaker's.
                    groups.append(_Group(issuer, quote))
                    quoted_first = True
                # "…印发《方案》，提出到2025年，…": a bare verb goes on with the frame before it.
                inherit = framed and frame.issuer is None and not current.clauses
                if inherit:
                    issuer = current.issuer
                if framed:
                    groups.append(current)
                # Clauses before the first frame (time, place, what happened) instruct nobody.
                decided = frame.decision and issuer is not None and issuer.label in ("MEETING", "ORG", "DOC")
                # "会议要求，各地加快推进…", "省委书记林武要求，…": what an authority asks, not what 张先生
                # asks of a shop (nor a person's 决定: 决定揭榜试试).
                decided = decided or (
                    frame.asks and issuer is not None and (issuer.label != "PER" or mentions.in_office(issuer.name))
                )
                # 决定给予…处分；由…给予其…处分；终止其…: a list in clauses ending "；", to its "。".
                listed = decided and sent.text.rstrip(lex.CLOSERS).endswith(("；", ";"))
                current = _Group(
                    issuer,
                    decision=decided or frame.provisions or (inherit and groups[-1].decision),
                    # 中共中央决定：… lists its decisions, in as many sentences as it takes.
                    carries=frame.provisions
                    or (issuer is not None and issuer.label == "MEETING")
                    or (decided and body.startswith(("：", ":"), c.end))
                    # 发布公告，明确…。同时，卫生健康部门建立…: the notice's next measure.
                    or (decided and body.startswith(("同时，", "此外，"), sent.end))
                    or listed,
                    once=frame.once,
                    to_stop=listed,
                    across=frame.provisions or body.startswith(("：", ":"), c.end),
                )
                framed = True
                if frame.content_start is not None:
                    current.clauses.append(Segment(frame.content_start, c.end, body[frame.content_start : c.end]))
                if issuer is not None:
                    state.history.append(issuer)
                continue
            current.clauses.append(c)
            state.history.append(c)
        groups.append(current)

        announced = None
        if not framed and lex.ANNOUNCE_END.search(sent.text):
            lead = next((c for c in parts if not lex.LEAD.search(c.text)), parts[0])
            announced = match_announcement(body, lead.start, sent.end, mentions)
        elif not framed and (inline := announced_inline(body, parts, mentions)) is not None:
            # "他提出4点建议：一是加快…": the first point in the announcing sentence.
            who, items = inline
            groups = [_Group(who, items)]
            framed = True

        out: list[Annotation] = []
        if announced is None and not sent.text.rstrip(lex.CLOSERS).endswith(("？", "?")):
            # In a leader's signed article a bare verb instructs where a paragraph opens or goes on from an
            # instruction; elsewhere it tells what the two countries did (在面临洪水…时互伸援手…).
            signed = state.document is not None and state.document.label == "PER"
            imperative_ok = (
                (framed or not state.after_semicolon or state.previous_instructed)
                and (framed or first or not state.previous_intent or breaks_intent(sent.text))
                and (framed or first or state.previous_instructed or not signed)
                and (framed or not state.previous_results)
                # A review of the past goes on until a modal or a look ahead (新的一年，…).
                and (framed or not state.looking_back or instructs_again(sent.text))
            )
            for group in groups:
                out.extend(
                    self._directives(body, sent, parts[-1].end, group, imperative_ok, mentions, state.previous_opening)
                )
        state.previous_opening = None if framed else parts[0]

        # 中方愿…。持续深化…。深化…。: the run of intent goes on until something instructs or frames.
        intent_runs = state.previous_intent and not out and not framed and not breaks_intent(sent.text)
        state.previous_intent = intent_runs or any(lex.INTENT.match(c.text) for c in parts)
        if _WISHES.search(sent.text.rstrip()):
            state.speaker, state.active, state.decision = NOBODY, True, False  # 提出3点希望。一是…: wishes
        elif framed and not groups[-1].clauses and parts[0].text[:1] in '“"「' and len(groups) == 1 + quoted_first:
            # "“……”王先生说。": the speaker of the quote before, not of what follows.
            pass
        elif framed and groups[-1].once:
            state.quiet()
            if groups[-1].issuer is not None and sent.text.rstrip(lex.CLOSERS).endswith(("；", ";")):
                # The sentence goes on after ；: a plan's next target, a proposal's next item.
                state.speaker, state.active = groups[-1].issuer, True
                # …；a document's next measure (决定稿提出完善…；深化…；) or a meeting's next decision (会议决定
                # 增补…；通过关于…的决定；) is its too.
                told = groups[-1].decision and groups[-1].issuer.label in _BODIES
                state.decision = state.decision_to_stop = told or is_plan(groups[-1].issuer)
            outer = next((g.issuer for g in groups[:-1] if g.issuer is not None and g.issuer.label == "PER"), None)
            if outer is not None and groups[-1].issuer is not None and groups[-1].issuer.name != outer.name:
                # "习近平指出，四中全会…，强调要…。特别行政区政府要…": another's summary inside his words;
                # he goes on (his own 作出批示，强调要… ends with its sentence).
                state.speaker, state.active = outer, True
        elif framed:
            state.speaker, state.active = groups[-1].issuer, True
            state.reported = not first
            state.decision = groups[-1].decision and groups[-1].carries
            state.decision_to_stop = state.decision and groups[-1].to_stop
            state.decision_across = state.decision and groups[-1].across
            words = groups[-1].clauses
            quoted = bool(words) and opens_quote(words[0].text)
            state.quoting = quote_depth(body[words[0].start : sent.end]) if quoted else None
        elif announced is not None:
            state.speaker, state.active, state.decision = announced, True, False
            state.history.append(announced)
        elif (
            not out
            and first
            and not is_heading(sent.text)
            and not is_speech_point(sent.text)
            and not lex.ENUMERATOR.match(sent.text.lstrip(" \u3000“"))  # 第一，市场已成稀缺资源…: his point
        ):
            # A paragraph that opens with a report ends the speech before it (a heading,
            # 一、总体要求, does not; nor a point of the speech under its dash, ——坚守和平，实现共同安全。).
            state.quiet()
        elif not out and state.document is None and is_commentary(sent.text):
            state.quiet()  # the writer comments on the words: they have ended
        elif state.quoting is not None:
            state.quoting += quote_depth(sent.text)
        if not framed and state.decision_to_stop and not sent.text.rstrip(lex.CLOSERS).endswith(("；", ";")):
            state.decision = state.decision_to_stop = False  # the list of decisions has ended
            if state.speaker is not state.document and state.speaker is not None and state.speaker.label == "DOC":
                state.quiet()  # a plan's list told in one sentence, ； to 。: the writer's words follow
        if state.quoting is not None and state.quoting <= 0 and ends_quote(sent.text):
            state.quiet()  # the quotation has closed: the speaker has finished
        return out

    def _directives(
        self,
        body: str,
        sent: Segment,
        last_clause_end: int,
        group: _Group,
        imperative_ok: bool,
        mentions: Mentions,
        before: Segment | None = None,
    ) -> list[Annotation]:
        issuer = group.issuer
        if issuer is NOBODY or is_heading(sent.text):
            # An expert's or a resident's 应 advises; a heading (一、总体要求) names a part.
            return []
        units = units_of(group.clauses, issuer, group.decision, imperative_ok=imperative_ok)
        out: list[Annotation] = []
        for unit in units:
            head = unit.head
            if head is None or head.kind == "assess" or is_assessment(unit):
                continue
            first = first_clause(unit)
            start = unit.clauses[first].start
            end = unit.clauses[-1].end
            if end == last_clause_end:
                end = sent.end
            start, end = trim_quotes(body, past_proposal(body, start), end)
            if end <= start:
                continue
            who = issuer
            if who is None and head.kind != "request":
                # Nobody speaks: a reporter's words (…应加强合作) are no one's directive.
                continue
            if who is None and head.kind == "request":
                # "中共中央印发了…，要求各地区各部门…": the body that issues asks;
                # protesters "要求日本政府…" are not issuers of directives.
                head_clause = unit.clauses[unit.head_index]
                who = recent_subject(body, group.clauses[: group.clauses.index(head_clause) + 1], mentions)
                if who is None and head_clause.start == sent.start and before is not None:
                    # "国家防总…启动…响应。要求相关地区…": the body that opened the sentence before.
                    opener = subject_at(body, before.start, before.end, mentions)
                    who = opener[0] if opener is not None and opener[0].label in _BODIES else None
                if who is None or who is NOBODY or is_foreign_title(who.name):  # 美国…州政府要求…: no authority here
                    continue
            addressee = head.addressee or fallback_addressee(unit, first) or described_subject(unit, first)
            if head.kind == "plan":
                who, addressee = joint_planner(body, who, addressee, start)
            if addressee in _SPEAKERS_OWN_SIDE or (addressee in _COUNTRY and who is not None and who.label == "ORG"):
                # "我们要…": the speaker's own side, which names no one; 记者从住建部获悉，今年我国将…: the body's plan
                addressee = ""
            if head.kind == "request" and addressee in PRESENT_WORDS:
                # "…询问…情况，叮嘱他们…": a leader's request to those present, named by the sentence's opening.
                if who is None or who.label != "PER":
                    continue
                addressee = present_referent(unit.clauses[0].text)
            span = addressee_span(body, addressee, unit.clauses[first].start, end)
            out.append(self._annotation(body, start, end, who, addressee, head.strength, mentions, span))
        return out

    @staticmethod
    def _annotation(
        body: str,
        start: int,
        end: int,
        who: Issuer | None,
        addressee: str,
        strength: str,
        mentions: Mentions,
        span: list[int] | None = None,
    ) -> Annotation:
        attrs = {**issuer_attrs(who, mentions), "addressee": addressee, "addressee_span": span}
        return Annotation(
            kind="directive",
            label="DIRECTIVE",
            start=start,
            end=end,
            text=body[start:end],
            attrs={**attrs, "strength": strength, "topic": ""},
            origin="auto",
            status="suggested",
        )


def _strength_in(text: str) -> str:
    """The strongest marker the text has (必须 over 要 …); 要 when it has none."""
    found = [lex.MARKERS[m] for m in lex.MARKERS if m in text]
    ranked = sorted(found, key=lambda s: STRENGTHS.index(s) if s in STRENGTHS else len(STRENGTHS))
    return ranked[0] if ranked else DEFAULT_STRENGTH
