"""A lead's library after three scripted coders coded one article and were merged back (assign →
code → merge, as a team works): the adjudication tests, the curation window's tests and the
curation screenshot build it the same way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.cli import main
from gui.core import editing
from gui.core.library import Library

CODEBOOK = Path(__file__).resolve().parents[2] / "resources" / "codebooks" / "policy-documents.json"
CODERS = ("wang", "li", "zhao")
BODY = (
    "林武在太原主持召开会议。会议强调，各地要加强疫情防控工作。会议要求，各级干部必须压实责任。山西省科技厅负责落实。"
)
SECOND = BODY.index("会议强调")
THIRD = BODY.index("会议要求")


def _tag(library: Library, article_id: int, start: int, end: int, label: str) -> None:
    article = library.article(article_id)
    assert article is not None
    edit = editing.tag(library, article, library.annotations(article_id), start, end, label)
    if edit is not None:
        library.apply(edit)


def _directive(library: Library, article_id: int, at: int, **attrs: str) -> int:
    article = library.article(article_id)
    assert article is not None
    edit = editing.mark_directive(library, article, library.annotations(article_id), at, at)
    assert edit is not None and edit.after is not None
    library.apply(edit)
    wanted = {**edit.after.attrs, "issuer": "会议", "addressee": "", "topic": "疫情防控", **attrs}
    change = editing.set_directive_attrs(library, edit.after, wanted)
    if change is not None:
        library.apply(change)
    assert edit.after.id is not None
    return edit.after.id


def code_as_coder(library: Library, number: int) -> None:
    """Three scripted coders: they agree on 林武 (PER), the second sentence's directive, its strength
    code and the policy area; zhao labels 太原 ORG where the others say LOC, only li tags 科技厅,
    zhao reads the third sentence as 要 where the others read 必须, and li codes another instrument."""
    (article_id,) = library.article_ids()
    _tag(library, article_id, 0, 2, "PER")
    _tag(library, article_id, 3, 5, "ORG" if number == 2 else "LOC")
    if number == 1:
        _tag(library, article_id, BODY.index("科技厅"), BODY.index("科技厅") + 3, "ORG")
    agreed = _directive(library, article_id, SECOND + 2, strength="要")
    _directive(library, article_id, THIRD + 2, strength="要" if number == 2 else "必须")
    library.set_code("directive", agreed, "strength", "要")
    library.set_code("article", article_id, "instrument", "需求型" if number == 1 else "供给型")
    library.set_code("article", article_id, "policy_area", ["综合政务"])


def build_lead_library(folder: Path, title: str = "会议") -> Path:
    """The lead's library in `folder` (lead.db), the coders' files in folder/out/CODER.pizhu."""
    source = folder / "one.jsonl"
    source.write_text(json.dumps({"title": title, "body": BODY}, ensure_ascii=False) + "\n", encoding="utf-8")
    db = folder / "lead.db"
    assert main(["import", str(source), "--db", str(db)]) == 0
    assert main(["codebook", "import", str(CODEBOOK), "--db", str(db)]) == 0
    out = folder / "out"
    assert main(["assign", "--coders", ",".join(CODERS), "--overlap", "1", "-o", str(out), "--db", str(db)]) == 0
    for number, coder in enumerate(CODERS):
        with Library.open(out / f"{coder}.pizhu", create=False) as library:
            code_as_coder(library, number)
    assert main(["merge", *(str(out / f"{c}.pizhu") for c in CODERS), "--db", str(db)]) == 0
    return db


def team_server(pg_cluster, name: str, coders: tuple[str, ...] = ("li",), leads: tuple[str, ...] = ()) -> str:  # noqa: ANN001
    """A server library as a lead prepares one (a new database, `server init`, `server add-coder` for
    each coder and lead); skips the test where PostgreSQL's programs are not installed."""
    if pg_cluster is None:
        pytest.skip("PostgreSQL's programs (initdb, pg_ctl) are not installed")
    url = pg_cluster.new_database(name)
    assert main(["server", "init", "--db", url]) == 0
    for args in [[c] for c in coders] + [[lead, "--lead"] for lead in leads]:
        assert main(["server", "add-coder", "--db", url, *args]) == 0
    return url
