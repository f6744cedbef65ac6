"""Who speaks as the directive reader moves from paragraph to paragraph: a paragraph of quotations
(a new voice), a decision that ends with its paragraph, a leader's points announced in the sentence
that lists them, and the byline of a leader's signed article, after which the article is his."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gui.core.model import Annotation
from gui.core.nlp import directive_lexicon as lex
from gui.core.nlp.directive_frames import Frame, match_announcement
from gui.core.nlp.directive_heads import has_modal
from gui.core.nlp.directive_issuers import NOBODY, Issuer, Mentions
from gui.core.nlp.directive_lone_quotes import (
    is_quotation_only,
    lone_quote_speaker,
    opens_with_quote,
    quotation_paragraph_speaker,
)
from gui.core.nlp.directive_state import State
from gui.core.nlp.directive_subjects import subject_at
from gui.core.nlp.sentences import Segment

# 2025年，党中央深入推进…，取得显著成效。: a year's results told.
_RESULTS = re.compile(r"取得了?[^，。；]{0,8}(?:成效|成绩|成果|进展|胜利)|成效(?:显著|明显)")
# …努力在…方面取得实实在在的成效: results aimed at, not told.
_AIMED = re.compile(r"(?:努力|力争|确保|争取|推动|要|务必|必须)[^。；]{0,40}取得")


_LOOKING_BACK = re.compile(r"(?:^|[，：:])" + lex.SINCE_THEN + "，")
# 新的一年，…; 下一步，…: the review is over.
_LOOKING_AHEAD = re.compile(r"(?:新的一年|下一步|今后|接下来|未来|面向未来|展望|站在新的起点|今年|明年|新征程上)")


def instructs_again(text: str) -> bool:
    """After a review of the past, a modal or a look ahead (新的一年，…) instructs again."""
    return has_modal(text) or bool(_LOOKING_AHEAD.match(text))


# A numbered point (一是…, 第二，…) is a proposal of its own, and a modal (…要…) breaks a run of intent.
_NUMBERED = re.compile(r"\s*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、,])")
_OBLIGING = sorted((m for m, strength in lex.MARKERS.items() if strength in ("必须", "要")), key=len, reverse=True)
_BREAKS_INTENT = re.compile(
    _NUMBERED.pattern
    + "|[^。！？]*?(?:"
    + "|".join(
        (f"(?<![{lex.NOT_BEFORE[m]}])" if m in lex.NOT_BEFORE else "")
        + m
        + (f"(?![{lex.NOT_AFTER[m]}])" if m in lex.NOT_AFTER else "")
        for m in _OBLIGING
        if len(m) > 1 or m == "要"  # 需, 须, 应 alone are too often inside words (内需, 必须的, 应对)
    )
    + ")"
)


def breaks_intent(text: str) -> bool:
    """中方愿…。持续深化…。: a run of intent goes on over bare sentences; a numbered point or a modal of
    obligation ends it."""
    return bool(_BREAKS_INTENT.match(text))


def opens_signed_article(para: Segment, mentions: Mentions, state: State) -> bool:
    """Begin a paragraph; True when it is a signed article's byline (中华人民共和国主席　习近平), after
    which the article is its author's words to its end."""
    # 过去一年，我们主要做了以下工作。⏎——着力扩大国内需求…: a review's points under dashes go on looking back.
    state.looking_back = state.looking_back and para.text.lstrip().startswith("——")
    state.after_semicolon = state.previous_results = False
    state.previous_opening = None
    state.paragraph_start = para.start
    decision_goes_on(para.text, state)
    if state.document is not None or (author := byline_author(para, mentions)) is None:
        return False
    state.document = author
    state.quiet()
    return True


def after_sentence(sent: Segment, found: list[Annotation], state: State) -> None:
    """What the next sentence of the paragraph needs to know of this one."""
    state.after_semicolon = sent.text.rstrip(lex.CLOSERS).endswith(("；", ";"))
    state.previous_instructed = bool(found)
    state.previous_results = not found and bool(_RESULTS.search(sent.text)) and not _AIMED.search(sent.text)
    # "习近平指出，一年来，我们…。…。纵深推进全面从严治党…": a review of the past, to its paragraph's end
    # or its first instruction.
    state.looking_back = not found and (state.looking_back or bool(_LOOKING_BACK.search(sent.text)))


def new_voice(body: str, paras: Sequence[Segment], k: int, mentions: Mentions, state: State) -> None:
    """A paragraph that opens with a quotation (none of the speaker's still open, no frame ending the
    paragraph before with ：) ends the last speaker's words; a leader's quotation alone is his."""
    para = paras[k]
    after = paras[k + 1] if k + 1 < len(paras) else None
    if state.document is None and not state.active and not opens_with_quote(para.text):
        # 应对外部环境复杂变化，“要…”；: a feature's paragraph of quotations is the leader's it named.
        leader = quotation_paragraph_speaker(body, para, after, mentions)
        if leader is not None:
            state.speaker, state.active, state.quoting, state.reported = leader, True, 0, True
        return
    if state.document is not None or state.quoting or not opens_with_quote(para.text):
        return
    if k and paras[k - 1].text.rstrip().endswith(("：", ":")):
        return  # 习近平强调：⏎“…”
    state.quiet()
    leader = lone_quote_speaker(body, para, paras[k - 1] if k else None, after, mentions)
    if leader is None and is_quotation_only(para.text):
        leader = quotation_paragraph_speaker(body, para, after, mentions)
    if leader is not None:
        state.speaker, state.active, state.quoting = leader, True, 0


def decision_goes_on(para: str, state: State) -> None:
    """A decision told in a paragraph (会议决定，…) ends with it, unless the next paragraph is numbered
    (二、…) or the decision announced a list (会议决定：, 通知如下：)."""
    if state.decision and not state.decision_across and not lex.ENUMERATOR.match(para.lstrip(" \u3000“")):
        state.decision = state.decision_to_stop = False


def announced_inline(body: str, parts: list[Segment], mentions: Mentions) -> tuple[Issuer, list[Segment]] | None:
    """An announcement ending with "：" and the first of its points after it, in one sentence."""
    colon = next((i for i, c in enumerate(parts[:-1]) if body.startswith(("：", ":"), c.end)), None)
    if colon is None or not lex.ANNOUNCE_END.search(parts[colon].text + "："):
        return None
    lead = next((c for c in parts[: colon + 1] if not lex.LEAD.search(c.text)), parts[0])
    who = match_announcement(body, lead.start, parts[colon].end + 1, mentions)
    return (who, parts[colon + 1 :]) if who is not None else None


# 中华人民共和国主席　习近平: a post, a space, the name — a signed article's byline.
_BYLINE = re.compile(r"[" + lex.HAN + r"（）()、]{0,30}[\s\u3000]+([" + lex.HAN + r"·]{2,8})\s*$")


_NAME_ALONE = re.compile(r"\s*([" + lex.HAN + r"]{2,4})\s*")
_SALUTED = re.compile(r"\s*(?:同志们|各位代表|各位委员|女士们、先生们|朋友们)[：:，,]")
_AUTHORITY_POST = re.compile(
    r"(?:主席|总书记|总理|委员长|副总理|国务委员|部长|书记|省长|市长|大使|外长|主任)[\s\u3000]*$"
)


def byline_author(para: Segment, mentions: Mentions) -> Issuer | None:
    """The Chinese leader a signed article's byline names (…发表题为《…》的署名文章。⏎title⏎
    中华人民共和国主席　习近平): his article, whose every paragraph after is his."""
    text = para.text.rstrip()
    if _SALUTED.match(mentions.body, para.end) and (m := _NAME_ALONE.fullmatch(text)) is not None:
        # 习近平⏎同志们：: a speech printed under its speaker's name.
        person = mentions.person_in(para.start, para.start + m.end(1))
        if person is None or person.text in mentions.foreign or person.text != m.group(1):
            return None
        return Issuer(person.text, "PER", (person.start, person.end))
    if len(text) > 36 or (m := _BYLINE.fullmatch(text)) is None:
        return None
    start = para.start + m.start(1)
    if not _AUTHORITY_POST.search(text, 0, m.start(1)):
        return None  # 本报记者　王小明: a reporter's byline
    person = mentions.person_in(start, para.start + m.end(1))
    if person is None or person.text in mentions.foreign:
        return None
    return Issuer(person.text, "PER", (person.start, person.end))


_LOOK_BACK = 40  # clauses
# "党的二十大是…", "会议的…": a subject that is described does not speak.
_NOT_SPEAKING = ("是", "的", "为", "作为")


def recent_subject(body: str, history: Sequence[Segment | Issuer], mentions: Mentions) -> Issuer | None:
    """The issuer most recently named as a subject ("会议审议通过…。指出，…" → the meeting)."""
    for item in reversed(history[-_LOOK_BACK:]):
        if isinstance(item, Issuer):
            return item
        found = subject_at(body, item.start, item.end, mentions)
        if found is not None and not body.startswith(_NOT_SPEAKING, found[1]):
            return found[0]
    return None


def someone_speaks(frame: Frame, state: State, framed: Issuer | None) -> bool:
    """Whether a body's own plan or a document's rule (Frame.own_plan) gives way to a speaker: the one speaking
    before, or `framed`, the one a frame earlier in the sentence named."""
    if frame.issuer is None or frame.issuer.label != "DOC":
        # …启动…活动。活动将…: the body speaking goes on with its own plan.
        same = state.speaker is not None and frame.issuer is not None and state.speaker.name == frame.issuer.name
        return state.active and state.speaker not in (None, NOBODY) and not same
    # 李强指出，根据《建议》，…: his words; in a notice, 根据《…法》，各地要…: the notice's (a document told before
    # gives way to the next).
    speakers = (state.speaker if state.active else None, framed)
    return state.document is not None or any(s is not None and s.label == "PER" for s in speakers)
