"""What the reader reads of an article in one request (`reading`): the same article, annotations
and note as reading each on its own, on both backends — on a server in one round trip."""

from __future__ import annotations

from helpers import MEETING, meeting_annotations
from helpers.backends import Backend

from gui.core.model import Annotation, Article


def test_reading_gives_the_article_its_annotations_and_the_coders_note(store_backend: Backend) -> None:
    with store_backend.open("lib") as store:
        first = store.add_article(Article(title="会议", body=MEETING, published="2022-03-25"))
        second = store.add_article(Article(title="春耕", body="各地要做好春耕生产。"))
        assert first is not None and second is not None
        for annotation in meeting_annotations():
            annotation.article_id = first
            store.add_annotation(annotation)
        store.add_annotation(Annotation("entity", "LOC", 0, 2, MEETING[:2], article_id=first, coder="li"))
        store.set_note(first, "核对日期", "li")
        store.set_note(first, "编辑的批注", "")
        for coder in ("li", "", "wang"):
            article, annotations, note = store.reading(first, coder)
            assert article is not None and article.title == "会议" and article.body == MEETING
            assert annotations == store.annotations(first)  # every layer, in the list's order
            assert len(annotations) == len(meeting_annotations()) + 1
            assert note == store.note(first, coder)
        assert store.reading(first, "li")[2] == "核对日期" and store.reading(first, "wang")[2] == ""
        article, annotations, note = store.reading(second, "li")
        assert article is not None and article.title == "春耕" and annotations == [] and note == ""
        assert store.reading(second + 100, "li") == (None, [], "")  # deleted meanwhile, or never there
