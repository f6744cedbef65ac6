"""Documents as records (issue 20): 《…》 titles and 文号 read from articles, kept as records of the
library, an imported policy page its own record, the article filter, the network, old libraries."""

from __future__ import annotations

import re
from pathlib import Path

import helpers
import pytest

from gui.core.documents import MentionSpan, directive_document, extract, number_key, title_key
from gui.core.library import Library
from gui.core.model import Annotation, Article, ArticleFilter
from gui.core.store import SCHEMA_VERSION, Store


def _docs(body: str) -> list[Annotation]:
    """DOC entities as the tagger makes them: every 《…》."""
    return [Annotation("entity", "DOC", m.start(), m.end(), m.group()) for m in re.finditer("《[^《》]+》", body)]


def _found(body: str) -> list[tuple[str, str, list[str]]]:
    found = extract(Article(title="t", body=body), _docs(body))
    return [(r.title, r.number, r.issuers) for r in found.mentions]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("国办发〔2020〕1号", "国办发〔2020〕1号"),
        ("国办发[2020]1号", "国办发〔2020〕1号"),
        ("国办发（２０２０）第１号", "国办发〔2020〕1号"),
        ("国能综通科技[2021]92号", "国能综通科技〔2021〕92号"),
        ("晋政发【2019】 12号", "晋政发〔2019〕12号"),
        ("国家税务总局公告2019年第5号", "国家税务总局公告2019年第5号"),
        ("2020年第1号", ""),
        ("第一号", ""),
    ],
)
def test_document_numbers_are_written_one_way(text: str, key: str) -> None:
    assert number_key(text) == key


def test_titles_compare_as_one_when_safe() -> None:
    assert title_key("《中华人民共和国行政复议法》") == title_key("《行政复议法》") == "行政复议法"
    assert title_key("《关于“十四五”规划的意见》") == title_key('《关于"十四五"规划的意见》')
    assert title_key("《条例（试行）》") == title_key("《条例(试行)》")
    assert title_key("《条例（试行）》") != title_key("《条例》")  # a trial version is another document
    assert title_key("《通知》") == title_key("《实施意见》") == ""  # a short name is no record


def test_titles_numbers_and_issuers_in_varied_sentences() -> None:
    assert _found(
        "近日，国务院办公厅印发《关于加快发展保障性租赁住房的意见》（国办发〔2021〕22号），要求各地加快发展。"
    ) == [("《关于加快发展保障性租赁住房的意见》", "国办发〔2021〕22号", ["国务院办公厅"])]
    assert _found("根据国能综通科技[2021]92号文件精神，各单位要做好能源科技工作。") == [
        ("", "国能综通科技〔2021〕92号", [])
    ]
    assert _found("财政部、税务总局日前联合发布《关于延续实施小微企业普惠性税收减免政策的公告》。") == [
        ("《关于延续实施小微企业普惠性税收减免政策的公告》", "", ["财政部", "税务总局"])
    ]
    assert _found("按照《财政部 税务总局关于支持个体工商户复工复业增值税政策的公告》执行。") == [
        ("《财政部 税务总局关于支持个体工商户复工复业增值税政策的公告》", "", ["财政部", "税务总局"])
    ]
    assert _found("省政府办公厅转发晋政办发（２０２２）１５号，《通知》要求各市抓好落实。") == [
        ("", "晋政办发〔2022〕15号", [])
    ]  # 《通知》 stands for the document before it: no record of its own
    assert _found("会议传达学习了习近平总书记重要讲话精神。") == []
    # An assembly not named is no issuer.
    assert _found("大会通过了《北京宣言》。") == [("《北京宣言》", "", [])]


def test_a_policy_article_is_its_own_document() -> None:
    article = Article(
        title="国务院办公厅关于印发某某方案的通知",
        body="各省、自治区、直辖市人民政府：经国务院同意，现将《某某方案》印发给你们，请认真贯彻执行。",
        published="2020-01-03",
        doc_number="国办发〔2020〕1号",
        issuer="国务院办公厅",
    )
    found = extract(article, _docs(article.body))
    assert found.own is not None
    assert (found.own.title, found.own.number, found.own.issuers, found.own.date) == (
        "《国务院办公厅关于印发某某方案的通知》",
        "国办发〔2020〕1号",
        ["国务院办公厅"],
        "2020-01-03",
    )
    assert [r.title for r in found.mentions] == ["《某某方案》"]
    news = Article(title="新闻", body=article.body)
    assert extract(news, _docs(news.body)).own is None


def test_directives_point_to_the_document_that_issues_them() -> None:
    body = "国务院办公厅印发《关于推进某某工作的意见》。《意见》要求，各地要加强组织领导。"
    mentions = [MentionSpan(7, 6, 20, "《关于推进某某工作的意见》")]
    start = body.index("各地")
    by_title = Annotation(
        "directive", "", start, len(body), body[start:], {"issuer": "《意见》", "issuer_label": "DOC"}
    )
    assert directive_document(by_title, mentions, None) == 7
    at_span = Annotation("directive", "", start, len(body), body[start:], {"issuer": "x", "issuer_span": [6, 20]})
    assert directive_document(at_span, mentions, None) == 7
    speaker = Annotation("directive", "", start, len(body), body[start:], {"issuer": "林武", "issuer_label": "PER"})
    assert directive_document(speaker, mentions, None) is None
    # A provision of a notice, in the notice's own article.
    provision = Annotation("directive", "", 0, 5, "一、加强领导", {"issuer": "", "issuers": []})
    assert directive_document(provision, [], 3) == 3


def _add(store: Store, title: str, body: str, **meta: str) -> int:
    article_id = store.add_article(Article(title=title, body=body, **meta), _docs(body))
    assert article_id is not None
    return article_id


def test_records_are_shared_filtered_and_follow_edits(library: Library) -> None:
    store = library.store
    notice = _add(
        store,
        "国务院办公厅关于加快发展保障性租赁住房的意见",
        "各省、自治区、直辖市人民政府：根据《中华人民共和国城乡规划法》，现提出以下意见。",
        doc_number="国办发〔2021〕22号",
        issuer="国务院办公厅",
        published="2021-07-02",
    )
    news = _add(store, "住房新闻", "国务院办公厅印发《关于加快发展保障性租赁住房的意见》（国办发[2021]22号）。")
    law = _add(store, "普法", "学习《城乡规划法》，落实国办发〔２０２１〕２２号。")
    _add(store, "无关", "今天天气很好。")
    rows = {r.number or r.title: r for r in library.documents()}
    housing = rows["国办发〔2021〕22号"]
    assert housing.article_id == notice and housing.articles == 2 and housing.issuers == ["国务院办公厅"]
    assert housing.date == "2021-07-02"
    planning = rows["《中华人民共和国城乡规划法》"]
    assert planning.articles == 2  # the full name and the short one are one law
    assert len(rows) == 2
    assert set(library.article_ids(ArticleFilter(document=(housing.id,)))) == {notice, news, law}
    assert set(library.article_ids(ArticleFilter(document=(planning.id,)))) == {notice, law}
    assert library.find_documents("城乡规划") == (planning.id,)
    assert library.find_documents("国办发[2021]22号") == (housing.id,)
    assert library.find_documents(str(housing.id)) == (housing.id,)
    with pytest.raises(Exception, match="民法典"):
        library.find_documents("民法典")
    # Rejecting the DOC entity forgets the mention; deleting the notice leaves a record its citers name.
    law_doc = next(a for a in store.annotations(law, "entity") if a.label == "DOC")
    law_doc.status = "rejected"
    store.update_annotation(law_doc)
    assert {r.title: r.articles for r in library.documents()}["《中华人民共和国城乡规划法》"] == 1
    store.delete_article(notice)
    rows = {r.number or r.title: r for r in library.documents()}
    assert set(rows) == {"国办发〔2021〕22号"}
    assert rows["国办发〔2021〕22号"].article_id is None


def test_the_issuing_network(library: Library) -> None:
    store = library.store
    _add(
        store,
        "财政部 税务总局关于某某政策的公告",
        "为贯彻《国务院关于某某工作的意见》，现公告如下。",
        doc_number="财政部 税务总局公告2022年第3号",
        issuer="财政部 税务总局",
    )
    _add(store, "新闻", "民政部、财政部联合印发《关于加强某某服务的通知》。")
    article_id = _add(store, "会议", "会议要求各地落实。")
    joint = Annotation(
        "directive",
        "",
        0,
        9,
        "会议要求各地落实。",
        {"issuer": "中办国办", "issuers": ["中共中央办公厅", "国务院办公厅"]},
    )
    joint.article_id = article_id
    store.add_annotation(joint)
    net = library.document_network(ArticleFilter())
    assert net.joint == {("税务总局", "财政部"): 1, ("民政部", "财政部"): 1, ("中共中央办公厅", "国务院办公厅"): 1}
    titles = {d.id: d.title for d in net.documents.values()}
    assert [(titles[a], titles[b]) for a, b in net.cites] == [
        ("《财政部 税务总局关于某某政策的公告》", "《国务院关于某某工作的意见》")
    ]
    assert net.bodies["财政部"] == 2
    assert ("国务院", next(i for i, t in titles.items() if t == "《国务院关于某某工作的意见》")) in net.issues


def test_a_version_14_library_builds_its_records_on_first_use(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = helpers.old_library(path, 14)
    body = "学习《中华人民共和国民法典》和国发〔2020〕5号。"
    conn.execute(
        "INSERT INTO articles (title, body, content_hash, imported_at, updated_at) VALUES ('旧', ?, 'h', 'x', 'x')",
        (body,),
    )
    conn.execute(
        'INSERT INTO annotations (article_id, kind, label, start, "end", text, origin, status, updated_at)'
        " VALUES (1, 'entity', 'DOC', 2, 14, '《中华人民共和国民法典》', 'auto', 'suggested', 'x')"
    )
    conn.commit()
    conn.close()
    with Library.open(path) as library:
        assert library.store.version == SCHEMA_VERSION >= 15
        assert sorted((r.title, r.number) for r in library.documents()) == [
            ("", "国发〔2020〕5号"),
            ("《中华人民共和国民法典》", ""),
        ]


def test_a_policy_page_is_its_own_record(tmp_path: Path) -> None:
    folder = helpers.SHARED_DATA / "formats" / "html"
    page = folder / "govcn_gongbao_2007_23.html"
    if not page.exists():
        pytest.skip(f"{folder} is absent: the real policy pages are not on this machine")
    with Library.open(tmp_path / "lib.sqlite") as library:
        library.import_paths([page])
        (article_id,) = library.article_ids()
        article = library.article(article_id)
        assert article is not None
        own = [r for r in library.documents() if r.article_id == article_id]
        assert len(own) == 1
        assert own[0].title == f"《{article.title}》"
        assert own[0].issuers
