"""A meeting's list of tasks after 会议强调，要…: each sentence is a task even without a modal, when it opens
with a verb of the genre (改进, 广泛汇集, 适应…趋势), as the annotators of dev-ho33 read 中央农村工作会议."""

from __future__ import annotations

from gui.core.tagging import Tagger


def test_the_tasks_listed_after_a_meetings_modal_are_its_own(tagger: Tagger) -> None:
    body = (
        "全省农村工作会议12日在太原召开。\n"
        "会议强调，要加强党对“三农”工作的全面领导，压实责任。改进工作方式方法，加强作风建设，大兴调查研究。"
        "广泛汇集各方力量，抓好决策部署落实落地。适应乡村人口变化趋势，优化村庄布局，扎实推进乡村建设。"
    )
    found = [(d.text[:4], d.attrs["issuer"]) for d in tagger.tag(body)[1]]
    assert [start for start, _ in found] == ["要加强党", "改进工作", "广泛汇集", "适应乡村"]
    assert {issuer for _, issuer in found} == {"全省农村工作会议"}


def test_a_description_that_opens_with_those_verbs_is_none(tagger: Tagger) -> None:
    body = "记者了解到，当地群众生活逐步适应了新的变化。工艺改进后，产量提高了两成。"
    assert tagger.tag(body)[1] == []


def test_descriptions_after_a_meetings_words_are_none(tagger: Tagger) -> None:
    body = "会议指出，要加强耕地保护。改进后的政策让群众更满意。适应市场需求的新产品不断涌现。"
    assert [d.text for d in tagger.tag(body)[1]] == ["要加强耕地保护。"]
