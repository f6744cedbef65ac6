"""Exports as users open them: CSV in a spreadsheet, JSONL back into pizhu, BIO and doccano for training."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from gui.core.errors import InputError
from gui.core.export import (
    ARTICLE_EXPORT_COLUMNS,
    DIRECTIVE_COLUMNS,
    ENTITY_COLUMNS,
    ExportError,
    ExportOptions,
    export_to_file,
    export_to_stream,
    format_for_path,
)
from gui.core.ingest import parse_text
from gui.core.library import Library
from gui.core.model import Annotation, Article
from gui.core.store import Store

HYPERLINK = '=HYPERLINK("http://x","点")'


def annotate(
    store: Store,
    article_id: int,
    text: str,
    label: str = "PER",
    *,
    kind: str = "entity",
    nth: int = 0,
    attrs: dict[str, Any] | None = None,
    origin: str = "manual",
    status: str = "accepted",
) -> Annotation:
    """Annotate the nth occurrence of `text` in the article's body."""
    body = store.get_article(article_id).body
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    annotation = Annotation(kind, label, start, start + len(text), text, attrs or {}, origin, status)
    annotation.article_id = article_id
    store.add_annotation(annotation)
    return annotation


def add(store: Store, title: str, body: str, **fields: Any) -> int:
    article_id = store.add_article(Article(title=title, body=body, **fields))
    assert article_id is not None
    return article_id


def export_text(store: Store, **options: Any) -> str:
    raw = io.BytesIO()
    report = export_to_stream(store, ExportOptions(**options), raw)
    assert not report.cancelled
    return raw.getvalue().decode("utf-8-sig" if options.get("excel") else "utf-8")


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def seed_id(library: Library, title: str) -> int:
    return next(r.id for r in library.store.article_rows(library.article_ids()) if r.title == title)


@pytest.fixture()
def annotated(seeded_library: Library) -> Library:
    """The seed page plus hand-made entities and a directive, whatever automatic tagging added."""
    store = seeded_library.store
    meeting = seed_id(seeded_library, "省委常委会议召开会议")
    annotate(store, meeting, "林武")
    annotate(store, meeting, "省委书记", "POST", origin="auto", status="suggested")
    # Rejected, with a label no tagger would give this span.
    annotate(store, meeting, "《关于加快发展保障性租赁住房的实施意见》", "MEETING", status="rejected")
    annotate(
        store,
        meeting,
        "研究我省贯彻落实意见",
        "DIRECTIVE",
        kind="directive",
        attrs={"issuer": "省委常委会议", "addressee": ["各市", "省直各部门"], "strength": "要", "topic": "巡视"},
    )
    return seeded_library


# -- CSV -------------------------------------------------------------------------


def test_entity_csv_has_the_documented_columns_and_readable_chinese(annotated: Library) -> None:
    store = annotated.store
    text = export_text(store, what="entities")
    assert text.splitlines()[0] == ",".join(ENTITY_COLUMNS)
    assert "\\u" not in text and "林武" in text
    rows = csv_rows(text)
    assert len(rows) == sum(len(store.annotations(i, "entity")) for i in annotated.article_ids())
    for row in rows:
        body = store.get_article(int(row["article_id"])).body
        assert body[int(row["start"]) : int(row["end"])] == row["text"]
        assert row["published"] == "2022-03-25"
    mine = {(r["text"], r["label"], r["origin"], r["status"]) for r in rows}
    # Every status is exported, with its status column to filter on.
    assert {
        ("林武", "PER", "manual", "accepted"),
        ("省委书记", "POST", "auto", "suggested"),
        ("《关于加快发展保障性租赁住房的实施意见》", "MEETING", "manual", "rejected"),
    } <= mine
    assert {r["article_title"] for r in rows if r["text"] == "林武"} >= {"省委常委会议召开会议"}


def test_directive_csv_spreads_the_attributes_over_columns(annotated: Library) -> None:
    rows = [r for r in csv_rows(export_text(annotated.store, what="directives")) if r["origin"] == "manual"]
    assert list(rows[0]) == list(DIRECTIVE_COLUMNS)
    (row,) = rows
    assert row["text"] == "研究我省贯彻落实意见"
    assert (row["issuer"], row["addressee"], row["strength"], row["topic"]) == (
        "省委常委会议",
        "各市; 省直各部门",
        "要",
        "巡视",
    )
    assert "[" not in row["addressee"]  # a list is not written as JSON


def test_articles_csv_lists_every_article_with_counts_and_exact_cells(annotated: Library) -> None:
    store = annotated.store
    bare = add(store, "无标注的文章", '第一段，有逗号, 半角逗号和"引号"。\n第二段。', subtitles=["副题一", "副题二"])
    rows = {int(r["article_id"]): r for r in csv_rows(export_text(store, what="articles"))}
    assert list(next(iter(rows.values()))) == list(ARTICLE_EXPORT_COLUMNS)
    assert len(rows) == 4  # an article without annotations is still there
    assert rows[bare]["body"] == '第一段，有逗号, 半角逗号和"引号"。\n第二段。'
    assert rows[bare]["subtitles"] == "副题一\n副题二"  # one line per subtitle, not JSON
    assert (rows[bare]["n_entities"], rows[bare]["n_directives"]) == ("0", "0")
    meeting = seed_id(annotated, "省委常委会议召开会议")
    listed = store.article_rows([meeting])[0]
    assert rows[meeting]["n_entities"] == str(listed.n_entities)  # as the list shows: rejected not counted
    assert rows[meeting]["n_directives"] == str(listed.n_directives)
    for article_id, row in rows.items():
        assert row["body"] == store.get_article(article_id).body


def test_excel_csv_has_a_bom_and_crlf_and_the_same_cells(annotated: Library, tmp_path: Path) -> None:
    for what in ("entities", "directives", "articles"):
        plain = export_to_file(annotated.store, ExportOptions(what=what), tmp_path / f"{what}.csv")
        excel = export_to_file(annotated.store, ExportOptions(what=what, excel=True), tmp_path / f"{what}-excel.csv")
        plain_bytes, excel_bytes = plain.path.read_bytes(), excel.path.read_bytes()
        assert excel_bytes.startswith(b"\xef\xbb\xbf") and not plain_bytes.startswith(b"\xef\xbb\xbf")
        excel_text = excel_bytes.decode("utf-8-sig")
        plain_text = plain_bytes.decode("utf-8")
        assert csv_rows(excel_text) == csv_rows(plain_text)
        # Every record ends in CRLF for Excel, in LF otherwise.
        assert excel_text.endswith("\r\n") and plain_text.endswith("\n") and not plain_text.endswith("\r\n")
        records = len(csv_rows(plain_text)) + 1
        assert excel_text.count("\r\n") == records and "\r" not in plain_text


def test_cells_that_a_spreadsheet_would_run_are_made_inert(library: Library) -> None:
    store = library.store
    body = "+86热线，-5%的降幅，@某单位，\t缩进，\r回车，=1+1，普通，'引号开头"
    article_id = add(store, HYPERLINK, body, pre_title="-引题", subtitles=["@副题"])
    texts = ["+86热线", "-5%的降幅", "@某单位", "\t缩进", "\r回车", "=1+1", "普通", "'引号开头"]
    for text in texts:
        annotate(store, article_id, text, "ORG")
    rows = csv_rows(export_text(store, what="entities", excel=True))
    assert [r["text"] for r in rows] == [
        "'+86热线",
        "'-5%的降幅",
        "'@某单位",
        "'\t缩进",
        "'\r回车",
        "'=1+1",
        "普通",
        "''引号开头",  # a genuine leading ' is doubled, so import can tell it from pizhu's
    ]
    assert {r["article_title"] for r in rows} == {"'" + HYPERLINK}
    (row,) = csv_rows(export_text(store, what="articles"))
    assert (row["title"], row["pre_title"], row["subtitles"]) == ("'" + HYPERLINK, "'-引题", "'@副题")
    # pizhu's own CSV import takes the quote off again.
    (back,), _ = parse_text(export_text(store, what="articles"), "articles.csv", ".csv")
    assert back.title == HYPERLINK and back.pre_title == "-引题"


def test_filters_choose_articles_and_annotations(library: Library) -> None:
    store = library.store
    a = add(store, "甲", "林武在太原主持会议。", published="2022-03-01", status="done")
    b = add(store, "乙", "蓝佛安在大同调研。", published="2022-03-20")
    c = add(store, "丙", "商黎光在运城出席。", published="2022-04-02")
    people = (("林武", "太原"), ("蓝佛安", "大同"), ("商黎光", "运城"))
    for article_id, (name, place) in zip((a, b, c), people, strict=True):
        annotate(store, article_id, name, "PER")
        annotate(store, article_id, place, "LOC", origin="auto", status="rejected")

    def texts(**options: Any) -> list[str]:
        return [r["text"] for r in csv_rows(export_text(store, what="entities", **options))]

    assert texts() == ["林武", "太原", "蓝佛安", "大同", "商黎光", "运城"]
    assert texts(status="done") == ["林武", "太原"]
    assert texts(date_from="2022-03-02", date_to="2022-03-31") == ["蓝佛安", "大同"]
    assert texts(date_to="2022-03-20") == ["林武", "太原", "蓝佛安", "大同"]  # the end day is included
    assert texts(ids=[c, a]) == ["林武", "太原", "商黎光", "运城"]
    assert texts(labels=["LOC"]) == ["太原", "大同", "运城"]
    assert texts(annotation_statuses=["accepted"]) == ["林武", "蓝佛安", "商黎光"]
    assert [r["title"] for r in csv_rows(export_text(store, what="articles", date_from="2022-03-15"))] == ["乙", "丙"]


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"what": "directives", "format": "bio"}, ["directives", "bio"]),
        ({"what": "articles", "format": "doccano"}, ["articles", "doccano"]),
        ({"what": "articles", "format": "jsonl", "excel": True}, ["Excel", "CSV"]),
        ({"what": "articles", "labels": ["PER"]}, ["label filter", "entity"]),
        ({"what": "articles", "annotation_statuses": ["accepted"]}, ["annotation status filter"]),
        ({"what": "entities", "date_from": "2022-04-01", "date_to": "2022-03-01"}, ["after"]),
        ({"what": "things"}, ["things"]),
    ],
)
def test_impossible_exports_say_why(
    library: Library, tmp_path: Path, options: dict[str, Any], words: list[str]
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ExportError) as info:
        export_to_file(library.store, ExportOptions(**options), folder / "out")
    assert all(word in str(info.value) for word in words)
    assert list(folder.iterdir()) == []


def test_the_format_follows_the_file_name() -> None:
    assert format_for_path("x/entities.jsonl") == "jsonl"
    assert format_for_path("entities.doccano.jsonl") == "doccano"
    assert format_for_path("train.bio") == "bio"
    assert format_for_path("entities.bio.txt") == "bio"
    assert format_for_path("table.CSV") == "csv"
    assert format_for_path(None) == "csv"


# -- files: nothing half-written ----------------------------------------------


def test_a_cancelled_export_leaves_no_file_and_keeps_the_old_one(library: Library, tmp_path: Path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    for n in range(5):
        add(library.store, f"文章{n}", f"第{n}篇正文。")
    target = tmp_path / "articles.csv"
    target.write_text("yesterday's export", encoding="utf-8")
    seen: list[tuple[int, int]] = []
    report = export_to_file(
        library.store,
        ExportOptions(what="articles"),
        target,
        progress=lambda done, total, what: seen.append((done, total)),
        cancelled=lambda: len(seen) >= 2,  # after the first article has been written
        batch=1,
    )
    assert report.cancelled and report.path is None
    assert "cancelled" in report.summary()
    assert seen[-1] == (1, 5)
    assert target.read_text(encoding="utf-8") == "yesterday's export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.csv"]  # no temporary file left


def test_a_failing_export_leaves_no_file(library: Library, tmp_path: Path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    for n in range(3):
        add(library.store, f"文章{n}", f"第{n}篇正文。")

    def disk_full(done: int, total: int, what: str) -> None:
        if done:
            raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="No space left on device"):
        export_to_file(library.store, ExportOptions(what="articles"), tmp_path / "a.csv", progress=disk_full, batch=1)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ExportError, match="no such folder"):
        export_to_file(library.store, ExportOptions(what="articles"), tmp_path / "missing" / "a.csv")
    with pytest.raises(ExportError, match="library itself"):
        export_to_file(library.store, ExportOptions(what="articles"), library.path)


def test_a_complete_export_replaces_the_old_file_and_reports_progress(library: Library, tmp_path: Path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    for n in range(5):
        add(library.store, f"文章{n}", f"第{n}篇正文。")
    target = tmp_path / "articles.jsonl"
    target.write_text("old", encoding="utf-8")
    seen: list[tuple[int, int, str]] = []
    report = export_to_file(
        library.store,
        ExportOptions(what="articles", format="jsonl"),
        target,
        progress=lambda *a: seen.append(a),
        batch=2,
    )
    assert report.summary() == f"5 articles written to {target}"
    assert len(target.read_text(encoding="utf-8").splitlines()) == 5
    assert seen[0] == (0, 5, "articles") and seen[-1] == (5, 5, "articles")
    assert [done for done, _, _ in seen] == sorted(done for done, _, _ in seen)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.jsonl"]


# -- JSONL ---------------------------------------------------------------------


def test_entity_jsonl_is_one_annotation_a_line_in_plain_utf8(annotated: Library) -> None:
    lines = export_text(annotated.store, what="entities", format="jsonl").splitlines()
    records = [json.loads(line) for line in lines]
    assert set(records[0]) == {
        "article_id", "article_title", "published", "kind", "label", "start", "end", "text", "attrs", "origin",
        "status", "updated_at", "coder",
    }  # fmt: skip
    assert any(r["text"] == "林武" and r["article_title"] == "省委常委会议召开会议" for r in records)
    assert "林武" in "".join(lines)  # not \\u escapes
    (directive,) = [
        json.loads(line)
        for line in export_text(annotated.store, what="directives", format="jsonl").splitlines()
        if json.loads(line)["origin"] == "manual"
    ]
    assert directive["attrs"]["addressee"] == ["各市", "省直各部门"]


def _varied_library(store: Store) -> None:
    """Articles and annotations of every kind a round trip must carry."""
    rich = add(
        store,
        "  标题前后有空格 ",
        "𠀾字在前：林武主持会议。\r\n会议要求，各地要抓好落实。\n  缩进的一段。\u2028分隔符之后",
        pre_title="引题",
        subtitles=["副题一", "副题二"],
        byline="本报讯 (记者 杨文)",
        dateline="3月24日",
        published="2022-03-25",
        source="crawler/山西日报.jsonl",
        status="in_progress",
    )
    annotate(store, rich, "林武", "PER")
    annotate(store, rich, "林武主持会议", "MEETING", origin="auto", status="suggested")
    annotate(store, rich, "𠀾字", "LOC", origin="auto", status="rejected")
    annotate(
        store,
        rich,
        "各地要抓好落实",
        "DIRECTIVE",
        kind="directive",
        origin="auto",
        status="accepted",
        attrs={"issuer": "会议", "addressee": "各地", "strength": "要", "topic": "疫情防控",
               "evidence": {"cue": "要求", "spans": [[12, 14]], "score": 0.75, "ok": True, "none": None}},
    )  # fmt: skip
    add(store, "", "没有标题也没有日期的文章。", source="notes.md", status="done")
    add(store, HYPERLINK, "标题像公式的文章。", published="2021-12-31", source="x.csv")
    store.set_article_status(rich, "in_progress")


def _snapshot(store: Store) -> list[tuple[Any, ...]]:
    """Every field of every article and annotation, keyed by content (ids differ between libraries)."""
    result = []
    for article in store.iter_articles():
        fields = {k: getattr(article, k) for k in article.__slots__ if k not in ("id", "annotations", "pretagged")}
        annotations = sorted(
            (a.kind, a.label, a.start, a.end, a.text, json.dumps(a.attrs, sort_keys=True), a.origin, a.status,
             a.updated_at)
            for a in store.annotations(article.id)
        )  # fmt: skip
        result.append((json.dumps(fields, sort_keys=True, ensure_ascii=False), annotations))
    return sorted(result)


def test_articles_jsonl_round_trip_is_lossless(tmp_path: Path) -> None:
    with Library.open(tmp_path / "first.sqlite") as first:
        _varied_library(first.store)
        # A date in the file's name must not be given to the article that has none.
        exported = tmp_path / "2020-01-01-export.jsonl"
        export_to_file(first.store, ExportOptions(what="articles", format="jsonl"), exported)
        before = _snapshot(first.store)
    with Library.open(tmp_path / "second.sqlite") as second:
        report = second.import_paths([exported])
        assert report.added == len(before) and not report.problems
        after = _snapshot(second.store)
        again = tmp_path / "again.jsonl"
        export_to_file(second.store, ExportOptions(what="articles", format="jsonl"), again)
    assert after == before
    assert any('"published": null' in fields and "没有标题" in fields for fields, _ in after)

    def without_ids(path: Path) -> list[dict[str, Any]]:
        return [
            {k: v for k, v in json.loads(line).items() if k != "id"} for line in path.read_text("utf-8").splitlines()
        ]

    assert without_ids(again) == without_ids(exported)


def test_an_entities_export_is_not_mistaken_for_articles(annotated: Library, tmp_path: Path) -> None:
    for fmt in ("jsonl", "csv"):
        path = tmp_path / f"entities.{fmt}"
        export_to_file(annotated.store, ExportOptions(what="entities", format=fmt), path)
        with pytest.raises(InputError, match="export its articles as JSONL"):
            parse_text(path.read_text("utf-8"), path.name, path.suffix)


# -- BIO -------------------------------------------------------------------------


def _bio(store: Store, **options: Any) -> list[list[tuple[str, str]]]:
    text = export_text(store, what="entities", format="bio", **options)
    assert text.endswith("\n\n") and "\n\n\n" not in text
    sentences = []
    for block in text.split("\n\n")[:-1]:
        pairs = []
        for line in block.split("\n"):
            char, tag = line.split(" ")  # exactly one character, one space, one tag
            assert len(char) == 1 and not char.isspace()
            pairs.append((char, tag))
        sentences.append(pairs)
    return sentences


def _entities(sentences: list[list[tuple[str, str]]]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for sentence in sentences:
        for char, tag in sentence:
            if tag.startswith("B-"):
                found.append((tag[2:], char))
            elif tag.startswith("I-"):
                assert found and found[-1][0] == tag[2:]  # an I- always continues its B-
                found[-1] = (tag[2:], found[-1][1] + char)
    return found


def test_bio_is_one_character_a_line_with_sentences_apart(library: Library) -> None:
    store = library.store
    body = (
        "省委书记林武主持会议。 会议审议通过《关于加快发展。保障性租赁住房的实施意见》！\n"
        "𠀾 县 张 三出席？“好。”最后一句"
    )
    article_id = add(store, "标题", body)
    annotate(store, article_id, "省委书记林武", "POST")  # longer: wins over the PER inside it
    annotate(store, article_id, "林武", "PER")
    annotate(store, article_id, "《关于加快发展。保障性租赁住房的实施意见》", "DOC")
    annotate(store, article_id, "𠀾 县", "LOC", status="suggested")
    annotate(store, article_id, " 张 三", "PER")  # leading and inner spaces are left out
    annotate(store, article_id, "会议", "MEETING", nth=1, status="rejected")  # not a training label
    add(store, "没有实体", "这篇文章没有实体。也要出现。")
    sentences = _bio(store)
    text = ["".join(c for c, _ in s) for s in sentences]
    assert text == [
        "省委书记林武主持会议。",
        "会议审议通过《关于加快发展。保障性租赁住房的实施意见》！",  # no split inside an entity
        "𠀾县张三出席？",
        "“好。”",  # a closing quote stays with its sentence
        "最后一句",
        "这篇文章没有实体。",
        "也要出现。",
    ]
    assert _entities(sentences) == [
        ("POST", "省委书记林武"),
        ("DOC", "《关于加快发展。保障性租赁住房的实施意见》"),
        ("LOC", "𠀾县"),
        ("PER", "张三"),
    ]
    assert sentences[2][0] == ("𠀾", "B-LOC")  # a character outside the BMP is one line


def test_bio_matches_the_pd_ner_corpus_layout(annotated: Library) -> None:
    text = export_text(annotated.store, what="entities", format="bio")
    lines = text.split("\n")
    assert all(line == "" or len(line.split(" ")) == 2 for line in lines)
    tags = {line.split(" ")[1] for line in lines if line}
    assert "B-PER" in tags and all(t == "O" or t[:2] in ("B-", "I-") for t in tags)
    bodies = "".join(article.body for article in annotated.store.iter_articles())
    assert "".join(line.split(" ")[0] for line in lines if line) == "".join(c for c in bodies if not c.isspace())


# -- doccano ---------------------------------------------------------------------


def test_doccano_export_and_import_move_entities_between_tools(annotated: Library, tmp_path: Path) -> None:
    path = tmp_path / "entities.doccano.jsonl"
    export_to_file(annotated.store, ExportOptions(what="entities", format="doccano"), path)
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert len(records) == 3
    meeting = next(r for r in records if r["meta"]["title"] == "省委常委会议召开会议")
    assert set(meeting) == {"id", "text", "label", "meta"}
    assert all(meeting["text"][s:e] for s, e, _ in meeting["label"])
    assert [meeting["text"].find("林武"), meeting["text"].find("林武") + 2, "PER"] in meeting["label"]
    rejected = "《关于加快发展保障性租赁住房的实施意见》"
    start = meeting["text"].find(rejected)
    assert start > 0 and [start, start + len(rejected), "MEETING"] not in meeting["label"]
    with Library.open(tmp_path / "from-doccano.sqlite") as other:
        report = other.import_paths([path])
        assert report.added == 3 and not report.problems
        ids = other.article_ids()
        titles = {other.article(i).title for i in ids}
        assert "省委常委会议召开会议" in titles
        moved = {
            (a.start, a.end, a.label, a.origin, a.status)
            for i in ids
            if other.article(i).title == "省委常委会议召开会议"
            for a in other.store.annotations(i, "entity")
        }
    assert moved == {(s, e, label, "manual", "accepted") for s, e, label in meeting["label"]}


def test_doccano_and_label_studio_style_records_import_with_their_spans() -> None:
    lines = [
        {"text": "林武主持会议。", "label": [[0, 2, "PER"], [5, 99, "ORG"], [1, "x"]], "meta": {"title": "甲"}},
        {
            "id": 7,
            "text": "山西省委\r\n林武",
            "entities": [{"id": 1, "start_offset": 6, "end_offset": 8, "label": "PER"}],
        },
        {"text": "𠀾字县在山西。", "label": [[0, 3, "LOC"]], "Comments": []},
        {"text": "一篇分类数据。", "label": ["positive"]},
    ]
    text = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines)
    articles, warnings = parse_text(text, "data.jsonl", ".jsonl")
    assert [a.title for a in articles] == ["甲", "", "", ""]
    assert [(a.text, a.label, a.origin, a.status) for a in articles[0].annotations] == [
        ("林武", "PER", "manual", "accepted")
    ]
    assert len(warnings) == 2 and "outside the body" in warnings[0] and "span 3" in warnings[1]
    assert articles[1].body == "山西省委\n林武"
    assert [a.text for a in articles[1].annotations] == ["林武"]  # offsets counted before CRLF became LF
    assert [a.text for a in articles[2].annotations] == ["𠀾字县"]  # code points, as Python counts
    assert articles[3].annotations == [] and not articles[3].pretagged
