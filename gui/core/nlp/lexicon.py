"""The built-in lexicons of the entity tagger, loaded once per process.

Two sources: the lists shipped in `resources/lexicons/` (divisions of China, organs,
posts, meetings, leaders, surnames; see its README for sources and licences) and
jieba's own dictionary, whose part-of-speech column tells function words from content
words. jieba's person and place tags are too noisy to use as they are (it tags 从严治党
as a person and 城市 as a place), so only filtered parts of them are taken: places and
organisations with telling endings, person words of a surname and one or two characters
(weighed with their context by `name_spotter`), foreign names of transliteration
characters, and the characters those use.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from gui.core import paths
from gui.core.nlp.tokens import word_set

# jieba part-of-speech tags, grouped by what the rules need to know of a word.
_PARTICLE_TAGS = word_set("p c u ud uj ul uz ug uv r rr rz y e o")  # 的, 在, 和, 他
_ADVERB_TAGS = word_set("d ad dg vd")  # 认真, 深入
_QUANTITY_TAGS = word_set("m mq q t tg f")  # 一行, 昨日, 上
_VERB_TAGS = frozenset(("v", "vi"))
# Tags jieba gives some people's names it saw rarely (金正日 nz, 许立群 m, 厉无畏 i, 周恩来 t).
_ODD_NAME_TAGS = frozenset(("nz", "m", "i", "t"))
_TAG_CLASSES = {
    **dict.fromkeys(_PARTICLE_TAGS, "particle"),
    **dict.fromkeys(_ADVERB_TAGS, "adverb"),
    **dict.fromkeys(_QUANTITY_TAGS, "quantity"),
    **dict.fromkeys(_VERB_TAGS, "verb"),
}

# Ethnic groups in the names of autonomous areas (延边朝鲜族自治州 -> 延边); with and without 族.
_ETHNIC = word_set(
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 景颇 "
    "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
    "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 高山"
)

# Division short forms that are everyday words, whatever jieba says.
_NOT_PLACES = word_set(
    "城区 郊区 矿区 新区 市区 市中 开发 高新 经开 新城 老城 城关 和平 长安 新华 解放 中山 人民 来宾 白银 新建 东坡"
)
# jieba tags place names as people or brands often enough (石家庄: nr); a county's short
# form with such a tag is still taken when jieba has seen it rarely as a word.
_NAME_LIKE_TAGS = frozenset(("nr", "nrt", "nrfg", "nz"))

# Place-name endings that make a jieba "ns" word believable as a place.
_PLACE_ENDINGS = tuple("国省市县区州洲岛山河江湖海洋湾峡港镇乡村岭峰盆原漠岸")
_ORG_ENDINGS = tuple("院会部局委党军社所校厅署团行队司组办报台")
# Generic place words jieba tags as names (亚太地区 is 亚太 and a common noun).
_GENERIC_PLACES = ("地区", "城市", "城区", "国家", "自治州", "自治县", "共和国", "三角洲")
# Of jieba's organisation words ending in 会, only these endings name bodies (音乐会 does not).
_ORG_SOCIETIES = (
    "委员会",
    "协会",
    "学会",
    "联合会",
    "商会",
    "基金会",
    "总会",
    "促进会",
    "研究会",
    "工会",
    "委会",
    "理事会",
)
# Kinds of meeting whose ending looks like a society's (协商会: 协 + 商会).
_MEETING_KINDS = ("协商会", "联席会", "座谈会", "研讨会", "协调会")
_DIRECTIONS = frozenset("东南西北中")


def regional(word: str) -> bool:
    """A part of a country or region named by its directions (中东部, 东中西部, 西北部): a region, no body."""
    return len(word) >= 3 and word[-1] == "部" and all(ch in _DIRECTIONS for ch in word[:-1])


# jieba place and organisation words that are idioms, slogans, fiction or common nouns.
_NOT_JIEBA_ENTITIES = word_set(
    "太平天国 科教兴市 科教兴国 安邦治国 三自爱国 古三国 得意洋洋 信口开河 寿兴国 上山下乡 文明古国 人山人海 "
    "崇山峻岭 咸水湖 深水港 无人区 老城区 平原区 火山岛 同盟国 中立国 大藏省 鄂三州 安七州 余沧海 苏星河 "
    "党政军 大中学校 神州行 驻京办 招生办 福利院 株式会社 民族所 通政司 施工队 卫生院 公共场所 "
    "联合公报 四合院 国家队 交易所 人民公社 黑社会 科研院所"
)


# Characters of transliterated foreign names (克林顿, 普雷斯科特), chosen by hand; the lexicon adds
# the characters that jieba's foreign-name words (tag nrt) use more than other words do.
TRANSLIT_CHARS = (
    "阿埃艾爱安昂奥澳巴拜班邦鲍贝本比彼毕波伯博布查达戴黛丹道德迪蒂丁杜敦多厄恩尔法菲费芬丰弗福夫盖甘冈戈格贡古圭哈海汉豪赫杰"
    "亨洪胡华霍基吉加贾杰金卡凯坎康柯科克肯库奎拉莱兰朗劳勒雷蕾黎里利莉列林琳隆卢鲁伦罗洛马玛迈麦曼梅蒙米敏莫墨穆姆纳娜奈南内"
    "尼宁纽努诺欧帕潘佩彭皮普齐奇恰乔切琼丘萨塞赛桑瑟森沙莎尚舍施什斯苏索塔泰坦汤特图托瓦万旺威韦维温沃乌伍武西希锡夏谢辛休"
    "雅亚扬耶伊因英尤约泽扎詹兹佐涅茨翁瑞蒂娅丽妮薇茜珀珊丝卓霍鲍彼泰托凡坚贡哥科斯诺莫佩蓬萨京登龙朔冯别连申义士芭"
)


# Heads of organisation and meeting names that jieba should not split or glue to a
# neighbour (it cuts 领导小组会议 as 领导/小组会议).
_HEAD_WORDS = word_set(
    "领导小组 委员会 指挥部 办公室 专题会 党代会 常委会 座谈会 推进会 部署会 动员会 调度会 现场会 "
    "电视电话会议 视频会议 常务会议 全体会议 联席会议 工作会议 纪检监察组 纪检监察工委"
)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """What the tagger knows before it reads a word of the article."""

    terms: dict[str, str]  # whole terms: PER, POST, ORG, LOC, MEETING
    departments: frozenset[str]  # take a place prefix: 科技厅 -> 省科技厅, 太原市科技局
    titles: frozenset[str]  # post heads after a name of an organ or place: 主任, 组长, 书记
    surnames: frozenset[str]  # single-character surnames
    compound_surnames: frozenset[str]
    particles: frozenset[str]  # jieba's prepositions, conjunctions, particles, pronouns
    adverbs: frozenset[str]
    quantities: frozenset[str]  # numerals, measure words, time and direction words
    verbs: frozenset[str]
    name_words: frozenset[str]  # jieba's 3-character person words that start with a surname (2: too noisy)
    person_words: dict[str, int]  # jieba's person words (nr, nrfg) of a surname and one or two characters -> frequency
    odd_person_words: frozenset[str]  # rare words of a surname and two characters that jieba tags nz, m, i, t (金正日)
    foreign_words: dict[str, int]  # jieba's words of transliteration characters tagged nr or nrt -> frequency
    foreign_places: frozenset[str]  # ... tagged ns: mostly places, some people (普京)
    translit: frozenset[str]  # characters of transliterated foreign names (克, 林, 顿, 斯)
    not_names: frozenset[str]  # words jieba tags as names that are not (雷阵雨, 金字塔): not_names.txt
    non_name_endings: frozenset[str]  # last characters of words that are hardly ever names (性, 证, 车)

    def is_surname_start(self, text: str, pos: int) -> int:
        """Length of the surname starting at text[pos] (2 for 欧阳), or 0."""
        if text[pos : pos + 2] in self.compound_surnames:
            return 2
        return 1 if text[pos : pos + 1] in self.surnames else 0


def lexicon_dir() -> Path:
    return paths.resources_dir() / "lexicons"


def read_table(path: Path) -> Iterator[list[str]]:
    """Rows of a TSV file, without blank lines and # comments."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def shipped_terms() -> list[tuple[str, str]]:
    """(term, label) rows of the shipped term lists; labels include DEPT and TITLE."""
    rows: list[tuple[str, str]] = []
    for name in ("world.tsv", "organs.tsv", "posts.tsv", "people.tsv", "meetings.tsv"):
        rows.extend((r[0], r[1]) for r in read_table(lexicon_dir() / name) if len(r) >= 2)
    return rows


def division_names() -> list[tuple[str, str]]:
    """(adcode, full name) of every division, without the placeholder rows (市辖区, 县)."""
    out = []
    for row in read_table(lexicon_dir() / "divisions.tsv"):
        code, name = row[0], row[1]
        if name in ("市辖区", "县") or "直辖" in name:
            continue
        out.append((code, name))
    return out


def _trim_ethnic(name: str) -> str:
    """延边朝鲜族自治州 -> 延边; the place part before the first ethnic group's name."""
    cut = len(name)
    for group in _ETHNIC:
        i = name.find(group, 1)
        if 0 < i < cut:
            cut = i
    return name[:cut]


def division_short_forms(code: str, name: str) -> list[str]:
    """Short forms in use: 山西省 -> 山西, 太原市 -> 太原, 延边朝鲜族自治州 -> 延边/延边州."""
    province = code[2:].strip("0") == ""
    out: list[str] = []
    if "特别行政区" in name:
        out.append(name.replace("特别行政区", ""))
    elif name.endswith("自治区") and province:
        # 内蒙古自治区, 广西壮族自治区: the first part of the name is the short form
        out.append(name[:3] if name.startswith("内蒙古") else name[:2])
    elif "自治" in name:
        base = _trim_ethnic(name.replace("自治州", "").replace("自治县", "").replace("自治旗", ""))
        if len(base) >= 2:
            out.append(base)
            if name.endswith("自治州"):
                out.append(base + "州")
    else:
        for suffix in ("地区", "省", "市", "县", "区", "盟", "旗"):
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                out.append(name[: -len(suffix)])
                break
    return [s for s in out if s not in _NOT_PLACES]


def jieba_entries() -> Iterator[tuple[str, str, int]]:
    """(word, tag, frequency) of jieba's main dictionary, streamed (349,000 lines)."""
    from gui.core.nlp.segment import tokenizer

    with tokenizer().get_dict_file() as f:
        for raw in f:
            parts = raw.decode("utf-8").split()
            if len(parts) == 3:
                yield parts[0], parts[2], int(parts[1])


def _read_words(name: str) -> frozenset[str]:
    """The space-separated words of a shipped list, without # comments."""
    words: set[str] = set()
    with (lexicon_dir() / name).open(encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                words.update(line.split())
    return frozenset(words)


def _read_surnames() -> tuple[frozenset[str], frozenset[str]]:
    single: set[str] = set()
    compound: set[str] = set()
    with (lexicon_dir() / "surnames.txt").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            for s in line.split():
                (single if len(s) == 1 else compound).add(s)
    return frozenset(single), frozenset(compound)


_lock = threading.Lock()
_builtin: Lexicon | None = None


def builtin() -> Lexicon:
    """The process's built-in lexicon, built on first use (about half a second)."""
    global _builtin
    if _builtin is None:
        with _lock:
            if _builtin is None:
                _builtin = _build()
    return _builtin


def _build() -> Lexicon:
    surnames, compound = _read_surnames()
    divisions = [(code, name, division_short_forms(code, name)) for code, name in division_names()]
    wanted_shorts = {short for _, _, shorts in divisions for short in shorts}
    short_tags: dict[str, tuple[str, int]] = {}
    jieba_terms: dict[str, str] = {}
    # Word classes are asked only of words up to four characters (names, their parts,
    # the words around them); keeping longer ones would only cost memory.
    classes: dict[str, set[str]] = {"particle": set(), "adverb": set(), "quantity": set(), "verb": set()}
    name_words: set[str] = set()
    person_words: dict[str, int] = {}
    odd_person_words: set[str] = set()
    name_like: dict[str, tuple[str, int]] = {}  # nr and nrt words without a surname, for the foreign ones
    # Characters of jieba's nrt words, and of all its words: which characters spell foreign names.
    nrt_words: list[str] = []
    all_words: list[str] = []
    # Last characters of three-character words, of all and of person words.
    endings: Counter[str] = Counter()
    name_endings: Counter[str] = Counter()
    for word, tag, freq in jieba_entries():
        all_words.append(word)
        if len(word) == 3:
            endings[word[2]] += 1
            if tag in ("nr", "nrfg"):
                name_endings[word[2]] += 1
        if word in wanted_shorts:
            short_tags[word] = (tag, freq)
        if len(word) <= 4:
            cls = _TAG_CLASSES.get(tag)
            if cls:
                classes[cls].add(word)
            elif tag in ("nr", "nrfg") and 2 <= len(word) <= 4:
                sur = 2 if word[:2] in compound else 1 if word[0] in surnames else 0
                if sur and sur + 1 <= len(word) <= sur + 2:
                    person_words[word] = freq
                    if len(word) == 3:
                        name_words.add(word)
        if tag in _ODD_NAME_TAGS and len(word) == 3 and freq < 30 and word[0] in surnames:
            odd_person_words.add(word)
        if tag == "nrt":
            nrt_words.append(word)
        if tag in ("nr", "nrt", "ns") and 2 <= len(word) <= 8:
            name_like[word] = (tag, freq)
        if len(word) < 3 or word in _NOT_JIEBA_ENTITIES:
            continue
        if tag == "ns" and freq >= 3 and word.endswith(_PLACE_ENDINGS) and not word.endswith(_GENERIC_PLACES):
            jieba_terms[word] = "LOC"
        elif (
            tag == "nt"
            and word.endswith(_ORG_ENDINGS)
            and (word[-1] != "会" or (word.endswith(_ORG_SOCIETIES) and not word.endswith(_MEETING_KINDS)))
            and not regional(word)
            and word not in _ORG_SOCIETIES  # a bare head (加强联合会商 is 联合 + 会商) names no body
        ):
            jieba_terms[word] = "ORG"

    # jieba's places and organisations first, so that the curated lists below override them.
    terms = jieba_terms
    departments: set[str] = set()
    titles: set[str] = set()
    for code, name, shorts in divisions:
        terms[name] = "LOC"
        prefecture = code[4:].strip("0") == ""
        for short in shorts:
            tag, freq = short_tags.get(short, ("ns", 0))
            # Provinces and prefectures are named by their short forms all the time (开封, 大连);
            # a county's short form that is an everyday word (小店, 复兴, 友谊) is not taken.
            if prefecture or tag == "ns" or (tag in _NAME_LIKE_TAGS and freq < 100):
                terms.setdefault(short, "LOC")
    for term, label in shipped_terms():
        if label == "DEPT":
            departments.add(term)
            terms[term] = "ORG"
        elif label == "TITLE":
            titles.add(term)
            terms[term] = "POST"
        else:
            terms[term] = label

    nrt_chars, all_chars = Counter("".join(nrt_words)), Counter("".join(all_words))
    translit = set(TRANSLIT_CHARS)
    translit.update(ch for ch, n in nrt_chars.items() if n >= 5 and n >= all_chars[ch] * 0.1)
    # Foreign names of jieba's: all characters transliteration ones, or from three characters
    # on at least two in three (尼克松, 基里延科); two-character ones only tagged nrt or ns (普京).
    # jieba's place tag goes to foreign people too (普京: ns): those are kept apart.
    foreign_words: dict[str, int] = {}
    foreign_places: set[str] = set()
    for word, (tag, freq) in name_like.items():
        if word in terms:
            continue
        if (len(word) == 2 and tag != "nr" and all(ch in translit for ch in word)) or (
            len(word) >= 3 and sum(ch in translit for ch in word) * 3 >= len(word) * 2
        ):
            if tag == "ns":
                foreign_places.add(word)
            else:
                foreign_words[word] = freq

    # A last character of at least 50 words, fewer than a tenth of them names (性, 证, 车, 队).
    non_name_endings = frozenset(ch for ch, n in endings.items() if n >= 50 and name_endings[ch] * 10 < n)

    return Lexicon(
        terms=terms,
        departments=frozenset(departments),
        titles=frozenset(titles),
        surnames=surnames,
        compound_surnames=compound,
        particles=frozenset(classes["particle"]),
        adverbs=frozenset(classes["adverb"]),
        quantities=frozenset(classes["quantity"]),
        verbs=frozenset(classes["verb"]),
        name_words=frozenset(name_words),
        person_words=person_words,
        odd_person_words=frozenset(odd_person_words),
        foreign_words=foreign_words,
        foreign_places=frozenset(foreign_places),
        translit=frozenset(translit),
        not_names=_read_words("not_names.txt"),
        non_name_endings=non_name_endings,
    )


def segmentation_words() -> list[str]:
    """Shipped terms the tokenizer should keep whole (省委副书记, 科技厅, 忻府区).

    Read from the files alone (no jieba dictionary), so the tokenizer can load them
    when it starts and every caller of `segment.cut` sees the same segmentation.
    """
    words = [term for term, _ in shipped_terms()]
    words.extend(name for _, name in division_names())
    words.extend(_HEAD_WORDS)
    return words
