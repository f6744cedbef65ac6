"""An issuer read off the words around a frame names the authority and nothing of the sentence: the time
or occasion before it (年底的中央经济工作会议, 考察时习近平总书记) and a verb the sentence went on with
(建议…会议, 联合…等部门) are cut; a count of people (两位总书记) names no one."""

from __future__ import annotations

import pytest

from gui.core.nlp.directive_fragments import mend, trim
from gui.core.tagging import Tagger


@pytest.mark.parametrize(
    ("reading", "label", "name"),
    [
        ("年底的中央经济工作会议", "MEETING", "中央经济工作会议"),
        ("考察时习近平总书记", "POST", "习近平总书记"),
        ("建议全国政协十四届三次会议", "MEETING", "全国政协十四届三次会议"),
        ("联合中央网信办、工业和信息化部等9部门", "ORG", "中央网信办、工业和信息化部等9部门"),
        # Names that only look so: kept whole.
        ("党的二十届三中全会", "MEETING", "党的二十届三中全会"),
        ("中央党的建设工作领导小组会议", "MEETING", "中央党的建设工作领导小组会议"),
        ("学习贯彻习近平新时代中国特色社会主义思想主题教育工作推进会", "MEETING", None),
        ("联合国安理会", "ORG", None),
        ("中华全国妇女联合会", "ORG", None),
    ],
)
def test_a_reading_keeps_the_name_and_drops_the_sentence_around_it(reading: str, label: str, name: str | None) -> None:
    assert trim(reading, label) == (name or reading)


def test_mending_moves_the_span_and_the_joint_issuers_with_the_name() -> None:
    attrs: dict[str, object] = {
        "issuer": "联合财政部、商务部",
        "issuers": ["联合财政部", "商务部"],
        "issuer_label": "ORG",
        "issuer_span": [10, 19],
    }
    assert mend(attrs)
    assert attrs["issuer"] == "财政部、商务部"
    assert attrs["issuers"] == ["财政部", "商务部"]
    assert attrs["issuer_span"] == [12, 19]
    # A time inside bodies acting together is cut too; the span stays the reading's.
    inside: dict[str, object] = {"issuer": "财政部日前会同农业农村部", "issuer_label": "ORG", "issuer_span": [0, 12]}
    assert mend(inside) and inside["issuer"] == "财政部会同农业农村部" and inside["issuer_span"] == [0, 12]
    assert not mend({"issuer": "两位总书记", "issuer_label": "POST"})


def test_a_meeting_told_with_its_time_is_named_without_it(tagger: Tagger) -> None:
    body = "习近平总书记对降低物流成本作出重要指示。年底的中央经济工作会议进一步提出，要有效降低全社会物流成本。"
    issuers = [d.attrs["issuer"] for d in tagger.tag(body)[1]]
    assert issuers and all(not issuer.startswith("年底") for issuer in issuers)
    assert "中央经济工作会议" in issuers
