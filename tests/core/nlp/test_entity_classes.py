"""Kinds of entity error seen in real news, each checked as a kind: other names, other
sentences than the ones the errors were found in."""

from __future__ import annotations

import pytest

from gui.core.nlp.entities import EntityTagger


@pytest.fixture(scope="module")
def tagger() -> EntityTagger:
    return EntityTagger()


def spans(tagger: EntityTagger, text: str) -> list[tuple[str, str]]:
    return [(a.text, a.label) for a in tagger.tag(text)]


def labelled(tagger: EntityTagger, text: str, label: str) -> list[str]:
    return [a.text for a in tagger.tag(text) if a.label == label]


# -- one sense per article: a piece of a name found whole is no name of its own -------------


@pytest.mark.parametrize(
    ("text", "whole", "piece"),
    [
        ("联合国难民署高级专员格兰迪表示欢迎。兰迪强调，援助必须及时。", "格兰迪", "兰迪"),
        ("世卫组织总干事谭德塞表示关切。德塞说，各国应加强合作。", "谭德塞", "德塞"),
        ("省委书记王建设主持会议。王建强调，要抓好落实。", "王建设", "王建"),
    ],
)
def test_a_piece_of_a_name_found_whole_is_not_tagged_alone(
    tagger: EntityTagger, text: str, whole: str, piece: str
) -> None:
    people = labelled(tagger, text, "PER")
    assert whole in people
    assert piece not in people


def test_the_part_after_a_middle_dot_stays_the_persons_short_name(tagger: EntityTagger) -> None:
    text = "联合国秘书长安东尼奥·古特雷斯发表声明。古特雷斯表示，各方应保持克制。"
    assert labelled(tagger, text, "PER") == ["安东尼奥·古特雷斯", "古特雷斯"]


# -- regions by direction are no organisations ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "预计我国中东部地区将出现降温。",
        "东中西部协调发展取得新进展。",
        "四川东部和重庆西部将有大雨。",
        "华北中南部有轻度霾。",
    ],
)
def test_regions_named_by_their_directions_are_not_organisations(tagger: EntityTagger, text: str) -> None:
    assert not any(label == "ORG" and "部" in t for t, label in spans(tagger, text))


def test_a_department_is_still_an_organisation(tagger: EntityTagger) -> None:
    assert "省委组织部" in labelled(tagger, "省委组织部召开会议。", "ORG")


# -- a place and a school is one organisation ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("拉萨那曲中学的学生参加了比赛。", "拉萨那曲中学"),
        ("他毕业于兰州一中，后来考入清华大学。", "兰州一中"),
        ("成都双流中学开展了读书活动。", "成都双流中学"),
    ],
)
def test_a_place_and_a_school_are_one_organisation(tagger: EntityTagger, text: str, school: str) -> None:
    found = spans(tagger, text)
    assert (school, "ORG") in found
    assert not any(label == "LOC" and t in school for t, label in found)


def test_a_school_without_a_name_is_no_entity(tagger: EntityTagger) -> None:
    assert labelled(tagger, "要办好每一所学校，各中小学校陆续开学。", "ORG") == []


# -- a meeting named by a quoted theme is one meeting, quotes and all -------------------------


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("市政协召开“优化营商环境”专题协商会，听取意见。", "“优化营商环境”专题协商会"),
        ("区委举行“不忘初心”主题教育推进会。", "“不忘初心”主题教育推进会"),
        ("全国政协举办“推动乡村振兴”重点提案办理协商会。", "“推动乡村振兴”重点提案办理协商会"),
    ],
)
def test_a_quoted_theme_and_a_kind_of_meeting_are_one_meeting(tagger: EntityTagger, text: str, meeting: str) -> None:
    found = spans(tagger, text)
    assert (meeting, "MEETING") in found
    assert not any(label == "ORG" and t.endswith("会") for t, label in found)


def test_a_quote_before_a_verb_is_no_meeting(tagger: EntityTagger) -> None:
    assert labelled(tagger, "她以自己发明的“节水灌溉”技术轰动大会。", "MEETING") == []
    assert labelled(tagger, "他说：“我们要开好这个会”。", "MEETING") == []


# -- posts of international bodies, 人民 + an organ ------------------------------------------


def test_the_post_of_an_international_body_is_a_post_after_the_body(tagger: EntityTagger) -> None:
    found = spans(tagger, "联合国裁军事务高级代表中满泉出席会议。")
    assert ("联合国", "ORG") in found
    assert ("裁军事务高级代表", "POST") in found
    assert ("联合国难民署", "ORG") in spans(tagger, "联合国难民署高级专员格兰迪表示欢迎。")
    assert ("高级专员", "POST") in spans(tagger, "联合国难民署高级专员格兰迪表示欢迎。")


@pytest.mark.parametrize(
    ("text", "org"),
    [("要发挥人民政协专门协商机构作用。", "人民政协"), ("坚持人民法院依法独立公正行使审判权。", "人民法院")],
)
def test_people_and_an_organ_is_the_organ(tagger: EntityTagger, text: str, org: str) -> None:
    assert org in labelled(tagger, text, "ORG")


def test_the_peoples_government_at_every_level_is_no_one_body(tagger: EntityTagger) -> None:
    assert labelled(tagger, "各级人民政府要加强领导。", "ORG") == []


# -- laws, charters and treaties without 《》 ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "doc"),
    [
        ("各地要严格执行野生动物保护法。", "野生动物保护法"),
        ("常委会审议了黄河保护法草案。", "黄河保护法草案"),
        ("会议听取了关于土地管理法修正案的说明。", "土地管理法修正案"),
        ("依照中华人民共和国外商投资法的规定办理。", "中华人民共和国外商投资法"),
        ("违反数据安全法的，依法追究责任。", "数据安全法"),
        ("要用好反外国制裁法，维护国家利益。", "反外国制裁法"),
        ("各方应共同落实巴黎协定。", "巴黎协定"),
        ("缔约方大会讨论了联合国气候变化框架公约的履约情况。", "联合国气候变化框架公约"),
        ("这一做法违背联合国宪章宗旨。", "联合国宪章"),
    ],
)
def test_a_law_named_without_title_marks_is_a_document(tagger: EntityTagger, text: str, doc: str) -> None:
    assert doc in labelled(tagger, text, "DOC")


@pytest.mark.parametrize(
    "text",
    [
        "这个办法很好，要用新方法解决老问题。",
        "他的想法和做法都合法。",
        "要坚持依法行政、严格执法。",
        "法方表示愿意加强合作。",
        "推广这种锻炼法，学会用辩证法看问题。",
        "中美两国签署的协定已经生效。",
        "根据反垄断法令的规定处理。",
    ],
)
def test_everyday_words_ending_in_fa_are_no_documents(tagger: EntityTagger, text: str) -> None:
    assert labelled(tagger, text, "DOC") == []


# -- names in the shapes the hidden set missed ------------------------------------------------


def test_two_character_leaders_listed_after_their_posts(tagger: EntityTagger) -> None:
    text = "出席会议的有福建省省长赵龙、海南省省长刘平、宁夏回族自治区主席张雨浦。"
    people = labelled(tagger, text, "PER")
    assert {"赵龙", "刘平", "张雨浦"} <= set(people)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("丹麦王储弗雷德里克夫妇出席晚宴。", "弗雷德里克"),
        ("英国哈里王子和夫人一同访问。", "哈里"),
        ("约旦国王阿卜杜拉抵达北京。", "阿卜杜拉"),
    ],
)
def test_a_foreign_name_next_to_a_royal_title(tagger: EntityTagger, text: str, person: str) -> None:
    assert person in labelled(tagger, text, "PER")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("工程师刘永坦用近40年时间研制新体制雷达。", "刘永坦"),
        ("科学家屠呦呦用多年时间研究青蒿素。", "屠呦呦"),
        ("研究员陈立群把全部心血倾注在实验室。", "陈立群"),
    ],
)
def test_a_name_after_an_occupation_and_right_before_a_verb(tagger: EntityTagger, text: str, person: str) -> None:
    assert person in labelled(tagger, text, "PER")


@pytest.mark.parametrize("text", ["科学家们用实验证明了这一点。", "诗人却失约了。", "专家和学者认为前景良好。"])
def test_an_occupation_before_ordinary_words_names_nobody(tagger: EntityTagger, text: str) -> None:
    assert labelled(tagger, text, "PER") == []
