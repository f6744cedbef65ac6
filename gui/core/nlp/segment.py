"""The process's jieba tokenizer, loaded once, on first use.

jieba takes about a second to load its dictionary; loading lazily keeps start-up
fast and the CLI's `list` or `search` free of it. jieba's own logging (it prints
"Building prefix dict…" to stderr) is silenced.

The tokenizer also knows the shipped lexicon terms (省委副书记, 省科技厅, 忻府区), added
when it starts, so every caller sees the same segmentation whatever ran first.

`cut` gives exactly the words of jieba's `Tokenizer.lcut` (accurate mode, HMM for
unknown words) about 1.8 times faster: jieba builds a dictionary of every word that
starts at each character, then walks it again with a generator computing `log` of each
word's frequency; `_route` does both in one loop over the same dictionary, with the
logarithms of the few thousand distinct frequencies computed once. The arithmetic, and
so every tie between two ways of cutting, is jieba's own.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from math import log

import jieba
from jieba import finalseg

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None

# A frequency that lets an added term beat its own pieces (two words of ordinary
# frequency) without pulling characters away from its neighbours.
ADDED_WORD_FREQ = 2000


def tokenizer() -> jieba.Tokenizer:
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                # The dictionary's cache in this user's cache folder: jieba's default, the shared
                # /tmp/jieba.cache, belongs to whoever made it first, and every other user of the
                # machine (a lab's coders) then got a traceback on each start.
                tok.tmp_dir = _cache_dir()
                tok.initialize()
                from gui.core.nlp.lexicon import segmentation_words

                add_words(tok, segmentation_words())
                _tokenizer = tok
    return _tokenizer


def _cache_dir() -> str | None:
    from gui.core.paths import cache_dir

    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # jieba's own place, then
    return str(folder)


def add_words(tok: jieba.Tokenizer, words: Iterable[str]) -> None:
    """Make `tok` keep each word whole. Two-character words jieba already knows keep
    jieba's frequency: raising it would split the everyday words around them."""
    freq = tok.FREQ
    for word in words:
        if len(word) < 2 or (len(word) == 2 and freq.get(word)):
            continue
        if freq.get(word, 0) < ADDED_WORD_FREQ:
            # jieba's add_word, minus its slow frequency suggestion and its tag table
            tok.total += ADDED_WORD_FREQ - freq.get(word, 0)
            freq[word] = ADDED_WORD_FREQ
            for i in range(1, len(word)):
                freq.setdefault(word[:i], 0)


def cut(text: str, tok: jieba.Tokenizer | None = None) -> list[str]:
    """Words of `text` in order, as `tok.lcut(text)` gives them (default: the process's
    tokenizer); their concatenation is `text` exactly."""
    tok = tok or tokenizer()
    table = _tables.get(id(tok))
    if table is None or table.tok is not tok or table.total != tok.total:
        table = _tables[id(tok)] = _LogFreq(tok)
    words: list[str] = []
    han, skip = jieba.re_han_default, jieba.re_skip_default
    for block in han.split(text):
        if not block:
            continue
        if han.match(block):
            _cut_block(block, tok.FREQ, table, words)
        else:
            for part in skip.split(block):
                if skip.match(part):
                    words.append(part)
                else:
                    words.extend(part)
    return words


class _LogFreq(dict[int, float]):
    """Frequency -> log(frequency) - log(total), jieba's weight of a word, computed on first need."""

    def __init__(self, tok: jieba.Tokenizer) -> None:
        super().__init__()
        self.tok = tok
        self.total = tok.total
        self.log_total = log(tok.total)

    def __missing__(self, freq: int) -> float:
        weight = self[freq] = log(freq) - self.log_total
        return weight


_tables: dict[int, _LogFreq] = {}


def _cut_block(block: str, freq: dict[str, int], weights: _LogFreq, out: list[str]) -> None:
    """jieba's cut of a run of Chinese (and Latin) characters: the likeliest route through its
    dictionary words, and its HMM over each run of characters the route leaves single."""
    n = len(block)
    # score[i]: the best log probability of block[i:]; nxt[i]: where the first word of that route ends.
    score = [0.0] * (n + 1)
    nxt = [0] * n
    get = freq.get
    single = -weights.log_total  # a character that is no word: frequency 1
    for i in range(n - 1, -1, -1):
        best = None
        end = i
        j = i + 1
        word = block[i]
        # Every prefix of a dictionary word is in FREQ (with 0 if it is no word itself).
        while True:
            f = get(word)
            if f is None:
                break
            if f:
                s = weights[f] + score[j]
                if best is None or s >= best:  # a tie goes to the longer word, as in jieba's max()
                    best, end = s, j
            if j == n:
                break
            j += 1
            word = block[i:j]
        if best is None:
            score[i], nxt[i] = single + score[i + 1], i + 1
        else:
            score[i], nxt[i] = best, end
    # Walk the route; runs of single characters that are no word go to the HMM.
    i = 0
    run_start = -1
    while i < n:
        j = nxt[i]
        if j - i == 1:
            if run_start < 0:
                run_start = i
        else:
            if run_start >= 0:
                _single_run(block[run_start:i], freq, out)
                run_start = -1
            out.append(block[i:j])
        i = j
    if run_start >= 0:
        _single_run(block[run_start:], freq, out)


def _single_run(run: str, freq: dict[str, int], out: list[str]) -> None:
    if len(run) == 1:
        out.append(run)
    elif not freq.get(run):
        _hmm_cut(run, out)
    else:
        out.extend(run)


def _hmm_cut(text: str, out: list[str]) -> None:
    """jieba.finalseg.cut: Chinese runs through the HMM, other runs as they come."""
    han, skip = finalseg.re_han, finalseg.re_skip
    for block in han.split(text):
        if han.match(block):
            force_split = finalseg.Force_Split_Words
            for word in _viterbi_words(block):
                if word in force_split:
                    out.extend(word)
                else:
                    out.append(word)
        else:
            out.extend(part for part in skip.split(block) if part)


def _viterbi_words(text: str) -> list[str]:
    """The words of jieba's HMM (states B, M, E, S: begin, middle, end, single) over a run of
    Chinese characters: finalseg.viterbi's sums in its order, its ties (to the later state
    letter), with back pointers instead of copied paths."""
    start, trans, emit = finalseg.start_P, finalseg.trans_P, finalseg.emit_P
    low = finalseg.MIN_FLOAT
    e_b, e_m, e_e, e_s = emit["B"].get, emit["M"].get, emit["E"].get, emit["S"].get
    t_eb, t_sb = trans["E"].get("B", low), trans["S"].get("B", low)
    t_mm, t_bm = trans["M"].get("M", low), trans["B"].get("M", low)
    t_ss, t_es = trans["S"].get("S", low), trans["E"].get("S", low)
    t_be, t_me = trans["B"].get("E", low), trans["M"].get("E", low)
    first = text[0]
    b = start["B"] + e_b(first, low)
    m = start["M"] + e_m(first, low)
    e = start["E"] + e_e(first, low)
    s = start["S"] + e_s(first, low)
    # For each position after the first, the state before it on the best path to each state.
    back: list[tuple[str, str, str, str]] = []
    for ch in text[1:]:
        em = e_b(ch, low)
        p1, p2 = e + t_eb + em, s + t_sb + em
        nb, fb = (p1, "E") if p1 > p2 else (p2, "S")
        em = e_m(ch, low)
        p1, p2 = m + t_mm + em, b + t_bm + em
        nm, fm = (p1, "M") if p1 >= p2 else (p2, "B")
        em = e_s(ch, low)
        p1, p2 = s + t_ss + em, e + t_es + em
        ns, fs = (p1, "S") if p1 >= p2 else (p2, "E")
        em = e_e(ch, low)
        p1, p2 = b + t_be + em, m + t_me + em
        ne, fe = (p1, "B") if p1 > p2 else (p2, "M")
        b, m, s, e = nb, nm, ns, ne
        back.append((fb, fm, fe, fs))
    state = "E" if e > s else "S"
    states = [state]
    column = {"B": 0, "M": 1, "E": 2, "S": 3}
    for pointers in reversed(back):
        state = pointers[column[state]]
        states.append(state)
    states.reverse()
    words: list[str] = []
    begin = after = 0
    for i, state in enumerate(states):
        if state == "B":
            begin = i
        elif state == "E":
            words.append(text[begin : i + 1])
            after = i + 1
        elif state == "S":
            words.append(text[i])
            after = i + 1
    if after < len(text):
        words.append(text[after:])
    return words
