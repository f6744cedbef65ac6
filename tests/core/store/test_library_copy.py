"""`pizhu library copy SRC DST` (issue 18): SQLite → PostgreSQL → SQLite keeps the library whole —
the articles JSONL export of all three is the same, byte for byte — and refuses a DST in use."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.pgcluster import Cluster

from gui.cli import main
from gui.core import paths
from gui.core.model import Annotation
from gui.core.store import Store, open_store

CODEBOOK = paths.resources_dir() / "codebooks" / "policy-documents.json"


@pytest.fixture()
def cluster(pg_cluster: Cluster | None) -> Cluster:
    if pg_cluster is None:
        pytest.skip("PostgreSQL's programs (initdb, pg_ctl) are not installed")
    return pg_cluster


def _export(db: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["export", "--what", "articles", "--format", "jsonl", "--db", db]) == 0
    return capsys.readouterr().out


def _worked_library(path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The seed page, coded by two coders and the library's own layer, with a gap in its ids."""
    assert main(["import", str(seed_path), "--db", str(path)]) == 0
    assert main(["codebook", "import", str(CODEBOOK), "--db", str(path)]) == 0
    capsys.readouterr()
    with Store(path) as store:
        first, second, third = store.article_ids(sort="imported")
        directive = store.annotations(second, "directive")[0]
        store.set_code("article", first, "instrument", "供给型", coder="li")
        store.set_code("article", first, "policy_area", ["党的建设", "组织机构"], coder="wang")
        store.set_code("directive", directive.id, "strength", "要", coder="li")
        store.set_note(first, "边界情况：环境型？", coder="wang")
        store.add_annotation(Annotation("entity", "PER", 0, 2, "本报", article_id=second, origin="manual", coder="li"))
        store.set_lexicon_term("清廉山西", "ORG", "add")
        store.set_setting("topics", [{"name": "巡视", "keywords": ["巡视"]}])
        store.set_article_status(third, "done")
        store.delete_article(first)  # ids keep their gap


def test_a_copy_there_and_back_exports_the_same_articles(
    cluster: Cluster, tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source.sqlite"
    _worked_library(source, seed_path, capsys)
    server = cluster.new_database("copy")
    back = tmp_path / "back.sqlite"
    assert main(["library", "copy", str(source), server]) == 0
    assert "copied 2 articles" in capsys.readouterr().out
    assert main(["library", "copy", server, str(back)]) == 0
    capsys.readouterr()
    original = _export(str(source), capsys)
    assert original.count("\n") == 2 and '"coder": "li"' in original
    assert _export(server, capsys) == original
    assert _export(str(back), capsys) == original
    with open_store(server) as copied, Store(source) as store:
        assert copied.count_codes() == store.count_codes() == 1  # the deleted article's codes went with it
        assert copied.lexicon() == store.lexicon() and copied.setting("topics") == store.setting("topics")
        assert copied.search("巡视") == store.search("巡视")
        ids = store.article_ids()
        assert copied.article_rows(ids) == store.article_rows(ids)  # counts derived again
        new = copied.add_annotation(Annotation("entity", "PER", 0, 2, "本报", article_id=ids[0]))
        assert new > max(a.id for i in ids for a in store.annotations(i))  # ids run on after the copy


def test_copying_into_a_library_in_use_is_refused_and_changes_nothing(
    cluster: Cluster, tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source.sqlite"
    assert main(["import", str(seed_path), "--db", str(source)]) == 0
    server = cluster.new_database("used")
    assert main(["library", "copy", str(source), server]) == 0
    capsys.readouterr()
    before = _export(server, capsys)
    assert main(["library", "copy", str(source), server]) == 1
    err = capsys.readouterr().err
    assert "not empty" in err and err.count("\n") == 1
    assert _export(server, capsys) == before
    assert main(["library", "copy", str(source), str(source)]) == 1
    assert "onto itself" in capsys.readouterr().err
