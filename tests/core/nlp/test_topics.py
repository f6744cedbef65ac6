"""Topics: a user-editable keyword list decides what a directive is about."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.core.errors import InputError
from gui.core.nlp.topics import Topic, assign_topic, default_topics, load_topics


def test_the_shipped_list_is_the_state_council_policy_areas_adapted_for_news() -> None:
    topics = default_topics()
    names = [t.name for t in topics]
    # The areas of the State Council's policy document library (国务院政策文件库), with party
    # building added for news and 其他 left to "no topic".
    areas = "综合政务 国民经济管理、国有资产监管 财政、金融、审计 农业、林业、水利 科技、教育 卫生、体育"
    more = "公安、安全、司法 民政、扶贫、救灾 对外事务 港澳台侨工作 国防 党的建设"
    for name in (areas + " " + more).split():
        assert name in names
    assert "其他" not in names
    assert all(t.keywords for t in topics)
    assert len(set(names)) == len(names)
    words = [w for t in topics for w in (*t.keywords, *t.weak_keywords)]
    assert len(set(words)) == len(words)  # a keyword belongs to one area


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("要着力深化巡视巡察上下联动，做好巡视整改", "党的建设"),
        ("加大保障性租赁住房供给，推动解决新市民住房困难", "城乡建设、环境保护"),
        ("严格落实入返晋人员核酸检测，守住疫情防控防线", "卫生、体育"),
        ("全方位培养引进用好各类人才", "劳动、人事、监察"),
        ("支持技术转移机构开展科技成果评价", "科技、教育"),
        ("压实安全生产责任，开展隐患排查整治", "市场监管、安全生产监管"),
        ("助企纾困，助力市场主体倍增", "国民经济管理、国有资产监管"),
        ("抓好春耕备耕，稳定粮食播种面积", "农业、林业、水利"),
        ("全面贯彻新时代党的治藏方略，铸牢中华民族共同体意识", "民族、宗教"),
        ("推动加强全球人权治理，维护多边主义", "对外事务"),
        ("延长部分税费缓缴政策，加大金融支持力度", "财政、金融、审计"),
        ("全力搜救失联被困人员，妥善安置受灾群众", "民政、扶贫、救灾"),
        ("扩大高水平对外开放，稳住外贸外资基本盘", "商贸、海关、旅游"),
        ("深入推进两岸融合发展，团结广大台湾同胞", "港澳台侨工作"),
        ("坚持男女平等基本国策和儿童优先发展", "人口与计划生育、妇女儿童工作"),
        # The codebook (benchmarks/eval/directives/README.md): study leading into a work takes the work's area,
        # NPC procedure is 综合政务, a weak keyword decides only alone.
        ("要认真学习贯彻全会精神，切实把思想和行动统一到党中央决策部署上来", "党的建设"),
        ("要深入学习贯彻全会精神，履行好代表职责，以高质量人大工作服务大局", "综合政务"),
        ("要学习贯彻总书记重要讲话精神，加快建设高标准农田，稳定粮食生产", "农业、林业、水利"),
        ("要增强斗争本领，保持战略清醒", "党的建设"),
        ("将草案修改稿提请各代表团审议", "综合政务"),
        ("要推动经济持续回升向好", "国民经济管理、国有资产监管"),
        ("要确保社会大局安全稳定", "公安、安全、司法"),
        ("要落实防汛责任，确保群众安全", "民政、扶贫、救灾"),
    ],
)
def test_default_topics_on_typical_instructions(text: str, topic: str) -> None:
    assert assign_topic(text, default_topics()) == topic


def test_no_keyword_gives_no_topic() -> None:
    assert assign_topic("今天天气晴朗", default_topics()) == ""
    assert assign_topic("", default_topics()) == ""
    assert assign_topic("要加强住房保障", []) == ""


def test_specific_terms_outweigh_a_passing_general_word() -> None:
    topics = [Topic("经济", ("发展",)), Topic("住房", ("保障性租赁住房",))]
    assert assign_topic("加快发展保障性租赁住房", topics) == "住房"


def test_ties_go_to_the_topic_listed_first() -> None:
    a, b = Topic("甲", ("防汛",)), Topic("乙", ("救灾",))
    assert assign_topic("防汛救灾", [a, b]) == "甲"
    assert assign_topic("防汛救灾", [b, a]) == "乙"


def test_an_edited_list_file_changes_the_topics(tmp_path: Path) -> None:
    path = tmp_path / "topics.json"
    path.write_text(json.dumps([{"name": "食品安全", "keywords": ["食品", " 餐饮 ", ""]}], ensure_ascii=False), "utf-8")
    topics = load_topics(path)
    assert topics == [Topic("食品安全", ("食品", "餐饮"))]
    assert assign_topic("保障节日期间餐饮安全", topics) == "食品安全"


@pytest.mark.parametrize(
    "content",
    ["not json", '{"name": "x"}', '[{"keywords": ["a"]}]', '[{"name": "x", "keywords": "a"}]', '[{"name": " "}]'],
)
def test_a_broken_list_file_is_reported_with_its_name(tmp_path: Path, content: str) -> None:
    path = tmp_path / "mine.json"
    path.write_text(content, "utf-8")
    with pytest.raises(InputError, match="mine.json"):
        load_topics(path)


def test_weak_keywords_decide_only_where_no_other_topic_is_named() -> None:
    """Study and implementation are the party's own work alone, the means to another work named with them."""
    party = Topic("党建", ("党组织",), weak_keywords=("学习贯彻",))
    npc = Topic("人大", ("人大工作",))
    assert assign_topic("要深入学习贯彻全会精神", [party, npc]) == "党建"
    assert assign_topic("要深入学习贯彻全会精神，推动人大工作高质量发展", [party, npc]) == "人大"
    # Where its own keyword occurs, the weak one is not needed.
    assert assign_topic("要学习贯彻全会精神，加强党组织建设", [party, npc]) == "党建"


def test_weak_keywords_are_read_from_the_list_file(tmp_path: Path) -> None:
    path = tmp_path / "topics.json"
    listed = [{"name": "党建", "keywords": ["党组织"], "weak_keywords": ["学习贯彻", "党组织"]}]
    path.write_text(json.dumps(listed, ensure_ascii=False), "utf-8")
    # A word that is already a keyword is not weak too.
    assert load_topics(path) == [Topic("党建", ("党组织",), ("学习贯彻",))]
    path.write_text('[{"name": "x", "keywords": ["a"], "weak_keywords": "b"}]', "utf-8")
    with pytest.raises(InputError, match="topics.json"):
        load_topics(path)


def test_a_weak_keyword_never_takes_a_provision_from_its_document() -> None:
    from gui.core.tagging import Tagger

    body = "各地要学习贯彻党中央重要指示精神，确保安全稳定。"
    (d,) = Tagger().tag(body, "关于加强耕地保护的通知")[1]
    assert d.attrs["topic"] == "农业、林业、水利"


def test_a_hand_marked_directive_gets_the_topic_the_detector_gives() -> None:
    """Marking a sentence by hand (DirectiveDetector.reading) reads the article as detect does: talks frame the
    whole article, and a directive that names no area takes the article's."""
    from gui.core.nlp.directives import DirectiveDetector
    from gui.core.tagging import Tagger

    detector = DirectiveDetector()
    for body in (
        "钱涛会见越南客人，双方就两国关系和全球治理交换意见。钱涛指出，双方要深化双边合作，推动两国关系发展。",
        "全省防汛救灾工作会议召开。\n会议强调，要立说立行、久久为功。",
    ):
        entities, found = Tagger().tag(body)
        assert found
        for d in found:
            assert detector.reading(body, d.start, d.end, entities)["topic"] == d.attrs["topic"] != ""
