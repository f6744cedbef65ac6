"""Person names that stand bare in the text: no post or 记者 announces them.

`names.NameFinder` takes a name where the genre announces one (省委书记林武). Many names
stand alone: 张三说, 李四等人, 王五同志, a name after 、 in a list, 克林顿, 叶利钦. This
module weighs each stretch of text that could be a name by two kinds of evidence:

- its shape, from jieba: a surname and one or two characters that jieba's HMM found as
  a new word (not in its dictionary), a word of jieba's dictionary tagged as a person (nr),
  a surname and pieces of other words (曹 + 火星), or words made of transliteration
  characters (克林顿, 约翰·普雷斯科特);
- its context: a verb of speaking or attending after it (说, 表示, 会见), a post before or
  after it (总统克林顿, 克林顿总统), 同志 or 等人 after it, 、 between it and another name.

Evidence adds up to a score; a stretch is a name when the score reaches `_ACCEPT`. A
surname and two characters that jieba did not know is a name on its shape alone; a
two-character name (刘杰) or a surname and pieces needs a context as well.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress

from gui.core.nlp.lexicon import Lexicon
from gui.core.nlp.names import ACTION_WORDS, REPORTER_WORDS
from gui.core.nlp.tokens import Tokens, all_han, is_han, word_set

# Words right after a name that mark it as one (besides the action words and posts).
_AFTER_NAME = ACTION_WORDS | word_set(
    "等人 同志 先生 女士 夫人 小姐 教授 博士 院士 老师 医生 大夫 烈士 主演 报道 一行 及其 本人 父子 夫妇 "
    "说道 笑着说 坦言 回忆 解释 感慨 补充 承认 强调指出 当选 出任 担任 任 兼任 获得 荣获 夺得 率领 带领 "
    "来到 走进 会见 会谈 看望 参加 出席 主持 访问 抵达 离开 去世 逝世 诞辰 生前 曾 也 还 则 却 便 又 都 已 "
    "建议 提议 访华 访美 执导 撰文 回答 补充说"
)
# Of those, the ones that say little by themselves (也, 还, 在: also after places and things).
_WEAK_AFTER = word_set("在 也 还 则 却 便 又 都 已 曾 等 任 兼 作 答 称 代表 委员 说明 要求 希望 总结 检查 一行")

# Words right before a name that mark it as one (besides posts and reporters).
_BEFORE_NAME = REPORTER_WORDS | word_set(
    "委员 代表 会见 会晤 看望 慰问 陪同 邀请 接见 拜会 宴请 致电 致信 祝贺 感谢 告诉 问 叫 名叫 名为 "
    "作者 选手 球员 教练 主教练 队长 名将 老将 新秀 外援 前锋 后卫 门将 棋手 作家 诗人 画家 演员 歌手 导演 "
    "编剧 艺术家 学者 专家 院士 教授 博士 老师 医生 农民 工人 职工 村民 居民 战士 烈士 同学 同志 先生 女士 "
    "丈夫 妻子 儿子 女儿 父亲 母亲 老伴"
)
# Words before a name that say little by themselves.
_WEAK_BEFORE = word_set("和 与 同 及 以及 跟 对 向 由 请 为 是 被 让 给 把 将 据 和平 像 找 见到")

# Characters that end place and organisation names, never a person's as written in the news.
_NOT_NAME_ENDINGS = frozenset(
    "县村镇乡区市省州路街巷寺庙站厂店队团部局处科组系室所校馆院杯赛港湾楼桥门台报社业型性式率量证岛湖"
)
# Last characters of rivers and mountains, also of given names (白龙江, 孙洪山): not without a context.
_PLACE_LIKE = frozenset("江河海山峰岭")
# Given-name characters that make a two-character name implausible (万人, 胡老, 叶裂).
_NOT_SHORT_GIVEN = frozenset("老总某氏家姓族类型转等群众方军队省市县区乡镇村里头部外内前后上下中")

# Scores: the shape of a stretch, then what its context adds.
_ACCEPT = 2.0
_SHAPE_SCORES = {
    "new2": 2.0,  # surname + two characters, a new word to jieba
    "new1": 0.5,  # surname + one character, a new word to jieba
    "new_common": 0.5,  # ... whose given name is an everyday word (党 + 永葆)
    "dict_rare": 2.0,  # a person word of jieba's dictionary, seen rarely
    "dict_known": 2.0,  # ... seen often (江泽民, 叶利钦)
    "dict_common": 0.5,  # ... made of everyday words (雷 + 阵雨, 安全 + 性)
    "dict1": 0.5,  # ... of a surname and one character (彭真; also 师生, 高峰)
    "dict_odd": 0.5,  # ... tagged otherwise (金正日: nz)
    "pieces2": 0.5,  # a surname and pieces of other words
    "pieces1": 0.0,  # a surname and a piece of one character
    "compound": 1.5,  # a compound surname (欧阳, 上官) and one or two characters
    "named": 2.0,  # a known name opening a word (邓小平理论)
    "foreign_dot": 2.0,  # transliteration parts joined by · or - (约翰·梅杰)
    "foreign_known3": 1.5,  # a foreign name of jieba's, three characters or more (克林顿)
    "foreign_known2": 0.5,
    "foreign_new3": 1.5,  # a new word of transliteration characters
    "foreign_new2": 0.5,
    "foreign_place": 0.5,  # jieba's places, and some people (普京)
    "foreign_pieces3": 0.5,  # several words of transliteration characters (萨莫/拉诺)
    "foreign_pieces2": 0.0,
}
_LEFT_SCORES = {
    "start": 0.0,
    "post": 1.5,
    "before": 1.5,
    "list": 0.0,
    "and": 0.0,
    "weak": 0.0,
    "locorg": -0.5,
    "de": 0.0,
    "punct": 0.0,
    "other": 0.0,
}
_RIGHT_SCORES = {
    "place": -1.5,
    "char": -1.0,
    "end": 0.0,
    "post": 1.5,
    "verb": 1.5,
    "weak_verb": 0.5,
    "list": 0.0,
    "and": 0.0,
    "de": 0.0,
    "punct": 0.0,
    "other": 0.0,
}
_LIST_CONTEXT = 1.5  # 、 or 和 between the stretch and an accepted name
_SUBJECT_BONUS = 0.5  # the stretch opens a clause and a verb of speaking or attending follows

_AND = word_set("和 与 及 以及")
# What a word can open: a Chinese name, a foreign name, a foreign name after a glued 同 or 和.
_OPENS_CHINESE, _OPENS_FOREIGN, _OPENS_GLUED = 1, 2, 4
# Endings of words that name a post or a role (国务卿, 戏剧家, 运动员).
_POST_ENDINGS = ("国务卿", "大臣", "首相", "议员", "家", "员", "长", "手", "将")
_ET_CETERA = word_set("等 等等")
# Words after a place's name, never after a person's.
_PLACE_AFTER = word_set(
    "省 市 县 区 州 镇 乡 村 地区 一带 方向 附近 境内 郊区 港 机场 油田 水电站 大坝 河 湖 山 岛 遗址 景区 公园 "
    "大桥 大街 路 街 战役 会战 前线"
)
_PEOPLE_NOUNS = word_set("人 同志 领导 领导同志 人员 干部 代表 委员 专家 学者 老同志 一行")
_PLACE_NOUNS = word_set("地 国 省 市 县 区 城市 地区 国家 省份 地方 方面 方向 领域 行业 企业 单位 部门")
# Last characters of foreign places, not people (毛伊岛, 卢浮宫).
_FOREIGN_PLACE_ENDINGS = frozenset("岛湖河江山港湾城堡州省市县镇村区宫寺庙馆园路街峰岭洲社")
# Second characters of a place named after a family (凌家滩, 黄家湖).
_FAMILY_PLACE_ENDINGS = frozenset("滩湾岭湖河沟庄村寨坪堡坡塘嘴山屯桥渡集店营圩坝岗台洲")
# Endings of jieba words that open with a person's name (邓小平理论, 克林顿政府).
_NAMED_AFTER = ("理论", "思想", "主义", "政府", "同志", "时代")
_SHORT_SHAPES = frozenset(
    ("new1", "dict1", "pieces1", "foreign_known2", "foreign_new2", "foreign_pieces2", "foreign_place")
)
# Characters between two names of a list.
_LIST_JOINERS = frozenset("、和与及")
_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两几数")
_HYPHENS = frozenset("-－‐")
_NAME_DOTS = frozenset("·•・") | _HYPHENS
# Verbs and conjunctions jieba's HMM glues to the end of a name it does not know (赵华说, 雷斯及).
_GLUED_VERBS = frozenset("说称等")
_GLUED_ADVERBS = frozenset("均都也亦则还已曾将")
_GLUED = _GLUED_VERBS | _GLUED_ADVERBS | frozenset("和及与")
# Prepositions and conjunctions jieba's HMM glues to the start of a foreign name (同别|尔德穆哈梅多夫).
_GLUED_LEFT = frozenset("同和与及对向在给跟被")


class NameSpotter:
    """Finds bare person names in a segmented text."""

    def __init__(self, lex: Lexicon, freq: dict[str, int]) -> None:
        self.lex = lex
        self.freq = freq
        self._opens: dict[str, int] = {}  # word -> _OPENS_ bits
        # First characters of anything that can open a name.
        self._openers = frozenset(
            lex.surnames
            | {s[0] for s in lex.compound_surnames}
            | lex.translit
            | {w[0] for w in lex.foreign_words}
            | {w[0] for w in lex.foreign_places}
            | _GLUED_LEFT
            | {w[0] for w, label in lex.terms.items() if label == "PER"}
        )

    def find(self, toks: Tokens, kinds: list[str | None], known: set[tuple[int, int]]) -> list[tuple[int, int]]:
        """(start, end) of the names found; `known` are names already found in context."""
        cands = self._candidates(toks, kinds)
        if not cands:
            return []
        accepted = {span: score for span, score in cands.items() if score >= _ACCEPT}
        # A stretch listed with a name (李四、王五 or 李四和王五) is a name too.
        listable = {span for span, score in cands.items() if _ACCEPT > score >= _ACCEPT - _LIST_CONTEXT}
        if listable:
            text = toks.text
            by_start: dict[int, list[tuple[int, int]]] = {}
            by_end: dict[int, list[tuple[int, int]]] = {}
            for span in listable:
                by_start.setdefault(span[0], []).append(span)
                by_end.setdefault(span[1], []).append(span)
            work = list(accepted) + list(known)
            while work:
                s, e = work.pop()
                nxt = by_start.get(e + 1, ()) if e < len(text) and text[e] in _LIST_JOINERS else ()
                prev = by_end.get(s - 1, ()) if s > 0 and text[s - 1] in _LIST_JOINERS else ()
                for span in (*nxt, *prev):
                    if span in listable and span not in accepted:
                        accepted[span] = cands[span]
                        work.append(span)
        return _non_overlapping(accepted)

    # -- candidates ----------------------------------------------------------

    def candidates(self, toks: Tokens, kinds: list[str | None]) -> Iterator[tuple[int, int, str, str, str]]:
        """(start, end, shape, left, right) of every stretch that could be a name."""
        text, words, starts = toks.text, toks.words, toks.starts
        lex, freq = self.lex, self.freq
        opens = self._opens
        if len(opens) > 500_000:
            opens.clear()
        for word in set(words).difference(opens):
            self._how_opens(word)
        # Most words open no name: look only at those that can (the filter runs in C).
        for i in compress(range(len(words)), map(opens.__getitem__, words)):
            if kinds[i] is not None:
                continue
            word = words[i]
            how = opens[word]
            start = starts[i]
            sur = lex.is_surname_start(text, start) if how & _OPENS_CHINESE else 0
            if sur:
                for glen in (2, 1):
                    end = start + sur + glen
                    j = toks.by_end.get(end)
                    if j is None:
                        # jieba glued a verb to the name (赵华说): the word ends one character later.
                        if end + 1 == toks.ends[i] and text[end] in _GLUED and not freq.get(word):
                            shape = self._chinese_shape(toks, i, i, sur, end)
                            if shape is not None:
                                right = _glued_class(text[end])
                                yield start, end, shape, self.left_class(toks, kinds, i), right
                        continue
                    # The given name may be a place's short form (钱 + 卫东), not a post or an organ.
                    if j - i > 2 or any(kinds[k] not in (None, "LOC") for k in range(i + 1, j + 1)):
                        continue
                    shape = self._chinese_shape(toks, i, j, sur, end)
                    if shape is not None and not self._inside_foreign(toks, kinds, i, j):
                        yield start, end, shape, self.left_class(toks, kinds, i), self.right_class(toks, kinds, j)
            if len(word) >= 4 and word.endswith(_NAMED_AFTER) and freq.get(word):
                # 邓小平理论, 马克思主义: a word of jieba's that opens with a known name
                for suffix in _NAMED_AFTER:
                    if word.endswith(suffix) and self._known_person(word[: -len(suffix)]):
                        yield start, start + len(word) - len(suffix), "named", self.left_class(toks, kinds, i), "verb"
                        break
            if how & _OPENS_FOREIGN:
                found = self._foreign(toks, kinds, i)
                if found is not None:
                    end, shape, right = found
                    yield start, end, shape, self.left_class(toks, kinds, i), right
            elif how & _OPENS_GLUED:
                found = self._foreign(toks, kinds, i, skip=1)
                if found is not None:
                    end, shape, right = found
                    yield start + 1, end, shape, "weak", right

    def _how_opens(self, word: str) -> int:
        """Which kinds of name can start with `word` (bits _OPENS_…), from the word alone; cached."""
        how = 0
        first = word[0]
        lex = self.lex
        function_word = word in lex.particles or word in lex.quantities or word in lex.adverbs
        if len(word) == 1 and function_word and word not in lex.surnames:
            how = _OPENS_FOREIGN if first in lex.translit else 0  # 比/克尔
        elif first in self._openers:
            word_freq = self.freq.get(word, 0) if len(word) > 1 else 0
            known = word in lex.person_words or word in lex.foreign_words or word in lex.foreign_places
            if word_freq < 100 or known or word.endswith(_NAMED_AFTER) or word[:2] in lex.compound_surnames:
                how |= _OPENS_CHINESE
            if (first in lex.translit and word_freq < 1000) or word in lex.foreign_words or word in lex.foreign_places:
                how |= _OPENS_FOREIGN
            elif len(word) == 2 and first in _GLUED_LEFT and word[1] in lex.translit and not word_freq:
                how |= _OPENS_GLUED
        self._opens[word] = how
        return how

    def _inside_foreign(self, toks: Tokens, kinds: list[str | None], i: int, j: int) -> bool:
        """Whether words i..j, all of transliteration characters, continue a foreign name (巴|巴耶夫, 梅|多夫)."""
        words, translit = toks.words, self.lex.translit
        if (i > 0 and words[i - 1] in _NAME_DOTS) or (j + 1 < len(words) and words[j + 1] in _NAME_DOTS):
            return True  # 汤姆士·史达福
        if not all(ch in translit for k in range(i, j + 1) for ch in words[k]):
            return False
        if i > 0 and kinds[i - 1] is None and len(words[i - 1]) == 1 and words[i - 1] in translit:
            return words[i - 1] not in self.lex.particles
        nxt = j + 1
        if nxt >= len(words) or kinds[nxt] is not None:
            return False
        return self._foreign_part(words[nxt], False) and not self._common(words[nxt])

    def repeatable(self, name: str) -> bool:
        """Whether the name's other mentions in the article are the person too: not for a
        word of everyday use (高峰, 师生) that a context made a name once."""
        freq = self.freq.get(name)
        if not freq:
            return True
        lex = self.lex
        return len(name) >= 3 and (name in lex.foreign_words or name in lex.person_words) and name not in lex.not_names

    def _known_person(self, name: str) -> bool:
        """A leader of the lexicon, or a name of jieba's that is no everyday word (邓小平, 马克思)."""
        lex = self.lex
        if lex.terms.get(name) == "PER":
            return True
        if len(name) < 3 or name in lex.not_names:
            return False
        return name in lex.foreign_words or (name in lex.person_words and self.freq.get(name[1:], 0) < 100)

    def _candidates(self, toks: Tokens, kinds: list[str | None]) -> dict[tuple[int, int], float]:
        out: dict[tuple[int, int], float] = {}
        for start, end, shape, left, right in self.candidates(toks, kinds):
            score = _SHAPE_SCORES[shape] + _LEFT_SCORES[left] + _RIGHT_SCORES[right]
            if right == "other" and shape in _SHORT_SHAPES:
                score -= 1.0  # 汪明|新: a short name needs a clear end
            if shape == "dict1" and left in ("other", "locorg", "de"):
                score -= 1.0  # 大学师生表示: an everyday word after another word
            if right == "verb" and left in ("start", "punct"):
                score += _SUBJECT_BONUS  # 罗建华参加…, 普京表示…: the subject of a clause
            if score > out.get((start, end), -9.0):
                out[(start, end)] = score
        return out

    def _chinese_shape(self, toks: Tokens, i: int, j: int, sur: int, end: int) -> str | None:
        """Shape class of text from word i to `end` (the end of word j) as a Chinese name, or None."""
        lex, freq = self.lex, self.freq
        name = toks.text[toks.starts[i] : end]
        given = name[sur:]
        if not all_han(name) or name in lex.terms or name in lex.not_names or name[-1] in _NOT_NAME_ENDINGS:
            return None
        # Function words in a given name; 之 and 和 only when jieba cut it as one word (龚育之, 陈和生).
        if any(ch in (_NOT_IN_GIVEN if i < j else _NOT_IN_GIVEN_WORD) for ch in given) or "之" in given[:-1]:
            return None
        if name[0] == "越" and "越" in given:
            return None  # 越大越好
        start = toks.starts[i]
        if start > 0 and toks.text[start - 1] in _NUMERALS:
            return None  # 22.7万标箱: a unit after a number
        if given[0] == "家" and given[-1] in _FAMILY_PLACE_ENDINGS:
            return None  # 凌家滩
        if given[-1] in "方军" and (name[-2] in _SIDE_ABBREVIATIONS):
            return None  # 向斯方, 乌军: a country's side or army
        if len(given) == 1 and given in _NOT_SHORT_GIVEN:
            return None
        if len(given) == 2 and (given in lex.quantities or given in lex.particles or lex.terms.get(given) == "POST"):
            return None
        size = "2" if len(given) == 2 else "1"
        if sur == 2 and name[:2] not in _COMMON_COMPOUNDS and (i < j or not freq.get(name)):
            return "compound"  # 欧阳 + 明辉, 上官 + 晓东
        if i == j:
            word_freq = freq.get(name)
            if not word_freq:
                if name[-1] in _GLUED:
                    return None
                if len(given) == 2 and (
                    given in lex.verbs
                    or given in lex.adverbs
                    or freq.get(given, 0) >= 200
                    or name[-1] in lex.non_name_endings
                    or name[-1] in _PLACE_LIKE
                ):
                    return "new_common"  # 党 + 永葆, 高值 + 化
                return "new" + size
            if name in lex.odd_person_words:
                return "dict_odd"
            if name not in lex.person_words:
                return None  # an everyday word
            if len(given) == 1:
                return "dict1"
            if name[-1] in lex.non_name_endings or freq.get(given, 0) >= 100 or freq.get(name[:2], 0) >= 100:
                return "dict_common"  # 高增值, 安全 + 性, 雷 + 阵雨
            return "dict_rare" if word_freq < 100 else "dict_known"
        first, last = toks.words[i], toks.words[j]
        first_freq = freq.get(first, 0)
        if len(first) > sur and first_freq >= 100 and (first not in lex.person_words or first_freq >= 500):
            return None  # the surname opens a word of its own (高新/区, 祝贺/鲍)
        if name[-1] in lex.non_name_endings or last in lex.quantities:
            return None  # 贺电/中
        if any(w in lex.particles or w in lex.verbs or w in lex.adverbs for w in toks.words[i + 1 : j + 1]):
            return None
        if len(first) == 1 and (first in lex.particles or first in lex.verbs) and freq.get(last):
            return None  # 任/海南, 应/南非, 向/世界: a verb or preposition before a word
        return "pieces" + size

    def _foreign(self, toks: Tokens, kinds: list[str | None], i: int, skip: int = 0) -> tuple[int, str, str] | None:
        """(end, shape, right context) of a foreign name starting at word i (克林顿, 约翰·普雷斯科特), or
        `skip` characters into it (同别|尔德穆哈梅多夫: jieba glued 同 to the name), or None."""
        lex, freq = self.lex, self.freq
        words = toks.words
        if i > 0 and not skip:
            prev = words[i - 1]
            if prev in _NAME_DOTS or (kinds[i - 1] is None and self._foreign_part(prev, False)):
                return None  # inside a name that starts further left
        parts: list[int] = []  # indices of the name's words
        trimmed = ""  # a verb or conjunction jieba glued to the last part (科斯马斯说)
        dots = 0
        j = i
        while j < len(words) and j - i < 12:
            word = words[j]
            after_dot = dots > 0  # in the later parts of a name any rare word may stand (韦登博斯)
            if word in _NAME_DOTS:
                if not parts or j + 1 >= len(words):
                    break
                dots += 1
                j += 1
                continue
            if j == i and skip:
                parts.append(j)
                j += 1
                continue
            if kinds[j] is not None and (not after_dot or words[j - 1] in _HYPHENS):
                break  # after a middle dot a part may be a lexicon word, not after a hyphen (巴西-阿根廷)
            if len(word) > 1 + (not parts) and word[-1] in _GLUED and not freq.get(word):
                if self._foreign_part(word[:-1], after_dot):
                    parts.append(j)
                    trimmed = word[-1]
                break
            if not self._foreign_part(word, after_dot):
                break
            parts.append(j)
            j += 1
        # Everyday words at the end are not part of the name (斯特拉斯堡 is, 多达 is not).
        while len(parts) > 1 and not trimmed and words[parts[-1] - 1] not in _NAME_DOTS:
            word = words[parts[-1]]
            if not self._common(word) or (dots and freq.get(word, 0) < 100):
                break
            parts.pop()
        if not parts or (len(parts) == 1 and (skip or self._common(words[i]))):
            return None
        last = parts[-1]
        end = toks.ends[last] - len(trimmed)
        name = toks.text[toks.starts[i] + skip : end]
        core = "".join(ch for ch in name if ch not in _NAME_DOTS)
        if len(core) < 2 or name in lex.not_names or name[-1] in _NAME_DOTS or name[-1] in _FOREIGN_PLACE_ENDINGS:
            return None
        right = _glued_class(trimmed) if trimmed else self.right_class(toks, kinds, last)
        size = "3" if len(core) >= 3 else "2"
        if any(ch in _NAME_DOTS for ch in name):
            shape = "foreign_dot"
        elif len(parts) > 1 or trimmed:
            shape = "foreign_pieces" + size
        elif name in lex.foreign_words:
            shape = "foreign_known" + size
        elif name in lex.foreign_places:
            shape = "foreign_place"
        else:
            shape = "foreign_new" + size
        return end, shape, right

    def _foreign_part(self, word: str, after_dot: bool) -> bool:
        """Can `word` be part of a transliterated name? After a dot, any rare word of Han characters can."""
        translit = self.lex.translit
        if all(ch in translit for ch in word) or word in self.lex.foreign_words or word in self.lex.foreign_places:
            return True
        if not after_dot or not all_han(word) or len(word) > 5:
            return False
        return not self.freq.get(word) or sum(ch in translit for ch in word) * 2 >= len(word)

    def _common(self, word: str) -> bool:
        """An everyday word, not a name's part (多达, 加强)."""
        lex = self.lex
        return (
            len(word) > 1
            and bool(self.freq.get(word))
            and word not in lex.foreign_words
            and word not in lex.foreign_places
        )

    # -- context ---------------------------------------------------------------

    def right_class(self, toks: Tokens, kinds: list[str | None], j: int) -> str:
        """What stands right of word j: a class of `_RIGHT_SCORES`."""
        if j + 1 >= len(toks.words):
            return "end"
        text, end = toks.text, toks.ends[j]
        nxt = toks.words[j + 1]
        if kinds[j + 1] == "POST":
            return "post"
        if nxt in _AFTER_NAME:
            if self.lists_things(toks, j + 1):
                return "other"  # 顿涅茨克等地, 美日等国
            after = toks.words[j + 2] if j + 2 < len(toks.words) else ""
            if nxt in _ET_CETERA and after in _PEOPLE_NOUNS:
                return "verb"  # 李四等人, 王五等同志
            return "weak_verb" if nxt in _WEAK_AFTER else "verb"
        if nxt[0] in "（(" and end + 1 < len(text) and text[end + 1] in "左右中前后":
            return "verb"  # 赵六（左）
        if nxt in _PLACE_AFTER:
            return "place"  # 阿勒颇|省, 扎波罗热|方向
        if nxt == "、":
            return "list"
        if nxt in _AND:
            return "and"
        if nxt == "的":
            return "de"
        if not is_han(nxt[0]):
            return "punct"
        lex = self.lex
        if len(nxt) == 1 and not (nxt in lex.particles or nxt in lex.verbs or nxt in lex.adverbs):
            return "char"  # 水清岸|绿: a lone character after the name may belong to it
        return "other"

    def _ends_with_post(self, word: str) -> bool:
        """法国总理, 财政部长, 国务卿: a word of jieba's that ends with a post."""
        terms = self.lex.terms
        if len(word) < 3:
            return False
        return any(terms.get(word[-n:]) == "POST" for n in (2, 3)) or word.endswith(_POST_ENDINGS)

    def lists_things(self, toks: Tokens, k: int) -> bool:
        """Whether word k is 等 closing a list of places or things (等地, 等国, 等多个方向)."""
        words = toks.words
        if words[k] not in _ET_CETERA or k + 1 >= len(words):
            return False
        after = words[k + 1]
        return after in _PLACE_NOUNS or after in self.lex.quantities

    def left_class(self, toks: Tokens, kinds: list[str | None], i: int) -> str:
        """What stands left of word i: a class of `_LEFT_SCORES`."""
        if i == 0:
            return "start"
        prev = toks.words[i - 1]
        prev_kind = kinds[i - 1]
        if prev_kind == "POST" or (prev_kind is None and self._ends_with_post(prev)):
            return "post"
        if prev in _BEFORE_NAME:
            return "before"
        if prev == "、":
            return "list"
        if prev in _AND:
            return "and"
        if prev in _WEAK_BEFORE:
            return "weak"
        if prev_kind in ("LOC", "ORG"):
            return "locorg"
        if prev == "的":
            return "de"
        return "other" if is_han(prev[-1]) else "punct"


def _glued_class(ch: str) -> str:
    """The right context of a name that jieba glued `ch` to."""
    return "verb" if ch in _GLUED_VERBS else "weak_verb" if ch in _GLUED_ADVERBS else "and"


def _non_overlapping(spans: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """The best-scored spans that do not overlap (the longer one on a tie)."""
    chosen: list[tuple[int, int]] = []
    taken: set[int] = set()
    for (s, e), _ in sorted(spans.items(), key=lambda kv: (-kv[1], kv[0][0] - kv[0][1], kv[0][0])):
        if any(p in taken for p in range(s, e)):
            continue
        taken.update(range(s, e))
        chosen.append((s, e))
    return chosen


_NOT_IN_GIVEN_WORD = frozenset(
    "愿各的了在是为对将把被也都还就又向从到以其这那们要不没我你他她它会省市县区过着人老总地得所而但却已曾让使给往朝按据因于称"
)
_NOT_IN_GIVEN = frozenset(
    "的了在是和与及等说为对将把被也都还就又向从到以之其这那们要不没我你他她它会省市县区过着人老总地得所而但却已曾让使给往朝按据因于称"
)
# One-character names of countries and unions before 方 or 军 (a side in talks, an army: 欧方, 斯方, 乌军).
# Compound surnames that are everyday words or places (东方, 西门, 百里, 濮阳).
_COMMON_COMPOUNDS = frozenset(("东方", "西门", "南门", "东宫", "百里", "司空", "即墨", "濮阳", "公门", "东里", "南荣"))
_SIDE_ABBREVIATIONS = frozenset(
    "乌韩印蒙巴越叙柬朝俄美日英法德意加澳马泰菲以伊埃土沙中欧斯洪哈吉塔老缅新南墨智秘古委哥尼肯坦赞安刚苏希葡西荷比瑞挪丹芬"
    "波捷匈罗保塞克白格亚约黎卡科阿"
)
