"""The entity tagger on the seed page, on other provinces' and central news, on bad input
and with the user's lexicon."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.analyze import analyze_file
from gui.core.nlp.entities import ENTITY_LABELS, EntityTagger

SEED = Path(__file__).resolve().parents[3] / "seeds" / "shanxi-daily_2022-03-25_page01.txt"
SEED_PEOPLE = {
    "林武",
    "蓝佛安",
    "商黎光",
    "张吉福",
    "李凤岐",
    "卢东亮",
    "韦韬",
    "张复明",
    "贺天才",
    "孙洪山",
    "于英杰",
    "杨文",
    "郜蓉",
    "习近平",
}


@pytest.fixture(scope="module")
def tagger() -> EntityTagger:
    return EntityTagger()


def found(tagger: EntityTagger, text: str, label: str) -> list[str]:
    return [a.text for a in tagger.tag(text) if a.label == label]


def assert_well_formed(body: str, anns: list) -> None:
    """The contract: kind, label, origin and status; text == body[start:end]; sorted; no overlap."""
    previous_end = 0
    for a in anns:
        assert a.kind == "entity" and a.origin == "auto" and a.status == "suggested" and a.attrs == {}
        assert 0 <= a.start < a.end <= len(body)
        assert a.text == body[a.start : a.end]
        assert a.start >= previous_end
        previous_end = a.end


# -- the seed page ---------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_entities(tagger: EntityTagger) -> tuple[str, list]:
    body = SEED.read_text(encoding="utf-8")
    return body, tagger.tag(body)


def test_seed_people_are_all_found_and_nobody_else(seed_entities: tuple[str, list]) -> None:
    body, anns = seed_entities
    assert_well_formed(body, anns)
    assert {a.text for a in anns if a.label == "PER"} == SEED_PEOPLE


def test_seed_documents_dates_and_meetings(seed_entities: tuple[str, list]) -> None:
    _, anns = seed_entities
    by_label = {label: {a.text for a in anns if a.label == label} for label in ENTITY_LABELS}
    assert by_label["DOC"] == {
        "《关于加快发展保障性租赁住房的实施意见》",
        "《中共山西省委人才工作领导小组2022年工作要点》",
        "《关于完善科技成果评价机制的实施意见》",
    }
    assert {"3月24日", "3月23日"} <= by_label["TIME"]
    assert {
        "全国巡视工作会议",
        "十九届中央第九轮巡视动员部署会",
        "中央人才工作会议",
        "省委第十二次党代会",
        "省委人才工作会议",
        "省委第七十四次疫情防控专题会",
        "省疫情防控工作领导小组会议",
        "中央政治局常务委员会会议",
        "全国新冠肺炎疫情防控工作电视电话会议",
    } <= by_label["MEETING"]
    assert {"省委书记", "副省长", "省领导", "省委副书记"} <= by_label["POST"]
    assert {"省科技厅", "省新冠肺炎疫情防控工作领导小组", "山西日报", "国务院联防联控机制"} <= by_label["ORG"]
    assert "山西" in by_label["LOC"]


def test_analyze_fills_entities_with_offsets_into_the_body() -> None:
    result = analyze_file(SEED)
    people = set()
    for article in result["articles"]:
        body = article["body"]
        for entity in article["entities"]:
            assert set(entity) == {"start", "end", "text", "label"}
            assert body[entity["start"] : entity["end"]] == entity["text"]
            if entity["label"] == "PER":
                people.add(entity["text"])
    assert people == SEED_PEOPLE


# -- other provinces and central news ------------------------------------------------

GUANGDONG = (
    "本报讯 （记者 欧阳晓明 通讯员 粤宣）5月8日上午，省委书记周立恒主持召开省委常委会会议，"
    "传达学习中央政治局会议精神。省委副书记、省长郑海波，省领导吕冬、司马建新、钟兰英出席。"
    "会议审议通过《广东省促进民营经济发展若干措施》，要求省工业和信息化厅、省商务厅抓好落实。"
)


def test_names_after_posts_reporters_and_in_lists() -> None:
    people = found(EntityTagger(), GUANGDONG, "PER")
    assert people == ["欧阳晓明", "周立恒", "郑海波", "吕冬", "司马建新", "钟兰英"]


def test_provincial_organs_meetings_and_documents() -> None:
    anns = EntityTagger().tag(GUANGDONG)
    labels = {(a.text, a.label) for a in anns}
    assert ("省委常委会会议", "MEETING") in labels
    assert ("中央政治局会议", "MEETING") in labels
    assert ("《广东省促进民营经济发展若干措施》", "DOC") in labels
    assert ("省商务厅", "ORG") in labels
    assert ("5月8日上午", "TIME") in labels


CENTRAL = (
    "新华社北京3月31日电 国务院总理李强3月31日主持召开国务院第五次常务会议，听取关于今年以来经济运行情况的汇报。"
    "会议指出，国家发展改革委、财政部要会同有关部门加强协调。"
    "外交部发言人陈晓峰当天表示，中方愿同俄罗斯、哈萨克斯坦加强合作。"
)


def test_central_news(tagger: EntityTagger) -> None:
    anns = tagger.tag(CENTRAL)
    labels = {(a.text, a.label) for a in anns}
    assert {("李强", "PER"), ("陈晓峰", "PER")} <= labels
    assert {("国务院总理", "POST"), ("发言人", "POST")} <= labels
    assert {("国家发展改革委", "ORG"), ("财政部", "ORG"), ("外交部", "ORG")} <= labels
    assert {("俄罗斯", "LOC"), ("哈萨克斯坦", "LOC")} <= labels
    assert ("国务院第五次常务会议", "MEETING") in labels
    assert {("3月31日", "TIME"), ("今年", "TIME"), ("当天", "TIME")} <= labels


def test_inspection_report_with_speaker_verbs_and_places(tagger: EntityTagger) -> None:
    text = (
        "6月28日，副省长杨开明到雅安市芦山县检查防汛工作。杨开明指出，当前已进入主汛期。"
        "他强调，要压紧压实责任。黄志远出席会议并讲话，蒋卫东汇报有关情况。"
    )
    assert found(tagger, text, "PER") == ["杨开明", "杨开明", "黄志远", "蒋卫东"]
    assert {"雅安市", "芦山县"} <= set(found(tagger, text, "LOC"))


def test_words_jieba_calls_names_are_not_people(tagger: EntityTagger) -> None:
    text = (
        "会议指出，要全面从严治党，建立健全工作机制，引导广大群众自觉遵守防疫要求。"
        "他强调，文明城市创建要久久为功，各级党委、政府要切实负起责任。全省上下表示坚决拥护。"
    )
    assert found(tagger, text, "PER") == []
    assert found(tagger, text, "MEETING") == []


def test_a_body_that_leads_another_is_two_bodies(tagger: EntityTagger) -> None:
    text = "党的十八大以来，党中央领导人民军队深化政治整训。省疫情防控工作领导小组召开会议。"
    orgs = found(tagger, text, "ORG")
    assert "党中央" in orgs and "省疫情防控工作领导小组" in orgs
    assert not any("领导人民" in org for org in orgs)


@pytest.mark.parametrize(
    "text",
    [
        "李希来到腾冲市坝派自然村和极边乌龙茶种植基地，实地考察云南脱贫攻坚成果。他强调，要巩固成果。",
        "国务院新闻办公室今天发布《新时代的中国国家安全》白皮书。白皮书指出，国家安全是民族复兴的根基。",
    ],
)
def test_things_jieba_tags_as_persons_are_not_people(tagger: EntityTagger, text: str) -> None:
    people = found(tagger, text, "PER")
    assert "乌龙茶" not in people and "白皮书" not in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Names of China's nationalities joined by ·, of characters no transliteration table has.
        ("新疆维吾尔自治区党委副书记、自治区主席艾尔肯·吐尼亚孜主持会议。", "艾尔肯·吐尼亚孜"),
        ("自治区人大常委会主任雪克来提·扎克尔出席。", "雪克来提·扎克尔"),
        ("自治区政协主席努尔兰·阿不都满金同志在会上说。", "努尔兰·阿不都满金"),
        ("副主席帕尔哈提·吐尔逊讲话。", "帕尔哈提·吐尔逊"),
        # A foreign name ends before the 及 jieba glued to it.
        ("斯特拉斯堡市市长罗朗·雷斯及法国各界人士出席。", "罗朗·雷斯"),
    ],
)
def test_a_name_joined_by_a_middle_dot_after_a_post(tagger: EntityTagger, text: str, name: str) -> None:
    assert found(tagger, text, "PER") == [name]


def test_a_name_found_once_is_found_in_every_mention(tagger: EntityTagger) -> None:
    text = "市委书记胡立新主持会议。\n\n胡立新就下一步工作提出要求。会后，胡立新来到企业调研。"
    assert found(tagger, text, "PER") == ["胡立新"] * 3


def test_dates_and_times(tagger: EntityTagger) -> None:
    text = "2022年3月24日上午，会议在3号楼召开。2021—2025年规划明确，12月底前完成，去年同期下降。"
    assert found(tagger, text, "TIME") == ["2022年3月24日上午", "2021—2025年", "12月底", "去年"]


def _news_pieces(n: int, seed: int) -> list[str]:
    """Pieces of the seed page and the evaluation pages, and jumbles of their characters."""
    import random

    repo = Path(__file__).resolve().parents[3]
    text = SEED.read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in sorted((repo / "benchmarks" / "eval").glob("*.txt"))
    )
    rng = random.Random(seed)
    pieces = [text]
    for _ in range(n):
        start = rng.randrange(len(text))
        pieces.append(text[start : start + rng.randint(1, 200)])
        pieces.append("".join(rng.choice(text + "0１月日年第周星期") for _ in range(rng.randint(1, 40))))
    return pieces


def test_times_are_what_the_whole_pattern_finds_wherever_it_is_tried() -> None:
    """find_times tries its expression only where one can begin: the same matches as trying everywhere."""
    from gui.core.nlp import timex

    for text in [*_news_pieces(1500, 3), "第18日", "118日", "2021年至2025年", "周一至周五", "十二月下旬"]:
        assert [m.span() for m in timex._matches(text)] == [m.span() for m in timex._PATTERN.finditer(text)]


def test_literal_spans_are_what_the_literal_pattern_finds() -> None:
    from gui.core.nlp.entities import _literal_pattern, _literal_spans

    names = {"林武", "林武平", "武平", "蓝佛安", "安", "张吉福", "李凤岐"}
    for text in [*_news_pieces(300, 5), "林武平林武武平安", "蓝佛安安安"]:
        for terms in (names, {"林武"}, {"安", "佛安"}, {""}, {"", "林武"}, set()):
            pattern = _literal_pattern(terms)
            expected = [m.span() for m in pattern.finditer(text)] if pattern is not None else []
            assert _literal_spans(text, terms) == expected


def test_meeting_heads_need_a_name(tagger: EntityTagger) -> None:
    text = "会议指出，党的二十大是一次重要会议。十九届六中全会审议通过决议。召开会议研究工作。"
    assert found(tagger, text, "MEETING") == ["党的二十大", "十九届六中全会"]


def test_journals_in_title_marks_are_organisations(tagger: EntityTagger) -> None:
    text = "《求是》杂志发表重要文章，《人民日报》刊发评论，国务院印发《关于加强基层治理的意见》。"
    anns = tagger.tag(text)
    assert [(a.text, a.label) for a in anns if a.label in ("ORG", "DOC")] == [
        ("求是", "ORG"),
        ("人民日报", "ORG"),
        ("国务院", "ORG"),
        ("《关于加强基层治理的意见》", "DOC"),
    ]


# -- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "",
        "   \n\n  ",
        "Hello, world! 12345 -- no Chinese at all.",
        "省委书记林\u200b武主持会议\u200b，副省长于英杰\ufeff汇报。",
        "省委书记林武在𠀾县调研，𠀾𠀾𠀾；记者 𠀾明",
        "《未闭合的标题，以及》》《《",
        "\x00\x01\t\r\n 省长\ud7ff",
    ],
)
def test_odd_input_keeps_offsets_right(tagger: EntityTagger, body: str) -> None:
    assert_well_formed(body, tagger.tag(body))


def test_characters_outside_the_bmp_keep_offsets(tagger: EntityTagger) -> None:
    body = "𠀾𠀾，省委书记林武在𠀾县调研。"
    anns = tagger.tag(body)
    assert_well_formed(body, anns)
    assert [(a.text, a.start) for a in anns if a.label == "PER"] == [("林武", 7)]


def test_zero_width_space_does_not_hide_the_name(tagger: EntityTagger) -> None:
    body = "省委书记林武\u200b主持会议。"
    assert found(tagger, body, "PER") == ["林武"]


@pytest.mark.slow
def test_a_megabyte_paragraph_without_punctuation(tagger: EntityTagger) -> None:
    unit = "省委书记林武主持召开省委常委会会议研究部署疫情防控工作副省长于英杰汇报有关情况"
    body = unit * (1_000_000 // len(unit) + 1)
    anns = tagger.tag(body)
    assert_well_formed(body, anns)
    assert sum(a.text == "林武" for a in anns) >= 1000


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("省委书记林武张复明会议、，。《》第次年月日3 \n\u200b𠀾abc长副厅局")), max_size=80
    )
)
def test_any_text_gives_well_formed_entities(tagger: EntityTagger, body: str) -> None:
    assert_well_formed(body, tagger.tag(body))


# -- the user's lexicon ---------------------------------------------------------------------


def test_added_terms_are_always_tagged() -> None:
    text = "珠江防总部署防汛工作，省防指启动应急响应。"
    assert "珠江防总" not in found(EntityTagger(), text, "ORG")
    tagger = EntityTagger([("珠江防总", "ORG", "add"), ("省防指", "ORG", "add"), ("防汛", "TOPIC", "add")])
    anns = tagger.tag(text)
    assert [(a.text, a.label) for a in anns if a.label in ("ORG", "TOPIC")] == [
        ("珠江防总", "ORG"),
        ("防汛", "TOPIC"),
        ("省防指", "ORG"),
    ]


def test_blocked_terms_are_never_proposed_again() -> None:
    body = SEED.read_text(encoding="utf-8")
    tagger = EntityTagger([("林武", "PER", "block"), ("山西", "LOC", "block")])
    anns = tagger.tag(body)
    assert not any(a.text == "林武" and a.label == "PER" for a in anns)
    assert not any(a.text == "山西" for a in anns)
    assert {a.text for a in anns if a.label == "PER"} == SEED_PEOPLE - {"林武"}


def test_a_correction_in_one_article_shows_in_the_next() -> None:
    first = "省防汛抗旱指挥部办公室主任刘大海介绍汛情。"
    second = "省防汛抗旱指挥部办公室采纳了刘大海的建议，已启动响应。"
    before = EntityTagger()
    assert "刘大海" not in found(before, second, "PER")
    # The editor accepts 刘大海 in the first article and rejects a wrong label for 大海.
    after = EntityTagger([("刘大海", "PER", "add"), ("大海", "LOC", "block")])
    assert found(after, first, "PER") == ["刘大海"]
    assert found(after, second, "PER") == ["刘大海"]


def test_a_block_wins_over_an_add_of_the_same_term_and_label() -> None:
    tagger = EntityTagger([("韦韬", "PER", "add"), ("韦韬", "PER", "block")])
    assert found(tagger, "省领导韦韬出席会议。", "PER") == []


# -- bare names: no post or 记者 announces them ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("孙明辉表示，要把群众的事办好。", "孙明辉"),
        ("郑晓东认为，改革还要再深化。", "郑晓东"),
        ("韩雪梅介绍，全村已有八成农户用上了自来水。", "韩雪梅"),
        ("马立新告诉记者，合作社今年分红比去年多。", "马立新"),
        ("许文涛来到田间地头，察看小麦长势。", "许文涛"),
        ("吕国平会见了来访的代表团。", "吕国平"),
        ("何志明看望慰问了困难群众。", "何志明"),
        ("罗建华参加了分组讨论。", "罗建华"),
        ("冯永刚主持召开专题会议。", "冯永刚"),
        ("曹立军带领工作组深入企业调研。", "曹立军"),
        ("张三说，今年的粮食产量创了新高。", "张三"),
        ("李四等人在现场查看了灾情。", "李四"),
        ("王建军同志长期扎根基层。", "王建军"),
        ("图为赵六（左）与村民交谈。", "赵六"),
        ("全国人大代表邵红英建议，加大对乡村教师的支持力度。", "邵红英"),
        ("全国政协委员谭志远说，要加强生态保护。", "谭志远"),
    ],
)
def test_bare_names_before_verbs_and_after_roles(tagger: EntityTagger, text: str, name: str) -> None:
    assert found(tagger, text, "PER") == [name]


def test_every_name_of_a_list(tagger: EntityTagger) -> None:
    text = "参加座谈的有刘建国、陈晓梅、黄志刚和周丽娟。委员范丽华、代表钱卫东分别发言。"
    assert found(tagger, text, "PER") == ["刘建国", "陈晓梅", "黄志刚", "周丽娟", "范丽华", "钱卫东"]


def test_compound_surnames(tagger: EntityTagger) -> None:
    text = "欧阳明辉、司马文静和上官晓东获得表彰。东方明珠塔前游人如织。"
    assert found(tagger, text, "PER") == ["欧阳明辉", "司马文静", "上官晓东"]


def test_foreign_names_in_transliteration(tagger: EntityTagger) -> None:
    text = (
        "美国前总统克林顿和俄罗斯前总统叶利钦曾多次会晤。普京表示，俄方愿同中方加强协调。"
        "法国总统马克龙说，欧洲需要战略自主。联合国秘书长古特雷斯表示，各方应保持克制。"
        "英国首相约翰·梅杰会见了他。加纳总统阿库福-阿多出席。"
    )
    assert found(tagger, text, "PER") == [
        "克林顿",
        "叶利钦",
        "普京",
        "马克龙",
        "古特雷斯",
        "约翰·梅杰",
        "阿库福-阿多",
    ]


def test_a_bare_name_is_found_in_its_other_mentions(tagger: EntityTagger) -> None:
    text = "韩雪梅介绍，全村已有八成农户用上了自来水。\n\n这几年，韩雪梅带着村民修路、建厂。"
    assert found(tagger, text, "PER") == ["韩雪梅", "韩雪梅"]


def test_a_word_made_a_name_by_its_context_is_not_repeated(tagger: EntityTagger) -> None:
    # 师生 before 表示 is not a name here, and would be wrong in every other mention.
    text = "澳门科技大学师生表示，将牢记嘱托。师生们纷纷表示赞同。"
    assert found(tagger, text, "PER") == []


def test_names_of_ideas_open_with_the_person(tagger: EntityTagger) -> None:
    # As in the People's Daily corpus: the person in 邓小平理论 is a person.
    assert found(tagger, "要坚持马克思主义基本原理，用邓小平理论武装头脑。", "PER") == ["马克思", "邓小平"]


@pytest.mark.parametrize(
    "text",
    [
        "俄军在顿涅茨克等地打击乌军装备。叙利亚阿勒颇省发生地震。",
        "欧方愿同中方加强沟通。韩正向斯方介绍了中国经济形势。",
        "明天白天到夜间，北京雷阵雨转多云。",
        "黄金周期间，高速公路车流量大增。许可证办理时限压缩一半。",
        "要让大运河水清岸绿，坚持山水林田湖草沙一体化保护。",
        "潍坊的风筝越飞越高。这批货物共计22.7万标箱。",
    ],
)
def test_places_sides_and_everyday_words_are_not_people(tagger: EntityTagger, text: str) -> None:
    assert [p for p in found(tagger, text, "PER") if p != "韩正"] == []


def test_a_blocked_bare_name_is_not_proposed() -> None:
    tagger = EntityTagger([("孙明辉", "PER", "block")])
    assert found(tagger, "孙明辉表示，要把群众的事办好。孙明辉说。", "PER") == []


# -- places and organisations by their endings -------------------------------------------------


def test_places_inside_words_and_by_their_endings(tagger: EntityTagger) -> None:
    anns = tagger.tag(
        "美国政府宣布新的制裁措施，日本首相在记者会上回应。工作组来到柳湾村，又沿宝兴河察看了堤防，"
        "长江经济带建设稳步推进。他出生在康斯坦察县。全县、我市、该村都要落实，农村和城市协调发展。"
    )
    labels = [(a.text, a.label) for a in anns if a.label in ("LOC", "POST")]
    assert labels == [
        ("美国", "LOC"),
        ("日本", "LOC"),
        ("首相", "POST"),
        ("柳湾村", "LOC"),
        ("宝兴河", "LOC"),
        ("长江经济带", "LOC"),
        ("康斯坦察县", "LOC"),
    ]


def test_organisations_opened_by_a_place_or_a_name(tagger: EntityTagger) -> None:
    text = "山西省残联为残疾人送去慰问金。劳拉公司的卫星发射失败，美国国会要求调查。该公司股价下跌。"
    assert found(tagger, text, "ORG") == ["山西省残联", "劳拉公司", "美国国会"]


def test_labels_do_not_depend_on_the_process_hash_seed() -> None:
    """Two processes tag the same text the same way (a set's order once decided ties)."""
    import subprocess
    import sys

    from helpers import SOURCE_ROOT

    script = (
        "from gui.core.nlp.entities import EntityTagger\n"
        "t = EntityTagger()\n"
        "for text in ['美国地质学会发布报告。', '韩国会通过法案。', '美国国会和韩国国会召开会议。']:\n"
        "    print([(a.start, a.end, a.label) for a in t.tag(text)])\n"
    )
    outputs = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {"PYTHONHASHSEED": seed, "PYTHONPATH": SOURCE_ROOT, "PATH": "/usr/bin:/bin"}
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        outputs.add(done.stdout)
    assert len(outputs) == 1, outputs
