"""Access enforced by PostgreSQL (issue 18): after `pizhu server init` and `add-coder`, a coder's
own session writes only their own annotations and codes, and may not delete an article or
edit the codebook or the library's layer — refused in one line, nothing changed; a lead may."""

from __future__ import annotations

import pytest
from helpers.team import team_server

from gui import cli
from gui.core import corrections
from gui.core.errors import LibraryError
from gui.core.library import Library
from gui.core.model import Annotation, Article


@pytest.fixture()
def team(pg_cluster, capsys):  # noqa: ANN001, ANN201
    url = team_server(pg_cluster, "team", coders=("li", "wang"), leads=("zhao",))
    assert "zhao: added as lead" in capsys.readouterr().out
    with Library.open(url) as owner:  # as the database's owner
        owner.store.add_article(
            Article(title="会议", body="省委书记林武主持会议。商黎光出席。", published="2022-03-25"),
            [
                Annotation("entity", "PER", 4, 6, "林武"),
                Annotation("entity", "PER", 11, 14, "商黎光", coder="li", status="accepted"),
                Annotation("entity", "PER", 4, 6, "林武", coder="wang", status="accepted"),
            ],
        )
        owner.store.add_article(Article(title="春耕", body="各地要做好春耕生产。", published="2022-03-24"))
    return lambda user: url.replace("postgres@", f"{user}@")


def _mine(library: Library, coder: str) -> Annotation:
    article_id = library.article_ids()[0]
    return next(a for a in library.annotations(article_id) if a.coder == coder)


def test_a_coder_changes_only_their_own_rows(team) -> None:  # noqa: ANN001
    with Library.open(team("li")) as li:
        article_id = li.article_ids()[0]
        li.apply(corrections.change(li.store, _mine(li, "li"), label="POST"))  # their own: written
        li.apply(corrections.add(li.store, Annotation("entity", "LOC", 0, 1, "省", article_id=article_id, coder="li")))
        before = [(a.coder, a.label, a.status) for a in li.annotations(article_id)]
        for edit in (
            corrections.change(li.store, _mine(li, "wang"), label="ORG"),  # wang's
            corrections.remove(li.store, _mine(li, "wang")),
            corrections.change(li.store, _mine(li, ""), status="rejected"),  # the library's layer
            corrections.add(li.store, Annotation("entity", "ORG", 0, 2, "省委", article_id=article_id, coder="wang")),
        ):
            with pytest.raises(LibraryError) as caught:
                li.apply(edit)
            assert "not allowed" in str(caught.value) and "\n" not in str(caught.value)
        assert [(a.coder, a.label, a.status) for a in li.annotations(article_id)] == before
        assert ("li", "POST", "accepted") in before
        with pytest.raises(LibraryError, match="not allowed"):
            li.store.delete_article(article_id)
        with pytest.raises(LibraryError, match="not allowed"):
            li.store.set_codebook_json('{"variables": []}')
        assert len(li.article_ids()) == 2


def test_a_lead_may_change_anyones_rows_and_delete_an_article(team) -> None:  # noqa: ANN001
    with Library.open(team("zhao")) as zhao:
        article_id = zhao.article_ids()[0]
        zhao.apply(corrections.change(zhao.store, _mine(zhao, "wang"), label="ORG"))
        zhao.apply(corrections.change(zhao.store, _mine(zhao, ""), status="accepted"))
        assert _mine(zhao, "wang").label == "ORG" and _mine(zhao, "").status == "accepted"
        zhao.store.delete_article(zhao.article_ids()[1])
        assert zhao.article_ids() == [article_id]


def test_a_bad_coder_name_is_one_line(team, capsys) -> None:  # noqa: ANN001
    url = team("postgres")
    assert cli.main(["server", "add-coder", "--db", url, "Li Wei"]) == 1
    assert "lower-case letters" in capsys.readouterr().err


def test_what_a_lead_imports_a_coder_finds_among_the_documents_at_once(team, tmp_path, capsys) -> None:  # noqa: ANN001
    # Coders may not write the document records and read them as a lead last left them: the lead's
    # import brings them up to date, so a coder's Documents need no lead to open theirs first.
    source = tmp_path / "notice.jsonl"
    body = "国务院办公厅印发《关于加强社区养老服务的通知》（国办发〔2024〕12号），要求各地抓好落实。"
    source.write_text(f'{{"title": "养老服务", "body": "{body}", "published": "2024-05-06"}}\n', encoding="utf-8")
    assert cli.main(["import", str(source), "--db", team("zhao")]) == 0
    assert "1 article" in capsys.readouterr().out
    with Library.open(team("li")) as li:
        found = {(d.title, d.number) for d in li.documents()}
    assert ("《关于加强社区养老服务的通知》", "国办发〔2024〕12号") in found


def test_a_team_library_of_version_5_lets_its_leads_read_documents_once_its_owner_opened_it(team) -> None:  # noqa: ANN001
    import psycopg

    owner_url = team("postgres")
    with psycopg.connect(owner_url, autocommit=True) as conn:  # as server init left it before version 6
        conn.execute("REVOKE INSERT, UPDATE, DELETE ON document_stale FROM pizhu_lead")
        conn.execute("UPDATE schema_version SET version = 5")
    with Library.open(owner_url):
        pass  # the owner's open migrates
    with Library.open(team("zhao")) as zhao:
        assert zhao.documents() == [] and zhao.store.count_stale_documents() == 0
