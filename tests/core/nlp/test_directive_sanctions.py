"""A disciplinary decision (经…常委会会议研究，决定给予X开除党籍处分；…；…。) is a list of measures
without a modal, decided by the commission that investigated; the list ends with its full stop."""

from __future__ import annotations

import pytest

from gui.core.tagging import Tagger


def _found(tagger: Tagger, body: str) -> list[tuple[str, str, str]]:
    return [(d.text, d.attrs["issuer"], d.attrs["issuer_label"]) for d in tagger.tag(body)[1]]


@pytest.mark.parametrize(
    ("commission", "studied", "person", "issuer"),
    [
        ("中央纪委国家监委", "经中央纪委常委会会议研究并报中共中央批准", "唐仁健", "中央纪委国家监委"),
        ("山西省纪委监委", "经省纪委常委会会议研究并报省委批准", "王某", "山西省纪委监委"),
        # A commission's office in a ministry, named by the ministry.
        ("驻国家发展改革委纪检监察组", "经驻委纪检监察组研究", "刘一鸣", "国家发展改革委纪检监察组"),
    ],
)
def test_the_commission_that_investigated_decides_each_measure(
    tagger: Tagger, commission: str, studied: str, person: str, issuer: str
) -> None:
    body = (
        f"日前，{commission}对原副局长{person}严重违纪违法问题进行了立案审查调查。"
        f"经查，{person}违反中央八项规定精神，收受礼品礼金。"
        f"{studied}，决定给予{person}开除党籍处分；按规定取消其享受的待遇；收缴其违纪违法所得；"
        "将其涉嫌犯罪问题移送检察机关依法审查起诉，所涉财物一并移送。"
        "此外，有关部门加大了廉政宣传力度，开展了警示教育。"
    )
    found = _found(tagger, body)
    assert [text[:4] for text, _, _ in found] == ["给予" + person[:2], "按规定取", "收缴其违", "将其涉嫌"]
    assert {(issuer, label) for _, issuer, label in found} == {(issuer, "ORG")}


def test_a_report_to_a_higher_body_is_no_organisation_name(tagger: Tagger) -> None:
    entities = tagger.tag("经省纪委常委会会议研究并报省委批准，决定给予王某开除党籍处分。")[0]
    names = {(e.label, e.text) for e in entities}
    assert ("ORG", "省委") in names
    assert not [text for label, text in names if "并报" in text]


def test_a_persons_decision_is_no_sanction(tagger: Tagger) -> None:
    body = "退休教师张华决定给予孙子一些零花钱；他还决定收缴孩子的手机。"
    assert _found(tagger, body) == []
