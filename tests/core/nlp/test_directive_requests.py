"""What an authority asks is a directive with or without a modal (会议要求，各地加快推进…), whoever the
authority is — a meeting, an official, a document, a body — and a notice's provisions after 现就…通知如下：
are its issuer's. Not: what a person of no office asks, nor a person's own 决定."""

from __future__ import annotations

import pytest

from gui.core.tagging import Tagger


def found(tagger: Tagger, body: str) -> list[tuple[str, str, str, str]]:
    return [(d.text, d.attrs["issuer"], d.attrs["issuer_label"], d.attrs["addressee"]) for d in tagger.tag(body)[1]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "7月10日，省委常委会召开会议。会议要求，各地加快推进老旧小区改造，年底前完成改造任务。",
            [("各地加快推进老旧小区改造，年底前完成改造任务。", "省委常委会会议", "MEETING", "各地")],
        ),
        (
            "省委书记林武在大同调研。林武要求，各级党委和政府切实扛起防汛责任。",
            [("各级党委和政府切实扛起防汛责任。", "林武", "PER", "各级党委和政府")],
        ),
        (
            "国务院办公厅近日印发《关于推进城市更新的指导意见》。《意见》要求，各地建立城市体检评估制度。",
            [("各地建立城市体检评估制度。", "《关于推进城市更新的指导意见》", "DOC", "各地")],
        ),
        (
            "近日，住房城乡建设部印发通知。通知要求，各地抓紧排查燃气管道隐患。",
            [("各地抓紧排查燃气管道隐患。", "住房城乡建设部", "ORG", "各地")],
        ),
    ],
)
def test_a_request_without_a_modal_is_the_askers_directive(
    tagger: Tagger, body: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert found(tagger, body) == expected


def test_a_notices_provisions_after_its_announcement_in_one_line_are_its_issuers(tagger: Tagger) -> None:
    body = "国务院办公厅日前印发通知。现就有关事项通知如下：一、加强组织领导，压实属地责任。二、做好物资保障。"
    assert [(text[:2], issuer) for text, issuer, _, _ in found(tagger, body)] == [
        ("一、", "国务院办公厅"),
        ("二、", "国务院办公厅"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "记者问及此事，张先生表示，他要求，商家尽快退款。",  # a customer asks a shop
        "村民们要求，尽快修好这条路。",
        "余恒说，看到榜单后，他综合评定，决定揭榜试试。",  # a person's own decision
    ],
)
def test_what_a_person_of_no_office_asks_or_decides_is_no_directive(tagger: Tagger, body: str) -> None:
    assert found(tagger, body) == []


@pytest.mark.parametrize(
    ("body", "text", "issuer"),
    [
        ("省委常委会召开会议。会议号召，全省广大党员干部坚定信心、攻坚克难。", "全省广大", "省委常委会会议"),
        ("国务院总理李强在考察时叮嘱当地干部，一定把群众冷暖放在心上。", "一定把群", "李强"),
    ],
)
def test_a_call_and_a_charge_to_those_present_are_directives(tagger: Tagger, body: str, text: str, issuer: str) -> None:
    assert [(t[:4], i) for t, i, _, _ in found(tagger, body)] == [(text, issuer)]
    # Encouragement is not a charge: 勉励 stays no directive.
    assert found(tagger, body.replace("叮嘱", "勉励").replace("号召", "勉励")) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A body's words in a document it issued are the document's.
        (
            "人力资源社会保障部、教育部在《关于做好高校毕业生就业工作的通知》中明确要求，“依法打击培训贷、虚假招聘等违法行为”。"
            "但这类服务仍在社交平台出现。",
            [("“依法打击培训贷、虚假招聘等违法行为”。", "《关于做好高校毕业生就业工作的通知》", "DOC", "")],
        ),
        # A plan's targets for a year are set, with no modal.
        (
            "日前，国务院印发《2024—2025年节能降碳行动方案》。《行动方案》提出，2024年，单位国内生产总值能源消耗降低2.5%左右，"
            "非化石能源消费占比达到18.9%左右。此外，各地开展了宣传活动。",
            [
                (
                    "单位国内生产总值能源消耗降低2.5%左右，非化石能源消费占比达到18.9%左右。",
                    "《2024—2025年节能降碳行动方案》",
                    "DOC",
                    "",
                )
            ],
        ),
        # The country issues a titled plan: the plan's measure follows.
        (
            "为了打造更好的海湾生态环境，我国出台《美丽海湾建设提升行动方案》，将重点推进范围从50个扩大到110余个。",
            [("将重点推进范围从50个扩大到110余个。", "《美丽海湾建设提升行动方案》", "DOC", "")],
        ),
    ],
)
def test_documents_speak_through_the_bodies_that_issue_them(
    tagger: Tagger, body: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert found(tagger, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "习近平总书记在《论党的建设》中指出，党的建设是伟大工程。",  # a person's book is the person's
        "《报告》提出，2024年，全球经济增长3.2%。",  # a report sets no target
        "我国出台了一系列政策，就业形势总体稳定。",  # no titled document
        "我国发布《中国的能源转型》白皮书，介绍了十年来的成就。",
    ],
)
def test_what_is_only_reported_sets_nothing(tagger: Tagger, body: str) -> None:
    assert found(tagger, body) == []


@pytest.mark.parametrize("when", ["从今天（4月1日）起到4月7日", "今天起", "自明天（5月1日）零时起"])
def test_when_a_request_starts_is_part_of_it_not_one_of_its_own(tagger: Tagger, when: str) -> None:
    body = f"为满足群众祭扫需求，民政部要求，{when}，各地民政部门要落实专人值班制度，实现错峰祭扫。"
    assert [(text[: len(when)], issuer) for text, issuer, _, _ in found(tagger, body)] == [(when, "民政部")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Documents named without 《》.
        (
            "刚刚公布的中央一号文件指出，要优先把东北黑土地区的耕地建成高标准农田。",
            [("要优先把东北黑土地区的耕地建成高标准农田。", "中央一号文件", "DOC", "")],
        ),
        (
            "“十五五”规划纲要提出，增强基本公共服务均衡性和可及性。",
            [("增强基本公共服务均衡性和可及性。", "“十五五”规划纲要", "DOC", "")],
        ),
        # A ministry publishes for the first time a guideline 关于…的《…导则》: what it asks is the guideline's.
        (
            "生态环境部近日首次发布关于公路建设项目的《环境影响评价技术导则》，要求通过优化选址选线减少占用环境敏感区。",
            [("要求通过优化选址选线减少占用环境敏感区。", "《环境影响评价技术导则》", "DOC", "")],
        ),
        # A ministry that deploys or guides, told in a brief item.
        (
            "农业农村部开始部署春季农业生产，各地要环环紧扣抓好春耕备耕。",
            [("部署春季农业生产，各地要环环紧扣抓好春耕备耕。", "农业农村部", "ORG", "各地")],
        ),
        (
            "随着春节临近，商务部指导各地加强重要民生商品的产销保供，确保市场平稳运行。",
            [("各地加强重要民生商品的产销保供，确保市场平稳运行。", "商务部", "ORG", "各地")],
        ),
    ],
)
def test_documents_and_ministries_named_in_reports(
    tagger: Tagger, body: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert found(tagger, body) == expected


def test_a_document_plans_for_its_own_ground_not_for_a_place_it_does_not_govern(tagger: Tagger) -> None:
    body = "“十五五”规划纲要提出，全方位推进数智技术赋能。今年，湖南将聚焦五大重点领域，深化人工智能产业赋能。"
    assert [text[:6] for text, _, _, _ in found(tagger, body)] == ["全方位推进数"]


def test_a_leaders_request_of_the_place_or_of_how_to_act_is_his() -> None:
    from gui.core.tagging import Tagger

    tagger = Tagger()
    body = (
        "李强听取当地情况汇报，要求在提升城镇发展质量的同时，更加注重推进两地相互赋能。"
        "在社区，李强与群众围坐交谈，叮嘱当地把服务群众工作做细做实。"
    )
    found = [(d.text[:6], d.attrs["issuer"], d.attrs["addressee"]) for d in tagger.tag(body)[1]]
    assert found == [("要求在提升城", "李强", ""), ("叮嘱当地把服", "李强", "当地")]


def test_a_leaders_instruction_after_he_attached_importance_and_a_body_told_to_act(tagger: Tagger) -> None:
    body = (
        "事故发生后，中共中央总书记习近平高度重视并作出重要指示指出，一商场火灾造成重大人员伤亡，教训十分深刻！"
        "要全力救治受伤人员，尽快查明原因。\n李强作出批示指出，要全力搜救。当前“十一”临近，国务院安委会要指导各地排查隐患。"
    )
    assert [(text[:6], issuer, addressee) for text, issuer, _, addressee in found(tagger, body)] == [
        ("要全力救治受", "习近平", ""),
        ("要全力搜救。", "李强", ""),
        ("当前“十一”", "李强", "国务院安委会"),
    ]


def test_a_request_on_a_condition_runs_on_to_who_must_act(tagger: Tagger) -> None:
    body = (
        "国家数据局近日发布《数据安全事件报告办法》，要求发生重大数据安全事件的，运营单位应第一时间向主管部门报告；"
        "对瞒报的单位依法从重处罚。"
    )
    assert [text[:8] for text, _, _, _ in found(tagger, body)] == ["要求发生重大数据", "对瞒报的单位依法"]


def test_what_is_key_to_a_goal_is_an_assessment(tagger: Tagger) -> None:
    body = "习近平指出，谋划发展要立足全局。而要把握住全局，找准战略定位是关键。要坚持问题导向。"
    assert [text for text, _, _, _ in found(tagger, body)] == ["谋划发展要立足全局。", "要坚持问题导向。"]


def test_a_body_deploying_counted_tasks_sets_the_measures_of_its_sentence(tagger: Tagger) -> None:
    body = (
        "就在这几天，商务部在全国部署30项重点工作，加快县域商业体系建设，完善农村物流配送网络。"
        "与此同时，推动县域商业提质的百县千镇行动也在各地火热展开。"
    )
    assert [(text[:6], issuer) for text, issuer, _, _ in found(tagger, body)] == [("加快县域商业", "商务部")]


def test_the_meeting_a_leader_convened_decides_and_his_words_on_a_visit_are_his(tagger: Tagger) -> None:
    body = (
        "国务院总理李强7月1日主持召开国务院常务会议，听取有关情况汇报，决定延长部分税费优惠政策执行期限。\n"
        "王沪宁在广东调研。在参观东江纵队纪念馆时他表示，要弘扬伟大抗战精神。"
    )
    assert [(text[:4], issuer, label) for text, issuer, label, _ in found(tagger, body)] == [
        ("延长部分", "国务院常务会议", "MEETING"),
        ("要弘扬伟", "王沪宁", "PER"),
    ]


@pytest.mark.parametrize(("places", "addressee"), [("两省", "两省"), ("3省", "3省")])
def test_a_body_that_opens_an_emergency_response_asks_the_places_it_names(
    tagger: Tagger, places: str, addressee: str
) -> None:
    body = f"应急管理部针对河南、山东两省启动防汛四级应急响应，要求{places}加强巡查值守，确保群众安全。"
    ((text, issuer, label, to),) = found(tagger, body)
    assert (text[:4], issuer, label, to) == (f"要求{places[:2]}", "应急管理部", "ORG", addressee)


def test_a_leaders_points_go_on_through_bare_verbs_of_respect_and_reach(tagger: Tagger) -> None:
    body = (
        "习近平指出，做好新时代对外工作，需要把握好以下3条：一要坚持独立自主。"
        "同时，尊重各国人民自主选择的发展道路。二要扩大开放合作。深度对接共建“一带一路”倡议，广泛拓展国际联系。"
        "三要密切多边协作。大兴调查研究，问计于民。"
    )
    texts = [text[:4] for text, *_ in found(tagger, body)]
    assert texts == ["做好新时", "同时，尊", "二要扩大", "深度对接", "三要密切", "大兴调查"]


@pytest.mark.parametrize(
    "body",
    [
        "美国明尼苏达州政府今天起诉联邦政府，要求获取联邦执法人员开枪案件的全部证据。",
        "美国国际贸易法院作出裁决。要求美国海关与边境保护局不得依据该法征收关税。",
    ],
)
def test_what_a_foreign_body_asks_is_no_directive(tagger: Tagger, body: str) -> None:
    assert found(tagger, body) == []


@pytest.mark.parametrize("at_once", ["立即", "当即", "随即", ""])
def test_an_instruction_given_at_once_asks_with_no_addressee_and_goes_on(tagger: Tagger, at_once: str) -> None:
    body = (
        "事故发生后，党中央、国务院高度重视。"
        f"习近平总书记{at_once}作出重要指示，要求千方百计搜救失联人员，全力救治受伤人员。"
        "要科学组织施救，防止发生次生灾害。要尽快查明事故原因，严肃追究责任。"
    )
    directives = found(tagger, body)
    assert [(text[:4], issuer, addressee) for text, issuer, _, addressee in directives] == [
        ("要求千方", "习近平", ""),
        ("要科学组", "习近平", ""),
        ("要尽快查", "习近平", ""),
    ]


@pytest.mark.parametrize("places", ["广东", "广东、广西"])
def test_provinces_that_start_an_emergency_response_ask_as_governments(tagger: Tagger, places: str) -> None:
    body = (
        "中央气象台预计明天台风将在沿海登陆。"
        f"{places}已分别启动防风Ⅲ级应急响应，要求相关渔港渔船按规定回港避风。游客纷纷表示，要注意安全。"
    )
    assert [(text[:4], issuer) for text, issuer, _, _ in found(tagger, body)] == [("要求相关", places)]
