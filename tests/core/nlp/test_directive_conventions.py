"""The gold conventions the lead settled for issue 20, read by the detector: 不能 is 要; the sides of
talks who need to act more than ever are told to; a quotation's speaker finishes when it closes, so
a commentator's or a feature's own 要/应 after it is nobody's directive; a leader's article is his."""

from __future__ import annotations

from gui.core.nlp.directives import DirectiveDetector


def detect(body: str, title: str = "") -> list:
    return DirectiveDetector().detect(body, title=title)


def test_bu_neng_is_yao_and_stays_part_of_the_instruction_before_it() -> None:
    assert [d.attrs["strength"] for d in detect("会议强调，不能把检查变成走过场。")] == ["要"]
    # 决不能 and 不得 stay 必须; a 不能 clause after a 必须 is its negative side, one directive.
    body = "刘华指出，决不能放松警惕。各校不得收取额外费用。各地必须加快审批，不能让群众多跑腿。"
    assert [(d.text[:4], d.attrs["strength"]) for d in detect(body)] == [
        ("决不能放", "必须"),
        ("各校不得", "必须"),
        ("各地必须", "必须"),
    ]


def test_the_sides_needing_to_act_more_than_ever_is_a_directive_the_world_needing_is_not() -> None:
    body = "李明强调，中国和东盟国家比以往任何时候都更需要携手应对挑战。"
    assert [(d.attrs["issuer"], d.attrs["addressee"], d.attrs["strength"]) for d in detect(body)] == [
        ("李明", "中国和东盟国家", "要")
    ]
    body = "李明强调，中俄双方比以往任何时候都更需要加强战略协作。"
    assert [d.attrs["addressee"] for d in detect(body)] == ["中俄双方"]
    # What the world or an industry needs is an assessment of need, not an instruction.
    body = "李明强调，当今世界比以往任何时候都更需要和平。这个行业比过去更需要人才。"
    assert detect(body) == []


def test_a_closed_quotation_ends_the_speakers_words() -> None:
    body = (
        "本报评论员\n"
        "习近平总书记强调：“要把粮食安全的主动权牢牢掌握在自己手中。”这为我们指明了方向。\n"
        "守护粮食安全，各地要把耕地保护摆在突出位置，农民也应当科学种田。"
    )
    found = detect(body, title="把饭碗牢牢端在自己手中")
    assert [(d.text[:5], d.attrs["issuer"]) for d in found] == [("“要把粮食", "习近平")]
    # A quotation of two sentences is the speaker's to its close; a feature's narration after it is not.
    body = (
        "王刚在考察时指出：“要保护好古城风貌。必须守住历史文脉。”\n"
        "如今，古城的街巷要比从前整洁许多，商户需要提前申请才能外摆。"
    )
    assert [d.text[:4] for d in detect(body)] == ["要保护好", "必须守住"]


def test_indirect_speech_and_a_quoted_term_still_carry_on() -> None:
    # No quotation closes at the sentence's end: the meeting goes on speaking.
    body = "会议指出，“放管服”改革要持续深化。要优化营商环境。\n各部门要加强协同。"
    assert [d.attrs["issuer"] for d in detect(body)] == ["会议", "会议", "会议"]


def test_people_of_no_office_give_no_directive() -> None:
    # A feature's farmer and researcher, named, speak from experience.
    body = (
        "果农陈大山说，种果树必须舍得投入。\n"
        "林晓是某大学化学系的副研究员。林晓表示，做实验需要保持耐心。\n"
        "县委书记周平强调，要把果园管护好。"
    )
    assert [(d.text[:4], d.attrs["issuer"]) for d in detect(body)] == [("要把果园", "周平")]
    # Someone the rules cannot name gives opinion; an office or a document unnamed still speaks.
    body = "卡里姆·汗认为，各国应当加强对话。他分析称，有关方面需要作出承诺。"
    assert detect(body) == []
    body = "中方代表表示，各方要坚持政治解决方向。"
    assert [(d.attrs["issuer"], d.attrs["issuer_label"]) for d in detect(body)] == [("中方代表", "POST")]


def test_a_quoted_instruction_inside_a_sentence_is_the_authoritys() -> None:
    body = (
        "绿色发展是大势所趋。省委书记李卫东在全省生态大会上要求“守住生态保护红线”，在调研时强调“统筹山水林田湖草治理，"
        "持续改善环境质量”，为全省指明了方向。\n省委全会提出：“实现生态美和百姓富相统一”。"
    )
    got = [(d.text, d.attrs["issuer"]) for d in detect(body)]
    assert got == [
        ("守住生态保护红线", "李卫东"),
        ("统筹山水林田湖草治理，持续改善环境质量", "李卫东"),
        ("实现生态美和百姓富相统一", "省委全会"),
    ]
    # A quoted statement or term, and a quotation of no authority, instruct nobody.
    body = "市委书记王芳指出“绿水青山就是金山银山”。村民老赵提出“多种果树”。部长张强强调“稳就业，是民生的头等大事”。"
    assert detect(body) == []


def test_an_unnamed_meeting_is_its_conveners_never_the_verb_that_held_it() -> None:
    from gui.core.tagging import Tagger

    tagger = Tagger()

    def issuers(body: str) -> list[tuple[str, str]]:
        return [(d.attrs["issuer"], d.attrs["issuer_label"]) for d in tagger.tag(body)[1]]

    # Held and never named: the convener speaks through it (it was 召开会议, a verb and its object).
    assert issuers("林武在太原主持召开会议。会议强调，要扎实做好安全生产工作。") == [("林武", "PER")]
    body = "6日，省长金湘军主持召开会议，研究部署防汛工作。会议指出，各级各部门要压实防汛责任。"
    assert issuers(body) == [("金湘军", "PER")]
    # A named meeting stays the meeting's, however it was held.
    body = "林武主持召开省委常委会会议。会议强调，要扎实做好安全生产工作。"
    assert issuers(body) == [("省委常委会会议", "MEETING")]
    # No one named as holding it: the words that name the speaker, not a fragment of the verb.
    found = issuers("随后召开会议。会议要求，要做好防汛准备。")
    assert found and all("召开" not in issuer for issuer, _ in found)
