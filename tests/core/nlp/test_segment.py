"""pizhu's cut gives exactly jieba's words (accurate mode with its HMM), only faster."""

from __future__ import annotations

import random
from pathlib import Path

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.nlp import segment
from gui.core.nlp.segment import add_words, cut, tokenizer

REPO = Path(__file__).resolve().parents[3]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((REPO / "benchmarks" / "eval").rglob("*.txt"))]
    return texts


def test_cut_gives_jiebas_words_on_news_text() -> None:
    tok = tokenizer()
    texts = _texts()
    assert sum(map(len, texts)) > 5_000
    for text in texts:
        for paragraph in text.splitlines():
            assert cut(paragraph) == tok.lcut(paragraph)


def test_cut_gives_jiebas_words_on_pieces_of_news_reshuffled() -> None:
    """Random pieces and random characters: unknown words (the HMM), digits, Latin, spaces."""
    tok = tokenizer()
    text = "".join(_texts())
    rng = random.Random(7)
    for _ in range(2000):
        start = rng.randrange(len(text))
        piece = text[start : start + rng.randint(1, 80)]
        assert cut(piece) == tok.lcut(piece)
        jumbled = "".join(rng.choice(text) for _ in range(rng.randint(1, 30)))
        assert cut(jumbled) == tok.lcut(jumbled)


_ALPHABET = "林武省委书记会议强调要加强巡视工作的了和ab12.%-_ \r\n\u3000𠀾，。《》"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=60))
def test_cut_gives_jiebas_words_on_any_text(text: str) -> None:
    assert cut(text) == tokenizer().lcut(text)
    assert "".join(cut(text)) == text


def test_cut_follows_words_added_to_the_tokenizer() -> None:
    """Adding words changes jieba's total frequency, so every weight: the cut keeps up."""
    tok = jieba.Tokenizer()
    tok.initialize()
    text = "张三丰收了很多南瓜，李四丰年也来了。"
    assert cut(text, tok) == tok.lcut(text)
    add_words(tok, ["三丰收", "四丰年也"])
    assert cut(text, tok) == tok.lcut(text)
    assert "四丰年也" in cut(text, tok)


@pytest.mark.parametrize("run", ["", "a", "中", "林武平", "ab中12.5%文", "三分之二", "𠀾𠀾"])
def test_the_hmm_gives_jiebas_words(run: str) -> None:
    from jieba import finalseg

    out: list[str] = []
    segment._hmm_cut(run, out)
    assert out == list(finalseg.cut(run))
