"""A Chinese leader's speech at an international meeting (G20, a summit): the sides he addresses
(各方要…, 二十国集团应该…), openings of time and stance (展望未来，…; 站在新的起点上，…), points without a
modal (寻求…; 以科技创新赋能…); and a plenum's words he relays (…强调要…) do not silence him after them."""

from __future__ import annotations

import pytest

from gui.core.tagging import Tagger


def _found(tagger: Tagger, body: str) -> list[tuple[str, str]]:
    return [(d.text[:6], d.attrs["issuer"]) for d in tagger.tag(body)[1]]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("展望未来，各方要重温北京世妇会初心，采取更务实行动。", "展望未来，"),
        ("面向未来，各方要加强团结协作。", "面向未来，"),
        ("站在新的起点上，二十国集团应该承前启后、继往开来。", "站在新的起"),
        ("寻求政治解决乌克兰危机之道，推动尽快在加沙停火止战。", "寻求政治解"),
        ("以科技创新赋能妇女事业高质量发展，努力让广大妇女人生出彩。", "以科技创新"),
        ("更好满足发展中国家绿色融资需求。", "更好满足"),
        ("维护以联合国为核心的国际体系，抵制一切形式的单边主义。", "维护以联合"),
        ("联合开展关键技术研发，推动产业深度融合。", "联合开展关"),
        ("共同推动区域互联互通，实现优势互补。", "共同推动区"),
        ("更大力度开拓市场化岗位，用足用好稳岗促就业政策。", "更大力度开"),
        ("组织实施好基层服务项目，鼓励毕业生到基层建功立业。", "组织实施好"),
        ("明确任务、突出重点，不断提高对口支援工作实效。", "明确任务、"),
    ],
)
def test_a_leaders_points_at_a_summit(tagger: Tagger, sentence: str, start: str) -> None:
    body = f"习近平指出，要加强团结。{sentence}"
    found = tagger.tag(body)[1]
    assert [d.attrs["issuer"] for d in found] == ["习近平", "习近平"]
    assert found[1].text.startswith(start)


def test_the_sides_speaking_give_no_instruction(tagger: Tagger) -> None:
    assert _found(tagger, "会谈结束后，与会各方表示，要加强合作，共同应对挑战。") == []


def test_a_plenums_words_he_relays_do_not_end_his(tagger: Tagger) -> None:
    body = (
        "习近平表示，一年来，特别行政区政府锐意进取、务实有为。\n"
        "习近平指出，中国共产党二十届四中全会对“十五五”时期发展作出战略擘画，强调要坚定不移贯彻“一国两制”方针，"
        "促进澳门长期繁荣稳定。特别行政区政府要主动对接国家“十五五”规划，坚持和完善行政主导。\n"
        "李强、蔡奇等参加会见。"
    )
    assert _found(tagger, body) == [("要坚定不移贯", "中国共产党二十届四中全会"), ("特别行政区政", "习近平")]


def test_better_as_an_adjective_opens_nothing(tagger: Tagger) -> None:
    assert _found(tagger, "习近平指出，要加强团结。更好的生活就在前方，更好地服务人民是我们的初心。") == [
        ("要加强团结。", "习近平")
    ]


def test_what_serves_both_sides_is_an_assessment_not_a_point(tagger: Tagger) -> None:
    body = "李强表示，维护发展两国友好合作关系符合两国人民根本利益。双方要加强交流。"
    assert _found(tagger, body) == [("双方要加强交", "李强")]


def test_a_leaders_closing_call_is_a_point_of_his(tagger: Tagger) -> None:
    body = "习近平指出，要加强团结。习近平最后表示，让我们携手同行，共同开创亚太发展新篇章！"
    assert _found(tagger, body) == [("要加强团结。", "习近平"), ("让我们携手同", "习近平")]


def test_what_makes_us_feel_is_no_call(tagger: Tagger) -> None:
    assert _found(tagger, "习近平指出，这次参观让我们深刻认识到文物保护的重要。") == []


@pytest.mark.parametrize("parties", ["冲突各方", "有关各方", "国际社会"])
def test_the_parties_a_leader_addresses_at_a_summit_act_after_what_is_urgent(tagger: Tagger, parties: str) -> None:
    body = (
        "习近平指出，加沙地区的冲突已持续一个多月，中方深表关切。"
        f"当务之急，一是{parties}要立即停火止战。二是要保障人道主义救援通道安全畅通。"
    )
    found = [(d.text[:4], d.attrs["issuer"], d.attrs["addressee"]) for d in tagger.tag(body)[1]]
    assert found == [("当务之急", "习近平", parties), ("二是要保", "习近平", "")]
