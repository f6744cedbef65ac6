"""The editing rules (gui/core/editing.py), without a window: each key's meaning as an edit."""

from __future__ import annotations

import pytest
from helpers import MEETING, PLAIN

from gui.core import editing
from gui.core.corrections import Edit, StatusEdit
from gui.core.library import Library
from gui.core.model import Annotation, Article

SPEECH = (
    "省委常委会召开会议，省委书记林武主持会议并讲话。"
    "林武指出，今年的春耕生产形势总体平稳。"
    "他强调，各级党委政府必须压实责任。"
)


def _article(library: Library, title: str) -> Article:
    article_id = next(r.id for r in library.article_rows(library.article_ids()) if r.title == title)
    article = library.article(article_id)
    assert article is not None
    return article


def _find(library: Library, article: Article, text: str, label: str | None = None) -> Annotation:
    assert article.id is not None
    return next(a for a in library.annotations(article.id) if a.text == text and label in (None, a.label))


def _do(library: Library, edit: Edit | StatusEdit | None) -> Edit | StatusEdit:
    assert edit is not None
    library.apply(edit)
    return edit


@pytest.fixture()
def meeting(annotated_library: Library) -> Article:
    return _article(annotated_library, "会议报道")


def test_tagging_a_span_adds_a_manual_entity_and_teaches_the_term(annotated_library: Library, meeting: Article):
    start = MEETING.index("商黎光")
    edit = _do(annotated_library, editing.tag(annotated_library, meeting, [], start, start + 3, "PER"))
    assert isinstance(edit, Edit) and edit.after is not None
    added = _find(annotated_library, meeting, "商黎光")
    assert (added.label, added.origin, added.status) == ("PER", "manual", "accepted")
    assert ("商黎光", "PER", "user", "add") in annotated_library.store.lexicon()
    assert editing.focus_after(edit) == added.id


def test_tagging_a_suggestion_again_accepts_it_and_an_accepted_one_is_left(annotated_library: Library, meeting):
    shown = annotated_library.annotations(meeting.id)
    wrong = _find(annotated_library, meeting, "出席会议")
    _do(annotated_library, editing.tag(annotated_library, meeting, shown, wrong.start, wrong.end, "MEETING"))
    accepted = _find(annotated_library, meeting, "出席会议")
    assert (accepted.id, accepted.origin, accepted.status) == (wrong.id, "auto", "accepted")
    shown = annotated_library.annotations(meeting.id)
    assert editing.tag(annotated_library, meeting, shown, wrong.start, wrong.end, "MEETING") is None
    assert editing.same_entity(shown, wrong.start, wrong.end, "MEETING").id == wrong.id


def test_relabelling_accepts_and_blocks_the_old_label(annotated_library: Library, meeting: Article) -> None:
    lin = _find(annotated_library, meeting, "林武", "PER")
    assert editing.relabel(annotated_library, lin, "PER") is None  # the same label: nothing to do
    _do(annotated_library, editing.relabel(annotated_library, lin, "ORG"))
    changed = _find(annotated_library, meeting, "林武")
    assert (changed.label, changed.status) == ("ORG", "accepted")
    assert ("林武", "PER", "user", "block") in annotated_library.store.lexicon()
    directive = _find(annotated_library, meeting, "会议指出，要加强巡视工作。")
    assert editing.relabel(annotated_library, directive, "PER") is None  # directives have no entity label


def test_rejecting_deletes_a_manual_annotation_and_marks_an_automatic_one(annotated_library: Library, meeting):
    wrong = _find(annotated_library, meeting, "出席会议")
    _do(annotated_library, editing.reject(annotated_library, wrong))
    assert _find(annotated_library, meeting, "出席会议").status == "rejected"
    assert editing.reject(annotated_library, _find(annotated_library, meeting, "出席会议")) is None
    start = MEETING.index("商黎光")
    _do(annotated_library, editing.tag(annotated_library, meeting, [], start, start + 3, "PER"))
    manual = _find(annotated_library, meeting, "商黎光")
    edit = _do(annotated_library, editing.set_status(annotated_library, manual, "rejected"))
    assert isinstance(edit, Edit) and edit.after is None
    assert "商黎光" not in {a.text for a in annotated_library.annotations(meeting.id)}


def test_accepting_twice_is_one_edit(annotated_library: Library, meeting: Article) -> None:
    lin = _find(annotated_library, meeting, "林武", "PER")
    _do(annotated_library, editing.accept(annotated_library, lin))
    assert _find(annotated_library, meeting, "林武").status == "accepted"
    assert editing.accept(annotated_library, _find(annotated_library, meeting, "林武")) is None


def test_delete_rejects_a_suggestion_and_removes_what_was_decided(annotated_library: Library, meeting) -> None:
    wrong = _find(annotated_library, meeting, "出席会议")
    _do(annotated_library, editing.delete(annotated_library, wrong))
    assert _find(annotated_library, meeting, "出席会议").status == "rejected"
    _do(annotated_library, editing.delete(annotated_library, _find(annotated_library, meeting, "出席会议")))
    assert "出席会议" not in {a.text for a in annotated_library.annotations(meeting.id)}
    assert ("出席会议", "MEETING", "user", "block") in annotated_library.store.lexicon()


def test_d_marks_the_whole_sentence_and_d_again_unmarks_it(annotated_library: Library) -> None:
    plain = _article(annotated_library, "春耕")
    edit = _do(annotated_library, editing.toggle_directive(annotated_library, plain, [], 8, 8))
    assert isinstance(edit, Edit) and edit.after is not None
    marked = edit.after
    assert (marked.kind, marked.label, marked.origin, marked.status) == ("directive", "DIRECTIVE", "manual", "accepted")
    assert marked.text == PLAIN[marked.start : marked.end] and marked.text.endswith("做好春耕生产。")
    shown = annotated_library.annotations(plain.id)
    _do(annotated_library, editing.toggle_directive(annotated_library, plain, shown, 8, 8))
    assert [a for a in annotated_library.annotations(plain.id) if a.kind == "directive"] == []


def test_unmarking_a_suggested_directive_rejects_it(annotated_library: Library, meeting: Article) -> None:
    shown = annotated_library.annotations(meeting.id)
    directive = _find(annotated_library, meeting, "会议指出，要加强巡视工作。")
    assert editing.directive_at(shown, directive.start + 2) == directive
    _do(annotated_library, editing.toggle_directive(annotated_library, meeting, shown, directive.start + 2, 0))
    assert _find(annotated_library, meeting, "会议指出，要加强巡视工作。").status == "rejected"
    assert editing.directive_at(annotated_library.annotations(meeting.id), directive.start + 2) is None


def test_a_selection_across_two_sentences_marks_both_whole(library: Library) -> None:
    body = "记者从省气象局获悉，全省气温回升。各地积极开展春季植树活动。"
    library.import_articles([Article(title="天气", body=body)])
    article = _article(library, "天气")
    at = body.index("回升")
    edit = editing.mark_directive(library, article, [], at, at + 6)
    assert edit is not None and edit.after is not None
    assert (edit.after.start, edit.after.end) == (0, len(body))
    assert edit.after.attrs["issuer"] == ""  # nobody speaks in a plain report: no issuer is invented
    assert editing.mark_directive(library, article, [], len(body), len(body)) is not None  # just after the stop


def test_a_hand_marked_directive_gets_the_speaker_as_issuer(library: Library) -> None:
    lin = SPEECH.index("林武")
    library.import_articles(
        [Article(title="讲话", body=SPEECH, annotations=[Annotation("entity", "PER", lin, lin + 2, "林武")])]
    )
    article = _article(library, "讲话")
    sentence = "林武指出，今年的春耕生产形势总体平稳。"
    at = SPEECH.index("春耕")
    edit = editing.mark_directive(library, article, library.annotations(article.id), at, at + 2)
    assert edit is not None and edit.after is not None
    assert (edit.after.text, edit.after.start) == (sentence, SPEECH.index(sentence))
    assert (edit.after.attrs["issuer"], edit.after.attrs["issuer_label"]) == ("林武", "PER")


def test_editing_a_suggestions_attributes_accepts_it(annotated_library: Library, meeting: Article) -> None:
    directive = _find(annotated_library, meeting, "会议指出，要加强巡视工作。")
    assert directive.status == "suggested"
    assert editing.set_directive_attrs(annotated_library, directive, dict(directive.attrs)) is None
    attrs = {**directive.attrs, "addressee": "各级党委", "strength": "必须"}
    _do(annotated_library, editing.set_directive_attrs(annotated_library, directive, attrs))
    stored = annotated_library.annotation(directive.id)
    assert stored is not None
    assert (stored.status, stored.attrs["addressee"], stored.attrs["strength"]) == ("accepted", "各级党委", "必须")


def test_article_status_is_an_edit_unless_it_is_already_so(annotated_library: Library, meeting: Article) -> None:
    assert editing.set_article_status(annotated_library, meeting.id, "new") is None
    edit = _do(annotated_library, editing.set_article_status(annotated_library, meeting.id, "done"))
    assert annotated_library.article(meeting.id).status == "done"
    assert editing.focus_after(edit) is None
    annotated_library.apply(edit, forward=False)
    assert annotated_library.article(meeting.id).status == "new"


def test_undoing_every_edit_makes_the_article_new_again(annotated_library: Library, meeting: Article) -> None:
    assert meeting.status == "new"
    start = MEETING.index("商黎光")
    first = _do(annotated_library, editing.tag(annotated_library, meeting, [], start, start + 3, "PER"))
    second = _do(annotated_library, editing.accept(annotated_library, _find(annotated_library, meeting, "林武")))
    assert annotated_library.article(meeting.id).status == "in_progress"
    annotated_library.apply(second, forward=False)
    assert annotated_library.article(meeting.id).status == "in_progress"  # one edit still stands
    annotated_library.apply(first, forward=False)
    assert annotated_library.article(meeting.id).status == "new"
    annotated_library.apply(first)  # redo: started again
    assert annotated_library.article(meeting.id).status == "in_progress"


def test_speakers_are_the_tagged_issuers_and_the_directives_issuers(annotated_library: Library, meeting) -> None:
    shown = annotated_library.annotations(meeting.id)
    assert editing.speakers(shown) == ["省委书记", "林武", "出席会议", "会议"]
    _do(annotated_library, editing.reject(annotated_library, _find(annotated_library, meeting, "出席会议")))
    assert "出席会议" not in editing.speakers(annotated_library.annotations(meeting.id))


@pytest.mark.parametrize(
    ("title", "issuer", "label", "topic"),
    [
        ("某市禁毒条例", "《某市禁毒条例》", "DOC", "公安、安全、司法"),
        ("某县耕地保护办法", "《某县耕地保护办法》", "DOC", "农业、林业、水利"),
        ("市民热议新规", "", "", "财政、金融、审计"),  # a news title: no document speaks
    ],
)
def test_a_hand_marked_provision_of_a_document_is_the_documents(
    library: Library, title: str, issuer: str, label: str, topic: str
) -> None:
    """The detector reads the article with its title when marking by hand, as when tagging."""
    body = "第一条　为了规范管理，制定本规定。\n第二条　本项工作所需经费，列入本级财政预算。"
    library.import_articles([Article(title=title, body=body)])
    article = _article(library, title)
    at = body.index("经费")
    edit = editing.mark_directive(library, article, [], at, at + 2)
    assert edit is not None and edit.after is not None
    assert edit.after.text.endswith("列入本级财政预算。")
    assert (edit.after.attrs["issuer"], edit.after.attrs["issuer_label"]) == (issuer, label)
    assert edit.after.attrs["topic"] == topic
