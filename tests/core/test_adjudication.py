"""Adjudication (issue 17): items matched across three coders' layers, agreements written to the
final layer, decisions taken, undone and recorded — on a library built by assign → scripted
coders → merge, as a lead's is."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers.team import BODY, CODERS, SECOND, THIRD, build_lead_library

from gui.cli import main
from gui.core import adjudication, editing
from gui.core.errors import InputError
from gui.core.library import Library


@pytest.fixture()
def lead(tmp_path: Path) -> Path:
    return build_lead_library(tmp_path)


def _final(library: Library, article_id: int) -> list[tuple[str, str, str, str]]:
    return sorted(
        (a.kind, a.text, a.label if a.kind == "entity" else str(a.attrs.get("strength")), a.status)
        for a in library.annotations(article_id)
        if a.coder == "" and a.status != "rejected"
    )


def test_items_match_entities_by_span_and_label_and_directives_by_overlap(lead: Path) -> None:
    with Library.open(lead, create=False) as library:
        (article_id,) = library.article_ids()
        curation = adjudication.curation(library.store, article_id)
        assert curation.coders == ["li", "wang", "zhao"]
        items = {i.key: i for i in curation.items}
        assert items["entity:0-2"].agreed and items["entity:0-2"].versions == dict.fromkeys(CODERS, ["PER"])
        taiyuan = items["entity:3-5"]
        assert not taiyuan.agreed and taiyuan.versions == {"wang": ["LOC"], "li": ["LOC"], "zhao": ["ORG"]}
        start = BODY.index("科技厅")
        only_li = items[f"entity:{start}-{start + 3}"]
        assert only_li.versions == {"li": ["ORG"], "wang": None, "zhao": None} and only_li.open
        directives = [i for i in curation.items if i.kind == "directive" and any(i.versions.values())]
        assert len(directives) == 2  # three coders' directives joined per sentence
        second, third = sorted(directives, key=lambda i: i.start)
        assert second.agreed and second.start <= SECOND + 2 < second.end
        assert not third.agreed and {v["attrs"]["strength"] for v in third.versions.values()} == {"要", "必须"}
        codes = {(i.unit == "article", i.variable): i for i in curation.items if i.kind == "code"}
        assert codes[(True, "policy_area")].agreed and not codes[(True, "instrument")].agreed
        assert codes[(False, "strength")].agreed and codes[(False, "strength")].unit == second.key
        assert len(curation.open) == 4  # 太原, 科技厅, the third sentence, the instrument


def test_agreements_go_to_the_final_layer_once_and_decisions_are_recorded_and_undone(lead: Path) -> None:
    with Library.open(lead, create=False) as library:
        library.coder = "lead"
        (article_id,) = library.article_ids()
        applied = adjudication.apply_agreements(library, article_id)
        assert applied is not None
        final = _final(library, article_id)
        assert ("entity", "林武", "PER", "accepted") in final
        directive = next(a for a in library.annotations(article_id) if a.coder == "" and a.kind == "directive"
                         and a.status == "accepted" and a.start <= SECOND + 2 < a.end)  # fmt: skip
        assert library.store.code("directive", directive.id, "strength", "") == "要"  # its code followed it
        assert library.store.code("article", article_id, "policy_area", "") == ["综合政务"]
        assert library.store.code("article", article_id, "instrument", "") is None  # a disagreement
        # Applying again writes nothing: the agreements are recorded.
        assert adjudication.apply_agreements(library, article_id) is None
        rows = {r.item: r for r in library.store.decisions(article_id)}
        assert rows["entity:0-2"].action == "agreed" and rows["entity:0-2"].decided_by == "lead"

        undecided = _final(library, article_id)
        taiyuan = adjudication.decide(library, article_id, "entity:3-5", "take", "zhao")
        assert ("entity", "太原", "ORG", "accepted") in _final(library, article_id)
        assert not any(t == "太原" and label == "LOC" for _, t, label, _ in _final(library, article_id))
        row = next(r for r in library.store.decisions(article_id) if r.item == "entity:3-5")
        assert (row.action, row.coder, row.decided_by) == ("take", "zhao", "lead")
        instrument = adjudication.decide(library, article_id, "code:article:instrument", "take", "li")
        assert library.store.code("article", article_id, "instrument", "") == "需求型"
        curation = adjudication.curation(library.store, article_id)
        assert len(curation.open) == 2 and not curation.adjudicated

        library.apply(instrument, forward=False)  # undo
        assert library.store.code("article", article_id, "instrument", "") is None
        assert not any(r.item == "code:article:instrument" for r in library.store.decisions(article_id))
        library.apply(taiyuan, forward=False)
        assert _final(library, article_id) == undecided
        assert len(adjudication.curation(library.store, article_id).open) == 4
        library.apply(taiyuan)  # redo
        assert ("entity", "太原", "ORG", "accepted") in _final(library, article_id)

        third = next(i for i in adjudication.curation(library.store, article_id).open if i.kind == "directive")
        adjudication.decide(library, article_id, third.key, "take", "wang")
        finals = [a for a in library.annotations(article_id) if a.coder == "" and a.kind == "directive"
                  and a.status != "rejected" and a.start <= THIRD + 2 < a.end]  # fmt: skip
        assert [a.attrs["strength"] for a in finals] == ["必须"]
        start = BODY.index("科技厅")
        adjudication.decide(library, article_id, f"entity:{start}-{start + 3}", "none")
        adjudication.decide(library, article_id, "code:article:instrument", "edit")
        assert adjudication.curation(library.store, article_id).adjudicated
        assert not any(t == "科技厅" for _, t, _, _ in _final(library, article_id))


def test_bad_decisions_are_one_line_and_change_nothing(lead: Path) -> None:
    with Library.open(lead, create=False) as library:
        (article_id,) = library.article_ids()
        before = sqlite3.connect(lead).execute("SELECT count(*) FROM annotations").fetchone()
        for key, action, coder in (("entity:3-5", "take", "nobody"), ("entity:999-1000", "take", "li"),
                                   ("entity:3-5", "maybe", "")):  # fmt: skip
            with pytest.raises(InputError):
                adjudication.decide(library, article_id, key, action, coder)
        assert library.store.count_decisions() == 0
        assert sqlite3.connect(lead).execute("SELECT count(*) FROM annotations").fetchone() == before


def test_a_coders_changed_layer_opens_the_decided_item_again(lead: Path, tmp_path: Path) -> None:
    with Library.open(lead, create=False) as library:
        (article_id,) = library.article_ids()
        adjudication.apply_agreements(library, article_id)
        adjudication.decide(library, article_id, "entity:3-5", "take", "wang")
        assert "entity:3-5" not in {i.key for i in adjudication.curation(library.store, article_id).open}
    with Library.open(tmp_path / "out" / "zhao.pizhu", create=False) as coder:
        (own,) = coder.article_ids()
        taiyuan = next(a for a in coder.annotations(own) if (a.start, a.end, a.coder) == (3, 5, "zhao"))
        edit = editing.relabel(coder, taiyuan, "LOC")
        assert edit is not None
        coder.apply(edit)
    assert main(["merge", str(tmp_path / "out" / "zhao.pizhu"), "--db", str(lead)]) == 0
    with Library.open(lead, create=False) as library:
        item = adjudication.curation(library.store, article_id).item("entity:3-5")
        assert item.agreed and item.decision is None  # now all say LOC: an agreement to apply
