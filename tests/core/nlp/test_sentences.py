"""Sentences and clauses of official news text, with exact code-point offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gui.core.nlp.sentences import clauses, paragraphs, sentences


def texts(segments) -> list[str]:
    return [s.text for s in segments]


def clause_texts(body: str, index: int = 0) -> list[str]:
    sent = sentences(body)[index]
    return texts(clauses(body, sent.start, sent.end))


def test_full_and_half_width_stops_both_end_sentences() -> None:
    body = "会议指出,要加强管理。要完善制度;要落实责任.下一步！还要吗?好；完"
    assert texts(sentences(body)) == [
        "会议指出,要加强管理。",
        "要完善制度;",
        "要落实责任.",
        "下一步！",
        "还要吗?",
        "好；",
        "完",
    ]


def test_numbers_are_not_cut_at_their_points_and_commas() -> None:
    body = "增长3.5%，投资1,000万元，网址www.gov.cn。1.加强管理。２．完善制度。"
    assert texts(sentences(body)) == ["增长3.5%，投资1,000万元，网址www.gov.cn。", "1.加强管理。", "２．完善制度。"]
    assert clause_texts(body) == ["增长3.5%", "投资1,000万元", "网址www.gov.cn"]


def test_runs_of_stops_and_ellipses_end_one_sentence() -> None:
    assert texts(sentences("真的吗？！当然……我们走吧...好")) == ["真的吗？！", "当然……", "我们走吧...", "好"]


def test_a_quoted_phrase_inside_a_sentence_is_never_cut() -> None:
    body = '扎实做好巡视“后半篇。文章”工作。提出"三个务必。"的要求。'
    assert texts(sentences(body)) == ["扎实做好巡视“后半篇。文章”工作。", '提出"三个务必。"的要求。']


def test_quoted_speech_is_split_into_its_sentences() -> None:
    body = "他说：“要坚持。要完善！”随后离开。"
    assert texts(sentences(body)) == ["他说：“要坚持。", "要完善！”", "随后离开。"]


def test_book_titles_keep_their_punctuation() -> None:
    body = "印发《关于加强A，B。C的通知》。通知要求，各地要落实。"
    assert texts(sentences(body)) == ["印发《关于加强A，B。C的通知》。", "通知要求，各地要落实。"]
    assert clause_texts(body) == ["印发《关于加强A，B。C的通知》"]
    assert clause_texts(body, 1) == ["通知要求", "各地要落实"]


def test_an_unclosed_quote_does_not_swallow_the_paragraph() -> None:
    body = "“没有闭合的引号。后面的句子。\n下一段。"
    assert texts(sentences(body)) == ["“没有闭合的引号。", "后面的句子。", "下一段。"]


def test_line_breaks_end_paragraphs_and_sentences() -> None:
    body = "  第一段没有标点\r\n\r\n第二段，有逗号\n\u3000\u3000第三段。"
    assert texts(paragraphs(body)) == ["第一段没有标点", "第二段，有逗号", "第三段。"]
    assert texts(sentences(body)) == ["第一段没有标点", "第二段，有逗号", "第三段。"]


def test_clauses_leave_out_separators_and_the_final_stop() -> None:
    body = "会议强调：各地要加强,有关部门要配合；确保落实。”"
    assert clause_texts(body) == ["会议强调", "各地要加强", "有关部门要配合"]


def test_offsets_stay_exact_after_characters_outside_the_bmp() -> None:
    body = "𠀾𠀾说，要加强𠀾。𠀾要完善。"
    got = sentences(body)
    assert texts(got) == ["𠀾𠀾说，要加强𠀾。", "𠀾要完善。"]
    assert (got[1].start, got[1].end) == (9, 14)
    first = clauses(body, got[0].start, got[0].end)
    assert [(c.start, c.end) for c in first] == [(0, 3), (4, 8)]


def test_a_range_of_a_longer_text_keeps_offsets_into_the_whole_text() -> None:
    body = "标题\n正文第一句。正文第二句。"
    start = body.index("正文")
    got = sentences(body, start)
    assert [(s.start, s.text) for s in got] == [(3, "正文第一句。"), (9, "正文第二句。")]


@given(st.text(alphabet='要加强，,。.；;！？“”"《》（）、：:12 \n\u3000𠀾a', max_size=80))
def test_segments_always_cover_the_text_exactly(body: str) -> None:
    got = sentences(body)
    covered = "".join(s.text for s in got)
    assert covered.replace(" ", "").replace("\u3000", "") == "".join(body.split()).replace("\u3000", "")
    last = 0
    for s in got:
        assert s.text == body[s.start : s.end] and s.text == s.text.strip(" \u3000\n")
        assert s.start >= last
        last = s.end
        for c in clauses(body, s.start, s.end):
            assert s.start <= c.start < c.end <= s.end
            assert c.text == body[c.start : c.end] and c.text.strip()
