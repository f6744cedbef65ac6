"""Older server libraries for upgrade tests: what a migration added, taken away again, built from
the frozen migration modules' own statements."""

from __future__ import annotations

from gui.core.store.pg.migrations import v01, v02


def _v01(start: str) -> str:
    return next(s for s in v01.STATEMENTS if s.lstrip().startswith(start))


# A library of version 5 as version 4 left it: the count and fact triggers row by row again.
TO_V04: tuple[str, ...] = (
    "DROP TRIGGER annotations_inserted ON annotations",
    "DROP TRIGGER annotations_updated ON annotations",
    "DROP TRIGGER annotations_deleted ON annotations",
    "DROP FUNCTION pizhu_annotations_changed()",
    "DROP FUNCTION pizhu_annotations_apply(annotations[], annotations[])",
    "DROP TRIGGER entity_facts_inserted ON entity_facts",
    "DROP TRIGGER entity_facts_deleted ON entity_facts",
    "DROP FUNCTION pizhu_entity_facts_changed()",
    "DROP TRIGGER directive_facts_inserted ON directive_facts",
    "DROP TRIGGER directive_facts_deleted ON directive_facts",
    "DROP FUNCTION pizhu_directive_facts_changed()",
    "DROP TRIGGER annotations_id ON annotations",
    "ALTER TABLE annotations ALTER COLUMN id DROP DEFAULT",
    _v01("CREATE TRIGGER annotations_id"),
    _v01("CREATE FUNCTION pizhu_annotation_changed"),
    _v01("CREATE TRIGGER annotations_changed"),
    _v01("CREATE FUNCTION pizhu_entity_fact_changed"),
    _v01("CREATE TRIGGER entity_facts_changed"),
    _v01("CREATE FUNCTION pizhu_directive_fact_changed"),
    _v01("CREATE TRIGGER directive_facts_changed"),
    next(s for s in v02.STATEMENTS if s.startswith("CREATE TRIGGER annotations_document_stale")),
    "UPDATE schema_version SET version = 4",
)
