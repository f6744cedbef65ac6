"""Properties that must hold for any input (hypothesis): offsets, ingest, export round trips."""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from gui.core.export import ExportOptions, export_to_file
from gui.core.ingest import parse_text
from gui.core.ingest.furniture import is_furniture
from gui.core.library import Library
from gui.core.model import Annotation, Article
from gui.core.store import Store
from gui.core.tagging import Tagger
from gui.reader.offsets import OffsetMap

# Chinese, ASCII, punctuation of both widths, astral characters (𠀾…), combining marks,
# zero-width and odd spaces: what real and broken input mixes.
_chars = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF),
    st.sampled_from(list("，。、；：！？“”《》（）,.;:!?\"'()-=+@\t 　\u200b\u00a0")),
    st.characters(min_codepoint=0x20000, max_codepoint=0x2002F),  # outside the BMP
    st.characters(min_codepoint=0x0300, max_codepoint=0x036F),  # combining marks
    st.characters(min_codepoint=0x21, max_codepoint=0x7E),
    st.sampled_from(["林武", "省委书记", "会议指出，要", "本报讯 ", "《实施意见》", "\n"]),
)
texts = st.lists(_chars, min_size=1, max_size=120).map("".join)

_tagger: Tagger | None = None


def tagger() -> Tagger:
    global _tagger
    if _tagger is None:
        _tagger = Tagger()
    return _tagger


@settings(max_examples=150, deadline=None)
@given(texts)
def test_tagging_any_text_gives_exact_offsets(text: str) -> None:
    entities, directives = tagger().tag(text)
    for a in [*entities, *directives]:
        assert 0 <= a.start < a.end <= len(text)
        assert text[a.start : a.end] == a.text


@settings(max_examples=300, deadline=None)
@given(texts)
def test_offset_map_matches_utf16(text: str) -> None:
    offsets = OffsetMap(text)
    for index in range(len(text) + 1):
        qt = offsets.to_qt(index)
        assert qt == len(text[:index].encode("utf-16-le")) // 2
        assert offsets.to_py(qt) == index
        assert offsets.to_py_end(qt) == index


@settings(max_examples=150, deadline=None)
@given(st.lists(texts, min_size=1, max_size=12))
def test_ingest_never_loses_a_character(lines: list[str]) -> None:
    text = "\n".join(lines)
    assume(not any(is_furniture(line) for line in text.split("\n")))  # page furniture is dropped on purpose
    articles, _ = parse_text(text, "page.txt", ".txt")
    kept = "".join(part for a in articles for part in (a.pre_title, a.title, *a.subtitles, a.body))
    assert Counter(c for c in kept if not c.isspace()) == Counter(c for c in text if not c.isspace())


_attrs = st.dictionaries(
    st.sampled_from(["issuer", "addressee", "strength", "topic", "note", "issuer_span"]),
    st.one_of(st.text(max_size=8), st.integers(), st.none(), st.lists(st.integers(0, 50), max_size=2)),
    max_size=4,
)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    body = draw(texts.filter(lambda t: t.strip()))
    annotations = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(body) - 1))
        end = draw(st.integers(start + 1, len(body)))
        annotations.append(
            Annotation(
                kind=draw(st.sampled_from(["entity", "directive"])),
                label=draw(st.sampled_from(["PER", "ORG", "DOC", "DIRECTIVE", "自定义"])),
                start=start,
                end=end,
                text=body[start:end],
                attrs=draw(_attrs),
                origin=draw(st.sampled_from(["auto", "manual"])),
                status=draw(st.sampled_from(["suggested", "accepted", "rejected"])),
            )
        )
    return Article(
        title=draw(st.text(max_size=10)),
        body=body,
        pre_title=draw(st.text(max_size=6)),
        subtitles=draw(st.lists(st.text(min_size=1, max_size=6).filter(str.strip), max_size=2)),
        byline=draw(st.text(max_size=6)),
        published=draw(st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))),
        status=draw(st.sampled_from(["new", "in_progress", "done"])),
        annotations=annotations,
    )


def _content(path: Path) -> list[tuple]:
    with Store(path) as store:
        rows = []
        for a in store.iter_articles():
            notes = sorted(
                (
                    n.kind,
                    n.label,
                    n.start,
                    n.end,
                    n.text,
                    repr(sorted(n.attrs.items())),
                    n.origin,
                    n.status,
                    n.updated_at,
                )
                for n in store.annotations(a.id)
            )
            rows.append(
                (
                    a.content_hash,
                    a.title,
                    a.body,
                    a.pre_title,
                    tuple(a.subtitles),
                    a.byline,
                    a.published,
                    a.status,
                    a.imported_at,
                    a.updated_at,
                    tuple(notes),
                )
            )
        return sorted(rows)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(articles(), min_size=1, max_size=5))
def test_export_then_import_round_trips_any_annotation_set(batch: list[Article]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        first, second, exported = Path(folder, "a.sqlite"), Path(folder, "b.sqlite"), Path(folder, "all.jsonl")
        with Library.open(first) as library:
            library.import_articles(batch)
            export_to_file(library.store, ExportOptions(what="articles", format="jsonl"), exported)
        with Library.open(second) as library:
            report = library.import_paths([exported])
            assert all("not one of pizhu's labels" in p for p in report.problems), report.problems
        assert _content(first) == _content(second)
