"""Document records in exports: the documents CSV/JSONL (`pizhu export --what documents`) and what
a directive row adds about its issuer and document (the issuer's entity, the joint issuers, the
document it comes from). DESIGN's column lists are a contract: these columns come after them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from gui.core.documents import MentionSpan, directive_document
from gui.core.model import Annotation
from gui.core.store.api import LibraryStore

if TYPE_CHECKING:
    from gui.core.export import _Run

# After DESIGN's directive columns: the entity annotation the issuer was read from, every issuing
# body ("a; b" in CSV, a list in JSONL), and the document record it comes from.
DIRECTIVE_LINK_COLUMNS = ("issuer_entity_id", "issuers", "document_id", "document_number")
DOCUMENT_COLUMNS = ("document_id", "title", "number", "issuers", "date", "article_id", "n_articles", "citing_articles")


def _issuer_entity(directive: Annotation, entities: Sequence[Annotation]) -> int | None:
    """The entity at the directive's issuer_span: the same span, else one that covers its start."""
    span = (directive.attrs or {}).get("issuer_span")
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(v, int) for v in span)):
        return None
    start, end = span
    same = [e for e in entities if (e.start, e.end) == (start, end)]
    near = same or [e for e in entities if e.start <= start < e.end]
    return near[0].id if near else None


class DirectiveLinks:
    """Directive link columns for a batch of articles, read once per batch."""

    def __init__(self, store: LibraryStore, article_ids: Sequence[int]) -> None:
        self.store = store
        self.mentions: dict[int, list[MentionSpan]] = defaultdict(list)
        self.numbers: dict[int, str] = {}
        for m in store.document_mentions(article_ids):
            self.mentions[m.article_id].append(MentionSpan(m.document_id, m.start, m.end, m.title))
            self.numbers[m.document_id] = m.number
        self.own = store.own_documents(article_ids)
        for row in self.own.values():
            self.numbers[row.id] = row.number
        self._entities: dict[int, list[Annotation]] = {}
        self._issuers: dict[int, str] = {}

    def _article_entities(self, article_id: int) -> list[Annotation]:
        if article_id not in self._entities:
            self._entities[article_id] = [
                a for a in self.store.annotations(article_id, "entity") if a.status != "rejected"
            ]
        return self._entities[article_id]

    def values(self, directive: Annotation, csv: bool) -> list[Any]:
        """issuer_entity_id, issuers, document_id, document_number of a directive."""
        assert directive.article_id is not None
        article_id = directive.article_id
        own = self.own.get(article_id)
        issuer = ", ".join(own.issuers) if own else ""
        document = directive_document(directive, self.mentions.get(article_id, []), own.id if own else None, issuer)
        issuers = (directive.attrs or {}).get("issuers")
        if not isinstance(issuers, list):
            single = (directive.attrs or {}).get("issuer")
            issuers = [single] if single else []
        entity = _issuer_entity(directive, self._article_entities(article_id))
        return [
            entity if entity is not None else ("" if csv else None),
            "; ".join(str(v) for v in issuers) if csv else issuers,
            document if document is not None else ("" if csv else None),
            self.numbers.get(document, "") if document is not None else "",
        ]


def export_documents(run: _Run) -> None:
    """The documents named by (or being) the articles under the filter, one a row, most cited first."""
    from gui.core.export import _csv_writer, _json_line

    rows = run.store.documents(run.options.article_filter())
    run.total, run.unit = len(rows), "documents"
    run.step(0)
    write_row = _csv_writer(run, DOCUMENT_COLUMNS) if run.options.format == "csv" else None
    flt = run.options.article_filter()
    for done, row in enumerate(rows, 1):
        citing = run.store.article_ids(replace(flt, document=(row.id,)), sort="published_asc")
        citing = [i for i in citing if i != row.article_id]
        values = [row.id, row.title, row.number, row.issuers, row.date, row.article_id, row.articles, citing]
        if write_row is not None:
            write_row([*values[:3], "; ".join(row.issuers), row.date, row.article_id or "", row.articles,
                       " ".join(map(str, citing))])  # fmt: skip
        else:
            run.out.write(_json_line(dict(zip(DOCUMENT_COLUMNS, values, strict=True))))
        run.report.rows = done
        if row.article_id is not None or citing:
            run.report.articles += 1
        run.step(done)
