"""`pizhu server add-coder --password-stdin` (a script or a password manager's pipe sets a coder's
password, hashed here, never kept) and `--coder`/PIZHU_CODER on a server, where the login is who
codes: another name is one line before anything is written, not the database's refusals later."""

from __future__ import annotations

import io

import psycopg
import pytest

from gui import cli
from gui.core.library import Library
from gui.core.model import Article


@pytest.fixture()
def url(pg_cluster, capsys) -> str:  # noqa: ANN001
    if pg_cluster is None:
        pytest.skip("PostgreSQL's programs (initdb, pg_ctl) are not installed")
    owner = pg_cluster.new_database("cli")
    assert cli.main(["server", "init", "--db", owner]) == 0
    with Library.open(owner) as library:
        library.store.add_article(Article(title="会议", body="省委书记林武主持会议。", published="2022-03-25"))
    capsys.readouterr()
    return owner


def _stored_password(url: str, role: str) -> str | None:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (role,)).fetchone()
    return row[0] if row else None


@pytest.mark.parametrize("typed", ["s3cret 口令\n", "no-newline-at-end"])
def test_a_password_from_stdin_is_set_as_a_scram_hash(url, typed, monkeypatch, capsys) -> None:  # noqa: ANN001
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    assert cli.main(["server", "add-coder", "--db", url, "--password-stdin", "stdin_li"]) == 0
    assert capsys.readouterr().out.strip() == "stdin_li: added as coder"
    stored = _stored_password(url, "stdin_li")
    assert stored is not None and stored.startswith("SCRAM-SHA-256$")
    assert typed.strip() not in stored


def test_no_password_on_stdin_adds_nobody(url, monkeypatch, capsys) -> None:  # noqa: ANN001
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cli.main(["server", "add-coder", "--db", url, "--password-stdin", "stdin_empty"]) == 1
    err = capsys.readouterr().err
    assert "no password on standard input" in err and err.count("\n") == 1
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'stdin_empty'").fetchone() is None


def test_without_a_terminal_or_stdin_option_the_output_says_no_password_was_set(url, monkeypatch, capsys) -> None:  # noqa: ANN001
    monkeypatch.setattr("sys.stdin", io.StringIO("ignored\n"))  # not a terminal, no --password-stdin
    assert cli.main(["server", "add-coder", "--db", url, "no_tty"]) == 0
    assert "no password given" in capsys.readouterr().out
    assert _stored_password(url, "no_tty") is None


@pytest.mark.parametrize(
    ("login", "lead", "given", "refused"),
    [
        ("li", False, "wang", True),  # a coder naming another coder
        ("li", False, "", True),  # a coder naming the library's (final) layer
        ("li", False, "li", False),  # their own name: fine
        ("chen", True, "wang", True),  # a lead writing as a coder would misattribute the work
        ("chen", True, "", False),  # a lead may work in the final layer
    ],
)
def test_coder_other_than_the_login_is_one_line_and_changes_nothing(  # noqa: PLR0913
    url,
    login,
    lead,
    given,
    refused,
    monkeypatch,
    capsys,  # noqa: ANN001
) -> None:
    assert cli.main(["server", "add-coder", "--db", url, login, *(["--lead"] if lead else [])]) == 0
    as_login = url.replace("postgres@", f"{login}@")
    monkeypatch.setenv("PIZHU_CODER", given)
    capsys.readouterr()
    code = cli.main(["directive", "1", "0", "--db", as_login])
    err = capsys.readouterr().err
    with Library.open(url) as library:
        marked = [a for a in library.annotations(library.article_ids()[0]) if a.kind == "directive"]
    if refused:
        assert code == 1 and err.count("\n") == 1
        assert f"PIZHU_CODER {given!r}" in err and f"login's ({login})" in err
        assert marked == []
    else:
        assert code == 0, err
        assert [a.coder for a in marked] == [given]
    monkeypatch.delenv("PIZHU_CODER")
    assert cli.main(["--coder", given, "list", "--db", as_login]) == 0  # reading is anyone's


def test_a_coder_adding_a_coder_is_refused_in_one_line_naming_the_library(url, capsys) -> None:  # noqa: ANN001
    assert cli.main(["server", "add-coder", "--db", url, "li"]) == 0
    as_li = url.replace("postgres@", "li@")
    capsys.readouterr()
    assert cli.main(["server", "add-coder", "--db", as_li, "added_by_li"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"pizhu: error: {as_li}: not allowed for your role") and err.count("\n") == 1
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'added_by_li'").fetchone() is None
