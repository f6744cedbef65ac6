"""Suggested codes (gui/core/coding_suggest.py) on the seed page with the example codebook."""

from __future__ import annotations

from dataclasses import replace

import pytest

from gui.core.codebook import Codebook, Value, Variable, load_codebook
from gui.core.coding_suggest import issuer_level, suggestions
from gui.core.library import Library
from gui.core.paths import resources_dir

EXAMPLE = resources_dir() / "codebooks" / "policy-documents.json"


@pytest.mark.parametrize(
    ("issuer", "label", "level"),
    [
        ("国务院", "ORG", "中央"), ("中共中央", "ORG", "中央"), ("习近平", "PER", "中央"),
        ("全国巡视工作会议", "MEETING", "中央"), ("省委", "ORG", "省"), ("山西省人民政府", "ORG", "省"),
        ("《中共山西省委人才工作领导小组2022年工作要点》", "DOC", "省"), ("市委", "ORG", "市"),
        ("太原市人民政府", "ORG", "市"), ("清徐县委", "ORG", "县"), ("技术交易市场", "ORG", ""), ("林武", "PER", ""),
        ("", "ORG", ""),
    ],
)  # fmt: skip
def test_an_issuers_words_say_its_level(issuer: str, label: str, level: str) -> None:
    assert issuer_level(issuer, label=label) == level


def test_a_persons_level_is_the_title_before_the_name() -> None:
    body = "省委书记林武主持会议。林武强调，要抓好落实。"
    assert issuer_level("林武", body, [11, 13], "PER") == "省"  # the title where the name was first given
    assert issuer_level("林武", "林武强调。", [0, 2], "PER") == ""


def test_the_seed_page_gets_issuer_level_area_and_strength_suggestions(seeded_library: Library) -> None:
    library = seeded_library
    library.set_codebook(load_codebook(EXAMPLE))
    codebook = library.require_codebook()
    for article_id in library.article_ids():
        article = library.article(article_id)
        assert article is not None
        annotations = library.annotations(article_id)
        directives = {a.id: a for a in annotations if a.kind == "directive"}
        found = suggestions(library, codebook, article, annotations)
        by = {(s.unit, s.unit_id, s.variable): s for s in found}
        area = by[("article", article_id, "policy_area")]
        topics = {a.attrs["topic"] for a in directives.values()}
        assert isinstance(area.value, list) and set(area.value) == topics and "directives" in area.why
        for directive_id, directive in directives.items():
            assert directive_id is not None
            strength = by[("directive", directive_id, "strength")]
            assert strength.value == directive.attrs["strength"] and strength.why.code == "suggest.strength"
            level = by[("directive", directive_id, "issuer_level")]
            assert level.value == "省" and directive.attrs["issuer"] in level.why  # a provincial paper's page
        assert found[0].unit == "article"
    assert library.store.count_codes() == 0  # suggestions are never codes


def test_another_codebook_with_the_same_labels_gets_them_and_rejected_directives_none(seeded_library: Library) -> None:
    library = seeded_library
    levels = tuple(
        Value(str(n), label_en=label) for n, label in enumerate(("Central", "Provincial", "Municipal", "County"), 1)
    )
    areas = (Value("s", "科技、教育"), Value("e", "国民经济管理、国有资产监管"), Value("h", "城乡建设、环境保护"))
    codebook = Codebook(
        "other",
        (
            Variable("lvl", unit="directive", type="ordinal", values=levels),
            Variable("area", type="nominal", values=areas),
            Variable("note", type="text"),
        ),
    )
    library.set_codebook(codebook)
    article_id = next(r.id for r in library.article_rows(library.article_ids()) if "技术经理人" in r.title)
    article = library.article(article_id)
    assert article is not None
    annotations = library.annotations(article_id)
    found = suggestions(library, codebook, article, annotations)
    assert {(s.variable, s.value) for s in found} == {("area", "s"), ("lvl", "2")}
    rejected = [replace(a, status="rejected") if a.kind == "directive" else a for a in annotations]
    # Without directives the article's own text gives its area.
    assert [(s.unit, s.variable, s.value) for s in suggestions(library, codebook, article, rejected)] == [
        ("article", "area", "s")
    ]
