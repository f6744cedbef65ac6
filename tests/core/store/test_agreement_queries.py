"""The store's reads for agreement on annotations (gui/core/store/layers.py), on both backends:
the compared coders' own annotations, the library's directives they coded (as theirs), and the
articles' lengths in characters."""

from __future__ import annotations

from helpers.backends import Backend

from gui.core.model import Annotation, Article


def test_coders_annotations_and_the_suggested_directives_they_coded(store_backend: Backend) -> None:
    body = "国务院要求各地必须加强管理。会议强调要做好防汛。"
    with store_backend.open() as store:
        rows = [
            Annotation("entity", "ORG", 0, 3, "国务院", origin="auto", status="suggested"),  # nobody's
            Annotation("directive", "DIRECTIVE", 14, 24, body[14:24], origin="auto", status="suggested"),
            Annotation("entity", "ORG", 0, 3, "国务院", status="accepted", coder="li"),
            Annotation("directive", "DIRECTIVE", 0, 14, body[0:14], coder="li", status="rejected"),
            Annotation("entity", "LOC", 5, 7, "各地", status="accepted", coder="wang"),
            Annotation("entity", "PER", 5, 7, "各地", coder="zhao"),  # not compared
        ]
        article_id = store.add_article(Article("标题", body), rows)
        other = store.add_article(Article("另一篇", "短文。"), [])
        assert article_id is not None and other is not None
        suggested = next(a for a in store.annotations(article_id, "directive") if a.coder == "")
        assert suggested.id is not None
        store.set_code("directive", suggested.id, "target", "x", coder="wang")
        store.set_code("directive", suggested.id, "scope", "y", coder="wang")  # one row all the same
        store.set_code("directive", suggested.id, "target", "x", coder="zhao")
        found = store.coders_annotations(["wang", "li"])
        assert [(a.coder, a.kind, a.label, a.start, a.status) for a in found] == [
            ("li", "entity", "ORG", 0, "accepted"),
            ("li", "directive", "DIRECTIVE", 0, "rejected"),
            ("wang", "entity", "LOC", 5, "accepted"),
            ("wang", "directive", "DIRECTIVE", 14, "suggested"),  # the library's, coded by wang
        ]
        assert found[-1].id == suggested.id and found[-1].text == body[14:24]
        assert store.coders_annotations([]) == []
        assert store.article_lengths([article_id, other, 999]) == {article_id: len(body), other: 3}
