"""A document's measures told by someone explaining it: 决定稿对…作出部署。提出A；B；C。 and 在…方面，提出…
are the document's (the draft is the titled document the article named), item by item to the stop; a speech
printed under its speaker's name (习近平⏎同志们：) is his. Not: what a goal takes (要…，仍然要靠…), the
features a text is said to have (有以下几个特点。第一，注重…), a wish's 提出建设性意见."""

from __future__ import annotations

import pytest

from gui.core.tagging import Tagger

DECISION = "《中共中央关于全面推进乡村振兴若干问题的决定》"
PLAN = "《长江流域水生态保护规划》"


def found(tagger: Tagger, body: str, title: str = "") -> list[dict]:
    return [{"text": d.text, **d.attrs} for d in tagger.tag(body, title)[1]]


@pytest.mark.parametrize(
    ("body", "document", "items"),
    [
        (
            f"受中央委托，我就{DECISION}起草的有关情况作说明。\n"
            "决定稿对健全农村金融服务体系作出部署。提出完善涉农贷款风险分担机制；扩大农业保险覆盖面；"
            "健全农村信用体系。",
            DECISION,
            ["完善涉农贷款风险分担机制；", "扩大农业保险覆盖面；", "健全农村信用体系。"],
        ),
        (
            f"水利部近日印发{PLAN}。\n《规划》提出强化岸线空间管控；稳步推进退渔还湿；加强珍稀物种栖息地保护。",
            PLAN,
            ["强化岸线空间管控；", "稳步推进退渔还湿；", "加强珍稀物种栖息地保护。"],
        ),
    ],
)
def test_a_documents_proposals_after_ti_chu_are_its_directives_to_the_stop(
    tagger: Tagger, body: str, document: str, items: list[str]
) -> None:
    ds = found(tagger, body)
    assert [d["text"] for d in ds] == items
    assert {(d["issuer"], d["issuer_label"], d["strength"]) for d in ds} == {(document, "DOC", "要")}


def test_a_bare_ti_chu_goes_on_with_the_document_a_sentence_before_named(tagger: Tagger) -> None:
    body = (
        f"我就{DECISION}作说明。\n决定稿围绕城乡融合发展，对深化农村改革作出部署。\n"
        "在农村土地制度改革方面，提出稳妥推进宅基地制度改革；制定农村集体经济组织法。\n"
        "着眼增强农业综合生产能力，提出分类推进高标准农田建设，完善耕地保护补偿机制。"
    )
    texts = [d["text"] for d in found(tagger, body) if d["issuer"] == DECISION]
    assert texts == [
        "稳妥推进宅基地制度改革；",
        "制定农村集体经济组织法。",
        "分类推进高标准农田建设，完善耕地保护补偿机制。",
    ]


def test_a_speech_printed_under_its_speakers_name_is_his(tagger: Tagger) -> None:
    body = (
        "关于《政府工作报告》修改情况的说明\n李强\n同志们：\n我就报告起草情况作简要说明。\n"
        "面对复杂的外部环境，必须坚持稳中求进工作总基调，巩固和增强经济回升向好态势。"
    )
    (d,) = found(tagger, body)
    assert (d["issuer"], d["issuer_label"], d["strength"]) == ("李强", "PER", "必须")
    assert d["text"].startswith("面对复杂的外部环境，必须坚持")


@pytest.mark.parametrize(
    "body",
    [
        # what a goal takes is an assessment, not an instruction
        "习近平指出，新时代新征程上，要实现乡村全面振兴，仍然要靠深化农村改革。",
        "李强表示，要把蓝图变为现实，根本在于扎扎实实抓落实。",
        "习近平指出，促进全球发展，离不开开放合作的国际环境。",
        # 应运而生 is a birth, not a modal
        "习近平指出，在各方共同努力下，一个新的国际组织应运而生。",
        # the features a text is said to have, point by point
        f"我就{DECISION}作说明。\n决定稿在内容上有以下几个特点。\n第一，注重发挥改革牵引作用。",
        # a wish's 提出 is no proposal of the document
        f"我就{DECISION}作说明。\n决定稿对农村改革作出部署。\n希望同志们紧紧围绕全会主题进行讨论，提出建设性修改意见和建议。",
    ],
)
def test_what_a_goal_takes_features_and_wishes_instruct_nobody(tagger: Tagger, body: str) -> None:
    assert found(tagger, body) == []


def test_a_leaders_charge_with_his_subject_left_out_is_his(tagger: Tagger) -> None:
    body = (
        "习近平总书记深入基层，察民生、看民情。\n他来到山村小学，看孩子们的学习环境。"
        "走进受灾村民家中，叮嘱地方党委和政府，冬季来得早，要确保受灾群众安全温暖过冬。"
    )
    (d,) = found(tagger, body)
    assert (d["issuer"], d["issuer_label"]) == ("习近平", "PER")
    assert d["text"].startswith("叮嘱地方党委和政府")
