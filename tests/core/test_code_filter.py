"""Filtering the article list by a code: on the article or on one of its directives, multi included."""

from __future__ import annotations

from gui.core import editing
from gui.core.codebook import load_codebook
from gui.core.library import Library
from gui.core.model import ArticleFilter
from gui.core.paths import resources_dir

EXAMPLE = resources_dir() / "codebooks" / "policy-documents.json"


def test_articles_filter_by_their_codes_and_their_directives_codes(seeded_library: Library) -> None:
    library = seeded_library
    library.set_codebook(load_codebook(EXAMPLE))
    first, second, third = library.article_ids(ArticleFilter(), sort="imported")
    library.set_code("article", first, "instrument", "供给型")
    library.set_code("article", second, "instrument", "环境型", coder="li")
    library.set_code("article", second, "policy_area", ["国民经济管理、国有资产监管", "民政、扶贫、救灾"])
    directives = [a for a in library.annotations(third, "directive") if a.id is not None]
    library.set_code("directive", directives[0].id or 0, "strength", "必须")

    def found(variable: str, value: str, status: str | None = None) -> list[int]:
        return sorted(library.article_ids(ArticleFilter(status=status, code=((variable, value),))))

    assert found("instrument", "供给型") == [first]
    assert found("instrument", "环境型") == [second]  # any coder
    assert found("policy_area", "民政、扶贫、救灾") == [second]
    assert found("policy_area", "国民经济管理、国有资产监管") == [second]
    assert found("policy_area", "国防") == [] and found("instrument", "需求型") == []
    assert found("strength", "必须") == [third]
    assert found("strength", "必须", status="done") == []  # with the other filters
    # A rejected directive's codes do not count, as its issuer and topic do not.
    assert directives[0].origin == "auto"  # rejected, not removed
    edit = editing.set_status(library, directives[0], "rejected")
    assert edit is not None
    library.apply(edit)
    assert found("strength", "必须") == []
