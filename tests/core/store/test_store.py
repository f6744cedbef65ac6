"""The library file: schema, migrations, transactions, annotations and search."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from helpers import old_library
from helpers.backends import Backend

from gui.core.errors import DamagedLibraryError, LibraryError
from gui.core.model import Annotation, Article
from gui.core.store import SCHEMA_VERSION, ArticleFilter, Store


def _query(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Read the library file as another program would: the store's own connection is private."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _execute(path: Path, sql: str) -> None:
    """Change the library file behind pizhu's back (a newer pizhu, damage)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def _article(title: str = "标题", body: str = "省委书记林武主持会议。会议研究住房工作。", **kw: object) -> Article:
    return Article(title=title, body=body, **kw)  # type: ignore[arg-type]


def test_new_library_has_current_schema_wal_and_foreign_keys(tmp_path: Path) -> None:
    with Store(tmp_path / "lib.sqlite") as store:
        assert store.created
        assert store.version == SCHEMA_VERSION
        assert _query(store.path, "PRAGMA journal_mode") == [("wal",)]
        with pytest.raises(LibraryError):  # foreign keys are on: no annotation of a missing article
            store.add_annotation(Annotation("entity", "PER", 0, 2, "林武", article_id=404))
        assert store.integrity_ok()
    with Store(tmp_path / "lib.sqlite") as again:
        assert not again.created


def test_import_is_idempotent_by_content(store_backend: Backend) -> None:
    with store_backend.open("lib") as store:
        assert store.add_article(_article()) == 1
        assert store.add_article(_article()) is None
        assert store.add_article(_article(title="另一个标题")) == 2
        assert store.count_articles() == 2


def test_article_round_trips_every_field(store_backend: Backend) -> None:
    original = _article(
        pre_title="引题",
        subtitles=["副题一", "副题二"],
        byline="本报讯",
        dateline="3月24日",
        published="2022-03-25",
        source="a.txt",
        status="in_progress",
    )
    with store_backend.open("lib") as store:
        article_id = store.add_article(original)
        loaded = store.get_article(article_id)
    assert loaded is not None
    for field in ("title", "body", "pre_title", "subtitles", "byline", "dateline", "published", "source", "status"):
        assert getattr(loaded, field) == getattr(original, field)
    assert loaded.imported_at and loaded.updated_at and loaded.content_hash == original.compute_hash()


def test_a_failing_transaction_leaves_nothing_behind(store_backend: Backend) -> None:
    with store_backend.open("lib") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.add_article(_article(title="一"))
            store.add_article(_article(title="二"))
            raise RuntimeError("crash in the middle of a file")
        assert store.count_articles() == 0
        bad = Annotation("entity", "PER", 5, 3, "x")  # end before start: refused by the schema
        with pytest.raises(LibraryError):
            store.add_article(_article(), [bad])
        assert store.count_articles() == 0


def test_deleting_an_article_deletes_its_annotations_and_search_entry(store_backend: Backend) -> None:
    with store_backend.open("lib") as store:
        article_id = store.add_article(_article(), [Annotation("entity", "PER", 4, 6, "林武")])
        assert store.search("林武") == [article_id]
        store.delete_article(article_id)
        assert store_backend.query("lib", "SELECT count(*) FROM annotations") == [(0,)]
        assert store.search("林武") == []


def test_replace_suggestions_keeps_manual_accepted_and_rejected_work(store_backend: Backend) -> None:
    body = "省委书记林武主持会议。商黎光出席。"
    with store_backend.open("lib") as store:
        article_id = store.add_article(
            _article(body=body),
            [
                Annotation("entity", "PER", 4, 6, "林武", origin="auto", status="accepted"),
                Annotation("entity", "PER", 11, 14, "商黎光", origin="manual", status="accepted"),
                Annotation("entity", "ORG", 0, 2, "省委", origin="auto", status="rejected"),
                Annotation("entity", "POST", 0, 4, "省委书记", origin="auto", status="suggested"),
            ],
        )
        added = store.replace_suggestions(
            article_id,
            "entity",
            [
                Annotation("entity", "PER", 4, 6, "林武"),  # already accepted
                Annotation("entity", "ORG", 0, 2, "省委"),  # rejected before: never again
                Annotation("entity", "POST", 2, 4, "书记"),  # new
            ],
        )
        rows = {(a.text, a.label, a.origin, a.status) for a in store.annotations(article_id)}
    assert added == 1
    assert rows == {
        ("林武", "PER", "auto", "accepted"),
        ("商黎光", "PER", "manual", "accepted"),
        ("省委", "ORG", "auto", "rejected"),
        ("书记", "POST", "auto", "suggested"),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("住房", {1, 2}),
        ("住房困难", {1}),
        ("林武", {1, 2}),
        ("保障性住房", {2}),
        ("林武 保障", {2}),
        ("会议 保障", set()),
        ("武", {1, 2}),
        ("困", {1}),
        ("巡视", set()),
        ("COVID", {2}),
        ("covid", {2}),
    ],
)
def test_search_finds_two_character_words_and_phrases(store_backend: Backend, query: str, expected: set[int]) -> None:
    with store_backend.open("lib") as store:
        store.add_article(_article(title="会议", body="林武主持会议，研究住房困难问题。"))
        store.add_article(_article(title="林武调研", body="调研保障性住房和COVID防控。"))
        assert set(store.search(query)) == expected


def test_filters_and_sorting(store_backend: Backend) -> None:
    with store_backend.open("lib") as store:
        a = store.add_article(_article(title="乙", published="2022-03-01"))
        b = store.add_article(_article(title="甲", published="2022-03-20", status="done"))
        c = store.add_article(_article(title="丙", published=None))
        assert store.article_ids() == [b, a, c]
        assert store.article_ids(sort="imported") == [a, b, c]
        assert store.article_ids(ArticleFilter(status="done")) == [b]
        assert store.article_ids(ArticleFilter(date_from="2022-03-10")) == [b]
        assert store.article_ids(ArticleFilter(date_to="2022-03-10")) == [a]
        store.set_article_status(a, "done")
        assert store.article_ids(ArticleFilter(status="done"), sort="published_asc") == [a, b]


def _make_v1_library(path: Path) -> None:
    conn = old_library(path, 1)
    conn.execute(
        "INSERT INTO articles (title, body, content_hash, imported_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        ("旧库文章", "旧版本的库里也能搜到住房。", "h1", "2022-01-01T00:00:00Z", "2022-01-01T00:00:00Z"),
    )
    conn.execute(
        'INSERT INTO annotations (article_id, kind, label, start, "end", text, origin, status, updated_at)'
        " VALUES (1, 'entity', 'LOC', 0, 2, '旧版', 'manual', 'accepted', '2022-01-01T00:00:00Z')"
    )
    conn.commit()
    conn.close()


def test_a_version_1_library_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _make_v1_library(path)
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION
        assert [a.text for a in store.annotations(1)] == ["旧版"]
        assert store.search("住房") == [1]  # the index was built for old articles
        store.set_lexicon_term("林武", "PER", "add")
        assert store.lexicon() == [("林武", "PER", "user", "add")]
    backup = tmp_path / "old.sqlite.v1-backup"
    assert backup.exists()
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT title FROM articles").fetchone()[0] == "旧库文章"


def test_a_library_from_a_newer_pizhu_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    with Store(path) as store:
        store.add_article(_article())
    _execute(path, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer pizhu"):
        Store(path)
    assert path.read_bytes() == before


def test_files_that_are_not_libraries_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x)")
    with pytest.raises(LibraryError, match="not a pizhu library"):
        Store(other)
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(LibraryError, match="not a pizhu library"):
        Store(garbage)


def _directive(start: int, end: int, body: str, issuer: str, topic: str, status: str = "suggested") -> Annotation:
    return Annotation(
        "directive",
        "DIRECTIVE",
        start,
        end,
        body[start:end],
        attrs={"issuer": issuer, "topic": topic, "strength": "要", "addressee": ""},
        status=status,
    )


def test_counts_follow_every_annotation_change(store_backend: Backend) -> None:
    body = "林武指出，要加强巡视。会议强调，要做好住房保障。"
    with store_backend.open("lib") as store:
        article_id = store.add_article(
            _article(body=body),
            [Annotation("entity", "PER", 0, 2, "林武"), _directive(5, 11, body, "林武", "巡视")],
        )

        def counts() -> tuple[int, int, int]:
            row = store.article_rows([article_id])[0]
            return row.n_entities, row.n_directives, row.n_directives_accepted

        assert counts() == (1, 1, 0)
        directive = store.annotations(article_id, "directive")[0]
        directive.status = "accepted"
        store.update_annotation(directive)
        assert counts() == (1, 1, 1)
        entity = store.annotations(article_id, "entity")[0]
        entity.status = "rejected"
        store.update_annotation(entity)
        assert counts() == (0, 1, 1)
        store.delete_annotation(directive.id)
        assert counts() == (0, 0, 0)
        store.restore_annotation(directive)
        assert counts() == (0, 1, 1)
        assert store.annotation(directive.id).text == directive.text


def test_list_filters_by_label_issuer_and_topic(store_backend: Backend) -> None:
    with store_backend.open("lib") as store:
        one = "林武指出，要加强巡视。"
        two = "会议强调，要做好住房保障。"
        a = store.add_article(
            _article(title="一", body=one),
            [Annotation("entity", "PER", 0, 2, "林武"), _directive(5, 11, one, "林武", "巡视")],
        )
        b = store.add_article(_article(title="二", body=two), [_directive(5, 13, two, "会议", "住房")])
        c = store.add_article(
            _article(title="三", body=two + "。"), [_directive(5, 13, two, "会议", "住房", status="rejected")]
        )
        assert store.article_ids(ArticleFilter(label="PER")) == [a]
        assert store.article_ids(ArticleFilter(label="ORG")) == []
        assert set(store.article_ids(ArticleFilter(issuer="会议"))) == {b}  # c's directive was rejected
        assert store.article_ids(ArticleFilter(topic="巡视")) == [a]
        assert store.article_ids(ArticleFilter(topic="住房", query="保障")) == [b]
        assert store.directive_values("issuer") == ["会议", "林武"]
        assert store.directive_values("topic") == ["住房", "巡视"]
        assert c


def test_library_settings_round_trip(store_backend: Backend) -> None:
    with store_backend.open("lib") as store:
        assert store.setting("topics", []) == []
        store.set_setting("topics", [{"name": "住房", "keywords": ["住房", "租赁"]}])
    with store_backend.open("lib") as store:
        assert store.setting("topics") == [{"name": "住房", "keywords": ["住房", "租赁"]}]


def test_upgrade_backfills_counts(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _make_v1_library(path)
    with Store(path) as store:
        assert store.article_rows([1])[0].n_entities == 1


def test_bulk_insert_writes_what_add_article_writes(store_backend: Backend) -> None:
    one = "林武指出，要加强巡视。"
    two = "会议强调，要做好住房保障。"
    with store_backend.open("bulk") as store:
        first = store.add_article(_article(title="已有", body=two))
        ids = store.add_articles_bulk(
            [
                (
                    _article(title="一", body=one, published="2022-03-01"),
                    [Annotation("entity", "PER", 0, 2, "林武"), _directive(5, 11, one, "林武", "巡视")],
                ),
                (_article(title="已有", body=two), []),  # already in the library
                (_article(title="二", body=two, published="2022-03-02"), [_directive(5, 13, two, "会议", "住房")]),
            ]
        )
        a, duplicate, b = ids
        assert duplicate is None and a and b and len({first, a, b}) == 3
        assert store.count_articles() == 3
        assert [x.text for x in store.annotations(a)] == ["林武", "要加强巡视。"]
        assert store.annotations(a, "directive")[0].attrs["issuer"] == "林武"
        row = store.article_rows([a])[0]
        assert (row.n_entities, row.n_directives) == (1, 1)
        assert store.search("巡视") == [a]
        assert set(store.search("保障")) == {first, b}
        assert store.article_ids(ArticleFilter(issuer="会议")) == [b]
        assert store.article_ids(ArticleFilter(topic="巡视")) == [a]
        assert store.directive_values("issuer") == ["会议", "林武"]
        # The count triggers, set aside during the bulk insert, count again afterwards.
        if store_backend.kind == "sqlite":
            assert store_backend.query("bulk", "SELECT count(*) FROM bulk_insert") == [(0,)]
        store.add_annotation(Annotation("entity", "PER", 0, 2, "林武", article_id=b, origin="manual"))
        assert store.article_rows([b])[0].n_entities == 1
        # A failing bulk insert leaves nothing behind, not even the triggers' flag.
        with pytest.raises(LibraryError):
            store.add_articles_bulk([(_article(title="三", body=one), [Annotation("entity", "PER", 5, 3, "x")])])
        assert store.count_articles() == 3
        if store_backend.kind == "sqlite":
            assert store_backend.query("bulk", "SELECT count(*) FROM bulk_insert") == [(0,)]


def test_every_sort_and_a_long_id_filter(store_backend: Backend) -> None:
    body = "林武指出，要加强巡视。"
    with store_backend.open("lib") as store:
        a = store.add_article(_article(title="b", body=body, published="2022-03-01"), [])
        b = store.add_article(
            _article(title="A", body=body + "一", published="2022-03-03", status="done"),
            [Annotation("entity", "PER", 0, 2, "林武"), _directive(5, 11, body, "林武", "巡视")],
        )
        c = store.add_article(
            _article(title="c", body=body + "二", published=None), [Annotation("entity", "PER", 0, 2, "林武")] * 2
        )
        assert store.article_ids(sort="title") == [b, a, c]  # case does not matter
        assert store.article_ids(sort="published") == [b, a, c]  # no date last
        assert store.article_ids(sort="published_asc") == [a, b, c]
        assert store.article_ids(sort="status") == [b, a, c]
        assert store.article_ids(sort="entities") == [c, b, a]
        assert store.article_ids(sort="directives") == [b, c, a]
        many = [c, a, *range(10_000, 12_000)]  # more ids than SQLite takes as parameters in one go
        assert store.article_ids(ArticleFilter(ids=many)) == [a, c]
        assert store.article_ids(ArticleFilter(ids=many, query="巡视"), sort="title") == [a, c]


def test_a_version_4_library_upgrades_with_its_counts_and_filters(tmp_path: Path) -> None:
    path = tmp_path / "v4.sqlite"
    conn = old_library(path, 4)
    body = "林武指出，要加强巡视。"
    conn.execute(
        "INSERT INTO articles (title, body, published, content_hash, imported_at, updated_at)"
        " VALUES ('旧', ?, '2022-01-01', 'h1', '2022-01-01T00:00:00Z', '2022-01-01T00:00:00Z')",
        (body,),
    )
    conn.execute(
        'INSERT INTO annotations (article_id, kind, label, start, "end", text, attrs, origin, status, updated_at)'
        " VALUES (1, 'directive', 'DIRECTIVE', 5, 11, '要加强巡视。', ?, 'auto', 'suggested', '')",
        ('{"issuer": "林武", "topic": "巡视"}',),
    )
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION
        names = {r[0] for r in _query(path, "SELECT name FROM sqlite_master")}
        assert {"articles_title", "articles_entities", "articles_directives", "directive_facts_topic"} <= names
        assert store.article_rows([1])[0].n_directives == 1
        assert store.directive_values("topic") == ["巡视"]
        assert store.article_ids(ArticleFilter(topic="巡视"), sort="directives") == [1]
        new = store.add_article(
            _article(body=body), [Annotation("entity", "PER", 0, 2, "林武"), _directive(5, 11, body, "林武", "巡视")]
        )
        row = store.article_rows([new])[0]
        assert (row.n_entities, row.n_directives, row.n_directives_accepted) == (1, 1, 0)
        assert store.article_ids(ArticleFilter(label="PER")) == [new]
        entity = store.annotations(new, "entity")[0]
        entity.status = "rejected"
        store.update_annotation(entity)
        assert store.article_ids(ArticleFilter(label="PER")) == []  # a rejected entity does not count
        entity.status = "accepted"
        store.update_annotation(entity)
        assert store.article_ids(ArticleFilter(label="PER")) == [new]
        store.delete_annotation(entity.id)
        assert store.article_rows([new])[0].n_entities == 0
        assert store.article_ids(ArticleFilter(label="PER")) == []
        assert store.article_ids(ArticleFilter(issuer="林武"), sort="title") == [1, new]  # 旧 < 标题
    assert (tmp_path / "v4.sqlite.v4-backup").exists()


def test_the_list_follows_writes_here_and_in_another_process(store_backend: Backend) -> None:
    with store_backend.open("lib") as store, store_backend.open("lib") as other:
        a = store.add_article(_article(title="一", published="2022-03-01"))
        assert store.article_ids(sort="status") == [a]
        b = other.add_article(_article(title="二", published="2022-03-02"))
        assert store.article_ids(sort="status") == [b, a]  # the other connection's commit is seen
        store.set_article_status(b, "new")
        store.set_article_status(a, "done")
        assert store.article_ids(sort="status") == [a, b]  # "done" sorts before "new"
        assert store.article_ids(ArticleFilter(query="林武"), sort="status") == [a, b]


_FACT_TABLES = {
    "entity_facts": "label, text, article_id, n",
    "article_labels": "label, article_id, n",
    "directive_facts": "article_id, published, topic, strength, issuer, issuer_label",
    "directive_values": "attr, value, article_id, n",
}


def _facts(backend: Backend, name: str) -> dict[str, list[tuple]]:
    return {
        table: backend.query(name, f"SELECT {columns} FROM {table} ORDER BY {columns}")
        for table, columns in _FACT_TABLES.items()
    }


def _mixed_articles() -> list[tuple[Article, list[Annotation]]]:
    """Articles with repeated, rejected and accepted entities and directives of every status."""
    body = "林武指出，要加强巡视。林武强调，必须做好住房保障。会议要求，可以试点。"
    items = []
    for n in range(7):
        annotations = [
            Annotation("entity", "PER", 0, 2, "林武", status="accepted" if n % 2 else "suggested"),
            Annotation("entity", "PER", 11, 13, "林武"),
            Annotation("entity", "MEETING", 26, 28, "会议", status="rejected" if n % 3 == 0 else "suggested"),
            _directive(5, 11, body, "林武", "巡视", status="accepted" if n % 2 else "suggested"),
            _directive(16, 26, body, "林武" if n % 2 else "", "住房"),
            _directive(31, 37, body, "会议", "", status="rejected" if n % 4 == 0 else "suggested"),
        ]
        items.append((_article(title=f"第{n}篇", body=body + "一" * n, published=f"2022-03-{n + 1:02d}"), annotations))
    return items


def test_a_bulk_insert_keeps_the_insight_facts_the_triggers_keep(store_backend: Backend) -> None:
    """The facts of a bulk insert, written a batch at a time, are what the row triggers write."""
    with store_backend.open("one") as one, store_backend.open("bulk") as bulk:
        for article, annotations in _mixed_articles():
            one.add_article(article, annotations)
        with bulk.transaction():
            bulk.add_articles_bulk(_mixed_articles()[:3])
            bulk.add_articles_bulk(_mixed_articles()[3:])
        assert _facts(store_backend, "bulk") == _facts(store_backend, "one")
        assert all(_facts(store_backend, "bulk").values())
        assert bulk.article_rows(bulk.article_ids()) == one.article_rows(one.article_ids())
        # After the bulk insert the row triggers keep the facts again.
        for store in (one, bulk):
            entity = store.annotations(1, "entity")[0]
            entity.status = "rejected"
            store.update_annotation(entity)
            store.add_annotation(Annotation("entity", "ORG", 26, 28, "会议", article_id=2, origin="manual"))
        assert _facts(store_backend, "bulk") == _facts(store_backend, "one")


def test_a_bulk_insert_of_thousands_of_annotations_keeps_them_all_in_order(store_backend: Backend) -> None:
    body = "林武" * 1500
    annotations = [Annotation("entity", "PER", 2 * i, 2 * i + 2, "林武") for i in range(1500)]
    with store_backend.open("lib") as store:
        [first, second] = store.add_articles_bulk([(_article(body=body), annotations), (_article(body="短"), [])])
        assert first and second
        stored = store.annotations(first)
        assert [(a.start, a.end) for a in stored] == [(a.start, a.end) for a in annotations]
        assert [a.id for a in stored] == sorted(a.id for a in stored)
        assert store.article_rows([first])[0].n_entities == 1500
        assert store_backend.query("lib", "SELECT n FROM entity_facts WHERE article_id = ?", (first,)) == [(1500,)]


def test_a_version_8_library_upgrades_and_keeps_its_facts_by_row_and_by_batch(tmp_path: Path) -> None:
    path = tmp_path / "v8.sqlite"
    conn = old_library(path, 8)
    conn.commit()
    conn.close()
    items = _mixed_articles()
    # Articles written through the version 8 triggers, before the upgrade.
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    for article, notes in items[:2]:
        cursor = conn.execute(
            "INSERT INTO articles (title, body, published, content_hash, imported_at, updated_at)"
            " VALUES (?, ?, ?, ?, '', '')",
            (article.title, article.body, article.published, article.compute_hash()),
        )
        for a in notes:
            conn.execute(
                'INSERT INTO annotations (article_id, kind, label, start, "end", text, attrs, origin, status,'
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '')",
                (cursor.lastrowid, a.kind, a.label, a.start, a.end, a.text, json.dumps(a.attrs), a.origin, a.status),
            )
    conn.commit()
    conn.close()
    with Store(path) as store, Store(tmp_path / "new.sqlite") as fresh:
        assert store.version == SCHEMA_VERSION >= 12
        names = {r[0] for r in _query(path, "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert "annotations_insert" in names and "entity_facts_insert" not in names
        store.add_articles_bulk(items[2:4])
        for article, notes in items[4:]:
            store.add_article(article, notes)
        for article, notes in items:
            fresh.add_article(article, notes)
        files = Backend("sqlite", tmp_path)
        assert _facts(files, "v8") == _facts(files, "new")
        assert store.article_ids(ArticleFilter(label="MEETING")) == fresh.article_ids(ArticleFilter(label="MEETING"))
        assert store.directive_values("issuer") == ["会议", "林武"]


def test_a_missing_trigger_or_index_is_damage_and_nothing_is_written(tmp_path: Path) -> None:
    """A dropped count trigger would let every later edit miscount silently: refused at open."""
    path = tmp_path / "lib.sqlite"
    with Store(path) as store:
        store.add_article(_article())
    _execute(path, "DROP TRIGGER annotations_insert")
    before = path.read_bytes()
    with pytest.raises(DamagedLibraryError, match="trigger annotations_insert missing.*\\.recover"):
        Store(path)
    assert path.read_bytes() == before


def test_an_old_library_missing_a_table_is_not_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _make_v1_library(path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE lexicon")
    with pytest.raises(DamagedLibraryError, match="table lexicon missing"):
        Store(path)
    assert not (tmp_path / "old.sqlite.v1-backup").exists()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
