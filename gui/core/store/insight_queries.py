"""The aggregates behind the Insight view (gui/core/insight/ gives them shape).

Each covers the articles the list's filter selects and counts no rejected suggestion. They
read the tables that triggers keep (migrations v04, v06, v08): directive_facts (a directive's
attributes as columns), directive_values (an article's topics, strengths and issuers) and
entity_facts (an article's entities), so no JSON is parsed and no article text is read. The
codebook's crosstab (gui/core/insight/codes.py) reads the codes table, its JSON values through
json_each as the list's code filter does.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NamedTuple

from gui.core.model import ArticleFilter
from gui.core.store.connection import Connection
from gui.core.store.filters import has_value, where
from gui.core.store.rows import (
    CodeUnit,
    DirectiveDay,
    EntityCount,
    EntityLabel,
    IssuerCount,
    IssuerTopic,
    ValueArticles,
)


class InsightScope(NamedTuple):
    """The filter whose article ids are in temp.insight_ids, and how many of the library's."""

    where: str
    params: list[Any]
    selected: int  # not `count`, which would hide tuple.count
    total: int


class InsightQueries(Connection):
    """The Insight reads of a Store."""

    # Set inside `insight_scope` only (None outside it).
    _insight_ids: InsightScope | None = None  # the articles Insight is scoped to, while it computes

    def _insight_scope(
        self, flt: ArticleFilter, glue: str = " AND ", by_article: bool = False
    ) -> tuple[str, list[Any]]:
        """'<glue>article_id IN (…)' for a filter that narrows the articles, else nothing.

        Inside `insight_scope`, few articles are looked up one by one (a table keyed by
        article, `by_article`, takes up to 40% of the library that way); for more, the
        query reads its index through and tests each row against the set.
        """
        clause, params = where(flt, self._dialect)
        if not clause:
            return "", []
        scoped = self._insight_ids
        if scoped is not None and (scoped.where, scoped.params) == (clause, params):
            few = scoped.selected < (0.4 * scoped.total if by_article else 2000)
            return f"{glue}{'' if few else '+'}article_id IN temp.insight_ids", []
        return f"{glue}article_id IN (SELECT id FROM articles{clause})", params

    @contextmanager
    def insight_scope(self, flt: ArticleFilter) -> Iterator[None]:
        """Inside the block, Insight queries under this filter share its article ids,
        selected once into a temporary table (instead of once per query)."""
        clause, params = where(flt, self._dialect)
        if not clause or self._insight_ids is not None:
            yield
            return
        self._conn.execute("CREATE TEMP TABLE IF NOT EXISTS insight_ids (id INTEGER PRIMARY KEY)")
        self._conn.execute("DELETE FROM temp.insight_ids")
        count = self._conn.execute(f"INSERT INTO temp.insight_ids SELECT id FROM articles{clause}", params).rowcount
        total = self._conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        self._insight_ids = InsightScope(clause, params, count, total)
        try:
            yield
        finally:
            self._insight_ids = None
            self._conn.execute("DELETE FROM temp.insight_ids")

    def insight_article_count(self, flt: ArticleFilter) -> int:
        clause, params = where(flt, self._dialect)
        return self._conn.execute(f"SELECT count(*) FROM articles{clause}", params).fetchone()[0]

    def insight_directive_days(self, flt: ArticleFilter) -> list[DirectiveDay]:
        """The counted directives by publication date, topic and strength."""
        scope, params = self._insight_scope(flt, " WHERE ", by_article=True)
        rows = self._conn.execute(
            f"SELECT published, topic, strength, count(*) FROM directive_facts{scope}"
            " GROUP BY published, topic, strength",
            params,
        )
        return list(map(DirectiveDay._make, rows))

    def insight_directive_articles(self, flt: ArticleFilter, attr: str) -> list[ValueArticles]:
        """Each topic or strength with the number of articles with such a directive."""
        if attr not in ("topic", "strength"):
            raise ValueError(attr)
        scope, params = self._insight_scope(flt)
        rows = self._conn.execute(
            f"SELECT value, count(*) FROM directive_values WHERE attr = ?{scope} GROUP BY value", [attr, *params]
        )
        return list(map(ValueArticles._make, rows))

    def insight_issuers(self, flt: ArticleFilter) -> list[IssuerCount]:
        """Each issuer as written with its directives and articles (directives with an issuer)."""
        scope, params = self._insight_scope(flt)
        rows = self._conn.execute(
            "SELECT value, sum(n), count(*) FROM directive_values"
            f" WHERE attr = 'issuer' AND value != ''{scope} GROUP BY value",
            params,
        )
        return list(map(IssuerCount._make, rows))

    def insight_issuer_labels(self, flt: ArticleFilter, issuers: Sequence[str]) -> list[IssuerTopic]:
        """Directives of these issuers (as written) by issuer_label and topic."""
        scope, params = self._insight_scope(flt)
        rows = self._conn.execute(
            f"SELECT issuer, issuer_label, topic, count(*) FROM directive_facts"
            f" WHERE issuer IN ({','.join('?' * len(issuers))}){scope} GROUP BY issuer, issuer_label, topic",
            [*issuers, *params],
        )
        return list(map(IssuerTopic._make, rows))

    def insight_issuer_articles(self, flt: ArticleFilter, issuers: Sequence[str]) -> int:
        """Articles with a directive by any of these issuers (as written)."""
        scope, params = self._insight_scope(flt)
        return self._conn.execute(
            "SELECT count(*) FROM (SELECT DISTINCT article_id FROM directive_values"
            f" WHERE attr = 'issuer' AND value IN ({','.join('?' * len(issuers))}){scope})",
            [*issuers, *params],
        ).fetchone()[0]

    def insight_entities(self, flt: ArticleFilter, label: str, limit: int) -> list[EntityCount]:
        """The `limit` entities of a label in most articles (then most mentions)."""
        scope, params = self._insight_scope(flt)
        rows = self._conn.execute(
            "SELECT text, sum(n) AS mentions, count(*) AS articles FROM entity_facts"
            f" WHERE label = ?{scope} GROUP BY text ORDER BY articles DESC, mentions DESC, text LIMIT ?",
            [label, *params, limit],
        )
        return list(map(EntityCount._make, rows))

    def insight_entity_labels(self, texts: Sequence[str], labels: Sequence[str]) -> list[EntityLabel]:
        """Mentions of entities with these texts under these labels: what a typed issuer is."""
        rows: list[EntityLabel] = []
        marks = ",".join("?" * len(texts))
        for label in labels:
            found = self._conn.execute(
                f"SELECT text, label, sum(n) FROM entity_facts WHERE label = ? AND text IN ({marks}) GROUP BY text",
                [label, *texts],
            )
            rows.extend(map(EntityLabel._make, found))
        return rows

    def insight_entity_articles(self, flt: ArticleFilter, label: str, text: str) -> list[int]:
        """Ids of the filtered articles where an entity appears (not rejected), in id order."""
        scope, params = self._insight_scope(flt)
        return [
            r[0]
            for r in self._conn.execute(
                f"SELECT article_id FROM entity_facts WHERE label = ? AND text = ?{scope} ORDER BY article_id",
                [label, text, *params],
            )
        ]

    def insight_article_ids(
        self,
        flt: ArticleFilter,
        *,
        dates: tuple[str, str] | None = None,
        undated: bool = False,
        directive: Sequence[tuple[str, str]] = (),
        issuers: Sequence[str] = (),
        entities: Sequence[tuple[str, str]] = (),
    ) -> list[int]:
        """Ids of the filtered articles behind one bar or row of the Insight view, newest first.

        dates: (first, last) day of publication, both included; undated: articles
        without a (valid) date. directive: (topic|strength, value) pairs that one
        counted directive must have, by one of `issuers` (as written) if given;
        entities: (label, text) that must all appear. A period alone means
        articles with a counted directive in it.
        """
        clause, params = where(flt, self._dialect)
        clauses = [clause[len(" WHERE ") :]] if clause else []
        if dates is not None:
            clauses.append("substr(published, 1, 10) BETWEEN ? AND ?")
            params.extend(dates)
        if undated:
            clauses.append(self._dialect.undated)
        if directive or issuers or dates is not None or undated:
            inner = ["1"]
            for attr, value in directive:
                if attr not in ("topic", "strength"):
                    raise ValueError(attr)
                inner.append(f"{attr} = ?")
                params.append(value)
            if issuers:
                inner.append(f"issuer IN ({','.join('?' * len(issuers))})")
                params.extend(issuers)
            clauses.append(f"id IN (SELECT article_id FROM directive_facts WHERE {' AND '.join(inner)})")
        for label, text in entities:
            clauses.append("id IN (SELECT article_id FROM entity_facts WHERE label = ? AND text = ?)")
            params.extend([label, text])
        sql = "SELECT id FROM articles" + (" WHERE " + " AND ".join(clauses) if clauses else "")
        return [r[0] for r in self._conn.execute(sql + f" ORDER BY {self._dialect.sorts['published']}", params)]

    # -- codes (gui/core/insight/codes.py) ------------------------------------------

    def insight_code_units(self, flt: ArticleFilter, unit: str) -> list[CodeUnit]:
        """The filtered articles, or their directives that are not rejected (directive_facts
        holds exactly those), with the article and its publication date."""
        clause, params = where(flt, self._dialect)
        if unit == "article":
            sql = f"SELECT id, id, published FROM articles{clause}"
        elif unit == "directive":
            scope = f" WHERE article_id IN (SELECT id FROM articles{clause})" if clause else ""
            sql = f"SELECT id, article_id, published FROM directive_facts{scope}"
        else:
            raise ValueError(unit)
        return list(map(CodeUnit._make, self._conn.execute(sql, params)))

    def insight_code_values(self, flt: ArticleFilter, unit: str, variable: str) -> list[tuple[int, str]]:
        """(unit id, code) for each code chosen for a variable on the filtered articles (or on
        their directives, rejected ones included: the caller keeps its units), any coder's, once.
        A multi variable's list gives a row per chosen code (json_each, as the list's filter)."""
        clause, params = where(flt, self._dialect)
        if unit == "article":
            scope = f" AND c.unit_id IN (SELECT id FROM articles{clause})" if clause else ""
        else:
            scope = f" AND a.article_id IN (SELECT id FROM articles{clause})" if clause else ""
        rows = self._conn.execute(
            f"SELECT DISTINCT c.unit_id, {self._dialect.item} FROM codes c"
            f" LEFT JOIN annotations a ON c.unit = 'directive' AND a.id = c.unit_id,"
            f" {self._dialect.json_items.format('c.value')}"
            f" WHERE c.unit = ? AND c.variable = ?{scope}",
            [unit, variable, *params],
        )
        return [(r[0], r[1]) for r in rows]

    def insight_code_article_ids(
        self,
        flt: ArticleFilter,
        unit: str,
        codes: Sequence[tuple[str, str, str | None]],
        dates: tuple[str, str] | None = None,
        undated: bool = False,
    ) -> list[int]:
        """Ids of the filtered articles (newest first) with one unit (the article, or one of its
        directives not rejected) whose codes are all of `codes`: (the variable's unit, variable,
        code), the code "" for none of this variable and None for any. An article variable of a
        directive unit is its article's. dates and undated as in `insight_article_ids`."""
        clause, params = where(flt, self._dialect)
        clauses = [clause[len(" WHERE ") :]] if clause else []
        if dates is not None:
            clauses.append("substr(published, 1, 10) BETWEEN ? AND ?")
            params.extend(dates)
        if undated:
            clauses.append(self._dialect.undated)
        owner = {"article": "articles.id"} if unit == "article" else {"article": "d.article_id", "directive": "d.id"}
        inner: list[str] = []
        inner_params: list[Any] = []
        for level, variable, value in codes:
            coded = f"SELECT 1 FROM codes c WHERE c.unit = ? AND c.unit_id = {owner[level]} AND c.variable = ?"
            inner_params.extend([level, variable])
            if value == "":
                inner.append(f"NOT EXISTS ({coded})")
                continue
            if value is not None:
                coded += f" AND {has_value(self._dialect)}"
                inner_params.append(value)
            inner.append(f"EXISTS ({coded})")
        if unit == "article":
            clauses.extend(inner)
        else:
            inner.insert(0, "d.kind = 'directive' AND d.status != 'rejected'")
            clauses.append(f"id IN (SELECT d.article_id FROM annotations d WHERE {' AND '.join(inner)})")
        params.extend(inner_params)
        sql = "SELECT id FROM articles" + (" WHERE " + " AND ".join(clauses) if clauses else "")
        return [r[0] for r in self._conn.execute(sql + f" ORDER BY {self._dialect.sorts['published']}", params)]
