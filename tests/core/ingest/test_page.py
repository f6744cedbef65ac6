"""Splitting newspaper pages into articles and repairing column breaks."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.ingest.page import split_page

# -- the seed page (Shanxi Daily) ------------------------------------------


def test_seed_page_splits_into_its_three_articles(seed_text: str) -> None:
    articles = split_page(seed_text, "2022-03-25")
    assert [a.title for a in articles] == [
        "省委常委会议召开会议",
        "抓紧抓实抓细常态化防控举措 持续巩固来之不易的防控成果",
        "技术经理人纳入我省职称评审序列",
    ]
    assert [a.pre_title for a in articles] == [
        "",
        "林武主持召开省委第七十四次疫情防控专题会强调",
        "发挥科技成果评价的“指挥棒”",
    ]
    assert articles[0].subtitles == [
        "传达贯彻全国巡视工作会议暨十九届中央第九轮巡视动员部署会精神",
        "研究部署人才、保障性租赁住房等工作",
        "省委书记林武主持会议",
    ]
    assert articles[1].subtitles == ["蓝佛安提出具体要求 商黎光出席"]
    assert articles[2].subtitles == []
    assert all(a.published == "2022-03-25" for a in articles)


def test_seed_bodies_start_at_the_credit_and_keep_headlines_out(seed_text: str) -> None:
    for article in split_page(seed_text):
        assert article.body.startswith("本报讯")
        for headline in [article.pre_title, article.title, *article.subtitles]:
            if headline:
                assert headline not in article.body.split("\n")
    first, second, third = split_page(seed_text)
    assert first.body.split("\n")[-1] == "会议还研究了其他事项。"
    assert second.body.endswith("各市设分会场。")
    assert third.body.endswith("所需费用可在项目经费中列支。")


def test_seed_bylines_and_datelines(seed_text: str) -> None:
    articles = split_page(seed_text)
    assert [(a.byline, a.dateline) for a in articles] == [
        ("本报讯", "3月24日"),
        ("本报讯 (山西日报记者 杨文)", "3月23日"),
        ("本报讯 (记者 郜蓉)", ""),
    ]


def test_seed_column_breaks_are_joined_and_real_paragraphs_kept(seed_text: str) -> None:
    first, second, third = split_page(seed_text)
    joined = "\n".join(a.body for a in (first, second, third))
    for repaired in (
        "保障全方位推动高质量发展",
        "经纪业务的自然人",
        "鼓励技术转移机构",
        "技术交易市场,加快",
        "“关键小事”",
        "先锋模范作用",
        "检测、诊断、审核",
    ):
        assert repaired in joined
    # Paragraphs that really end stay apart: five, five and six of them.
    assert [len(a.body.split("\n")) for a in (first, second, third)] == [5, 5, 6]
    assert third.body.split("\n")[1].startswith("技术经理人是指")


# -- other layouts -----------------------------------------------------------

COMPACT_WIRE_PAGE = """国务院常务会议召开
研究部署进一步扩大内需政策措施
新华社北京5月12日电 国务院常务会议12日召开，研究部署进一步扩大内需政策措施。
会议指出，扩大内需是推动经济持续回升向好的重要举措。要加快落实已出台政策，
抓紧推出新的务实举措。
会议还研究了其他事项。
全国春耕生产进展顺利
本报北京5月12日电（记者 李华）记者从农业农村部获悉，全国春播粮食已完成六成以上。
农业农村部有关负责人表示，各地要加强田间管理，确保夏粮丰收。
"""


def test_compact_page_without_blank_lines() -> None:
    first, second = split_page(COMPACT_WIRE_PAGE)
    assert first.title == "国务院常务会议召开"
    assert first.subtitles == ["研究部署进一步扩大内需政策措施"]
    assert first.byline == "新华社北京5月12日电"
    assert first.body.split("\n") == [
        "新华社北京5月12日电 国务院常务会议12日召开，研究部署进一步扩大内需政策措施。",
        "会议指出，扩大内需是推动经济持续回升向好的重要举措。要加快落实已出台政策，抓紧推出新的务实举措。",
        "会议还研究了其他事项。",
    ]
    assert second.title == "全国春耕生产进展顺利"
    assert second.byline == "本报北京5月12日电（记者 李华）"
    assert second.dateline == "5月12日"
    assert len(second.body.split("\n")) == 2


HARD_WRAPPED_PAGE = """人民日报 2023年6月5日 星期一 第4版

　　农业农村部部署夏季农业生产
　　本报北京6月4日电　（记者 张三）6月4日，农业农村部召开全国夏季
农业生产工作视频会议，部署当前夏收夏种夏管工作。会议要求，各地要抓住
有利时机，抢收抢种。
　　会议强调，要压实地方责任，确保颗粒归仓。
"""


def test_hard_wrapped_page_with_indented_paragraphs_and_page_header() -> None:
    (article,) = split_page(HARD_WRAPPED_PAGE)
    assert article.title == "农业农村部部署夏季农业生产"
    assert article.published == "2023-06-05"  # from the page header
    assert article.byline == "本报北京6月4日电　（记者 张三）"
    assert article.dateline == "6月4日"
    assert article.body.split("\n") == [
        "本报北京6月4日电　（记者 张三）6月4日，农业农村部召开全国夏季农业生产工作视频会议，"
        "部署当前夏收夏种夏管工作。会议要求，各地要抓住有利时机，抢收抢种。",
        "会议强调，要压实地方责任，确保颗粒归仓。",
    ]


NOTICE_WITHOUT_CREDIT = """关于做好今年防汛工作的通知

各市、县人民政府，省直各有关部门：

为切实做好今年防汛工作，现就有关事项通知如下。

一、压实防汛责任

各级政府要落实行政首长负责制，层层压实责任，确保

责任落实到人。

二、加强监测预警

气象、水利部门要加强会商研判，及时发布预警信息。
"""


def test_single_article_with_subheads_and_a_break_inside_a_clause() -> None:
    (article,) = split_page(NOTICE_WITHOUT_CREDIT)
    assert article.title == "关于做好今年防汛工作的通知"
    assert article.byline == ""
    assert article.body.split("\n") == [
        "各市、县人民政府，省直各有关部门：",
        "为切实做好今年防汛工作，现就有关事项通知如下。",
        "一、压实防汛责任",
        "各级政府要落实行政首长负责制，层层压实责任，确保责任落实到人。",
        "二、加强监测预警",
        "气象、水利部门要加强会商研判，及时发布预警信息。",
    ]


END_MATTER_PAGE = """甲市召开安全生产会议

本报讯（记者 赵六）甲市日前召开安全生产工作会议，部署汛期安全生产工作。会议要求，各地要全面排查

隐患。

（责任编辑：王五）

乙县举办农民丰收节

本报讯 9月23日，乙县举办中国农民丰收节庆祝活动。
"""


def test_end_matter_is_neither_a_headline_nor_article_text() -> None:
    first, second = split_page(END_MATTER_PAGE)
    assert first.title == "甲市召开安全生产会议"
    assert (
        first.body.split("\n")[-1]
        == "本报讯（记者 赵六）甲市日前召开安全生产工作会议，部署汛期安全生产工作。会议要求，各地要全面排查隐患。"
    )
    assert not any("王五" in part for a in (first, second) for part in (a.title, a.pre_title, *a.subtitles, a.body))
    assert "各地要全面排查隐患。" in first.body
    assert second.title == "乙县举办农民丰收节"
    assert second.pre_title == ""
    assert second.dateline == "9月23日"


def test_text_without_headlines_or_chinese_is_one_untitled_article() -> None:
    (article,) = split_page("The State Council met on Friday. It discussed the economy.")
    assert article.title == ""
    assert article.body == "The State Council met on Friday. It discussed the economy."
    assert article.display_title().startswith("The State Council")


def test_a_file_of_only_headlines_has_the_first_as_title_and_keeps_the_others_apart() -> None:
    (article,) = split_page("省委常委会召开会议\n全省春耕生产现场会在临汾召开\n我省出台稳就业十条措施")
    assert article.title == "省委常委会召开会议"
    assert article.body == "全省春耕生产现场会在临汾召开\n我省出台稳就业十条措施"


def test_a_single_short_line_is_body_not_a_lost_headline() -> None:
    (article,) = split_page("你好")
    assert (article.title, article.body) == ("", "你好")


def test_empty_text_has_no_articles() -> None:
    assert split_page("\n \n\u3000\n") == []


def test_characters_outside_the_bmp_and_zero_width_spaces_survive() -> None:
    text = "𠀾字标题\n\n本报讯 记者\u200b获悉，𠀾字在扩展区。"
    (article,) = split_page(text)
    assert article.title == "𠀾字标题"
    assert article.body == "本报讯 记者\u200b获悉，𠀾字在扩展区。"


# -- nothing is lost -----------------------------------------------------------

_cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80)
_punct = st.sampled_from(list("，、。；：“”《》！？"))
_line = st.lists(st.one_of(_cjk, _cjk, _cjk, _punct), min_size=1, max_size=70).map("".join)
_page_line = st.one_of(_line, _line.map(lambda s: "本报讯 " + s), st.just(""))


@settings(max_examples=300, deadline=None)
@given(st.lists(_page_line, min_size=1, max_size=40))
def test_splitting_never_loses_a_character(lines: list[str]) -> None:
    text = "\n".join(lines)
    articles = split_page(text)
    kept = "".join(part for a in articles for part in (a.pre_title, a.title, *a.subtitles, a.body))
    assert Counter(c for c in kept if not c.isspace()) == Counter(c for c in text if not c.isspace())
