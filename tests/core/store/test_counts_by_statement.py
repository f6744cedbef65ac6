"""The counts on articles and the Insight facts stay exactly what the annotations say, through
every kind of write, on both backends; and a server library of version 4 (counts kept row by
row) upgraded to version 5 (kept once per statement, issue 18's import target) keeps them.

The expected rows are computed here from the annotations as the store reads them back, never
from the tables under test."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import psycopg
import pytest
from helpers.backends import Backend
from helpers.pgcluster import Cluster

from gui.core.model import Annotation, Article, ArticleFilter
from gui.core.store.api import LibraryStore
from gui.core.store.pg.migrations import MIGRATIONS, SCHEMA_VERSION

BODIES = (
    "省委书记林武主持会议，要求加强巡视。林武强调，要做好住房保障。根据《住房保障条例》执行。",
    "会议指出，必须推进城市更新。李明出席。李明要求做好防汛工作，依照《防汛条例》。",
    "国务院印发通知，要求各地加强春耕生产，确保粮食安全。",
)


def _directive(body: str, phrase: str, issuer: str, topic: str, status: str = "suggested") -> Annotation:
    start = body.index(phrase)
    attrs = {"issuer": issuer, "issuer_label": "PER", "topic": topic, "strength": "要", "addressee": ""}
    return Annotation("directive", "DIRECTIVE", start, start + len(phrase), phrase, attrs, status=status)


def _entity(body: str, text: str, label: str, nth: int = 0, status: str = "suggested") -> Annotation:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return Annotation("entity", label, start, start + len(text), text, status=status)


def _articles(tag: str) -> list[tuple[Article, list[Annotation]]]:
    """Varied articles: a name twice (one fact of n 2), rejected rows, DOC entities, accepted and
    rejected directives, one article with nothing."""
    one, two, three = BODIES
    return [
        (
            Article(title=f"林武{tag}", body=one, published="2023-05-02"),
            [
                _entity(one, "林武", "PER"),
                _entity(one, "林武", "PER", 1),
                _entity(one, "省委", "ORG", status="rejected"),
                _entity(one, "《住房保障条例》", "DOC"),
                _directive(one, "要求加强巡视", "林武", "巡视", "accepted"),
                _directive(one, "要做好住房保障", "林武", "住房"),
            ],
        ),
        (
            Article(title=f"李明{tag}", body=two, published=None),
            [
                _entity(two, "李明", "PER"),
                _entity(two, "李明", "PER", 1, status="accepted"),
                _entity(two, "《防汛条例》", "DOC", status="rejected"),
                _directive(two, "必须推进城市更新", "会议", "城市更新", "rejected"),
                _directive(two, "要求做好防汛工作", "李明", "防汛"),
            ],
        ),
        (Article(title=f"通知{tag}", body=three, published="2022-01-09"), []),
    ]


def _actual(backend: Backend, name: str) -> dict[str, list[tuple[Any, ...]]]:
    tables = {
        "articles": "SELECT id, n_entities, n_directives, n_directives_accepted FROM articles",
        "entity_facts": "SELECT label, text, article_id, n FROM entity_facts",
        "article_labels": "SELECT label, article_id, n FROM article_labels",
        "directive_facts": "SELECT id, article_id, published, topic, strength, issuer, issuer_label"
        " FROM directive_facts",
        "directive_values": "SELECT attr, value, article_id, n FROM directive_values",
    }
    return {table: sorted(map(tuple, backend.query(name, sql)), key=repr) for table, sql in tables.items()}


def _expected(store: LibraryStore) -> dict[str, list[tuple[Any, ...]]]:
    """What the schema's triggers are to keep, from the annotations themselves."""
    counts, facts, directives, values = [], Counter[tuple[str, str, int]](), [], Counter[tuple[str, str, int]]()
    for article_id in store.article_ids():
        published = store.get_article(article_id).published  # type: ignore[union-attr]
        kept = [a for a in store.annotations(article_id) if a.status != "rejected"]
        entities = [a for a in kept if a.kind == "entity"]
        directive_rows = [a for a in kept if a.kind == "directive"]
        counts.append(
            (article_id, len(entities), len(directive_rows), sum(a.status == "accepted" for a in directive_rows))
        )
        facts.update((a.label, a.text, article_id) for a in entities)
        for a in directive_rows:
            issuer, topic, strength = (a.attrs.get(k, "") for k in ("issuer", "topic", "strength"))
            directives.append((a.id, article_id, published, topic, strength, issuer, a.attrs.get("issuer_label", "")))
            values.update([("topic", topic, article_id), ("strength", strength, article_id)])
            values[("issuer", issuer, article_id)] += 1
    labels = Counter((label, article_id) for label, _, article_id in facts)
    return {
        "articles": sorted(counts, key=repr),
        "entity_facts": sorted(((*k, n) for k, n in facts.items()), key=repr),
        "article_labels": sorted(((*k, n) for k, n in labels.items()), key=repr),
        "directive_facts": sorted(directives, key=repr),
        "directive_values": sorted(((*k, n) for k, n in values.items()), key=repr),
    }


def _newest(store: LibraryStore, prefix: str) -> int:
    return max(i for i in store.article_ids() if store.get_article(i).title.startswith(prefix))  # type: ignore[union-attr]


def _one(store: LibraryStore, article_id: int, text: str, nth: int = 0) -> Annotation:
    return [a for a in store.annotations(article_id) if a.text == text][nth]


def _stale_after(store: LibraryStore, edit: Any) -> list[int]:
    """The articles an edit marks for the document records to be read again."""
    for article_id in store.stale_document_articles(1000):
        store.save_article_documents(article_id, None, [])
    edit()
    return store.stale_document_articles(1000)


def _edit_everything(store: LibraryStore, backend: Backend, name: str) -> None:
    """Single edits of every kind, bulk imports and deletions, the derived rows checked after each."""

    def check() -> None:
        assert _actual(backend, name) == _expected(store)

    check()
    with store.transaction():  # two batches in one transaction, as an import writes them
        store.add_articles_bulk(_articles("批一")[:2])
        store.add_articles_bulk(_articles("批二")[::-1])
    check()
    for article, notes in _articles("单"):
        store.add_article(article, notes)
    check()
    lin, li = _newest(store, "林武"), _newest(store, "李明")
    edits: list[tuple[str, int, dict[str, Any]]] = [
        ("林武", 0, {"status": "accepted"}),  # counted before and after: nothing moves
        ("林武", 1, {"status": "rejected"}),  # the fact of 林武 goes from 2 to 1
        ("省委", 0, {"status": "suggested"}),  # a rejected one counts again: a new fact and label
        ("林武", 0, {"label": "ORG"}),  # the last PER of the article goes
    ]
    for text, nth, change in edits:
        store.update_annotation(replace(_one(store, lin, text, nth), **change))
        check()
    directive = _one(store, lin, "要求加强巡视")
    store.update_annotation(replace(directive, attrs={**directive.attrs, "topic": "督查", "issuer": "省委"}))
    check()
    store.update_annotation(replace(_one(store, lin, "要做好住房保障"), status="accepted"))
    store.update_annotation(replace(_one(store, li, "要求做好防汛工作"), status="rejected"))
    check()
    # A deleted directive takes its codes with it; put back (undo), it counts again.
    gone = _one(store, lin, "要求加强巡视")
    store.set_code("directive", gone.id, "topic_ok", "yes")  # type: ignore[arg-type]
    store.delete_annotation(gone.id)  # type: ignore[arg-type]
    assert backend.query(name, "SELECT count(*) FROM codes WHERE unit_id = ?", (gone.id,)) == [(0,)]
    check()
    store.restore_annotation(gone)
    store.delete_annotation(_one(store, li, "李明", 1).id)  # type: ignore[arg-type]
    check()
    store.add_annotation(Annotation("entity", "PER", 0, 2, BODIES[0][:2], article_id=li, origin="manual"))
    check()
    # DOC entities mark their article for the document records; other edits do not.
    doc = _one(store, li, "《防汛条例》")
    assert _stale_after(store, lambda: store.update_annotation(replace(doc, status="suggested"))) == [li]
    assert _stale_after(store, lambda: store.update_annotation(replace(doc, label="LAW"))) == [li]
    assert _stale_after(store, lambda: store.delete_annotation(_one(store, lin, "《住房保障条例》").id)) == [lin]
    assert _stale_after(store, lambda: store.update_annotation(replace(_one(store, li, "李明"), label="ORG"))) == []
    check()
    assert _stale_after(store, lambda: store.delete_article(lin)) == []
    check()
    assert store.integrity_ok()


def test_counts_and_facts_follow_single_edits_bulk_imports_and_deletes(store_backend: Backend) -> None:
    with store_backend.open("lib") as store:
        _edit_everything(store, store_backend, "lib")


def test_a_version_4_server_library_upgrades_keeping_its_counts_and_facts(pg_cluster: Cluster | None) -> None:
    if pg_cluster is None:
        pytest.skip("PostgreSQL's programs (initdb, pg_ctl) are not installed")
    backend = Backend("postgresql", Path("."), pg_cluster)
    url = backend.location("v4")
    # A library as version 4 made it, written through its row-by-row triggers.
    with psycopg.connect(url) as conn:
        for step in MIGRATIONS[:4]:
            step(conn)
        conn.execute("UPDATE schema_version SET version = 4")
        # As `pizhu server init` leaves a team library: the trigger functions run as the owner.
        conn.execute("ALTER FUNCTION pizhu_annotation_changed() SECURITY DEFINER SET search_path = public")
        for n, (article, annotations) in enumerate(_articles("旧")):
            (article_id,) = conn.execute(
                "INSERT INTO articles (title, body, published, content_hash, imported_at, updated_at)"
                " VALUES (%s, %s, %s, %s, '', '') RETURNING id",
                (article.title, article.body, article.published, f"old{n}"),
            ).fetchone()  # type: ignore[misc]
            for a in annotations:
                conn.execute(
                    'INSERT INTO annotations (article_id, kind, label, start, "end", text, attrs, origin, status,'
                    " updated_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, '')",
                    (article_id, a.kind, a.label, a.start, a.end, a.text, json.dumps(a.attrs), a.origin, a.status),
                )
    with backend.open("v4") as store:
        assert store.version == SCHEMA_VERSION >= 5
        _edit_everything(store, backend, "v4")
    with psycopg.connect(url) as conn:  # the row-by-row triggers are gone, the statement ones in place
        triggers = dict(
            conn.execute(
                "SELECT tgname, (tgtype & 1)::bool FROM pg_trigger WHERE NOT tgisinternal"
                " AND tgrelid IN ('annotations'::regclass, 'entity_facts'::regclass, 'directive_facts'::regclass)"
            ).fetchall()
        )
    assert "annotations_changed" not in triggers and "annotations_document_stale" not in triggers
    assert triggers["annotations_inserted"] is False and triggers["entity_facts_deleted"] is False
    with psycopg.connect(url) as conn:  # still run as the owner, so a coder's edit moves the counts
        definer = dict(conn.execute("SELECT proname, prosecdef FROM pg_proc WHERE proname LIKE 'pizhu%'").fetchall())
    assert definer["pizhu_annotations_changed"] and definer["pizhu_entity_facts_changed"]
    assert not definer["pizhu_annotations_apply"]  # called by them; never by a coder as the owner


def test_the_article_count_follows_another_connections_writes_at_once(store_backend: Backend) -> None:
    """The window counts the library after every search and filter; the server remembers the
    whole list's ids, and its count must still move the moment another coder's write commits."""
    with store_backend.open("lib") as store, store_backend.open("lib") as other:
        store.add_articles_bulk(_articles("一"))
        assert len(store.article_ids()) == store.count_articles() == 3
        added = other.add_article(Article(title="另一位", body="另一位编码员导入的文章。"))
        assert store.count_articles() == 4 and len(store.article_ids()) == 4
        assert store.article_ids(ArticleFilter(query="文章")) == [added]
        assert store.count_articles() == 4
        other.delete_article(_newest(store, "林武"))
        other.delete_article(added)  # type: ignore[arg-type]
        assert store.count_articles() == 2 and len(store.article_ids(ArticleFilter(status="new"))) == 2
        assert store.count_articles() == 2
