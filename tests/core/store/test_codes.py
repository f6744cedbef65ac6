"""The codebook and codes tables (migration v11): an older library gains them, and codes go
with their article or directive."""

from __future__ import annotations

from pathlib import Path

from helpers import old_library
from helpers.backends import Backend

from gui.core.model import Annotation, Article
from gui.core.store import SCHEMA_VERSION, Store


def test_a_version_10_library_gains_an_empty_codebook_and_codes(tmp_path: Path) -> None:
    path = tmp_path / "v10.sqlite"
    conn = old_library(path, 10)
    conn.execute(
        "INSERT INTO articles (title, body, content_hash, imported_at, updated_at) VALUES ('t', 'b', 'h', '', '')"
    )
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION >= 12
        assert store.codebook_json() is None and store.count_codes() == 0
        assert store.set_codebook_json('{"name": "x", "variables": []}') == 1
        assert store.set_codebook_json('{"name": "y", "variables": []}') == 2
        assert store.codebook_json() == ('{"name": "y", "variables": []}', 2)
        store.set_code("article", 1, "v", ["a", "b"])
        store.set_code("article", 1, "v", ["c"])  # one code per unit, variable and coder
        store.set_code("article", 1, "v", ["d"], coder="li")
        assert [(r.value, r.coder) for r in store.codes("article", [1])] == [(["c"], ""), (["d"], "li")]


def test_codes_are_deleted_with_their_article_or_directive(store_backend: Backend) -> None:
    with store_backend.open() as store:
        body = "要加强管理。必须落实。"
        notes = [
            Annotation("directive", "DIRECTIVE", 0, 6, body[0:6], status="accepted"),
            Annotation("directive", "DIRECTIVE", 6, 11, body[6:11], status="accepted"),
        ]
        article_id = store.add_article(Article("t", body), notes)
        assert article_id is not None
        d1, d2 = (a.id for a in store.annotations(article_id))
        assert d1 is not None and d2 is not None
        assert store.unit_exists("directive", d1) and not store.unit_exists("directive", 999)
        store.set_code("article", article_id, "a", "x")
        store.set_code("directive", d1, "s", "要")
        store.set_code("directive", d2, "s", "必须")
        assert [r.article_id for r in store.export_codes([article_id])] == [article_id] * 3
        store.delete_annotation(d1)
        assert store.codes("directive", [d1, d2])[0].unit_id == d2 and store.count_codes() == 2
        store.delete_article(article_id)  # its directives go by cascade, their codes with them
        assert store.count_codes() == 0


def test_notes_go_with_their_article_and_blank_removes(store_backend: Backend) -> None:
    with store_backend.open() as store:
        ids = store.add_articles_bulk([(Article(title="a", body="甲"), []), (Article(title="b", body="乙"), [])])
        first, second = (i for i in ids if i is not None)
        store.set_note(first, "边界情况：是否算环境型？")
        store.set_note(first, "li's doubt", coder="li")
        store.set_note(second, "x")
        assert store.note(first) == "边界情况：是否算环境型？" and store.note(first, "li") == "li's doubt"
        store.set_note(second, "  \n")
        assert store.note(second) == ""
        assert store.notes([first, second]) == [(first, "", "边界情况：是否算环境型？"), (first, "li", "li's doubt")]
        store.delete_article(first)
        assert store.notes([first, second]) == []
