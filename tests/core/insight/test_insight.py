"""Insight aggregates (gui/core/insight.py over Store.insight_*): counts, filters, clicks, exports."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from helpers import old_library

from gui.core import insight
from gui.core.insight import NO_DATE, ViewOptions
from gui.core.model import Annotation, Article
from gui.core.store import MIGRATIONS, ArticleFilter, Store

ALL = ArticleFilter()


def directive(text: str, issuer: str, topic: str, strength: str = "要", label: str = "PER", status: str = "suggested"):
    """A directive annotation spec: placed on its text in the body by `article`."""
    return ("directive", text, {"issuer": issuer, "issuer_label": label, "topic": topic, "strength": strength}, status)


def entity(text: str, label: str, status: str = "suggested"):
    return ("entity", text, label, status)


def article(title: str, published: str | None, body: str, *specs) -> Article:
    annotations = []
    cursor = {}
    for spec in specs:
        text = spec[1]
        start = body.index(text, cursor.get(text, 0))
        cursor[text] = start + 1
        if spec[0] == "directive":
            annotations.append(
                Annotation("directive", "DIRECTIVE", start, start + len(text), text, spec[2], status=spec[3])
            )
        else:
            annotations.append(Annotation("entity", spec[2], start, start + len(text), text, status=spec[3]))
    return Article(title=title, body=body, published=published, annotations=annotations, pretagged=True)


@pytest.fixture()
def hand_library(library):
    """Five articles over three months and no date, with every status."""
    library.import_articles(
        [
            article(
                "一月甲",
                "2022-01-03",  # a Monday
                "林武指出，要加强巡视。必须严格住房管理。会议强调，可以鼓励创新。林武和蓝佛安出席省委常委会议。",
                directive("要加强巡视。", "林武", "巡视"),
                directive("必须严格住房管理。", " 林武 ", "住房", "必须"),
                directive("可以鼓励创新。", "省委常委会议", "科技", "可", "MEETING"),
                entity("林武", "PER"),
                entity("林武", "PER"),
                entity("蓝佛安", "PER"),
                entity("省委常委会议", "MEETING"),
            ),
            article(
                "一月乙",
                "2022-01-09",  # the Sunday of the same week
                "林武同志强调，要抓好巡视整改。要做好住房保障。林武会见蓝佛安。",
                directive("要抓好巡视整改。", "林武同志", "巡视"),
                directive("要做好住房保障。", "林武", "住房", status="rejected"),
                entity("林武", "PER"),
                entity("蓝佛安", "PER", status="rejected"),
            ),
            article(
                "三月",
                "2022-03-15",
                "《实施意见》明确，要支持人才。商黎光要求各地要落实。林武出席。",
                directive("要支持人才。", "《实施意见》", "人才", label="DOC", status="accepted"),
                directive("各地要落实。", "商黎光", "人才", label=""),  # typed by hand: no label
                entity("商黎光", "PER"),
                entity("林武", "PER", status="accepted"),
            ),
            article(
                "无日期",
                None,
                "于英杰指出，要做好疫情防控。于英杰与林武出席会议。",
                directive("要做好疫情防控。", "于英杰", "疫情防控"),
                entity("于英杰", "PER"),
                entity("林武", "PER"),
            ),
            article("无指示", "2022-02-10", "天气晴。蓝佛安出席。", entity("蓝佛安", "PER")),
        ]
    )
    return library


def ids_by_title(store: Store) -> dict[str, int]:
    return {row.title: row.id for row in store.article_rows(store.article_ids())}


def titles(store: Store, ids: list[int]) -> set[str]:
    return {row.title for row in store.article_rows(ids)}


# -- periods ----------------------------------------------------------------------


def test_period_keys_and_their_dates() -> None:
    assert insight.period_key("2022-03-25", "day") == "2022-03-25"
    assert insight.period_key("2022-03-25", "month") == "2022-03"
    assert insight.period_key("2022-03-27", "week") == "2022-03-21"  # a Sunday belongs to the Monday before
    assert insight.period_key("2022-03-21", "week") == "2022-03-21"
    assert insight.period_key(None, "month") == NO_DATE
    assert insight.period_key("", "day") == NO_DATE
    assert insight.period_key("2022-13-01", "week") == NO_DATE
    assert insight.period_dates("2022-02", "month") == ("2022-02-01", "2022-02-28")
    assert insight.period_dates("2022-12", "month") == ("2022-12-01", "2022-12-31")
    assert insight.period_dates("2022-03-21", "week") == ("2022-03-21", "2022-03-27")
    assert insight.period_dates("2022-03-25", "day") == ("2022-03-25", "2022-03-25")


# -- directives over time -----------------------------------------------------------


def test_directives_per_month_by_topic_leave_out_rejected_and_fill_gaps(hand_library) -> None:
    series = insight.directives_over_time(hand_library.store, ALL, "month", "topic")
    assert series.periods == ["2022-01", "2022-02", "2022-03", NO_DATE]  # February is there, empty
    assert series.counts == {
        ("2022-01", "巡视"): 2,
        ("2022-01", "住房"): 1,
        ("2022-01", "科技"): 1,
        ("2022-03", "人才"): 2,
        (NO_DATE, "疫情防控"): 1,
    }
    assert series.directives == 7  # the rejected one is not counted
    assert series.stacks == ["人才", "巡视", "住房", "疫情防控", "科技"]  # most directives first, then by name
    assert [(t.value, t.directives, t.articles) for t in series.totals] == [
        ("人才", 2, 1),
        ("巡视", 2, 2),
        ("住房", 1, 1),
        ("疫情防控", 1, 1),
        ("科技", 1, 1),
    ]
    assert series.period_total("2022-01") == 4 and series.period_total("2022-02") == 0


def test_directives_per_week_and_day_by_strength(hand_library) -> None:
    weeks = insight.directives_over_time(hand_library.store, ALL, "week", "strength")
    assert weeks.periods[0] == "2022-01-03" and weeks.periods[-1] == NO_DATE
    assert weeks.periods[1] == "2022-01-10"  # filled, a week at a time
    assert weeks.count("2022-01-03", "要") == 2  # Monday and Sunday of one week
    assert weeks.count("2022-01-03", "必须") == 1
    assert weeks.stacks == ["必须", "要", "可"]  # strongest first
    days = insight.directives_over_time(hand_library.store, ALL, "day", "topic")
    assert days.periods[:2] == ["2022-01-03", "2022-01-04"]
    assert len(days.periods) == (31 + 28 + 15 - 2) + 1


def test_clicking_a_bar_selects_its_articles(hand_library) -> None:
    store = hand_library.store
    series = insight.directives_over_time(store, ALL, "month", "topic")
    assert titles(store, insight.article_ids_for(store, ALL, series.selector("2022-01", "巡视"))) == {
        "一月甲",
        "一月乙",
    }
    assert titles(store, insight.article_ids_for(store, ALL, series.selector("2022-01", "住房"))) == {"一月甲"}
    # A whole bar; an empty month; the undated bar; a legend entry (all months).
    assert titles(store, insight.article_ids_for(store, ALL, series.selector("2022-01"))) == {"一月甲", "一月乙"}
    assert insight.article_ids_for(store, ALL, series.selector("2022-02")) == []
    assert titles(store, insight.article_ids_for(store, ALL, series.selector(NO_DATE))) == {"无日期"}
    assert titles(store, insight.article_ids_for(store, ALL, series.totals[0].selector)) == {"三月"}
    weeks = insight.directives_over_time(store, ALL, "week", "strength")
    assert titles(store, insight.article_ids_for(store, ALL, weeks.selector("2022-01-03", "要"))) == {
        "一月甲",
        "一月乙",
    }
    assert series.selector("2022-01", "巡视").description == "2022-01 · 巡视"


# -- issuers ------------------------------------------------------------------------


def test_issuer_key_normalises_spellings() -> None:
    assert insight.issuer_key(" 林武 ") == "林武"
    assert insight.issuer_key("林武同志") == "林武"
    assert insight.issuer_key("林 武") == "林武"
    assert insight.issuer_key("《实施意见》") == "实施意见"
    assert insight.issuer_key("同志") == "同志"
    assert insight.issuer_key("  ") == ""


def test_top_issuers_merge_spellings_count_topics_and_skip_rejected(hand_library) -> None:
    store = hand_library.store
    rows = insight.top_issuers(store, ALL)
    assert [(r.name, r.kind, r.directives, r.articles) for r in rows] == [
        ("林武", "PER", 3, 2),  # '林武', ' 林武 ' and '林武同志'; the rejected one is out
        ("于英杰", "PER", 1, 1),  # ties in the order of the name
        ("商黎光", "PER", 1, 1),  # typed by hand: its kind comes from the entity 商黎光
        ("省委常委会议", "MEETING", 1, 1),
    ]
    lin = rows[0]
    assert [(t.topic, t.directives) for t in lin.topics] == [("巡视", 2), ("住房", 1)]
    assert titles(store, insight.article_ids_for(store, ALL, lin.selector)) == {"一月甲", "一月乙"}
    assert titles(store, insight.article_ids_for(store, ALL, lin.topics[1].selector)) == {"一月甲"}
    # Every kind, documents by their title.
    everyone = insight.top_issuers(store, ALL, kinds=None)
    assert ("《实施意见》", "DOC") in [(r.name, r.kind) for r in everyone]
    assert [r.name for r in insight.top_issuers(store, ALL, limit=1)] == ["林武"]
    assert [r.name for r in insight.top_issuers(store, ALL, kinds=("MEETING",))] == ["省委常委会议"]


# -- entities -------------------------------------------------------------------------


def test_top_entities_count_mentions_and_articles(hand_library) -> None:
    store = hand_library.store
    rows = insight.top_entities(store, ALL, "PER")
    assert [(r.text, r.mentions, r.articles) for r in rows] == [
        ("林武", 5, 4),
        ("蓝佛安", 2, 2),  # the rejected mention is not counted
        ("于英杰", 1, 1),
        ("商黎光", 1, 1),
    ]
    assert titles(store, insight.article_ids_for(store, ALL, rows[1].selector)) == {"一月甲", "无指示"}
    assert [r.text for r in insight.top_entities(store, ALL, "MEETING")] == ["省委常委会议"]
    assert insight.top_entities(store, ALL, "PER", limit=1)[0].text == "林武"
    assert insight.top_entities(store, ALL, "DOC") == []


def test_cooccurrence_pairs_people_and_meetings_by_shared_articles(hand_library) -> None:
    store = hand_library.store
    result = insight.cooccurrence(store, ALL)
    assert [(r.text, r.articles) for r in result.nodes] == [
        ("林武", 4),
        ("蓝佛安", 2),
        ("于英杰", 1),
        ("商黎光", 1),
        ("省委常委会议", 1),
    ]
    pairs = {(p.a.text, p.b.text): p.articles for p in result.pairs}
    assert pairs == {
        ("林武", "蓝佛安"): 1,  # in 一月乙 蓝佛安 was rejected
        ("林武", "省委常委会议"): 1,
        ("蓝佛安", "省委常委会议"): 1,
        ("林武", "于英杰"): 1,
        ("林武", "商黎光"): 1,
    }
    pair = next(p for p in result.pairs if p.b.text == "于英杰")
    assert titles(store, insight.article_ids_for(store, ALL, pair.selector)) == {"无日期"}
    assert len(insight.cooccurrence(store, ALL, limit=2).pairs) == 2
    assert [r.text for r in insight.cooccurrence(store, ALL, nodes=2).nodes] == ["林武", "蓝佛安"]


# -- filters ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "flt",
    [
        ArticleFilter(date_from="2022-01-05", date_to="2022-12-31"),
        ArticleFilter(status="new"),
        ArticleFilter(query="商黎光"),
        ArticleFilter(topic="巡视"),
        ArticleFilter(ids=[1, 3]),
    ],
)
def test_every_aggregate_follows_the_filter(hand_library, flt: ArticleFilter) -> None:
    store = hand_library.store
    inside = set(store.article_ids(flt))
    view = insight.compute_view(store, flt, ViewOptions(entity_label="PER"))
    assert view.articles == len(inside)
    # Each number equals the same count made over the filtered articles only.
    for (period, topic), n in view.over_time.counts.items():
        selector = view.over_time.selector(period, topic)
        assert set(insight.article_ids_for(store, flt, selector)) <= inside
        assert n >= 1
    for row in view.issuers:
        assert set(insight.article_ids_for(store, flt, row.selector)) <= inside
    for row in view.entities:
        found = set(insight.article_ids_for(store, flt, row.selector))
        assert found <= inside and len(found) == row.articles
    for pair in view.cooccurrence.pairs:
        assert len(insight.article_ids_for(store, flt, pair.selector)) == pair.articles
    # The view computed in one go (a shared temporary id list) equals the parts computed alone.
    assert view.over_time.counts == insight.directives_over_time(store, flt).counts
    assert [(r.name, r.directives, r.articles) for r in view.issuers] == [
        (r.name, r.directives, r.articles) for r in insight.top_issuers(store, flt)
    ]
    assert [(r.text, r.articles) for r in view.entities] == [
        (r.text, r.articles) for r in insight.top_entities(store, flt, "PER")
    ]


def test_date_filter_narrows_the_counts(hand_library) -> None:
    flt = ArticleFilter(date_from="2022-03-01")
    series = insight.directives_over_time(hand_library.store, flt)
    assert series.periods == ["2022-03"] and series.directives == 2
    assert [r.name for r in insight.top_issuers(hand_library.store, flt)] == ["商黎光"]
    assert [(r.text, r.articles) for r in insight.top_entities(hand_library.store, flt, "PER")] == [
        ("商黎光", 1),
        ("林武", 1),
    ]


def test_compute_view_times_its_parts(hand_library) -> None:
    timings: dict[str, float] = {}
    view = insight.compute_view(hand_library.store, ALL, timings=timings)
    assert set(timings) == {
        "articles", "directives_over_time", "top_issuers", "codes", "top_entities", "cooccurrence", "total"
    }  # fmt: skip
    assert view.articles == 5 and view.directives == 7
    assert [r.name for r in view.issuers][:1] == ["林武"]


# -- the store keeps its facts up to date ---------------------------------------------


def test_edits_show_in_the_next_view(hand_library) -> None:
    store = hand_library.store
    ids = ids_by_title(store)
    first = next(a for a in store.annotations(ids["三月"], "directive") if a.attrs["issuer"] == "商黎光")
    first.status = "rejected"
    store.update_annotation(first)
    assert [r.name for r in insight.top_issuers(store, ALL)][:3] == ["林武", "于英杰", "省委常委会议"]
    first.status = "accepted"
    first.attrs = {**first.attrs, "topic": "科技", "issuer": "林武"}
    store.update_annotation(first)
    lin = insight.top_issuers(store, ALL)[0]
    assert (lin.name, lin.directives, lin.topic_count("科技")) == ("林武", 4, 1)
    store.delete_annotation(first.id)  # type: ignore[arg-type]
    assert insight.top_issuers(store, ALL)[0].directives == 3
    store.restore_annotation(first)
    assert insight.top_issuers(store, ALL)[0].directives == 4
    store.delete_article(ids["一月甲"])
    assert insight.directives_over_time(store, ALL).directives == 4
    assert insight.top_issuers(store, ALL)[0].directives == 2


def test_entity_counts_follow_every_kind_of_edit(hand_library) -> None:
    store = hand_library.store
    ids = ids_by_title(store)

    def people() -> dict[str, tuple[int, int]]:
        return {r.text: (r.mentions, r.articles) for r in insight.top_entities(store, ALL, "PER")}

    assert people()["蓝佛安"] == (2, 2)
    lan = next(a for a in store.annotations(ids["一月乙"]) if a.text == "蓝佛安")
    lan.status = "accepted"  # was rejected
    store.update_annotation(lan)
    assert people()["蓝佛安"] == (3, 3)
    lan.label = "ORG"  # relabelled: leaves the people
    store.update_annotation(lan)
    assert people()["蓝佛安"] == (2, 2)
    assert [r.text for r in insight.top_entities(store, ALL, "ORG")] == ["蓝佛安"]
    lin = [a for a in store.annotations(ids["一月甲"]) if a.text == "林武"]
    store.delete_annotation(lin[0].id)  # type: ignore[arg-type]
    assert people()["林武"] == (4, 4)  # one mention less, still in the article
    store.delete_annotation(lin[1].id)  # type: ignore[arg-type]
    assert people()["林武"] == (3, 3)
    store.add_annotation(Annotation("entity", "PER", 0, 2, "林武", article_id=ids["一月甲"]))
    assert people()["林武"] == (4, 4)
    store.delete_article(ids["无日期"])
    assert people()["林武"] == (3, 3) and "于英杰" not in people()
    # What a click finds agrees with the counts.
    row = next(r for r in insight.top_entities(store, ALL, "PER") if r.text == "林武")
    assert len(insight.article_ids_for(store, ALL, row.selector)) == row.articles


def test_an_older_library_gets_its_insight_facts(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite"
    conn = old_library(path, 3)
    conn.execute(
        "INSERT INTO articles (id, published, title, body, content_hash, imported_at, updated_at)"
        " VALUES (1, '2022-03-25', '会议', '林武指出，要加强巡视。', 'h', '', '')"
    )
    for status in ("suggested", "rejected"):
        conn.execute(
            'INSERT INTO annotations (article_id, kind, label, start, "end", text, attrs, origin, status, updated_at)'
            " VALUES (1, 'directive', 'DIRECTIVE', 5, 11, '要加强巡视。',"
            ' \'{"issuer": "林武", "issuer_label": "PER", "topic": "巡视", "strength": "要"}\', \'auto\', ?, \'\')',
            (status,),
        )
    conn.execute(
        'INSERT INTO annotations (article_id, kind, label, start, "end", text, attrs, origin, status, updated_at)'
        " VALUES (1, 'entity', 'PER', 0, 2, '林武', '{}', 'auto', 'suggested', '')"
    )
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.version == len(MIGRATIONS)
        assert [(r.text, r.mentions) for r in insight.top_entities(store, ALL, "PER")] == [("林武", 1)]
        assert [(r.name, r.directives) for r in insight.top_issuers(store, ALL)] == [("林武", 1)]
        assert insight.directives_over_time(store, ALL).counts == {("2022-03", "巡视"): 1}


# -- the seed page --------------------------------------------------------------------


def test_seed_page_issuers_topics_and_people(seeded_library) -> None:
    store = seeded_library.store
    view = insight.compute_view(store, ALL)
    assert [r.name for r in view.issuers[:2]] == ["林武", "省委常委会议"]
    assert [r.kind for r in view.issuers[:2]] == ["PER", "MEETING"]
    meeting = view.issuers[1]
    assert {t.topic for t in meeting.topics} >= {"党的建设", "劳动、人事、监察", "城乡建设、环境保护"}
    totals = {t.value: t.directives for t in view.over_time.totals}
    assert totals["卫生、体育"] > totals["科技、教育"] > 0 and totals["城乡建设、环境保护"] >= 1
    assert view.over_time.periods == ["2022-03"]
    assert sum(totals.values()) == view.directives
    people = {r.text for r in view.entities}
    assert {"林武", "蓝佛安", "商黎光", "于英杰", "杨文"} <= people
    assert view.entities[0].text == "林武"
    assert ("林武", "习近平") in {(p.a.text, p.b.text) for p in view.cooccurrence.pairs}
    lin_ids = insight.article_ids_for(store, ALL, view.issuers[0].selector)
    assert titles(store, lin_ids) == {"抓紧抓实抓细常态化防控举措 持续巩固来之不易的防控成果"}


# -- export and drawing ---------------------------------------------------------------


def test_csv_is_for_excel_and_neutralises_formulas(tmp_path: Path) -> None:
    cells = [["=HYPERLINK(1)", 3], ["林武", 4], ["-1", 5], [" =1+1", 6], ["\u200b@SUM(A1)", 7]]
    path = insight.write_csv(tmp_path / "t.csv", (["text", "n"], cells))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[:4] == [["text", "n"], ["'=HYPERLINK(1)", "3"], ["林武", "4"], ["'-1", "5"]]
    # A formula behind spaces or invisible characters is caught too, as in every pizhu CSV.
    assert rows[4:] == [["' =1+1", "6"], ["'\u200b@SUM(A1)", "7"]]


def test_tables_behind_the_charts(hand_library) -> None:
    view = insight.compute_view(hand_library.store, ALL)
    header, rows = insight.table_over_time(view.over_time)
    assert header == ["period", "topic", "directives"] and ["no date", "疫情防控", 1] in rows
    assert sum(r[2] for r in rows) == view.directives
    header, rows = insight.table_issuers(view.issuers)
    assert rows[0][:4] == ["林武", "PER", 3, 2]
    header, rows = insight.table_entities(view.entities)
    assert rows[0] == ["PER", "林武", 5, 4]
    header, rows = insight.table_pairs(view.cooccurrence)
    assert header[:5] == ["label_a", "a", "label_b", "b", "shared_articles"] and len(rows) == 5
    assert insight.table_stack_totals(view.over_time)[1][0] == ["人才", 2, 1]


def test_layout_graph_is_deterministic_and_fits_the_square() -> None:
    edges = [(0, 1, 3.0), (0, 2, 1.0), (1, 2, 1.0), (3, 4, 2.0)]
    points = insight.layout_graph(6, edges)
    assert points == insight.layout_graph(6, edges)
    assert len(points) == 6
    assert all(-1.0001 <= x <= 1.0001 and -1.0001 <= y <= 1.0001 for x, y in points)
    distinct = {(round(x, 3), round(y, 3)) for x, y in points}
    assert len(distinct) == 6
    assert insight.layout_graph(0, []) == [] and insight.layout_graph(1, []) == [(0.0, 0.0)]


def test_bad_options_are_refused(hand_library) -> None:
    with pytest.raises(ValueError):
        insight.directives_over_time(hand_library.store, ALL, period="year")
    with pytest.raises(ValueError):
        insight.directives_over_time(hand_library.store, ALL, stack="issuer")
