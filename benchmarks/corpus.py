"""Realistic articles at any scale, from real text, for benchmarks and stress tests.

The base texts are the bundled seed page (Shanxi Daily) and the evaluation pages
written for pizhu (benchmarks/eval/*.txt). Each generated article is a base article
with its people, places and dates swapped for others and its paragraphs after the
lede shuffled, so that every article is different (distinct content hash) while
reading like the genre: not lorem ipsum.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from gui.core import paths
from gui.core.ingest.page import split_page
from gui.core.model import Article

EVAL_DIR = Path(__file__).resolve().parent / "eval"
_MARK = re.compile(r"\[\[([^|\]]+)\|([A-Z]+)\]\]")
_DATE = re.compile(r"(\d{1,2})月(\d{1,2})日")

SEED_PEOPLE = (
    "林武",
    "蓝佛安",
    "商黎光",
    "张吉福",
    "李凤岐",
    "卢东亮",
    "韦韬",
    "张复明",
    "贺天才",
    "孙洪山",
    "于英杰",
    "杨文",
    "郜蓉",
)
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = "建国志强伟明海涛永红俊杰晓东立新文华国庆玉兰淑英秀梅春燕丽娟振华宏伟德胜金凤桂芳光辉鹏飞雪松子涵思远博文"
PLACES = (
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
)


@dataclass(frozen=True, slots=True)
class BaseArticle:
    article: Article
    people: tuple[str, ...]
    places: tuple[str, ...]


def _eval_articles() -> list[BaseArticle]:
    found: list[BaseArticle] = []
    for name in ("dev.txt", "test.txt"):
        path = EVAL_DIR / name
        if not path.exists():
            continue
        for chunk in re.split(r"^### .*$", path.read_text(encoding="utf-8"), flags=re.M):
            marked = chunk.strip()
            if not marked:
                continue
            people = tuple(dict.fromkeys(m[1] for m in _MARK.finditer(marked) if m[2] == "PER"))
            places = tuple(dict.fromkeys(m[1] for m in _MARK.finditer(marked) if m[2] == "LOC" and len(m[1]) >= 2))
            body = _MARK.sub(lambda m: m[1], marked)
            found.append(BaseArticle(Article(title=_title_from(body), body=body), people, places))
    return found


_CREDIT = re.compile(r"^(?:本报讯|新华社\S*?电|\S*?消息)?\s*(?:[（(][^）)]*[）)])?\s*")


def _title_from(body: str) -> str:
    """A headline for an untitled evaluation text: its first real clause, without credit or date."""
    lede = _CREDIT.sub("", body.split("\n", 1)[0])
    clauses = [c for c in re.split(r"[，,。；：:]", lede) if len(c) >= 6 and not _DATE.search(c) and "消息" not in c]
    return (clauses[0] if clauses else "综合新闻")[:28]


def base_articles() -> list[BaseArticle]:
    seed = paths.seeds_dir() / "shanxi-daily_2022-03-25_page01.txt"
    bases = [
        BaseArticle(a, tuple(p for p in SEED_PEOPLE if p in a.body + a.title + "".join(a.subtitles)), ("山西",))
        for a in split_page(seed.read_text(encoding="utf-8"))
    ]
    return bases + _eval_articles()


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _vary(base: BaseArticle, rng: random.Random, published: str) -> Article:
    swaps = {person: _name(rng) for person in base.people}
    swaps.update({place: rng.choice(PLACES) for place in base.places})
    source = base.article
    whole = "\n".join([source.pre_title, source.title, *source.subtitles, source.body])
    dates = {d: f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日" for d in dict.fromkeys(_DATE.findall(whole))}

    def swap(text: str) -> str:
        for old, new in sorted(swaps.items(), key=lambda kv: -len(kv[0])):
            text = text.replace(old, new)
        return _DATE.sub(lambda m: dates.get((m[1], m[2]), m[0]), text)

    paragraphs = base.article.body.split("\n")
    rest = paragraphs[1:]
    rng.shuffle(rest)
    return Article(
        title=swap(source.title),
        body=swap("\n".join([paragraphs[0], *rest])),
        pre_title=swap(source.pre_title),
        subtitles=[swap(s) for s in source.subtitles],
        published=published,
        source="generated",
    )


def make_articles(count: int, seed: int = 0) -> Iterator[Article]:
    """`count` distinct articles, the same ones for the same seed."""
    rng = random.Random(seed)
    bases = base_articles()
    seen: set[str] = set()
    made = 0
    while made < count:
        published = f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        article = _vary(rng.choice(bases), rng, published)
        digest = article.compute_hash()
        if digest in seen:
            continue
        seen.add(digest)
        made += 1
        yield article


def page_text(articles: list[Article], rng: random.Random) -> str:
    """Articles laid out as a plain-text newspaper page, paragraphs cut by 'columns'."""
    blocks: list[str] = []
    for article in articles:
        head = [line for line in (article.pre_title, article.title, *article.subtitles) if line]
        blocks.extend(head)
        body = article.body.split("\n")
        if not body[0].startswith("本报讯"):
            body[0] = "本报讯 " + body[0]
        for paragraph in body:
            # A column break: the paragraph continues after a blank line, cut mid-sentence.
            if len(paragraph) > 60 and rng.random() < 0.3:
                cut = rng.randint(20, len(paragraph) - 20)
                if paragraph[cut - 1] not in "。！？；" and paragraph[cut] not in "，。、；：":
                    blocks.extend([paragraph[:cut], paragraph[cut:]])
                    continue
            blocks.append(paragraph)
    return "\n\n".join(blocks) + "\n"


def write_pages(folder: Path, pages: int, per_page: int = 3, seed: int = 0) -> list[Path]:
    """`pages` page files of `per_page` articles each; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    articles = make_articles(pages * per_page, seed)
    written = []
    for n in range(pages):
        path = folder / f"page-{n:05d}.txt"
        path.write_text(page_text([next(articles) for _ in range(per_page)], rng), encoding="utf-8")
        written.append(path)
    return written
