"""Who gives a directive: the people, meetings and documents an article names.

`Mentions` collects them once per article, from the entity tagger's annotations
when there are any and from light rules of the genre otherwise: 《…》 titles and
their short forms (以下简称《办法》), the meeting that is held (主持召开…会议,
…会议在…召开), and names after a post (省委书记林武) or before a speech verb
(蓝佛安强调); `directive_subjects.subject_at` reads the subject that opens a clause
with them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from gui.core.model import Annotation
from gui.core.nlp import directive_lexicon as lex
from gui.core.nlp.directive_foreign import foreign_people
from gui.core.nlp.directive_held import held_meeting_matches, join_numbered
from gui.core.nlp.directive_names import looks_like_name
from gui.core.nlp.directive_ordinary import ordinary_people


@dataclass(frozen=True, slots=True)
class Issuer:
    name: str
    label: str  # PER, MEETING, DOC, ORG, POST
    span: tuple[int, int] | None = None


# Not authorities: their 应/要 is advice or opinion, not a directive ("专家表示，应…").
NOT_AUTHORITY = re.compile(
    r"(?:专家|学者|教授|研究员|分析师|分析人士|业内人士|人士|居民|市民|村民|群众|游客|网友|家长|学生|员工|工人|农民|患者|"
    r"消费者|记者|大家|各方|文章|(?<!中方)(?<!中国)代表|代表们|与会者|与会人员|与会同志|与会代表|委员们|同志们|我们|你们|他们|她们|有人|"
    r"网民|乘客|车主|商户|店主|老板|志愿者|民众|抗议者|示威者|嘉宾|双方|官员|官员当天|代表发言|领导人|公报|声明|报道|消息|调查|研究|数据|报告)$|"
    r"^(?:对于?|在|从|就|据|为了?|关于|随着|通过|如果|这|那|其|我|有|广大|与会|参会)|[^" + lex.HAN + r"·]"
)
# Places that a later 当地 stands for, when the tagger gave none.
_PROVINCES = "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南"
_PROVINCES += "|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门"
PLACE_NAME = re.compile(f"(?:{_PROVINCES})|[{lex.HAN}]{{2,6}}?(?:省|市|县|区|州|旗|镇|乡)(?![委政长级内外])")
_NAME = re.compile(r"[" + lex.HAN + r"][" + lex.HAN + r"·]{1,15}")
# 马克思主义, 毛泽东思想: a name inside a doctrine's name speaks no words of the article.
_NOT_A_SPEAKER_AFTER = re.compile(r"主义|思想|理论|学说|精神|同志为核心")
# Meetings named by a part of a session (闭幕会) stand for the session named before them.
_PART_OF_SESSION = ("闭幕会", "开幕会", "全体会议", "报告会", "预备会议")
# 习主席, 李总理: a surname and a top post, for the person the article names in full.
_SURNAME_POST = re.compile(r"[" + lex.HAN + r"](?:主席|总书记|总理|委员长)")
_OFFICE_BEFORE = re.compile(lex.POST_BEFORE_NAME + r"(?:、[^，。；、]{1,12})?$")
_MEETS_AFTER = re.compile(r"(?:于)?" + lex.DATE + r"(?:召开|举行)(会议|全体会议)")
# A meeting held and never named: 林武在太原主持召开会议。
_UNNAMED_HELD = re.compile(r"(?:主持召开|召开|主持)了?会议")
# A kind of meeting with no name of its own (报告会, 座谈会): no issuer by itself.
_BARE_MEETING = re.compile(r"(?:报告|座谈|专题|推进|调度|表彰|动员|部署|工作|视频|电视电话)?(?:会议|大会|会)")
# Inspection teams: 中央巡视组, 中央生态环境保护督察组, 省委巡察组.
_TEAM_KIND = r"(?:巡视|巡察|督察|督查|督导)组"
BARE_TEAM = re.compile(r"(?:各|该)?" + _TEAM_KIND + r"(?!长|成员)")
_TEAM = re.compile(_TEAM_KIND + "$")
_NAMED_TEAM = re.compile(r"[" + lex.HAN + r"]{2,12}?" + _TEAM_KIND)
# A disciplinary decision (给予…处分, 开除…) and the bodies that take one.
_SANCTION = re.compile(r"处分|开除党籍|开除公职|留党察看|撤销.{0,12}职务")
_DISCIPLINE_BODY = re.compile(r"纪委|监委|纪检监察")
_TOP_POSTS = ("总书记", "主席", "总理", "委员长")
# …召开/举行 after a body's name: the body convened the meeting.
_CONVENES = re.compile(r"[^，。；]{0,8}?(?:分别|近日|日前)?(?:召开|举行|主持召开)")
_RULES = re.compile(r"(?:条例|规定|办法|细则|准则|法)》$")
_YEARS_AFTER = re.compile(r"[（(][^（）()]{1,20}[）)]$")
_BARE_DOC = frozenset(("公报", "通知", "通告", "公告", "通报", "文件", "决定", "意见", "声明"))


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    text: str
    label: str


class Mentions:
    """The issuers an article names, with their positions in the body."""

    def __init__(self, body: str, entities: Sequence[Annotation] = ()) -> None:
        self.body = body
        ents = sorted((e for e in entities if body[e.start : e.end] == e.text), key=lambda e: e.start)
        self._entities = {e.start: _Mention(e.start, e.end, e.text, e.label) for e in ents}
        self.persons = self._persons(ents)
        self._person_starts = [m.start for m in self.persons]
        mentioned = [(m.text, m.start) for m in self.persons]
        # Who is heard but holds no office over China's bodies: a foreign official, a farmer, a researcher.
        self.foreign = foreign_people(body, mentioned) | ordinary_people(body, mentioned)
        # 哈立德·泰穆尔·阿克拉姆 named in full once, then 阿克拉姆: the same person.
        short = {n.rsplit("·", 1)[-1] for n in self.foreign if "·" in n}
        self.foreign |= {m.text for m in self.persons if m.text in short}
        self.meetings = self._meetings(ents)
        self.docs = self._docs(ents)
        self._aliases = self._doc_aliases()

    # --- collection ---------------------------------------------------------
    def _persons(self, ents: list[Annotation]) -> list[_Mention]:
        body = self.body
        # A name is Chinese characters (and the · of a foreign name): never "展。".
        found = [_Mention(e.start, e.end, e.text, "PER") for e in ents if e.label == "PER" and _NAME.fullmatch(e.text)]
        names = {m.text for m in found}
        # 省委书记林武主持: two or three characters after a post, before a verb or a stop.
        for post in lex.POST_WORD.finditer(body):
            # 向总书记问好, 给总书记写信: the post is an object; a verb follows, not a name.
            as_object = post.start() > 0 and body[post.start() - 1] in "向给为对跟同把被让"
            if post.group() == "同志":
                continue  # 习近平同志曾多次到…: 同志 follows its name
            for size in (2, 3):
                word = body[post.end() : post.end() + size]
                if (
                    len(word) == size
                    and all(lex.HAN_CHAR.match(ch) for ch in word)
                    and lex.NAME_FOLLOWER.match(body, post.end() + size)
                    and looks_like_name(word, after_post=not as_object)
                ):
                    names.add(word)
                    break
        # 习近平总书记, 林武同志: a known surname right before the post.
        for post in lex.POST_AFTER_NAME.finditer(body):
            for size in (3, 2):
                word = body[max(0, post.start() - size) : post.start()]
                if word.endswith(("人大", "政协")):
                    break  # 全国人大常委会: a body's name before its 常委, no person
                if len(word) == size and looks_like_name(word):
                    names.add(word)
                    break
        for m in lex.PERSON_BEFORE_VERB.finditer(body):
            if looks_like_name(m.group(1)):
                names.add(m.group(1))
        names = {n for n in names if _NAME.fullmatch(n) and not NOT_AUTHORITY.search(n)}
        # 习主席强调: the surname and the top post name the person the article names in full.
        full_names = {m.text for m in found if len(m.text) >= 2 and not _SURNAME_POST.fullmatch(m.text)}
        surnames = [n[0] for n in full_names]
        full = {n[0]: n for n in full_names if surnames.count(n[0]) == 1}  # 李强 and 李希: 李总理 stays
        taken = [False] * (len(body) + 1)
        for mention in found:
            taken[mention.start : mention.end] = [True] * (mention.end - mention.start)
        for name in sorted(names, key=len, reverse=True):
            at = body.find(name)
            while at >= 0:
                end = at + len(name)
                if not any(taken[at:end]):
                    # 习主席 is 习近平, spanned where the text says 习主席.
                    short = _SURNAME_POST.fullmatch(name)
                    found.append(_Mention(at, end, full.get(name[0], name) if short else name, "PER"))
                    taken[at:end] = [True] * len(name)
                at = body.find(name, end)
        return sorted(found, key=lambda m: m.start)

    def _meetings(self, ents: list[Annotation]) -> list[_Mention]:
        """Meetings the article reports as held (not those whose spirit is relayed)."""
        held: dict[tuple[int, int], _Mention] = {}
        for m in held_meeting_matches(self.body):
            start, end = m.span(1)
            name = m.group(1)
            if (start, end) in held or name in ("会议", "全体会议") or lex.LEAD.search(name):
                continue
            # Prefer the tagger's span when it names the same meeting.
            ent = next(
                (
                    e
                    for e in ents
                    if e.label in ("MEETING", "ORG")
                    and e.start < end < e.end + 1
                    and e.end - e.start >= end - start
                    and start < e.end
                ),
                None,
            )
            # "中共中央政治局召开会议": the body that meets names the meeting, 中共中央政治局会议.
            meets = _MEETS_AFTER.match(self.body, end)
            meeting = meets.group(1) if meets and not name.endswith("会议") else ""
            if ent is not None:
                held[(start, end)] = _Mention(ent.start, ent.end, ent.text + meeting, "MEETING")
            else:
                held[(start, end)] = _Mention(start, end, name + meeting, "MEETING")
        found = join_numbered(self.body, [(m.start, m.end, m.text) for m in held.values()])
        return [_Mention(start, end, text, "MEETING") for start, end, text in found]

    def _docs(self, ents: list[Annotation]) -> list[_Mention]:
        docs = {e.start: _Mention(e.start, e.end, e.text, "DOC") for e in ents if e.label == "DOC"}
        for m in lex.DOC_TITLE.finditer(self.body):
            if not any(d.start <= m.start() < d.end for d in docs.values()):
                docs[m.start()] = _Mention(m.start(), m.end(), m.group(), "DOC")
        return sorted(docs.values(), key=lambda m: m.start)

    def _doc_aliases(self) -> dict[str, _Mention]:
        # （以下简称《办法》）right after a title makes 《办法》 stand for it.
        aliases: dict[str, _Mention] = {}
        for m in lex.ALIAS.finditer(self.body):
            before = [d for d in self.docs if d.end <= m.start() and len(d.text) > len(m.group(1))]
            if before:
                aliases[m.group(1).strip("《》“”")] = before[-1]
        return aliases

    # --- lookup --------------------------------------------------------------
    def person_before(self, pos: int) -> Issuer | None:
        """The last person named before `pos` who can speak: not 马克思 of 马克思主义."""
        i = bisect.bisect_left(self._person_starts, pos) - 1
        while i >= 0:
            m = self.persons[i]
            if not _NOT_A_SPEAKER_AFTER.match(self.body, m.end):
                return NOBODY if m.text in self.foreign else Issuer(m.text, "PER", (m.start, m.end))
            i -= 1
        return None

    def holder_of(self, role: str, pos: int) -> Issuer | None:
        """The last person named with `role` before `pos` (习近平总书记, 总书记习近平)."""
        for m in reversed(self.persons[: bisect.bisect_left(self._person_starts, pos)]):
            if self.body.startswith(role, m.end) or self.body.endswith(role, 0, m.start):
                return NOBODY if m.text in self.foreign else Issuer(m.text, "PER", (m.start, m.end))
        return None

    def _last_entity(self, pos: int, label: str, pattern: re.Pattern[str]) -> Issuer | None:
        """The last entity of `label` before `pos` whose text `pattern` finds."""
        found = [m for m in self._entities.values() if m.label == label and m.end <= pos and pattern.search(m.text)]
        if not found:
            return None
        m = max(found, key=lambda e: e.start)
        return Issuer(m.text, label, (m.start, m.end))

    def disciplinary_body(self, sentence: str, pos: int) -> Issuer | None:
        """Who decides a sanction without a subject (经中央纪委常委会会议研究…，决定给予X开除党籍处分):
        the commission that investigated, named before (中央纪委国家监委对X…立案审查调查), else the
        meeting that studied it."""
        if not _SANCTION.search(sentence):
            return None
        return self._last_entity(pos, "ORG", _DISCIPLINE_BODY) or self._last_entity(pos, "MEETING", _DISCIPLINE_BODY)

    def convener_before(self, pos: int, since: int) -> Issuer | None:
        """The body that convened the meeting told since `since` (…领导小组分别召开…座谈会。强调要…)."""
        found = [
            m
            for m in self._entities.values()
            if m.label in ("ORG", "MEETING") and since <= m.start and m.end <= pos and _CONVENES.match(self.body, m.end)
        ]
        if not found:
            return None
        m = max(found, key=lambda e: e.start)
        return Issuer(m.text, m.label, (m.start, m.end))

    def inspectors_before(self, pos: int) -> Issuer | None:
        """The inspection team last named before `pos` (各中央巡视组…。反馈要求，…; 督察组要求…)."""
        team = self._last_entity(pos, "ORG", _TEAM)
        if team is not None:
            return team
        named = list(_NAMED_TEAM.finditer(self.body, max(0, pos - 600), pos))
        return Issuer(named[-1].group(), "ORG", named[-1].span()) if named else None

    def in_office(self, name: str) -> bool:
        """Some mention of `name` follows a post (省委书记林武, 总理李强) or is followed by one (习近平总书记):
        the article shows an office."""
        return any(
            m.text == name
            and (
                _OFFICE_BEFORE.search(self.body, max(0, m.start - 12), m.start)
                or self.body.startswith(_TOP_POSTS, m.end)
            )
            for m in self.persons
        )

    def person_in(self, start: int, end: int) -> _Mention | None:
        i = bisect.bisect_left(self._person_starts, start)
        if i < len(self.persons) and self.persons[i].end <= end:
            return self.persons[i]
        return None

    def meeting_for(self, pos: int, word: tuple[int, int]) -> Issuer:
        """The meeting that 会议 at `pos` refers to: the last one held before, else the first."""
        before = [m for m in self.meetings if m.start < pos]
        m = before[-1] if before else (self.meetings[0] if self.meetings else None)
        if m is None:
            # "林武主持召开会议。会议强调…": the meeting has no name to give; its convener has.
            held = [h.start() for h in _UNNAMED_HELD.finditer(self.body, max(0, pos - 300), pos)]
            convener = self.person_before(held[-1]) if held else None
            if convener is not None and convener.span and "。" not in self.body[convener.span[1] : held[-1]]:
                return convener
            return Issuer(self.body[word[0] : word[1]], "MEETING", word)
        # "出席报告会" after "…颁奖报告会在京举行": the full name said first.
        m = next((f for f in self.meetings if f.text != m.text and f.text.endswith(m.text)), m)
        if m.text in _PART_OF_SESSION:
            # "…第三十九次会议在京闭幕。栗战书主持闭幕会。会议…": the session, not its sitting.
            m = next((f for f in before if f.text not in _PART_OF_SESSION), m)
        if _BARE_MEETING.fullmatch(m.text):
            # A meeting never named (某某出席报告会并讲话。会议要求…): the one who spoke at it.
            speaker = self.person_before(m.start)
            if speaker is not None and speaker.span and "。" not in self.body[speaker.span[1] : m.start]:
                return speaker
        return Issuer(m.text, m.label, (m.start, m.end))

    def doc_for(self, word: str, pos: int, span: tuple[int, int]) -> Issuer | None:
        """The document a short title or a bare noun (通知, 《意见》) refers to."""
        key = word.strip("《》")
        key = key[:-1] if key.endswith("稿") and not word.startswith("《") else key  # 决定稿: the 《…决定》 drafted
        if key in self._aliases:
            m = self._aliases[key]
            return Issuer(m.text, "DOC", (m.start, m.end))
        # The latest full title that ends with the short one (《若干措施》 → 《关于…的若干措施》),
        # else the latest mention of the short title itself.
        earlier = [d for d in self.docs if d.start < pos]
        for m in reversed(earlier):
            # 《…实施方案（2023—2027年）》 is the 《方案》 too: its years in brackets end it.
            title = _YEARS_AFTER.sub("", m.text.strip("《》"))
            if len(title) > len(key) and title.endswith(key):
                return Issuer(m.text, "DOC", (m.start, m.end))
        for m in reversed(earlier):
            if m.text.strip("《》") == key:
                return Issuer(m.text, "DOC", (m.start, m.end))
        if key == "规定" and not word.startswith("《"):
            # 《稀土管理条例》…。规定稀土生产企业应当…: the rules the article is telling.
            rules = next((m for m in reversed(earlier) if _RULES.search(m.text)), None)
            if rules is not None:
                return self.doc_for(rules.text, rules.start, (rules.start, rules.end))  # 《条例》: its full title
        if not word.startswith("《"):
            # "中共中央印发了《规划》，并发出通知…。通知指出，": a notice without a title is its issuer's.
            org: re.Match[str] | None = None
            for issuing in lex.ISSUING_ORG.finditer(self.body, max(0, pos - 300), pos):
                org = issuing
            if org is not None:
                name = org.group().strip(" \u3000")
                return Issuer(name, "ORG", (org.end() - len(name), org.end()))
        if key in _BARE_DOC:
            return None  # "公报指出": whose communiqué the article does not say
        return Issuer(word, "DOC", span)

    def entity_at(self, pos: int) -> _Mention | None:
        return self._entities.get(pos)

    def entity_over(self, start: int, end: int, text: str) -> tuple[int, int] | None:
        """The tagger's span for an issuer named at body[start:end] (the same words, or the
        entity that covers them), so the issuer stays linked to the entity."""
        for m in self._entities.values():
            if m.start <= start and end <= m.end or (m.text == text and start <= m.start < end):
                return (m.start, m.end)
        return None

    def document(self) -> Issuer | None:
        """The document an article's provisions belong to: the first title it names."""
        if not self.docs:
            return None
        m = self.docs[0]
        return Issuer(m.text, "DOC", (m.start, m.end))

    def place_before(self, pos: int) -> Issuer | None:
        """What 当地 stands for: the last place named before `pos` (the tagger's LOC, else a
        province or a name with 省/市/县)."""
        places = [m for m in self._entities.values() if m.label == "LOC" and m.end <= pos]
        if places:
            m = max(places, key=lambda p: p.start)
            return Issuer(m.text, "ORG", (m.start, m.end))
        found = None
        for place in PLACE_NAME.finditer(self.body, max(0, pos - 400), pos):
            found = place
        return Issuer(found.group(), "ORG", found.span()) if found else None


# Who speaks when the speaker is no authority: the words are followed, but they instruct nobody.
NOBODY = Issuer("", "NONE")
