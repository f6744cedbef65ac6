"""Insight: what a library, or the article list's current filter, says in aggregate.

The questions researchers ask of official news, answered from the store's
aggregates (`LibraryStore.insight_*`) and shaped here into plain dataclasses for the
Insight window (gui/insight/window.py), the benchmark and tests:

- `directives_over_time`: directives per day, week (weeks start on Monday and are
  named by that Monday) or month of the article's publication date, stacked by topic
  or by strength; articles without a date count under `NO_DATE` (after the dated
  periods). Empty periods between the first and the last are filled in, so the
  axis is proportional to time.
- `top_issuers`: issuers by number of directives, with the topics each one issues
  on. Issuer strings are normalised (`issuer_key`): spaces, 《》 and quotes around
  the name and a trailing 同志 do not make another issuer. An issuer's kind is the
  label the detector linked it to most often (PER, MEETING, DOC, ORG, POST); an
  issuer typed by hand (no label) takes the label of an entity with the same text.
  "People and meetings" (the default) keeps PER and MEETING.
- `top_entities`: the entities of one label found in most articles, with their
  mentions and number of articles.
- `cooccurrence`: who appears with whom: the most frequent people and meetings
  (the graph's nodes) and the pairs of them that share articles, ranked.
- `crosstab` and `codes_over_time`: the codebook's variables, two crossed or one
  over time (codes.py says what each counts).

Everything counts only what the article list counts: annotations not rejected,
in the articles the filter selects. Each bar, row, node and edge carries a
`Selector`; `article_ids_for(store, flt, selector)` gives the articles behind it,
so the window never issues SQL. `compute_view` computes the whole view at once
(inside one read snapshot) and `table_*` functions give the numbers behind each
chart as rows for `write_csv`.

The package by concern: `selectors` (periods, `Selector`), `directives` (over time, issuers),
`entities` (top entities, co-occurrence), `codes` (the codebook's crosstab), `view`
(`compute_view`), `tables` (`table_*`, `write_csv`) and `graph` (`layout_graph`); everything
public is importable from here.
"""

from __future__ import annotations

from gui.core.insight.codes import (
    CODE_PERIODS,
    NOT_CODED,
    NOT_CODED_TEXT,
    OVER_TIME,
    ChiSquare,
    CodesOverTime,
    Crosstab,
    code_text,
    codes_over_time,
    crossable,
    crosstab,
    period_label,
    table_codes_over_time,
    table_crosstab,
)
from gui.core.insight.directives import (
    DirectivesOverTime,
    IssuerRow,
    StackTotal,
    TopicCount,
    directives_over_time,
    issuer_key,
    top_issuers,
)
from gui.core.insight.entities import (
    Cooccurrence,
    EntityRow,
    PairRow,
    cooccurrence,
    entities_by_label,
    pairs_among,
    top_entities,
)
from gui.core.insight.graph import GRAPH_GRAVITY, layout_graph
from gui.core.insight.selectors import (
    MAX_FILLED_PERIODS,
    NO_DATE,
    NO_DATE_TEXT,
    NO_VALUE_TEXT,
    PEOPLE_AND_MEETINGS,
    PERIODS,
    STACKS,
    Selector,
    article_ids_for,
    period_dates,
    period_key,
    period_selector,
    period_text,
    value_text,
)
from gui.core.insight.tables import (
    Table,
    neutralise,
    table_entities,
    table_issuers,
    table_over_time,
    table_pairs,
    table_stack_totals,
    write_csv,
)
from gui.core.insight.view import CodesView, InsightView, ViewOptions, compute_view
from gui.core.vocabulary import ENTITY_LABELS, ISSUER_KINDS, STRENGTHS

__all__ = [
    "CODE_PERIODS",
    "NOT_CODED",
    "NOT_CODED_TEXT",
    "OVER_TIME",
    "ChiSquare",
    "CodesOverTime",
    "CodesView",
    "Crosstab",
    "code_text",
    "codes_over_time",
    "crossable",
    "crosstab",
    "period_label",
    "table_codes_over_time",
    "table_crosstab",
    "ENTITY_LABELS",
    "GRAPH_GRAVITY",
    "ISSUER_KINDS",
    "MAX_FILLED_PERIODS",
    "NO_DATE",
    "NO_DATE_TEXT",
    "NO_VALUE_TEXT",
    "PEOPLE_AND_MEETINGS",
    "PERIODS",
    "STACKS",
    "STRENGTHS",
    "Cooccurrence",
    "DirectivesOverTime",
    "EntityRow",
    "InsightView",
    "IssuerRow",
    "PairRow",
    "Selector",
    "StackTotal",
    "Table",
    "TopicCount",
    "ViewOptions",
    "article_ids_for",
    "compute_view",
    "cooccurrence",
    "directives_over_time",
    "entities_by_label",
    "issuer_key",
    "layout_graph",
    "neutralise",
    "pairs_among",
    "period_dates",
    "period_key",
    "period_selector",
    "period_text",
    "table_entities",
    "table_issuers",
    "table_over_time",
    "table_pairs",
    "table_stack_totals",
    "top_entities",
    "top_issuers",
    "value_text",
    "write_csv",
]
