"""Measures told in the writer's sentences are still their body's: a 要求… that opens a sentence after a
body's report, a plan's 提出建设…, a launched programme's measures, a body's words on a given day
(今天（…）表示), a leader's 作出重要指示强调. Not: what a thing can do (可为…提供), a report of what was done."""

from __future__ import annotations

import pytest

from gui.core.tagging import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger()


def found(tagger: Tagger, body: str) -> list[tuple[str, str, str]]:
    return [(d.text, d.attrs["issuer"], d.attrs["strength"]) for d in tagger.tag(body)[1]]


def test_a_request_opening_the_sentence_after_a_bodys_report_is_that_bodys(tagger: Tagger) -> None:
    body = (
        "国家防总昨天（6月2日）针对浙江、福建两省启动防汛四级应急响应，并派出工作组赴一线。"
        "要求各地加强值班值守，提前转移危险区域群众。"
    )
    assert found(tagger, body) == [("要求各地加强值班值守，提前转移危险区域群众。", "国家防总", "要")]


def test_a_request_opening_a_paragraph_has_no_body_to_ask_for_it(tagger: Tagger) -> None:
    # The body named in the paragraph before does not carry into the next one.
    body = "国家防总昨天启动防汛四级应急响应。\n要求立即撤离的群众有的还在犹豫。"
    assert found(tagger, body) == []


def test_a_bare_head_word_is_no_organisation(tagger: Tagger) -> None:
    entities, _ = tagger.tag("气象部门要求加强联合会商研判，及时发布预警。")
    assert [(e.text, e.label) for e in entities if e.label == "ORG"] == []


def test_a_leaders_instruction_runs_on_after_its_opening_assessment(tagger: Tagger) -> None:
    body = (
        "习近平总书记日前对防汛工作作出重要指示强调，当前各地进入主汛期，防汛形势严峻复杂。"
        "各级党委和政府必须压实责任，全力保障人民群众生命财产安全。"
    )
    assert found(tagger, body) == [
        ("各级党委和政府必须压实责任，全力保障人民群众生命财产安全。", "习近平", "必须"),
    ]


@pytest.mark.parametrize("when", ["今天（3月5日）", "昨天", "日前"])
def test_a_bodys_plan_stated_on_a_given_day_is_its_directive(tagger: Tagger, when: str) -> None:
    body = f"工业和信息化部{when}表示，我国将在中西部布局一批算力枢纽节点，推动算力资源高效调度。"
    assert found(tagger, body) == [
        ("我国将在中西部布局一批算力枢纽节点，推动算力资源高效调度。", "工业和信息化部", "要"),
    ]


def test_a_plans_proposal_in_a_feature_sentence_is_the_plans(tagger: Tagger) -> None:
    body = (
        "五年来，全省冷链物流快速发展。《规划》提出建设覆盖城乡的冷链物流网络，补齐县乡短板。如今，冷库已经遍布各县。"
    )
    assert found(tagger, body) == [("建设覆盖城乡的冷链物流网络，补齐县乡短板。", "《规划》", "要")]


def test_a_plan_that_was_built_is_told_not_proposed(tagger: Tagger) -> None:
    body = "《规划》提出的冷链物流网络已经建成，冷库遍布各县。"
    assert found(tagger, body) == []


def test_a_launched_programmes_measures_are_the_launching_bodys(tagger: Tagger) -> None:
    body = (
        "科技部近日启动青年科学家培育计划，支持高校建设青年科学家工作室，遴选100个重点团队。"
        "同时，建立青年科研人员长期稳定支持机制。"
    )
    assert [(text[:8], issuer) for text, issuer, _ in found(tagger, body)] == [
        ("支持高校建设青年", "科技部"),
        ("同时，建立青年科", "科技部"),
    ]


def test_a_grasped_proposition_is_no_assessment(tagger: Tagger) -> None:
    body = (
        "王明指出，做好新时代统战工作，要牢牢把握大团结大联合的主题；"
        "牢牢把握人心是最大的政治这一要求，广泛凝聚共识；牢牢把握正确方向，守正创新。"
    )
    starts = [text[:8] for text, _, _ in found(tagger, body)]
    assert starts == ["做好新时代统战工", "牢牢把握人心是最", "牢牢把握正确方向"]


def test_what_a_thing_can_serve_is_no_permission(tagger: Tagger) -> None:
    body = "国家航天局今天宣布，新一代中继卫星在轨运行正常，可为后续深空探测任务提供通信服务。"
    assert found(tagger, body) == []
