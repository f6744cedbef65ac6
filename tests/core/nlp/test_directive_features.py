"""How People's Daily features and theory articles quote an authority, read by the detector: a leader's
quotation standing alone under a dated heading, indirect speech said more than once (反复强调要…), the
Party centre named by its core, a quotation after a description of the speaker (时任…的X同志…，深刻指出
“…”), a meeting's 《决定》; and the voices that are not an authority's: a paragraph opening with a
citizen's quotation, a view (在X看来), a document published in a report (its sentence only)."""

from __future__ import annotations

from gui.core.nlp.directives import DirectiveDetector


def detect(body: str, title: str = "") -> list:
    return DirectiveDetector().detect(body, title=title)


def who_said(body: str) -> list[tuple[str, str]]:
    return [(d.text[:6], d.attrs["issuer"]) for d in detect(body)]


def test_a_leaders_quotation_alone_under_a_dated_heading_is_his() -> None:
    body = (
        "2023年5月 在河北考察灾后恢复重建\n"
        "“要把群众安置好，让受灾群众温暖过冬。”\n"
        "2023年11月，习近平总书记来到河北保定，察看灾后恢复重建情况。\n"
        "2024年1月 赴天津看望慰问基层干部群众\n"
        "“必须把就业摆在更加突出的位置。”\n"
        "春节前夕，李明主席来到天津，走进社区服务中心。"
    )
    assert who_said(body) == [("“要把群众安", "习近平"), ("“必须把就业", "李明")]
    # The heading may name him instead of the next paragraph.
    body = "2022年6月，习近平总书记在四川考察\n“要加快建设现代化产业体系。”\n随后，总书记来到一家企业。"
    assert [d.attrs["issuer"] for d in detect(body)] == ["习近平"]


def test_a_quotation_alone_is_nobodys_when_no_leader_is_named_with_it() -> None:
    # A villager's words standing alone, named next by his role only: no directive.
    body = "“大家要把垃圾分好类，村子才会更干净。”\n村民张大山一边打扫院子一边说起村里的变化。"
    assert detect(body) == []
    # A leader named in the next paragraph's second sentence is not the one who framed it.
    body = "“要守好这片林子。”\n护林员王平每天巡山。去年，习近平总书记来到这里考察。"
    assert detect(body) == []


def test_a_paragraph_opening_with_a_citizens_quotation_ends_the_speaker_before() -> None:
    body = (
        "去年，《关于进一步做好养老服务工作的通知》印发，明确各地建立社区助餐服务网络。\n"
        "“医生告诉我，按照新政策，我可以在家门口办理备案。”听到消息，老人很高兴。\n"
        "“以后看病要方便多了。”\n"
        "在社区主任张红看来，养老服务要做到精准对接、因需施策。要把老人的需求放在心上。"
    )
    found = detect(body)
    assert [(d.attrs["issuer"], d.attrs["issuer_label"]) for d in found] == [
        ("《关于进一步做好养老服务工作的通知》", "DOC")
    ]
    assert "建立社区助餐服务网络" in found[0].text


def test_indirect_speech_said_more_than_once_is_the_leaders() -> None:
    body = "党的十八大以来，习近平总书记高度重视生态保护，反复强调要坚持山水林田湖草沙一体化保护，许多论述影响深远。"
    assert [(d.text[:6], d.attrs["issuer"]) for d in detect(body)] == [("要坚持山水林", "习近平")]
    body = "习近平总书记多次指出，必须坚持农业农村优先发展。各地纷纷行动起来。"
    assert [(d.text[:4], d.attrs["issuer"], d.attrs["strength"]) for d in detect(body)] == [
        ("必须坚持", "习近平", "必须")
    ]


def test_the_party_centre_named_by_its_core_and_a_quotation_of_several_terms() -> None:
    body = (
        "新时代以来，以习近平同志为核心的党中央把粮食安全摆在突出位置，提出“统筹粮食生产和储备”"
        "“进一步树立粮食安全是国之大者的理念，压紧压实各级责任”等新要求，确保了谷物基本自给。"
    )
    assert [(d.text[:4], d.attrs["issuer"], d.attrs["issuer_label"]) for d in detect(body)] == [
        ("统筹粮食", "党中央", "ORG")
    ]
    # A statement quoted after 提出 is still no instruction.
    body = "以习近平同志为核心的党中央提出“绿水青山就是金山银山”的理念，深入人心。"
    assert detect(body) == []


def test_a_quotation_after_the_speakers_description_in_an_earlier_clause() -> None:
    body = "多年前，时任福建省委书记的习近平同志深入调研，鲜明指出“必须把生态优势转化为发展优势”。"
    assert [(d.text[:4], d.attrs["issuer"], d.attrs["strength"]) for d in detect(body)] == [
        ("必须把生", "习近平", "必须")
    ]


def test_a_meetings_decision_document_quoted() -> None:
    body = "金融是国家重要的核心竞争力。党的二十届三中全会《决定》提出：“健全投资和融资相协调的资本市场功能”。"
    assert [(d.text.lstrip("“")[:4], d.attrs["issuer"], d.attrs["issuer_label"]) for d in detect(body)] == [
        ("健全投资", "党的二十届三中全会《决定》", "DOC")
    ]


def test_a_document_published_sets_the_measures_of_its_own_sentence_only() -> None:
    body = (
        "今年初，《农村电网巩固提升工程实施方案》印发，无论是支持电网企业加大投入，还是开展配电网改造，都体现了决心。\n"
        "对于地方来说，应因地制宜推进项目，要加强统筹。"
    )
    found = detect(body)
    assert [(d.attrs["issuer"], d.attrs["strength"]) for d in found] == [("《农村电网巩固提升工程实施方案》", "鼓励")]
    # A report or statistics published sets nothing.
    assert detect("《2024年农村电网发展报告》发布，全年完成投资三千亿元。") == []


def test_the_occasion_after_a_reporters_title_is_no_name_and_a_word_with_ke_is_no_modal() -> None:
    body = (
        "“这次体验很难忘。”德国专家在接受本报记者专访时说。他指出，中企可以为欧方提供技术，欧方可以提供经验。\n"
        "如今，南非葡萄酒、加纳可可豆、智利车厘子……源源不断进入中国市场。"
    )
    assert detect(body) == []


def test_an_adjunct_before_what_a_named_subject_does_is_a_report() -> None:
    body = "市文旅局副局长陈亮介绍，围绕“以节促游”，本届灯会深化文旅融合，推出一批新线路。"
    assert detect(body) == []
    body = "区委书记王海介绍，聚焦群众关切，今年街道打造了十个口袋公园。"
    assert detect(body) == []
    # Said by a leader to those who must act, the same opening instructs.
    body = "王海强调，围绕群众关切，各级干部要深化作风建设。聚焦主责主业，加快推进重点项目。"
    assert [d.attrs["issuer"] for d in detect(body)] == ["王海", "王海"]
