"""Many distinct, realistic articles for the crash tests, made from the bundled seed page.

Each article is a seed article with its people, places and dates swapped and its paragraphs
after the lede shuffled: every one has its own content hash and still reads like the genre,
so the tagger has real work. (benchmarks/corpus.py does the same at benchmark scale from more
base texts; the tests keep their own so that they need nothing from benchmarks/.)
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

from gui.core import paths
from gui.core.ingest.page import split_page
from gui.core.model import Article

SEED_PAGE = "shanxi-daily_2022-03-25_page01.txt"
# The people named on the seed page, swapped for generated names.
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
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "建国志强伟明海涛永红俊杰晓东立新文华国庆玉兰淑英秀梅春燕丽娟振华宏伟德胜金凤桂芳光辉鹏飞雪松子涵思远博文"
PLACES = (
    "河北",
    "山西",
    "辽宁",
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
    "四川",
)
_DATE = re.compile(r"(\d{1,2})月(\d{1,2})日")


def _seed_articles() -> list[Article]:
    return split_page((paths.seeds_dir() / SEED_PAGE).read_text(encoding="utf-8"))


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _vary(source: Article, rng: random.Random, published: str) -> Article:
    whole = "\n".join([source.pre_title, source.title, *source.subtitles, source.body])
    swaps = {person: _name(rng) for person in SEED_PEOPLE if person in whole}
    swaps["山西"] = rng.choice(PLACES)
    dates = {d: f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日" for d in dict.fromkeys(_DATE.findall(whole))}

    def swap(text: str) -> str:
        for old, new in sorted(swaps.items(), key=lambda kv: -len(kv[0])):
            text = text.replace(old, new)
        return _DATE.sub(lambda m: dates.get((m[1], m[2]), m[0]), text)

    lede, *rest = source.body.split("\n")
    rng.shuffle(rest)
    return Article(
        title=swap(source.title),
        body=swap("\n".join([lede, *rest])),
        pre_title=swap(source.pre_title),
        subtitles=[swap(s) for s in source.subtitles],
        published=published,
        source="generated",
    )


def make_articles(count: int, seed: int = 0) -> Iterator[Article]:
    """`count` distinct articles, the same ones for the same seed."""
    rng = random.Random(seed)
    bases = _seed_articles()
    seen: set[str] = set()
    while len(seen) < count:
        published = f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        article = _vary(rng.choice(bases), rng, published)
        digest = article.compute_hash()
        if digest not in seen:
            seen.add(digest)
            yield article


def _page_text(articles: list[Article], rng: random.Random) -> str:
    """Articles laid out as a plain-text newspaper page, some paragraphs cut by a column break."""
    blocks: list[str] = []
    for article in articles:
        blocks.extend(line for line in (article.pre_title, article.title, *article.subtitles) if line)
        body = article.body.split("\n")
        if not body[0].startswith("本报讯"):
            body[0] = "本报讯 " + body[0]
        for paragraph in body:
            # A column break: the paragraph goes on after a blank line, cut mid-sentence.
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
        path.write_text(_page_text([next(articles) for _ in range(per_page)], rng), encoding="utf-8")
        written.append(path)
    return written
