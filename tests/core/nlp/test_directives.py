"""The directive detector: which sentences instruct, who issues them, to whom, how strongly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.ingest.page import split_page
from gui.core.model import Annotation
from gui.core.nlp.directives import STRENGTHS, DirectiveDetector
from gui.core.nlp.topics import Topic
from gui.core.paths import seeds_dir

DETECTOR = DirectiveDetector()


def detect(body: str, entities: list[Annotation] | None = None) -> list[Annotation]:
    return DETECTOR.detect(body, entities or [])


def find(found: list[Annotation], fragment: str) -> Annotation:
    hits = [a for a in found if fragment in a.text]
    assert len(hits) == 1, (fragment, [a.text for a in found])
    return hits[0]


def absent(found: list[Annotation], fragment: str) -> bool:
    return not any(fragment in a.text for a in found)


def entity(body: str, text: str, label: str, occurrence: int = 0) -> Annotation:
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(text, start + 1)
    return Annotation("entity", label, start, start + len(text), text)


# --- the seed page -------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed_articles() -> list:
    seed = seeds_dir() / "shanxi-daily_2022-03-25_page01.txt"
    return split_page(seed.read_text(encoding="utf-8"))


def test_seed_meeting_report_gives_every_yao_sentence_to_the_meeting(seed_articles: list) -> None:
    body = seed_articles[0].body
    found = detect(body)
    yao = [s for s in body.replace("\n", "。").split("。") if s.startswith(("要", "指出,要", "会议指出,要"))]
    assert [d.text for d in found] == [s[s.index("要") :] + "。" for s in yao]
    for d in found:
        assert d.attrs["issuer"] == "省委常委会议" and d.attrs["issuer_label"] == "MEETING"
        assert d.attrs["strength"] == "要"
    # The bare 指出 after 会议审议通过… carries the meeting.
    assert find(found, "要深入学习贯彻中央人才工作会议精神").attrs["topic"] == "劳动、人事、监察"
    assert find(found, "要坚持以人民为中心").attrs["topic"] == "城乡建设、环境保护"  # housing
    for fact in ("审议通过", "主持会议", "会议还研究了其他事项", "是各级党委、政府的职责所在"):
        assert absent(found, fact)


def test_seed_epidemic_meeting_tracks_lin_wu_and_lan_fo_an(seed_articles: list) -> None:
    body = seed_articles[1].body
    found = detect(body)
    assert find(found, "要深入学习贯彻习近平总书记重要讲话精神").attrs["issuer"] == "林武"  # 他强调
    items = [find(found, f"{n}是把") for n in "一二三四"]
    assert all(d.attrs["issuer"] == "林武" and d.attrs["strength"] == "要" for d in items)
    strict = find(found, "决不能有丝毫懈怠和放松")
    assert strict.text == "决不能有丝毫懈怠和放松。" and strict.attrs["strength"] == "必须"
    for addressee in ("有关市", "各级领导干部", "广大基层党组织和党员干部", "各行业主管部门", "所有法人单位"):
        d = find(found, addressee + ("都要" if addressee == "所有法人单位" else "要"))
        assert d.attrs["addressee"] == addressee and d.attrs["issuer"] == "林武"
    lan = find(found, "全省各级各部门要")
    assert (lan.attrs["issuer"], lan.attrs["addressee"]) == ("蓝佛安", "全省各级各部门")
    assert find(found, "要统筹疫情防控和社会经济发展").attrs["issuer"] == "蓝佛安"
    for fact in (
        "出席会议",
        "汇报有关情况",
        "会议以视频方式召开",
        "各市设分会场",
        "提出四方面要求",
        "形势依然严峻复杂",
    ):
        assert absent(found, fact)


def test_seed_policy_article_gives_the_provisions_to_the_document(seed_articles: list) -> None:
    body = seed_articles[2].body
    found = detect(body)
    doc = "《关于完善科技成果评价机制的实施意见》"
    assert all(d.attrs["issuer"] == doc and d.attrs["issuer_label"] == "DOC" for d in found)
    assert find(found, "要提升技术转移机构").attrs["issuer_span"] == [body.index(doc), body.index(doc) + len(doc)]
    assert find(found, "鼓励在省级开发区").attrs["strength"] == "鼓励"
    encouraged = find(found, "鼓励技术转移机构")
    assert (encouraged.attrs["strength"], encouraged.attrs["addressee"]) == ("鼓励", "技术转移机构和技术经理人")
    assert find(found, "支持技术转移机构将").attrs["strength"] == "鼓励"
    fees = find(found, "所需费用可在项目经费中列支")
    assert (fees.attrs["strength"], fees.attrs["addressee"]) == ("可", "高等院校和科研机构")
    assert find(found, "此外,建立").attrs["strength"] == "要"
    for background in ("是指在技术市场中", "技术经理人将纳入", "身份有些尴尬"):
        assert absent(found, background)


# --- speakers --------------------------------------------------------------------------
def test_the_speaker_carries_through_pronouns_bare_verbs_and_paragraphs() -> None:
    body = (
        "本报讯 5月6日，市委书记周海涛主持召开市委常委会议。他强调，要抓好防汛备汛。\n"
        "会议听取了有关情况汇报。指出，要压实各方责任。\n"
        "要做好物资储备。\n"
        "副市长韩梅指出，各区县要加强巡查。\n"
        "会议以视频方式召开。加强值班值守。"
    )
    found = detect(body)
    assert find(found, "要抓好防汛备汛").attrs["issuer"] == "周海涛"
    assert find(found, "要压实各方责任").attrs["issuer"] == "市委常委会议"
    assert find(found, "要做好物资储备").attrs["issuer"] == "市委常委会议"
    han = find(found, "各区县要加强巡查")
    assert (han.attrs["issuer"], han.attrs["addressee"]) == ("韩梅", "各区县")
    # A report closes the speech: a bare verb after it instructs nobody.
    assert absent(found, "加强值班值守")


def test_an_announced_enumeration_belongs_to_its_announcer() -> None:
    body = "省长许明就做好秋粮收购提出三点要求。一是强化组织领导。二是关于资金保障，要及时足额拨付。三是严格督查考核。"
    found = detect(body)
    assert [d.text[:2] for d in found] == ["一是", "二是", "三是"]
    assert {d.attrs["issuer"] for d in found} == {"许明"}
    assert absent(found, "提出三点要求")


def test_documents_named_short_or_by_kind_resolve_to_their_title() -> None:
    body = (
        "省政府办公厅印发《关于进一步稳定就业的若干措施》（以下简称《措施》）和《关于做好防汛工作的通知》。"
        "《措施》明确，鼓励企业吸纳高校毕业生。通知要求，各地要落实防汛责任。"
    )
    found = detect(body)
    assert find(found, "鼓励企业").attrs["issuer"] == "《关于进一步稳定就业的若干措施》"
    notice = find(found, "各地要落实防汛责任")
    assert notice.attrs["issuer"] == "《关于做好防汛工作的通知》"
    title = "《关于做好防汛工作的通知》"
    assert notice.attrs["issuer_span"] == [body.index(title), body.index(title) + len(title)]


def test_entities_from_the_tagger_name_issuers_the_rules_cannot() -> None:
    body = "阿卜杜拉在会见时强调，双方要深化务实合作。省应急厅要求，各地要开展隐患排查。"
    plain = detect(body)
    # Without the tagger the speaker is no one the rules can name, so no authority: no directive of theirs.
    assert [(d.text[:5], d.attrs["issuer_label"]) for d in plain] == [("各地要开展", "ORG")]
    ents = [entity(body, "阿卜杜拉", "PER"), entity(body, "省应急厅", "ORG")]
    found = detect(body, ents)
    abd = find(found, "双方要深化")
    assert (abd.attrs["issuer"], abd.attrs["issuer_label"], abd.attrs["issuer_span"]) == ("阿卜杜拉", "PER", [0, 4])
    org = find(found, "各地要开展")
    assert (org.attrs["issuer"], org.attrs["issuer_label"]) == ("省应急厅", "ORG")


def test_a_meeting_entity_gives_the_meeting_its_span() -> None:
    body = "本报讯 省政府召开第十五次常务会议，研究春耕工作。会议强调，要稳定粮食播种面积。"
    name = "省政府召开第十五次常务会议"[5:]
    found = detect(body, [entity(body, name, "MEETING")])
    d = find(found, "稳定粮食播种面积")
    assert (d.attrs["issuer"], d.attrs["issuer_label"]) == (name, "MEETING")
    assert d.attrs["issuer_span"] == [body.index(name), body.index(name) + len(name)]


# --- strength ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        ("必须守住安全底线。", "必须"),
        ("务必把责任压实到人。", "必须"),
        ("坚决遏制重特大事故发生。", "必须"),
        ("严禁超载运输。", "必须"),
        ("决不能有丝毫松懈。", "必须"),
        ("各地不得设置隐性门槛。", "必须"),
        ("要加强应急值守。", "要"),
        ("各级干部应当深入一线。", "要"),
        ("有关部门需加强协调。", "要"),
        ("加强重点时段巡查。", "要"),
        ("完善应急预案。", "要"),
        ("建立健全长效机制。", "要"),
        ("鼓励企业加大研发投入。", "鼓励"),
        ("支持高校开设相关专业。", "鼓励"),
        ("引导社会资本参与建设。", "鼓励"),
        ("符合条件的企业可申请补贴。", "可"),
        ("所需经费可以从专项资金中列支。", "可"),
        ("允许个体工商户延期缴费。", "可"),
    ],
)
def test_strength_follows_the_modal_or_the_bare_imperative(sentence: str, strength: str) -> None:
    found = detect("会议强调，形势总体平稳。" + sentence)
    assert [(d.text, d.attrs["strength"]) for d in found] == [(sentence, strength)]


def test_one_sentence_with_two_addressees_gives_two_directives() -> None:
    body = "王强指出，市直部门要带头落实，各县区要抓好配合，坚决杜绝推诿扯皮。"
    found = detect(body)
    assert [d.text for d in found] == ["市直部门要带头落实", "各县区要抓好配合，坚决杜绝推诿扯皮。"]
    assert [d.attrs["addressee"] for d in found] == ["市直部门", "各县区"]


def test_encouragement_and_firmness_inside_an_instruction_do_not_split_it() -> None:
    body = "会议指出，要完善定价机制，支持企业入场交易，坚决防止哄抬价格。"
    found = detect(body)
    assert [(d.text, d.attrs["strength"]) for d in found] == [
        ("要完善定价机制，支持企业入场交易，坚决防止哄抬价格。", "要")
    ]


def test_a_prohibition_names_who_must_refrain() -> None:
    found = detect("通知强调，严禁企业超能力生产。")
    assert find(found, "严禁").attrs["addressee"] == "企业"


# --- what is not a directive ---------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "会议指出，当前疫情形势依然严峻复杂。",
        "林武指出，同时也要看到，境内外压力差不断加大。",
        "会议指出，加快发展保障性租赁住房，是各级党委、政府的职责所在。",
        "会议审议通过《关于加强基层治理的意见》。省领导出席会议。",
        "技术经理人是指从事技术中介服务的自然人、法人和其他组织。",
        "王涛强调，这是一项重要而紧迫的任务，主要矛盾已经发生变化。",
        "以前去郑州要坐五个小时汽车。",
        "春节就要到了，街上张灯结彩。",
        "游客可通过微信小程序预约入场。",
        "国家发展改革委追加投资1亿元，支持受灾地区恢复重建。",
        "李明表示，亚欧合作之路应该怎么走？",
        "省统计局有关负责人表示，经济恢复的基础还需进一步巩固。",
        "技术交流不可或缺，风险可能增加。",
    ],
)
def test_assessments_reports_and_information_are_not_directives(body: str) -> None:
    assert detect(body) == []


def test_the_frame_stays_out_of_the_span_and_enumerators_stay_in() -> None:
    body = "会议强调，一是要狠抓落实。同时，加强督查。"
    found = detect(body)
    assert [d.text for d in found] == ["一是要狠抓落实。", "同时，加强督查。"]


# --- invariants and robustness ----------------------------------------------------------------
def test_offsets_are_exact_with_characters_outside_the_bmp() -> None:
    body = "𠀾𠀾村召开会议。会议强调，要加强𠀾𠀾管理。\n𠀾要完善制度。"
    found = detect(body)
    assert [(d.start, d.end, d.text) for d in found] == [(13, 21, "要加强𠀾𠀾管理。"), (22, 29, "𠀾要完善制度。")]
    assert found[0].attrs["issuer"] == "𠀾𠀾村会议" and found[0].attrs["issuer_span"] == [0, 3]


def test_half_width_punctuation_finds_the_same_directives() -> None:
    full = "会议指出，要加强领导；各地要落实责任。“要讲政治。”严禁推诿。"
    half = full.replace("，", ",").replace("；", ";").replace("。", ".").replace("“", '"').replace("”", '"')
    assert [d.attrs["strength"] for d in detect(full)] == [d.attrs["strength"] for d in detect(half)]
    assert len(detect(half)) == 4


def test_text_without_punctuation_and_empty_text() -> None:
    assert detect("") == []
    found = detect("会议强调\n要加强安全生产")
    assert [d.text for d in found] == ["要加强安全生产"]


def test_topics_come_from_the_list_the_detector_is_given() -> None:
    body = "会议强调，要做好餐饮食品安全工作。要加强校园周边治理。"
    assert [d.attrs["topic"] for d in detect(body)][0] == "市场监管、安全生产监管"
    mine = DirectiveDetector([Topic("食品", ("餐饮",)), Topic("校园", ("校园",))])
    assert [d.attrs["topic"] for d in mine.detect(body)] == ["食品", "校园"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "会议指出，",
                "他强调，",
                "要加强管理",
                "各地要",
                "鼓励企业",
                "可以",
                "，",
                "。",
                "；",
                "“",
                "”",
                "\n",
                "𠀾",
                "一是",
                "林武",
                "《通知》",
                "必须",
                "了",
                "是",
                "坚决",
            ]
        ),
        max_size=30,
    )
)
def test_any_text_gives_well_formed_suggestions(parts: list[str]) -> None:
    body = "".join(parts)
    found = detect(body)
    last = 0
    for d in found:
        assert (d.kind, d.label, d.origin, d.status) == ("directive", "DIRECTIVE", "auto", "suggested")
        assert d.text == body[d.start : d.end] and d.start >= last and d.end > d.start
        last = d.end
        assert set(d.attrs) == {
            "issuer", "issuers", "issuer_label", "issuer_span", "addressee", "addressee_span", "strength", "topic"
        }  # fmt: skip
        assert d.attrs["issuers"] == ([] if not d.attrs["issuer"] else d.attrs["issuers"])
        assert d.attrs["strength"] in STRENGTHS
        assert d.attrs["issuer_label"] in ("PER", "MEETING", "DOC", "ORG", "POST", "")
        span = d.attrs["issuer_span"]
        assert span is None or (0 <= span[0] < span[1] <= len(body))


def test_a_speech_verb_ending_a_clause_fits_in_the_window_searched_for_it() -> None:
    """match_frame looks for SPEECH_END in a clause's last SPEECH_END_WIDTH characters only."""
    from re import _parser  # type: ignore[attr-defined]

    from gui.core.nlp import directive_lexicon as lex

    assert _parser.parse(lex.SPEECH_END.pattern).getwidth()[1] <= lex.SPEECH_END_WIDTH
