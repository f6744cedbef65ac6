"""The entities and directives exports as CSV or JSONL: one row per annotation, by article and offset.
A directive row ends with what export_documents adds (issuer's entity, joint issuers, document)."""

from __future__ import annotations

from gui.core.export import (
    _KIND,
    _ROWS_PER_CHECK,
    DIRECTIVE_ATTRS,
    DIRECTIVE_COLUMNS,
    ENTITY_COLUMNS,
    _attr_cell,
    _csv_writer,
    _json_line,
    _Run,
    annotation_record,
)
from gui.core.export_documents import DIRECTIVE_LINK_COLUMNS, DirectiveLinks
from gui.core.export_layers import check_layer, coder_filter, layer_columns


def export_annotations(run: _Run) -> None:
    """entities/directives as CSV or JSONL: one row per annotation, by article and offset."""
    options = run.options
    check_layer(run.store, options.layer)
    in_layer = coder_filter(options.layer)
    coder_cell = options.layer == "all"
    kind, labels, statuses = _KIND[options.what], options.labels or None, options.statuses()
    run.total = run.store.export_count_annotations(options.article_filter(), kind, labels, statuses)
    run.unit = options.what
    run.step(0)
    directive = kind == "directive"
    if options.format == "csv":
        write_row = _csv_writer(run, layer_columns(DIRECTIVE_COLUMNS if directive else ENTITY_COLUMNS, options.layer))
    rows, last_article = 0, None
    for ids in run.batches():
        heads = run.store.export_article_heads(ids)
        links = DirectiveLinks(run.store, ids) if directive else None
        for a in run.store.export_annotations(ids, kind, labels, statuses):
            assert a.article_id is not None  # read from the store, so it belongs to an article
            if not in_layer(a.coder):
                continue
            coder = [a.coder] if coder_cell else []
            title, published = heads[a.article_id]
            if options.format == "jsonl":
                record = {"article_id": a.article_id, "article_title": title, "published": published}
                record |= annotation_record(a)
                if links is not None:
                    record |= dict(zip(DIRECTIVE_LINK_COLUMNS, links.values(a, csv=False), strict=True))
                run.out.write(_json_line(record))
            elif links is not None:
                attrs = [_attr_cell(a.attrs.get(name)) for name in DIRECTIVE_ATTRS]
                write_row([a.article_id, title, published, a.start, a.end, a.text, *attrs, a.origin, a.status,
                           a.updated_at, *links.values(a, csv=True), *coder])  # fmt: skip
            else:
                write_row([a.article_id, title, published, a.label, a.start, a.end, a.text, a.origin, a.status,
                           a.updated_at, *coder])  # fmt: skip
            rows += 1
            if a.article_id != last_article:
                last_article = a.article_id
                run.report.articles += 1
            if rows % _ROWS_PER_CHECK == 0:
                run.report.rows = rows
                run.step(rows)
        run.report.rows = rows
        run.step(rows)
