"""Topics: a user-editable keyword list decides what a directive is about."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.core.errors import InputError
from gui.core.nlp.topics import Topic, assign_topic, default_topics, load_topics


def test_the_shipped_list_covers_the_topics_editors_count() -> None:
    topics = default_topics()
    names = [t.name for t in topics]
    for name in ("巡视", "党建", "人才", "住房", "疫情防控", "科技", "经济", "民生", "安全"):
        assert name in names
    assert all(t.keywords for t in topics)
    assert len(set(names)) == len(names)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("要着力深化巡视巡察上下联动，做好巡视整改", "巡视"),
        ("加大保障性租赁住房供给，推动解决新市民住房困难", "住房"),
        ("严格落实入返晋人员核酸检测，守住疫情防控防线", "疫情防控"),
        ("全方位培养引进用好各类人才", "人才"),
        ("支持技术转移机构开展科技成果评价", "科技"),
        ("压实安全生产责任，开展隐患排查整治", "安全"),
        ("助企纾困，助力市场主体倍增", "经济"),
        ("抓好春耕备耕，稳定粮食播种面积", "乡村振兴"),
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
