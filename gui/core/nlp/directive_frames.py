"""Speech frames: the clause that introduces words and who says them.

会议指出，/林武强调，/他说，/《…》明确规定，/a bare 指出，/李强当即要求有关部门…/会议决定，/…通知如下：
(`match_frame`), an announcement of the enumeration after it (林武就…提出四方面要求。, `match_announcement`),
and a speaker the rules cannot name, kept only when an office or a document speaks (`match_unknown_speaker`).
Who a frame names is read by `directive_subjects.subject_at`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gui.core.nlp import directive_lexicon as lex
from gui.core.nlp.directive_foreign import is_foreign_title
from gui.core.nlp.directive_issuers import NOBODY, NOT_AUTHORITY, Issuer, Mentions
from gui.core.nlp.directive_ordinary import unnamed_label
from gui.core.nlp.directive_present import PRESENT_WORDS
from gui.core.nlp.directive_subjects import subject_at


@dataclass(frozen=True, slots=True)
class Frame:
    """A speech frame ("会议指出", "林武就…强调"): who speaks, where the words begin.

    `issuer` is None for a bare verb (指出，…) whose speaker is the last one named.
    `content_start` is None when the words begin with the next clause.
    """

    issuer: Issuer | None
    content_start: int | None
    # 会议决定，/会议确定，: the measures that follow need no modal.
    decision: bool = False
    # …通知如下：: the numbered provisions that follow are the document's.
    provisions: bool = False
    # 《…》发布，制定…: a report that tells the document's measures in its own sentence only.
    once: bool = False
    # 《意见》要求，/会议号召，/叮嘱当地干部，: what is asked is asked, with or without a modal.
    asks: bool = False
    # 今年商务部将…, 根据《巴黎协定》，…: a body's own plan or a document's rule, told only where nobody
    # is speaking.
    own_plan: bool = False


# 省委|督查组组长, 国务院|调查组组长: the office after a body that names whose it is.
_OFFICE_IN = re.compile(r"[" + lex.HAN + r"]{0,8}?" + lex.POST_BEFORE_NAME)
_ASKS = re.compile(r"(?:要求|号召|叮嘱|嘱咐|嘱托)(?:(?!要|应|必须)[^，。；,;：:]){0,12}$")
_REQUEST_LEAD = re.compile(lex.FRAME_ADJUNCT + lex.FRAME_ADVERBS)


def match_frame(body: str, start: int, end: int, mentions: Mentions) -> Frame | None:
    """A clause that introduces speech, or one that begins with 强调/指出 followed by the words."""
    if body.startswith(("正如", "诚如", "如同"), start):
        return None  # 李强表示，正如习近平主席指出，…: a citation inside the speaker's words
    if body.startswith(("由", "根据", "按照", "依据"), start):
        # "…的具体办法，由国务院规定": a task assigned, not words introduced; "根据党中央部署，…":
        # what is done under a body's plan (report_frame reads it), not the body speaking.
        return None
    if provisions := lex.PROVISIONS_FRAME.search(body, max(start, end - 8), end):
        found = subject_at(body, start, end, mentions)
        who = found[0] if found else mentions.document()
        if who is None:
            # "现就有关事项通知如下：": the notice is the one the article reported, its issuer's.
            at = provisions.start()
            who = mentions.doc_for(body[at : at + 2], at, (at, at + 2))
        return Frame(who, None, provisions=True) if who is not None else None
    decision = lex.DIRECT_DECISION.match(body, start, end)
    if decision:
        return Frame(_convened(body, start), decision.end(), decision=True)
    if not _speech_end(body, start, end) and not lex.DIRECT_FRAME.match(body, start, end):
        return _request_in_clause(body, start, end, mentions)
    text = body[start:end]
    decides = bool(lex.DECISION_VERB.search(text))
    feedback = _FEEDBACK.fullmatch(text)
    if feedback:
        # 反馈要求，被巡视党组织要…: the inspection team's feedback, in its words.
        team = mentions.inspectors_before(start)
        return Frame(team, None, asks=feedback.group(1) == "要求") if team is not None else None
    in_doc = _IN_DOCUMENT.search(text)
    if in_doc and mentions.person_in(start, start + in_doc.start()) is None and "他" not in text[: in_doc.start()]:
        # 人社部、教育部在《通知》中明确要求，“…”: the notice's words, as 《通知》要求，“…” (a person's
        # book or article stays the person's: 习近平在《…》中指出).
        span = (start + in_doc.start(1), start + in_doc.end(1))
        return Frame(Issuer(in_doc.group(1), "DOC", span), None, asks=in_doc.group(2) == "要求")
    if lex.BARE_FRAME.fullmatch(text):
        # 讲话强调, 文章指出: the speech of the last person named (not a magazine that printed it).
        who = mentions.person_before(start) if lex.SPEECH_ANAPHOR.match(text) else None
        return Frame(who, None, decision=decides)
    direct = lex.DIRECT_FRAME.match(text)
    if direct:
        # "…作出批示，强调要…。": a summary of the speech in one sentence; the next is the writer's again.
        once = text.startswith(_SUMMARY, direct.end() - 2)
        return Frame(None, start + direct.end(), once=once)
    found = subject_at(body, start, end, mentions)
    if found is None and (occasion := _OCCASION.match(body, start, end)):
        # "今年全国两会上总书记强调": when and where, then who.
        found = subject_at(body, occasion.end(), end, mentions)
    if found is None and body.startswith(_CHARGE_VERBS, start):
        return _charged(body, start, start + 2, mentions)
    if found is None:
        return match_unknown_speaker(body, start, end)
    issuer, subject_end = found
    issuer = NOBODY if is_foreign_title(body[start:subject_end]) else issuer  # 美国国务院发言人
    tail = body[subject_end:end]
    if body.startswith(("：", ":"), end) and lex.ANNOUNCED_REQUIREMENTS.fullmatch(tail):
        return Frame(issuer, None)  # …会议提出…的要求：“必须坚持…”
    noun = lex.DOC_NOUN.match(tail) if issuer.label == "ORG" else None
    if noun and lex.FRAME_TAIL.fullmatch(tail, noun.end()):
        tail = tail[noun.end() :]  # 国务院通知指出: an untitled notice speaks for its body
    office = _OFFICE_IN.match(tail) if issuer.label == "ORG" else None
    if office and lex.FRAME_TAIL.fullmatch(tail, office.end()):
        # "省委督查组组长强调": an office of the body speaks, unnamed.
        end_of_office = subject_end + office.end()
        issuer = Issuer(body[start:end_of_office], "POST", (start, end_of_office))
        tail = tail[office.end() :]
    if _MADE_PLANS.search(tail) and not body.startswith(("：", ":"), end) and not _ASKS_NEXT.match(body, end + 1):
        # "全会就…作出系统部署，必将…": what the body did, told; no words of its follow (they do in
        # "…作出部署，要求做好…").
        return None
    if lex.FRAME_TAIL.fullmatch(tail):
        # 《行动方案》提出，2024年，单位GDP能耗降低2.5%左右: a plan's targets are set, modal or not.
        targets = is_plan(issuer) and _TARGETS.match(body, end)
        return Frame(
            issuer,
            None,
            decision=(decides and issuer.label in ("MEETING", "ORG")) or bool(targets),
            asks=bool(_ASKS.search(tail)),
        )
    if issuer.label == "MEETING" and _PASSES_DECISION.match(body, subject_end):
        return Frame(issuer, subject_end, decision=True, once=True)  # …审议通过关于…的决定。 (决定 ends the clause)
    return None


# 李强主持召开国务院常务会议，…，决定…: the meeting convened in the sentence decides, not its chair.
_CONVENED = re.compile(r"主持召开(?:了)?(?P<held>[^，。；“”]{2,30}?会议)")


def _convened(body: str, at: int) -> Issuer | None:
    held = list(_CONVENED.finditer(body, _sentence_start(body, at), at))
    return Issuer(held[-1].group("held"), "MEETING", held[-1].span("held")) if held else None


_OCCASION = re.compile(
    # 在参观…纪念馆时他表示: when, and then who.
    r"(?:(?:今年|去年|此前|近日|日前)?[^，。；“”]{2,14}?(?:上|期间|之际|会上)|在[^，。；“”]{2,14}?时)"
    + r"(?=["
    + lex.HAN
    + r"])"
)
_PLAN = re.compile(r"(?:方案|规划|纲要|计划|意见|通知)" + lex.TITLE_YEARS + r"》?$")


def is_plan(issuer: Issuer | None) -> bool:
    """A plan, programme or opinions by title (《…实施方案》, “十五五”规划纲要), whose targets are set."""
    return issuer is not None and issuer.label == "DOC" and bool(_PLAN.search(issuer.name))


_FEEDBACK = re.compile(r"(?:巡视|巡察|督察|督查)?反馈(?:意见)?(?:还|并|也|同时|严肃)?(指出|要求|强调)")
_ASKS_NEXT = re.compile(r"(?:要求|强调|明确|提出|指出)")
_MADE_PLANS = re.compile(r"作出了?(?:系统|全面|重大|战略|周密|具体|总体|一系列)?的?部署$")
# A target's year right after the frame: ，到2027年， / ，2024年， / ，今年底前，
_TARGETS = re.compile(
    r"[，,](?:(?:到|至)?(?:20[0-9]{2}|二〇[〇一二三四五六七八九]{2}|今年|明年)年?(?:底|末)?前?"
    r"|经过[0-9一二三四五六七八九十两至到]{1,5}年(?:左右)?(?:的)?(?:持续)?努力)[，,]"
)


_SUMMARY = ("强调要", "强调必须")
# A body's words in a document it issued: …在《…》中(明确)要求/提出/规定.
_IN_DOCUMENT = re.compile(r"在(《[^《》]{2,60}》)(?:中|里)(?:明确|进一步|也|还|专门)?(要求|提出|规定|强调|指出)$")


def _speech_end(body: str, start: int, end: int) -> bool:
    """body[start:end] ends with a speech verb (lex.SPEECH_END); most clauses show at once that they
    cannot (by their last character and the want of an addressing verb), without the search."""
    window = max(start, end - lex.SPEECH_END_WIDTH)
    if end > window and body[end - 1] not in lex.SPEECH_END_LAST and not lex.ADDRESSING_WORD.search(body, window, end):
        return False
    return lex.SPEECH_END.search(body, window, end) is not None


def _request_in_clause(body: str, start: int, end: int, mentions: Mentions) -> Frame | None:
    """ "李强当即要求有关部门全力搜救", "《通知》要求各地…": the subject asks; the words begin at 要求."""
    limit = min(end, start + 60)
    m = lex.REQUEST_MID.search(body, start, limit) if lex.REQUEST_WORD.search(body, start, limit) else None
    if m is None and (stress := _STRESS_MID.search(body, start, limit)) is not None:
        # "在张庄村，李希强调以钉钉子精神抓好…": the leader's words, run into the narrative clause.
        after = stress.end()
        found = subject_at(body, start, stress.start(), mentions)
        if (
            found is not None
            and found[0].label == "PER"
            and _REQUEST_LEAD.fullmatch(body, found[1], stress.start())
            and not body.endswith("问题", after, end)  # 强调加强…问题: the subject he spoke on
            and (lex.IMPERATIVE.match(body, after, end) or lex.MARKER_RE.match(body, after, end))
        ):
            return Frame(found[0], after)
    if m is None and (bare := _BARE_PROPOSES.match(body, start, end)):
        return _proposed_by_document(body, start, bare.end(), end, mentions)
    if m is None and _TOLD_CUE.search(body, start, limit):
        return _told_measure(body, start, end, mentions)
    if m is not None and m.start() == start:
        return _charged(body, start, m.end(), mentions) if m.group().endswith(_CHARGE_VERBS) else None
    if m is None:
        return None
    # The whole clause, so that a post standing for a person (总书记嘱咐…) sees its verb.
    found = subject_at(body, start, m.start(), mentions)
    if found is None and (whole := subject_at(body, start, end, mentions)) and whole[0].label == "PER":
        found = whole
    if found is None:
        return None
    issuer, subject_end = found
    if subject_end > m.start() or not _REQUEST_LEAD.fullmatch(body, subject_end, m.start()):
        return None
    return Frame(issuer, m.end() - 2)


# “十四五”规划《纲要》提出建设现代物流体系; 二十届三中全会提出构建…: a document's or a meeting's measure,
# told in the writer's sentence. 中国人民银行决定增加…额度: a body's decision, told.
_PROPOSES = re.compile(r"(?:明确|也|还|同时|专门)?(?:提出|明确|部署|要求)(?=[" + lex.HAN + r"])")
# 会议确定郭卫民担任…新闻发言人: a meeting's choice of a person, decided too.
_DECIDES = re.compile(r"(?:近日|日前|今天|还|并|也|同时)?(?:研究)?(?:决定|确定)(?![了性的])(?=[" + lex.HAN + r"0-9])")
# Not what a feature sums up of many speeches (多次强调树立…, 一再强调…问题).
_STRESS_MID = re.compile(
    r"(?<=[" + lex.HAN + r"])(?<!多次)(?<!反复)(?<!一再)(?<!始终)(?:强调|指出)(?=[" + lex.HAN + r"])"
)
# 审议通过关于免去…职务，撤销其委员资格的决定: the title may hold a comma.
_PASSES_DECISION = re.compile(r"(?:审议)?通过(?:了)?关于[^。；“”《》]{2,80}?的决定(?!草案)")
_TITLE_AFTER = re.compile(r"《[^《》]{1,30}》")
# What every subject of _told_measure holds: a title, a meeting, a report or plan, or a decision.
_TOLD_CUE = re.compile(r"》|会|决定|报告|规划|纲要")
_UNAUTHORISED_SPEAKER = re.compile(
    r"(?:专家|学者|人士|分析师|媒体|舆论|外媒|网友|民众|群众|代表们|嘉宾)[^，。；]{0,8}(?:表示|认为|指出|说|称|评价)$"
)
_NOT_ACTING = ("提请", "由", "经", "请", "将", "报请")
_NAMED_GOAL = re.compile(r"的(?:目标|要求|任务|战略|部署|理念|主张|思想|方针|原则|路径|重大命题|重要论断)$")
# What a plan sets out to build (建设现代物流体系), a verb that opens no instruction in speech.
_BUILD = re.compile(r"(?:建设|建成|形成|实现|设立|组建)(?!了)")


def _told_measure(body: str, start: int, end: int, mentions: Mentions) -> Frame | None:
    if body.startswith(_NOT_ACTING, start):
        return None  # 提请大会全体会议决定任命: the meeting is asked to decide, it has not
    if start and body[start - 1] in "，," and _UNAUTHORISED_SPEAKER.search(body, max(0, start - 24), start - 1):
        return None  # 国际人士表示，全会提出…，将引领…: someone's view of the measure
    found = subject_at(body, start, end, mentions)
    if found is None or found[0].label not in ("DOC", "MEETING", "ORG") or is_foreign_title(body[start : found[1]]):
        return None
    issuer, at = found
    title = _TITLE_AFTER.match(body, at, end)
    if title and issuer.label == "DOC":
        # “十四五”规划《纲要》: the short name, then the title.
        if issuer.span is not None:
            issuer = Issuer(body[issuer.span[0] : title.end()], "DOC", (issuer.span[0], title.end()))
        at = title.end()
    decides = _DECIDES.match(body, at, end) if issuer.label != "DOC" else None
    if decides:
        return Frame(issuer, decides.end(), decision=True, once=True)
    if issuer.label == "MEETING" and _PASSES_DECISION.match(body, at):
        return Frame(issuer, at, decision=True, once=True)  # 会议审议通过关于免去…的决定，提请…追认: its decision
    m = _PROPOSES.match(body, at, end) if issuer.label != "ORG" else None
    # 规划纲要提出要构建…: the proposal may state its force.
    after = m.end() + 1 if m is not None and body.startswith("要", m.end()) else m.end() if m is not None else 0
    if m is None or not (lex.IMPERATIVE.match(body, after, end) or _BUILD.match(body, after, end)):
        return None
    if _NAMED_GOAL.search(body, m.end(), end):
        return None  # 明确提出加快建设金融强国的目标: a goal named, no measure set
    # Its measure needs no modal; the writer's sentence ends its words.
    return Frame(issuer, m.end(), decision=True, once=True)


# 决定稿对…作出部署。提出完善…；在教育体制改革方面，提出分类推进…: the document a sentence before named
# goes on proposing, its subject left out.
_BARE_PROPOSES = re.compile(r"(?:还|也|并|同时)?提出(?=[" + lex.HAN + r"])")
_DOC_OPENS = re.compile(r"(?:^|(?<=[。！？\n]))(?:《[^《》]{1,80}》|" + lex.DOC_NOUN.pattern + r")(?![的和与及])")
_COUNT = re.compile(r"[0-9０-９一二三四五六七八九十两多]+[条项个点方面大类]")
# 提出 opens its sentence, or follows what the measure is about (在…方面，着眼…，围绕…，).
_PROPOSAL_LEAD = re.compile(r"(?:^|[，,。；;！？\n])(?:在|着眼|围绕|针对|聚焦|对|为|从)[^，。；]{1,40}[，,]$")
_DOC_REACH = 1500


def _proposed_by_document(body: str, start: int, after: int, end: int, mentions: Mentions) -> Frame | None:
    # 提出分类推进…, 提出制定…法: what to do — not a goal named (…的目标) nor a count (20条举措).
    if _NAMED_GOAL.search(body, after, end) or _COUNT.match(body, after, end) or body.startswith("了", after):
        return None
    lead = body[max(0, start - 42) : start]
    if start and body[start - 1] not in "。！？\n" and not _PROPOSAL_LEAD.search(lead):
        return None  # 希望同志们…进行讨论，提出建设性意见: a clause of another sentence
    opened = None
    for last in _DOC_OPENS.finditer(body, max(0, start - _DOC_REACH), start):
        opened = last
    if opened is None:
        return None
    doc = mentions.doc_for(opened.group(), opened.start(), opened.span())
    return Frame(doc, after, decision=True, once=True) if doc is not None else None


_CHARGE_VERBS = ("叮嘱", "嘱托", "嘱咐")


def _charged(body: str, start: int, verb_end: int, mentions: Mentions) -> Frame | None:
    """ "走进受灾村民家中，叮嘱地方党委和政府，…": the leader the story follows, his subject left out."""
    if body.startswith(PRESENT_WORDS, verb_end) or lex.REQUEST_WORD.search(body, _sentence_start(body, start), start):
        return None  # 叮嘱他们…: those present (directive_present); 嘱咐…，叮嘱旅客们…: the same charge goes on
    who = mentions.person_before(start)
    return Frame(who, verb_end - 2, asks=True) if who is not None and mentions.in_office(who.name) else None


def _sentence_start(body: str, at: int) -> int:
    return max(body.rfind(stop, 0, at) for stop in "。！？\n") + 1


_PLAIN_SPEAKER = re.compile(r"[" + lex.HAN + r"、（）()0-9]{4,60}?(?:说|表示|称|认为|介绍)")
_NO_AUTHORITY_ROLE = re.compile(
    r"(?<!中方)(?<!中国)代表|(?<!政治局)(?<!中央)(?<!国务)委员(?![长会])|职工|员工|技术员|村民|居民|市民|学生|教师|医生|护士|工人|农民|专家|学者|教授"
)


def match_unknown_speaker(body: str, start: int, end: int) -> Frame | None:
    """ "与会领导人表示": a speaker the rules cannot resolve, kept by its words (no label).

    One who is no authority (专家, 居民, 大家, 各方; a foreign official, see directive_foreign) or
    words that are no speaker at all (对于发展中国家来说) still frame the words, for nobody."""
    text = body[start:end]
    m = lex.UNKNOWN_SPEAKER.fullmatch(text)
    if m is None and _PLAIN_SPEAKER.fullmatch(text) and _NO_AUTHORITY_ROLE.search(text):
        # "江苏省人大代表、某公司技术员刘磊说": a deputy or a worker, described at length, speaks.
        return Frame(NOBODY, None)
    if m is None or lex.IMPERATIVE.match(text) or lex.MARKER_RE.match(text) or lex.LEAD.search(m.group(1)):
        return None
    who = m.group(1)
    if NOT_AUTHORITY.search(who) or _NO_AUTHORITY_ROLE.search(who) or is_foreign_title(who):
        return Frame(NOBODY, None)
    label = unnamed_label(who)
    return Frame(Issuer(who, label, (start, start + m.end(1))) if label else NOBODY, None)


def match_announcement(body: str, start: int, end: int, mentions: Mentions) -> Issuer | None:
    """ "林武就…提出四方面要求。": the speaker of the enumeration that follows."""
    if not lex.ANNOUNCE_END.search(body, start, end):
        return None
    found = subject_at(body, start, end, mentions)
    if found is None:
        return None
    issuer, subject_end = found
    return issuer if lex.ANNOUNCE_TAIL.fullmatch(body, subject_end, end) else None
