"""The kinds of entity error seen in real use, scanned for in real news: the 20 CCTV 新闻联播
transcripts of 2023 in ../shared/data/xwlb-dev (not shipped; skipped without them)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gui.core.model import Annotation
from gui.core.nlp.entities import EntityTagger
from gui.core.nlp.lexicon import regional

XWLB = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "xwlb-dev"
_LINK = re.compile(r"\[[^\]]*\]\([^)]*\)")

pytestmark = pytest.mark.skipif(not XWLB.is_dir(), reason=f"no CCTV transcripts at {XWLB} (not shipped)")


@pytest.fixture(scope="module")
def stories() -> list[tuple[str, str, list[Annotation]]]:
    """(file, story body, its entities) of every story of the transcripts."""
    tagger = EntityTagger()
    out = []
    for path in sorted(XWLB.glob("2*.md")):
        # One story per `### title` section; its body without the links to the original.
        for section in path.read_text(encoding="utf-8").split("\n### ")[1:]:
            body = _LINK.sub("", section.partition("\n")[2]).strip()
            out.append((path.name, body, tagger.tag(body)))
    assert len(out) > 100
    return out


def test_no_name_is_tagged_as_a_piece_of_a_name_found_whole_in_the_story(stories) -> None:
    bad = []
    for name, _, anns in stories:
        people = {a.text for a in anns if a.label == "PER"}
        for piece in people:
            for whole in people:
                if len(whole) > len(piece) and (whole.startswith(piece) or whole.endswith(piece)):
                    cut = whole[len(piece)] if whole.startswith(piece) else whole[-len(piece) - 1]
                    if cut not in "·•・-":
                        bad.append((name, piece, whole))
    assert bad == []


def test_no_region_named_by_its_directions_and_no_meeting_is_an_organisation(stories) -> None:
    bad = [
        (name, a.text)
        for name, _, anns in stories
        for a in anns
        if a.label == "ORG" and (regional(a.text) or a.text.endswith(("协商会", "座谈会", "研讨会", "部署会")))
    ]
    assert bad == []


def test_a_place_before_a_school_is_part_of_the_school(stories) -> None:
    bad = []
    for name, body, anns in stories:
        for a in anns:
            if a.label == "LOC" and body.startswith(("中学", "小学", "大学", "医院"), a.end):
                bad.append((name, body[a.start : a.end + 2]))
    assert bad == []


_QUOTED_MEETING = re.compile("“[^”“。]{1,40}”[\u4e00-\u9fff]{0,10}?(?:协商会|座谈会|研讨会|推进会|论坛)")


def test_a_meeting_named_by_a_quoted_theme_is_one_meeting(stories) -> None:
    seen = 0
    bad = []
    for name, body, anns in stories:
        meetings = {(a.start, a.end) for a in anns if a.label == "MEETING"}
        for m in _QUOTED_MEETING.finditer(body):
            seen += 1
            if m.span() not in meetings:
                bad.append((name, m.group()))
    assert bad == []
    assert seen >= 1


_BARE_LAW = re.compile("(?<![《\u4e00-\u9fff])(?:联合国宪章|[\u4e00-\u9fff]{2,8}保护法|[\u4e00-\u9fff]{2,6}复议法)")


def test_laws_without_title_marks_and_the_peoples_political_consultative_conference_are_found(stories) -> None:
    """Every 人民政协 is an organisation and every 联合国宪章 a document, wherever they stand."""
    missed = []
    for name, body, anns in stories:
        labels = {(a.start, a.end): a.label for a in anns}
        for term, label in (("人民政协", "ORG"), ("联合国宪章", "DOC")):
            at = body.find(term)
            while at >= 0:
                covered = any(s <= at and at + len(term) <= e for s, e in labels)
                if not covered or labels.get((at, at + len(term)), label) != label:
                    missed.append((name, term, body[max(0, at - 5) : at + len(term) + 5]))
                at = body.find(term, at + 1)
    assert missed == []
