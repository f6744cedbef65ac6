"""An article that is a document (a law, a notice): its title issues its provisions."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core.ingest.documents import read_document
from gui.core.tagging import Tagger

LAW = Path("/work/shared/data/formats/word/npc_anti_drug_law.docx")
PROVISIONS = (
    "第六条　县级以上各级人民政府应当将禁毒工作纳入国民经济和社会发展规划。\n"
    "第七条　国家鼓励对禁毒工作的社会捐赠。\n"
    "第八条　麻醉药品管理的具体办法，由国务院规定。\n"
    "第九条　有下列行为之一，构成犯罪的，依法追究刑事责任：\n"
    "（一）走私毒品的；\n"
    "（二）非法持有毒品的。\n"
    "第十条　本法自2008年6月1日起施行。"
)


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("中华人民共和国禁毒法", "《中华人民共和国禁毒法》"),
        ("某市人民政府关于加强禁毒工作的通知", "《某市人民政府关于加强禁毒工作的通知》"),
        ("戒毒条例（试行）", "《戒毒条例（试行）》"),
    ],
)
def test_provisions_of_a_titled_document_are_issued_by_it(tagger: Tagger, title: str, issuer: str) -> None:
    directives = tagger.tag(PROVISIONS, title)[1]
    # Spans keep the article number, as they keep any enumerator.
    assert [d.text.split("\u3000")[-1][:6] for d in directives] == [
        "县级以上各级",
        "国家鼓励对禁",
        "麻醉药品管理",
        "有下列行为之",
    ]
    assert {d.attrs["issuer"] for d in directives} == {issuer}
    assert {d.attrs["issuer_label"] for d in directives} == {"DOC"}
    # The listed conditions and the date it takes effect instruct nobody.
    assert not any(d.text.startswith(("（一）", "（二）")) or "施行" in d.text for d in directives)


@pytest.mark.parametrize(
    "title", ["", "习近平在视察78集团军时强调 全面提高部队备战打仗能力", "国务院印发《关于加强禁毒工作的意见》"]
)
def test_a_news_title_issues_nothing(tagger: Tagger, title: str) -> None:
    """Without a document's title the same text has no issuer, and nothing is issued by the headline."""
    directives = tagger.tag(PROVISIONS, title)[1]
    assert all(d.attrs["issuer_label"] != "DOC" for d in directives)


@pytest.mark.skipif(not LAW.is_file(), reason="the shared formats folder is not here")
def test_the_real_law_read_from_word_names_itself_as_issuer(tagger: Tagger) -> None:
    article = read_document(LAW)[0]
    directives = tagger.tag(article.body, article.title)[1]
    assert len(directives) > 100
    assert {d.attrs["issuer"] for d in directives} == {"《中华人民共和国禁毒法》"}
    assert not any("由国务院" in d.attrs["issuer"] for d in directives)


@pytest.mark.parametrize(
    ("title", "area"),
    [
        ("中华人民共和国禁毒法", "公安、安全、司法"),
        ("某省耕地保护条例", "农业、林业、水利"),
        ("某市住房公积金管理办法", "城乡建设、环境保护"),
    ],
)
def test_provisions_take_the_documents_area_unless_they_clearly_name_another(
    tagger: Tagger, title: str, area: str
) -> None:
    body = (
        "第一条　县级以上人民政府应当将本项工作经费列入本级预算。\n"  # a passing 预算 is no other area
        "第二条　药品监督管理部门应当配合有关部门开展工作。\n"  # nor a passing 药品
        "第三条　医疗机构从事戒毒治疗的，应当接受卫生行政部门对医疗机构的监督检查。"  # clearly health
    )
    directives = tagger.tag(body, title)[1]
    assert [d.attrs["topic"] for d in directives] == [area, area, "卫生、体育"]


def test_news_directives_keep_their_own_words_area(tagger: Tagger) -> None:
    """The document rule is about documents: in a news story each directive's own words decide."""
    body = "会议指出，要加强耕地保护，严守耕地红线。要做好药品安全监管，守住药品安全底线。"
    directives = tagger.tag(body, "省政府召开常务会议")[1]
    assert [d.attrs["topic"] for d in directives] == ["农业、林业、水利", "市场监管、安全生产监管"]
