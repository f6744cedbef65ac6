"""A big import, tagged by worker processes (over tagging.POOL_MIN_CHARS), on both backends: the
articles get the tags the in-process tagger gives, the search finds their words, and the same
files again import nothing and say so."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from helpers.backends import Backend

from gui.cli import main
from gui.core.library import Library
from gui.core.model import Annotation
from gui.core.tagging import POOL_MIN_CHARS, Tagger

_SENTENCES = (
    "国务院办公厅印发关于加强{w}工作的通知，要求各地区各部门认真贯彻落实。",
    "会议强调，要坚持以人民为中心，切实做好{w}和民生保障工作。",
    "{w}领域改革持续深化，发展质量和效益稳步提升。",
    "习近平总书记指出，必须把{w}摆在更加突出的位置。",
    "各级党委和政府要压实责任，确保{w}各项任务落到实处。",
    "林武在调研时要求，加快推进{w}重点项目建设。",
    "据统计，今年以来全省{w}投资同比增长百分之十二。",
)
# Words written into some articles only: each search must find exactly those.
_WORDS = ("住房", "医疗", "养老", "教育", "就业", "生态", "交通", "水利")
_TITLE_WORDS = ("报道", "通报", "综述")  # in titles only: the headline is indexed too


def _write_articles(folder: Path, seed: int) -> dict[str, set[str]]:
    """Files of one article each, together over POOL_MIN_CHARS characters; the titles by word."""
    rng = random.Random(seed)
    titles_by_word: dict[str, set[str]] = {w: set() for w in (*_WORDS, *_TITLE_WORDS)}
    chars = n = 0
    while chars < POOL_MIN_CHARS * 1.2:
        words = rng.sample(_WORDS, rng.randint(1, 3))
        body = "\n\n".join(
            "".join(rng.choice(_SENTENCES).format(w=rng.choice(words)) for _ in range(rng.randint(3, 6)))
            for _ in range(rng.randint(3, 8))
        )
        kind = rng.choice(_TITLE_WORDS)
        title = f"第{n}号 关于{words[0]}工作的{kind}"
        for w in titles_by_word:
            if w in title or w in body:
                titles_by_word[w].add(title)
        (folder / f"{n:04d}.txt").write_text(f"{title}\n\n本报讯 {body}\n", encoding="utf-8")
        chars += len(body)
        n += 1
    return titles_by_word


def _key(a: Annotation) -> tuple[object, ...]:
    return (a.kind, a.label, a.start, a.end, a.text, json.dumps(a.attrs, sort_keys=True, ensure_ascii=False))


def _out(capsys: pytest.CaptureFixture[str], code: int) -> str:
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def test_a_big_import_is_tagged_and_searchable_and_a_second_one_adds_nothing(
    store_backend: Backend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    titles_by_word = _write_articles(folder, seed=3)
    files = len(list(folder.iterdir()))
    db = store_backend.location()

    assert f"{files} articles imported from {files} files" in _out(capsys, main(["import", str(folder), "--db", db]))

    for word, titles in titles_by_word.items():  # 2-character words: the bigram index the workers wrote
        found = json.loads(_out(capsys, main(["search", word, "--db", db, "--format", "json"])))
        assert {a["title"] for a in found} == titles, word
    with Library.open(db) as library:  # the workers' tags are the in-process tagger's
        tagger = Tagger(library.tagger_config())
        for article_id in library.article_ids()[:: max(1, files // 12)]:
            article = library.article(article_id)
            assert article is not None
            entities, directives = tagger.tag(article.body, article.title)
            stored = library.annotations(article_id)
            assert entities and directives
            assert sorted(map(_key, stored)) == sorted(map(_key, entities + directives)), article.title

    again = _out(capsys, main(["import", str(folder), "--db", db]))
    assert f"0 articles imported, {files} already in the library from {files} files" in again
