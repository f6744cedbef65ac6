"""Foreign officials: their 要/应 is no directive.

A directive is an instruction of an authority over the bodies it addresses (China's party,
state and government organs, their documents and meetings). A foreign state's or party's
official — 伊朗总统莱希, 共同民主党代表朴洸瑥, 美国总统气候问题特使克里 — has no such authority:
what such a person says should be done (…应尽快撤出该地区, …必须停止) is reported opinion, like
an expert's, and gives no directive. A Chinese leader's words to a foreign guest (双方要…)
remain that leader's. A person is foreign when any mention of the name in the article follows a
title that opens with a foreign country (德国总理朔尔茨) or names a party that is not China's
(共同民主党代表; not 中国共产党, 致公党中央主席).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from gui.core.nlp import lexicon

_TRANSLIT = frozenset(lexicon.TRANSLIT_CHARS) | {"·"}

# The title right before a name: the run of characters back to the last stop, comma or quote.
_TITLE_BEFORE = re.compile(r"[^，。；：、,;:“”\"（）()\s]{0,24}$")
# China's own parties: the Communist Party and the eight democratic parties.
# Not inside a word: 共同体, 和平, 与会 (人类命运共同体研究中心主任 is one title).
_AFTER_PARTNER = re.compile(r"(?<!共)同(?!体|志|盟|行)|与(?!会)|和(?!平|谐)|会见|会晤|接见|致电|致函|祝贺")
_CHINESE_PARTY = re.compile(r"^(?:中国|中共|民革|民盟|民建|民进|农工|致公|九三|台盟)")
_PARTY_POST = re.compile(r"^(?:.{0,6}[国的])?([^的]{2,8}党)(?:代表|主席|党首|领袖|总书记|副主席|议员|干事长|人)")
# Countries the news names by one character before an office or an organ (俄总统, 以军, 美方).
_SHORT_COUNTRIES = "俄美乌以韩朝日英法德印巴伊叙土欧澳加越"
# …and the offices so named (俄总统, 美国务卿, 乌外长).
_SHORT_COUNTRY_POST = re.compile(
    "^[" + _SHORT_COUNTRIES + "](?:总统|副总统|总理|首相|外长|防长|国务卿|议长|大使|领导人|官员|发言人|常驻联合国代表)"
)
# Offices no Chinese official holds, written after the name (卢拉总统, 查尔斯国王).
_FOREIGN_OFFICE_AFTER = ("总统", "首相", "国王", "女王", "王储", "亲王", "王子", "公主")


@lru_cache(maxsize=1)
def _countries() -> tuple[str, ...]:
    """Foreign countries of the shipped world list (its rows before the world regions), longest first."""
    names: list[str] = []
    for row in lexicon.read_table(lexicon.lexicon_dir() / "world.tsv"):
        if row[0] == "亚洲":  # the countries come first, then regions, cities and Chinese places
            break
        if row[0] not in ("中国", "中华人民共和国"):
            names.append(row[0])
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """The foreign countries of the shipped world list."""
    return frozenset(_countries())


@lru_cache(maxsize=1)
def _country_lengths() -> tuple[int, ...]:
    """The lengths of the country names, longest first: a title's country is found by a set lookup
    of its prefix of each length (a scan of every name with startswith cost a tenth of detection)."""
    return tuple(sorted({len(c) for c in _countries()}, reverse=True))


def _country_of(title: str) -> str:
    """The longest country name that `title` starts with, or ""."""
    names = countries()
    return next((title[:n] for n in _country_lengths() if title[:n] in names), "")


# International bodies: their officials speak for no Chinese body (IMF亚太部主任, 联合国秘书长).
_INTERNATIONAL = re.compile(
    r"(?:联合国|国际货币基金组织|IMF|世界银行|世行|世界贸易组织|世贸组织|WTO|世界卫生组织|世卫组织|WHO|"
    r"经济合作与发展组织|经合组织|OECD|国际劳工组织|国际原子能机构|国际奥委会|国际能源署|世界经济论坛|"
    r"欧盟|欧洲联盟|欧委会|欧洲央行|欧洲中央银行|东盟秘书处|非盟委员会|北约|亚洲开发银行|亚开行|"
    # 国际残奥委会, 国际红十字委员会: a body named 国际… with an organ's ending.
    r"国际[^，。；]{0,8}?(?:组织|委员会|奥委会|联合会|理事会|机构))"
)


# Ruling parties abroad by their short names (越共中央总书记, 老挝人革党中央总书记), which hold no 党 or country.
_FOREIGN_PARTY = re.compile(r"(?:越共|古共|老挝人革党|老挝人民革命党|朝鲜劳动党)")


def is_foreign_title(title: str) -> bool:
    """A title that makes its holder a foreign official: 伊朗总统, 韩国共同民主党代表, 共同民主党代表,
    IMF亚太部主任."""
    if not title or title.startswith(("中国", "我国", "驻")):
        return False
    if _INTERNATIONAL.match(title) or _FOREIGN_PARTY.match(title) or _SHORT_COUNTRY_POST.match(title):
        return True
    country = _country_of(title)
    if country and not title.startswith("族", len(country)):  # 朝鲜族, 蒙古族 are China's nationalities
        return True
    party = _PARTY_POST.match(title)
    return party is not None and not _CHINESE_PARTY.match(party.group(1)) and not party.group(1).endswith("共产党")


# What follows a country and is no title: "西班牙积极支持习近平主席提出的…" names who acts, then whom.
_ACTS = re.compile(r"支持|赞赏|感谢|欢迎|重视|认为|表示|坚持|愿|希望|期待|同意|尊重|赞同|钦佩|祝贺|邀请|评价|高度")
# A Chinese leader's own titles: 国家主席习近平, 中共中央总书记习近平, 国务院总理李强.
# (A title that opens with them: 越共中央总书记苏林 is not one.)
_CHINESE_TITLE = re.compile(r"^(?:中共|中央|国家主席|国家副主席|国务院|全国人大|全国政协|中华人民共和国)")


def foreign_people(body: str, persons: Iterable[tuple[str, int]]) -> frozenset[str]:
    """The names, of (name, start) mentions, that some mention shows to be a foreign official's —
    and no mention shows to hold a Chinese office."""
    found = set()
    chinese = set()
    for name, start in persons:
        if body.startswith(_FOREIGN_OFFICE_AFTER, start + len(name)):
            found.add(name)
            continue
        title = _TITLE_BEFORE.search(body, max(0, start - 24), start)
        if title is not None and _CHINESE_TITLE.match(_AFTER_PARTNER.split(title.group())[-1]):
            chinese.add(name)
            continue
        if title is not None and _ACTS.search(title.group()):
            continue
        # "习近平同德国总理朔尔茨": the title begins after the other party of a meeting;
        # "同来华进行国事访问的美国总统特朗普": after what the guest is doing.
        own = _AFTER_PARTNER.split(title.group())[-1] if title is not None else ""
        if title is not None and (is_foreign_title(own) or is_foreign_title(own.rsplit("的", 1)[-1])):
            found.add(name)
        elif title is not None and body.startswith("、", title.start() - 1):
            # 德国汽车经济学专家、波鸿汽车研究院院长费迪南德·杜登赫费尔: the first of two titles.
            first = _TITLE_BEFORE.search(body, max(0, title.start() - 25), title.start() - 1)
            if first is not None and is_foreign_title(_AFTER_PARTNER.split(first.group())[-1]):
                found.add(name)
    # 内塔尼亚胡, 斯卢茨基, 特朗普: a name spelt wholly in transliteration is a foreigner's, whatever
    # title the article gives it (none at all, often, after the first mention).
    found |= {name for name, _ in persons if len(name) >= 3 and all(ch in _TRANSLIT for ch in name)}
    return frozenset(found - chinese)


# A foreign state's organs and armed groups by their short names (俄国防部, 以军发言人, 美方), and groups no
# country's name opens (哈马斯, 胡塞武装): they give no directive either.
_FOREIGN_ORGAN = re.compile(
    "^(?:[" + _SHORT_COUNTRIES + "](?:军|方|国防部|外交部|侦查委员会|政府|国会|议会|总统|总理|媒)"
    r"|哈马斯|真主党|胡塞武装|塔利班|法塔赫)"
)


def is_foreign_issuer(name: str, label: str) -> bool:
    """A body, meeting or office that is foreign by its name (以色列国防军, 北约, 俄国防部, 欧盟特别峰会)."""
    return label in ("ORG", "MEETING", "POST") and (is_foreign_title(name) or bool(_FOREIGN_ORGAN.match(name)))
