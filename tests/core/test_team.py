"""Team coding through the command line: pizhu assign, scripted coders, pizhu merge, agreement (issue 17)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from helpers.corpus import make_articles

from gui.cli import main
from gui.core import editing
from gui.core.library import Library

CODEBOOK = Path(__file__).resolve().parents[2] / "resources" / "codebooks" / "policy-documents.json"
CODERS = ("wang", "li", "zhao")
INSTRUMENTS = ("供给型", "需求型", "环境型")


def _write_jsonl(path: Path, count: int, seed: int) -> None:
    lines = [
        json.dumps(
            {"title": a.title, "pre_title": a.pre_title, "subtitles": a.subtitles, "body": a.body,
             "published": a.published},
            ensure_ascii=False,
        )
        for a in make_articles(count, seed)
    ]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _new_library(tmp_path: Path, name: str, seed: int) -> Path:
    db = tmp_path / f"{name}.db"
    source = tmp_path / f"{name}.jsonl"
    _write_jsonl(source, 30, seed)
    assert main(["import", str(source), "--db", str(db)]) == 0
    assert main(["codebook", "import", str(CODEBOOK), "--db", str(db)]) == 0
    return db


def _dump(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("articles", "annotations", "codes", "notes", "settings")
        }
    finally:
        conn.close()


def _code_as(library: Library, coder_number: int) -> None:
    """A scripted coder: accepts the first suggestion, tags a span, codes each article. The three
    agree on the instrument of most articles and the third differs on every third article."""
    for article_id in library.article_ids():
        article = library.article(article_id)
        assert article is not None
        annotations = library.annotations(article_id)
        suggestion = next(a for a in annotations if a.status == "suggested")
        edit = editing.accept(library, suggestion)
        assert edit is not None
        library.apply(edit)
        edit = editing.tag(library, article, library.annotations(article_id), 0, 2, "PER")
        if edit is not None:
            library.apply(edit)
        pick = article.body.count("。") + (coder_number == 2 and article_id % 3 == 0)
        library.set_code("article", article_id, "instrument", INSTRUMENTS[pick % 3])
        library.set_code("article", article_id, "policy_area", ["综合政务"] if pick % 2 else ["党的建设", "综合政务"])
        library.set_note(article_id, f"note by {library.coder}")


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp_path = tmp_path_factory.mktemp("team")
    db = _new_library(tmp_path, "lead", seed=3)
    out = tmp_path / "assigned"
    assert main(["assign", "--coders", ",".join(CODERS), "--sample", "30", "--seed", "7", "--overlap", "0.2",
                 "-o", str(out), "--db", str(db)]) == 0  # fmt: skip
    return db, out


def _hashes(path: Path) -> set[str]:
    with Library.open(path, create=False) as library:
        return {a.content_hash for a in library.store.iter_articles()}


def test_assign_writes_a_file_per_coder_with_the_overlap_in_every_one(team: tuple[Path, Path], capsys) -> None:
    db, out = team
    files = {coder: out / f"{coder}.pizhu" for coder in CODERS}
    hashes = {coder: _hashes(path) for coder, path in files.items()}
    assert [len(h) for h in hashes.values()] == [14, 14, 14]  # 6 shared + 24 dealt out by three
    shared = hashes["wang"] & hashes["li"] & hashes["zhao"]
    assert len(shared) == 6
    assert len(hashes["wang"] | hashes["li"] | hashes["zhao"]) == 30
    with Library.open(db, create=False) as lead:
        project = lead.store.setting("project")
    for coder, path in files.items():
        with Library.open(path, create=False) as library:
            assert library.coder == coder
            assert library.assignment() == {"project": project, "coder": coder}
            assert library.codebook() is not None
            annotations = [a for i in library.article_ids() for a in library.annotations(i)]
            assert annotations and {(a.origin, a.status, a.coder) for a in annotations} == {("auto", "suggested", "")}
    # The same seed makes the same split; another seed another.
    again = out.parent / "again"
    assert main(["assign", "--coders", "wang,li,zhao", "--sample", "30", "--seed", "7", "-o", str(again),
                 "--db", str(db)]) == 0  # fmt: skip
    assert _hashes(again / "li.pizhu") == hashes["li"]
    other = out.parent / "other"
    assert main(["assign", "--coders", "wang,li,zhao", "--sample", "30", "--seed", "8", "-o", str(other),
                 "--db", str(db)]) == 0  # fmt: skip
    assert _hashes(other / "li.pizhu") != hashes["li"]
    # A file already there: one line, nothing written.
    capsys.readouterr()
    assert main(["assign", "--coders", "wang", "-o", str(out), "--db", str(db)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_three_coders_merge_into_three_layers_and_agreement_sees_them(team: tuple[Path, Path], capsys) -> None:
    db, out = team
    for number, coder in enumerate(CODERS):
        with Library.open(out / f"{coder}.pizhu", create=False) as library:
            _code_as(library, number)
    before = _dump(db)
    capsys.readouterr()
    assert main(["merge", *(str(out / f"{c}.pizhu") for c in CODERS), "--db", str(db)]) == 0
    printed = capsys.readouterr().out
    assert "wang: 14 articles (14 changed)" in printed and "14 notes" in printed
    with Library.open(db, create=False) as lead:
        assert lead.coders() == ["li", "wang", "zhao"]
        layers = {c: [a for i in lead.article_ids() for a in lead.annotations(i) if a.coder == c] for c in CODERS}
        assert all(len(layers[c]) >= 14 for c in CODERS)  # an accepted suggestion (and a tag) per article
        assert all(a.status == "accepted" for c in CODERS for a in layers[c])
        # The library's own layer keeps its suggestions: nobody's work replaced them.
        own = [a for i in lead.article_ids() for a in lead.annotations(i) if a.coder == ""]
        assert own and all(a.status == "suggested" for a in own)
    # No article added or lost (their counts follow the layers).
    assert [row[:10] for row in _dump(db)["articles"]] == [row[:10] for row in before["articles"]]

    capsys.readouterr()
    assert main(["agreement", "--format", "json", "--variable", "instrument", "--db", str(db)]) == 0
    report = json.loads(capsys.readouterr().out)
    (instrument,) = report["variables"]
    assert (instrument["units"], instrument["coders"]) == (6, 3)

    # Merging the same files again changes nothing at all.
    merged = _dump(db)
    assert main(["merge", *(str(out / f"{c}.pizhu") for c in CODERS), "--db", str(db)]) == 0
    assert "(0 changed)" in capsys.readouterr().out
    assert _dump(db) == merged

    # A coder changes one code and merges again: only that coder's layer changes.
    with Library.open(out / "li.pizhu", create=False) as library:
        first = library.article_ids()[0]
        current = library.store.code("article", first, "instrument", "li")
        library.set_code("article", first, "instrument", next(v for v in INSTRUMENTS if v != current))
    assert main(["merge", str(out / "li.pizhu"), "--db", str(db)]) == 0
    after = _dump(db)
    assert after["annotations"] == merged["annotations"]
    changed = set(after["codes"]) ^ set(merged["codes"])
    assert changed and {row[5] for row in changed} == {"li"}


def test_a_file_of_another_project_is_refused_in_one_line(team: tuple[Path, Path], tmp_path: Path, capsys) -> None:
    db, out = team
    stranger = _new_library(tmp_path, "stranger", seed=3)  # the same articles, another project
    assert main(["assign", "--coders", "wang", "-o", str(tmp_path / "theirs"), "--db", str(stranger)]) == 0
    with Library.open(tmp_path / "theirs" / "wang.pizhu", create=False) as library:
        _code_as(library, 0)
    before = _dump(db)
    capsys.readouterr()
    assert main(["merge", str(tmp_path / "theirs" / "wang.pizhu"), str(stranger), "--db", str(db)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "another project" in err[0] and "not an assignment file" in err[1]
    assert _dump(db) == before
    # With one good file among them, the merge goes on and succeeds.
    assert main(["merge", str(tmp_path / "theirs" / "wang.pizhu"), str(out / "li.pizhu"), "--db", str(db)]) == 0


def test_importing_coders_lines_adds_their_layers_to_articles_already_there(
    team: tuple[Path, Path], tmp_path: Path
) -> None:
    db, out = team
    export = tmp_path / "all.jsonl"
    assert main(["export", "--what", "articles", "--format", "jsonl", "-o", str(export), "--db", str(db)]) == 0
    line = json.loads(export.read_text(encoding="utf-8").splitlines()[0])
    assert {a["coder"] for a in line["annotations"]} >= {""}
    fresh = _new_library(tmp_path, "fresh", seed=3)  # the same 30 articles, no coder's work
    assert main(["import", str(export), "--db", str(fresh)]) == 0
    with Library.open(fresh, create=False) as library, Library.open(db, create=False) as lead:
        assert library.coders() == lead.coders() == ["li", "wang", "zhao"]
        assert library.count_articles() == 30
        mine = sorted((a.text, a.coder) for i in library.article_ids() for a in library.annotations(i) if a.coder)
        theirs = sorted((a.text, a.coder) for i in lead.article_ids() for a in lead.annotations(i) if a.coder)
        assert mine == theirs
    dump = _dump(fresh)
    assert main(["import", str(export), "--db", str(fresh)]) == 0
    assert _dump(fresh)["annotations"] == dump["annotations"]


def test_coder_option_records_a_command_lines_edit_as_that_coders(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "lib.db"
    source = tmp_path / "two.jsonl"
    _write_jsonl(source, 2, seed=5)
    assert main(["import", str(source), "--db", str(db)]) == 0
    with Library.open(db, create=False) as library:
        first, second = library.article_ids()
        rows = {a.id: a for i in (first, second) for a in library.annotations(i)}
    monkeypatch.setenv("PIZHU_CODER", "li")
    assert main(["--coder", "wang", "directive", str(first), "5", "--db", str(db)]) == 0
    assert main(["directive", str(second), "5", "--db", str(db)]) == 0  # $PIZHU_CODER
    with Library.open(db, create=False) as library:
        for article_id, coder in ((first, "wang"), (second, "li")):
            changed = [a for a in library.annotations(article_id) if a != rows.get(a.id)]
            assert changed and {a.coder for a in changed} == {coder}


def test_an_annotations_coder_that_is_not_text_is_one_line(tmp_path: Path, capsys) -> None:
    source = tmp_path / "bad.jsonl"
    body = "本报讯 各地要做好春耕生产。"
    line = {"title": "春耕", "body": body, "annotations": [{"start": 7, "end": 9, "label": "LOC", "coder": 3}]}
    source.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    main(["import", str(source), "--db", str(tmp_path / "x.db")])
    err = capsys.readouterr().err
    assert "coder must be a text" in err and "Traceback" not in err
    with Library.open(tmp_path / "x.db", create=False) as library:
        assert not [a for i in library.article_ids() for a in library.annotations(i) if a.coder]
