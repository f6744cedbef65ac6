"""Directives on real text: the kinds of instruction news and documents use, and issuers
that are named authorities on every CCTV transcript of xwlb-dev."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gui.core.ingest.markdown import split_markdown
from gui.core.nlp.directive_joint import joint_issuers
from gui.core.nlp.directives import DirectiveDetector
from gui.core.tagging import Tagger

XWLB = Path("/work/shared/data/xwlb-dev")


def detect(body: str) -> list:
    return DirectiveDetector().detect(body)


def texts(body: str) -> list[str]:
    return [d.text for d in detect(body)]


def test_a_meetings_decisions_are_directives_without_a_modal() -> None:
    body = (
        "国务院总理李强主持召开国务院常务会议。会议决定，延长部分税费缓缴政策。"
        "会议确定，一是增加中央储备收储。二是对受灾农户给予补助。会议还研究了其他事项。"
    )
    found = detect(body)
    assert [d.text for d in found] == ["延长部分税费缓缴政策。", "一是增加中央储备收储。", "二是对受灾农户给予补助。"]
    assert {d.attrs["issuer"] for d in found} == {"国务院常务会议"}
    assert found[0].attrs["topic"] == "财政、金融、审计"
    # A decision that runs on from what the meeting adopted.
    body = "省委常委会召开会议。会议审议通过了《实施方案》，决定9月1日起在全省施行。"
    assert texts(body) == ["9月1日起在全省施行。"]


def test_numbered_provisions_after_a_notice_frame_are_the_documents() -> None:
    body = (
        "《关于做好冬季供暖工作的通知》\n各市人民政府：\n为做好冬季供暖工作，现就有关事项通知如下：\n"
        "一、总体要求\n各地要高度重视供暖保障。\n二、增加电煤储备\n对困难群众给予取暖补助。"
    )
    found = detect(body)
    assert [d.text for d in found] == ["各地要高度重视供暖保障。", "对困难群众给予取暖补助。"]
    assert {d.attrs["issuer"] for d in found} == {"《关于做好冬季供暖工作的通知》"}
    # The items of a document's "N个方面" are its measures; what they include is description.
    body = "国务院日前印发《若干措施》。《若干措施》聚焦3个方面。一是推动货物贸易创新发展。包括开展试点等措施。"
    assert texts(body) == ["一是推动货物贸易创新发展。"]


def test_requests_inside_reporting_have_their_issuer() -> None:
    found = detect("国务院总理李强赶赴现场，李强当即要求有关部门全力搜救失踪人员，妥善安置受灾群众。")
    assert [(d.text[:4], d.attrs["issuer"], d.attrs["addressee"]) for d in found] == [("要求有关", "李强", "有关部门")]
    found = detect("日前，国务院印发《关于推动内蒙古高质量发展的意见》，要求以新发展理念为指导，加快转型。")
    # A titled document speaks for itself; an untitled notice is its issuing body's.
    assert [(d.text[:4], d.attrs["issuer"]) for d in found] == [("要求以新", "《关于推动内蒙古高质量发展的意见》")]
    found = detect("辽宁预计今晚降温。当地要求供暖应急抢修队伍24小时待命。")
    assert [(d.attrs["issuer"], d.attrs["addressee"]) for d in found] == [("辽宁", "供暖应急抢修队伍")]
    # Protesters who demand are no issuer.
    assert texts("示威民众要求政府下台。") == []


def test_advice_intent_and_outcomes_are_not_directives() -> None:
    assert texts("专家表示，应加快建设充电设施。居民说，要多种树。大家表示，要团结一致。") == []
    assert texts("对于发展中国家来说，应加强南南合作。") == []
    body = "李强在讲话中指出，要扩大开放。我们将继续扩大开放，我们会一如既往支持企业。"
    assert texts(body) == ["要扩大开放。"]
    assert texts("会议指出，这项政策可以确保粮食稳产，可以带动农民增收。") == []
    # A permission still is one.
    assert [d.attrs["strength"] for d in detect("会议指出，符合条件的企业可以申请贷款贴息。")] == ["可"]


def test_joint_issuers_are_kept_as_the_list_they_are() -> None:
    assert joint_issuers("中办国办") == ["中共中央办公厅", "国务院办公厅"]
    assert joint_issuers("中共中央 国务院") == ["中共中央", "国务院"]
    assert joint_issuers("国家发展改革委、财政部") == ["国家发展改革委", "财政部"]
    assert joint_issuers("国家发展改革委等五部门") == ["国家发展改革委"]
    assert joint_issuers("国务院联防联控机制") == ["国务院联防联控机制"]
    assert joint_issuers("林武") == ["林武"] and joint_issuers("") == []
    found = detect("近日，中共中央办公厅、国务院办公厅印发《意见》，要求各地区各部门认真贯彻落实。")
    assert found[0].attrs["issuers"] == ["中共中央办公厅", "国务院办公厅"]
    assert found[0].attrs["issuer"] == "中共中央办公厅、国务院办公厅"


def test_the_issuer_and_addressee_spans_point_at_their_words() -> None:
    body = "省委书记林武主持召开会议。林武强调，各级领导干部要带头落实。他指出，各地要抓好春耕。"
    entities, found = Tagger().tag(body)
    assert [d.attrs["issuer"] for d in found] == ["林武", "林武"]
    for d in found:
        start, end = d.attrs["issuer_span"]
        assert body[start:end] == "林武"
        assert any(e.start == start and e.end == end and e.label == "PER" for e in entities)
        a_start, a_end = d.attrs["addressee_span"]
        assert body[a_start:a_end] == d.attrs["addressee"]


_VAGUE = re.compile(
    r"^(?:他|她|他们|她们|我们|你们|大家|各方|文章|代表们|与会同志|与会者|专家|有关方面|会议|报告会|座谈会|大会)$"
)


@pytest.mark.parametrize(
    ("body", "issuer", "label"),
    [
        (  # the full name said first, with an ordinal list in it
            "第三十二、三十三届中国新闻奖和第十七届长江韬奋奖颁奖报告会21日在京举行。"
            "李书磊出席报告会并讲话。会议要求，广大新闻工作者要加强学习。",
            "第三十二、三十三届中国新闻奖和第十七届长江韬奋奖颁奖报告会",
            "MEETING",
        ),
        (  # never named: the one who spoke at it
            "本报讯 昨天，张明远出席报告会并讲话。会议要求，广大青年要勇担使命。",
            "张明远",
            "PER",
        ),
        (  # a named meeting stays the meeting
            "全省安全生产工作会议12日在西安召开。王海出席会议并讲话。会议要求，各地要压实安全生产责任。",
            "全省安全生产工作会议",
            "MEETING",
        ),
    ],
)
def test_a_bare_kind_of_meeting_is_no_issuer(body: str, issuer: str, label: str) -> None:
    entities = Tagger().tag(body)[0]
    (found,) = DirectiveDetector().detect(body, entities)
    assert (found.attrs["issuer"], found.attrs["issuer_label"]) == (issuer, label)


# A reading that took in words of its sentence: a preposition, a copula, a time or a verb before the name
# (这是党中央, 不久前中共中央办公厅, 年底的中央经济工作会议, 考察时…), an adverb after it (宣言还, 但仍).
_FRAGMENT = re.compile(
    r"^(?:对于?|在|从|就|据|为|关于|随着|是|这是|不久前|近日|日前|预计|准确把握|符合|建议|年底的|[^，。]{0,4}?(?:考察|调研|视察)时)"
    r"|[来而还仍，。、；：！？\s]$|^[两二三四五六七八九十]+位"
)


@pytest.mark.skipif(not XWLB.is_dir(), reason="no xwlb-dev transcripts (../shared/data/xwlb-dev) on this machine")
def test_no_issuer_on_the_xwlb_transcripts_is_a_fragment_a_pronoun_or_a_vague_word() -> None:
    tagger = Tagger()
    files = sorted(XWLB.glob("*.md"))
    assert len(files) >= 20
    seen = 0
    for path in files:
        for article in split_markdown(path.read_text(encoding="utf-8")):
            body = article.body
            _, found = tagger.tag(body, article.title)
            for d in found:
                seen += 1
                issuer = d.attrs["issuer"]
                where = f"{path.name}: {d.text[:30]} ← {issuer!r}"
                assert issuer, where
                assert not _VAGUE.match(issuer) and not _FRAGMENT.search(issuer), where
                assert d.attrs["issuers"] and d.attrs["issuers"][0] in issuer or d.attrs["issuers"] == [issuer], where
                span = d.attrs["issuer_span"]
                # The words in the text, or the body that meets for its meeting (中共中央政治局|召开会议), or a
                # leader's surname and post (习主席 for 习近平).
                spanned = body[span[0] : span[1]] if span is not None else None
                named = (issuer.strip(), issuer.removesuffix("会议"), issuer.removesuffix("全体会议"))
                short = spanned is not None and spanned[:1] == issuer[:1] and spanned[1:] in ("主席", "总书记", "总理")
                assert spanned in named or short or (spanned and issuer.startswith(spanned)), where
    assert seen > 200


@pytest.mark.parametrize(
    "body",
    [
        "伊朗18日举行阅兵式。伊朗总统莱希发表讲话表示，美军等外来势力对地区安全造成了威胁，应尽快撤出该地区。",
        "在韩国国会12日举行的会议上，共同民主党代表朴洸瑥指出，韩国政府必须采取切实措施。",
        "美国国务院发言人表示，各方要保持克制。",
        "德国总理朔尔茨表示，欧盟应当加强合作。他强调，要尽快恢复对话。",
    ],
)
def test_a_foreign_official_issues_no_directive(body: str) -> None:
    entities = Tagger().tag(body)[0]
    assert DirectiveDetector().detect(body, entities) == []


def test_a_chinese_leader_speaking_to_a_foreign_guest_still_issues() -> None:
    body = (
        "国家主席习近平同德国总理朔尔茨举行视频会晤。习近平指出，中德双方要加强对话合作。朔尔茨表示，德方应当深化合作。"
    )
    entities = Tagger().tag(body)[0]
    found = DirectiveDetector().detect(body, entities)
    assert [(d.attrs["issuer"], d.text) for d in found] == [("习近平", "中德双方要加强对话合作。")]


@pytest.mark.parametrize(
    ("title", "issued"),
    [("", False), ("关于推进数字政府建设的指导意见", True)],
)
def test_a_plan_with_no_speaker_is_a_provision_only_in_a_document(title: str, issued: bool) -> None:
    body = "近年来，数字政府建设取得积极进展。\n下一步，国家将加快推进政务数据共享，全面提升政务服务效能。"
    found = Tagger().tag(body, title)[1]
    assert bool(found) is issued
    assert all(d.text.startswith("下一步，国家将") for d in found)


@pytest.mark.parametrize(
    ("body", "issuer", "words"),
    [
        (
            "本期《党建》杂志发表省委书记林武在全省干部大会上的讲话《勇担使命》。讲话强调，要把项目建设作为头等大事。",
            "林武",
            "要把项目建设",
        ),
        (
            "《求是》杂志发表国务院总理李强的文章《稳中求进》。文章指出，各地要稳住外贸外资基本盘。",
            "李强",
            "各地要稳住",
        ),
    ],
)
def test_a_printed_speech_is_its_speakers_not_the_magazines(body: str, issuer: str, words: str) -> None:
    found = DirectiveDetector().detect(body)
    hit = [a for a in found if words in a.text]
    assert hit and hit[0].attrs["issuer"] == issuer


@pytest.mark.parametrize(
    ("body", "words", "addressee"),
    [
        (
            "国务院总理李强到某市看望慰问。某区消防救援站正在开展冬季演练，李强询问装备保障情况，"
            "嘱咐大家注意安全，守护好一方平安。",
            "嘱咐大家注意安全，守护好一方平安。",
            "某区消防救援站",
        ),
        (
            "省委书记王强来到抗旱一线。某村村民正在抢收玉米，王强了解灌溉情况，要求他们抓紧抢收入库，减少损失。",
            "要求他们抓紧抢收入库，减少损失。",
            "某村村民",
        ),
        (
            "中央军委主席习近平18日以视频方式检查部队。南部战区某舰是远海护航主力，习近平询问训练情况，叮嘱官兵们保持高度戒备。",
            "叮嘱官兵们保持高度戒备。",
            "南部战区某舰",
        ),
    ],
)
def test_a_leaders_request_to_those_present_is_a_directive(body: str, words: str, addressee: str) -> None:
    found = detect(body)
    # The leader is the one the story's first sentence names after a post.
    leader = next(name for name in ("李强", "王强", "习近平") if name in body)
    assert [(d.text, d.attrs["issuer"], d.attrs["addressee"]) for d in found] == [(words, leader, addressee)]


def test_encouragement_and_requests_by_no_leader_to_those_present_are_not_directives() -> None:
    # 勉励 encourages, like 希望; a crowd's request is no authority's.
    assert texts("总理李强来到一家养老院，询问老人生活情况，勉励大家再接再厉，把服务做得更好。") == []
    assert texts("当地一家企业的员工正在加班，家长们打电话叮嘱他们注意身体。") == []


@pytest.mark.parametrize(
    "frame",
    ["在福建省福州市主持召开民营经济座谈会并发表重要讲话强调", "在上海出席世界人工智能大会并发表讲话指出"],
)
def test_the_headline_instruction_after_a_speech_frame_with_a_place(frame: str) -> None:
    body = f"近日，国务院总理李强{frame}，坚定发展信心，推动民营经济高质量发展。与会代表表示深受鼓舞。"
    found = detect(body)
    assert [(d.text, d.attrs["issuer"]) for d in found] == [("坚定发展信心，推动民营经济高质量发展。", "李强")]


@pytest.mark.parametrize("doing", ["人们正在抓紧推进项目建设", "干部群众都在忙着秋收秋种", "大家正加紧调试新设备"])
def test_what_people_are_doing_is_no_directive_even_after_an_imperative_verb(doing: str) -> None:
    body = f"省委书记王强强调，要抓好秋粮生产。紧扣秋粮丰收目标，{doing}。"
    assert texts(body) == ["要抓好秋粮生产。"]
