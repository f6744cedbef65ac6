"""Team coding without a server: assignment files out, coders' layers back in (issue 17).

The lead's library is the project (a uuid in its settings, made at the first assignment). `assign`
writes one library file per coder holding their articles with the automatic suggestions only,
the codebook, topics and lexicon, the guidelines, the project id and the coder's name. A coder
codes it in their own pizhu (the file names its coder, so their work is recorded as theirs).
`merge` brings a file back: for each of its articles (matched by content hash), the coder's
layer in the lead's library becomes the file's — that coder's annotations, codes and note —
and nothing of another coder or of the library's own layer ('') is touched. A layer that is
already the same is left alone, so merging a file twice changes nothing the second time.

Importing an articles JSONL whose lines are already in the library adds their named coders'
layers the same way (Library._add_articles)."""

from __future__ import annotations

import json
import random
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gui.core.errors import InputError, PizhuError
from gui.core.messages import message_of, msg
from gui.core.model import Annotation, Article, ArticleFilter, ImportedCode
from gui.core.store import Store
from gui.core.store.layers import LayerCode

if TYPE_CHECKING:
    from gui.core.library import Library

SUFFIX = ".pizhu"
_BAD_NAME = re.compile(r'[/\\:*?"<>|\x00-\x1f]')


@dataclass(slots=True)
class AssignedFile:
    coder: str
    path: Path
    articles: int
    overlap: int


@dataclass(slots=True)
class LayerCounts:
    """What one coder's merged layer holds (and how many articles changed)."""

    articles: int = 0
    changed: int = 0
    annotations: int = 0
    codes: int = 0
    notes: int = 0
    missing: int = 0  # articles of the file the library no longer has


@dataclass(slots=True)
class MergeReport:
    merged: dict[str, LayerCounts] = field(default_factory=dict)  # by coder
    files: int = 0
    problems: list[str] = field(default_factory=list)  # one line per file refused or article skipped


def coder_names(raw: Sequence[str]) -> list[str]:
    """The coders' names, checked: at least one, each usable as a file name, no repeats."""
    names = list(dict.fromkeys(n.strip() for n in raw if n.strip()))
    if not names:
        raise InputError(msg("team.no_coders"))
    for name in names:
        if _BAD_NAME.search(name) or name in (".", ".."):
            raise InputError(msg("team.bad_coder", coder=name))
    return names


def split(
    ids: Sequence[int], coders: Sequence[str], sample: int | None, seed: int | None, overlap: float
) -> tuple[list[int], dict[str, list[int]]]:
    """(overlap ids, {coder: ids}): a seeded sample, its `overlap` share for every coder, the
    rest dealt round-robin. Deterministic for a seed."""
    if not 0 <= overlap <= 1:
        raise InputError(msg("team.bad_overlap", value=overlap))
    if sample is not None and sample <= 0:
        raise InputError(msg("team.bad_sample", value=sample))
    rng = random.Random(seed)
    pool = sorted(ids)
    chosen = rng.sample(pool, min(sample, len(pool))) if sample is not None else rng.sample(pool, len(pool))
    shared = chosen[: round(overlap * len(chosen))]
    rest = chosen[len(shared) :]
    return shared, {coder: rest[i :: len(coders)] for i, coder in enumerate(coders)}


def project_id(library: Library) -> str:
    """The lead library's project id, made on first use."""
    stored = library.store.setting("project")
    if isinstance(stored, str) and stored:
        return stored
    made = str(uuid.uuid4())
    library.store.set_setting("project", made)
    return made


def assign(
    library: Library,
    coders: Sequence[str],
    out_dir: Path,
    flt: ArticleFilter | None = None,
    sample: int | None = None,
    seed: int | None = None,
    overlap: float = 0.2,
    guidelines: str = "",
) -> list[AssignedFile]:
    """Write out_dir/<coder>.pizhu for each coder; a file already there refuses the whole run."""
    names = coder_names(coders)
    ids = library.article_ids(flt)
    if not ids:
        raise InputError(msg("team.no_articles", path=library.path))
    shared, own = split(ids, names, sample, seed, overlap)
    targets = {name: out_dir / f"{name}{SUFFIX}" for name in names}
    for target in targets.values():
        if target.exists():
            raise InputError(msg("team.file_exists", path=target))
    project = project_id(library)
    codebook = library.store.codebook_json()
    topics = library.store.setting("topics")
    labels = library.store.setting("labels")  # the entity label set, as the lead's window saved it
    lexicon = library.store.lexicon()
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[AssignedFile] = []
    for name in names:
        chosen = sorted(shared + own[name])
        with Store(targets[name], create=True) as store, store.transaction():
            if codebook is not None:
                store.set_codebook_json(codebook[0])
            if topics:
                store.set_setting("topics", topics)
            if labels:
                store.set_setting("labels", labels)
            for row in lexicon:
                if row.source == "user":
                    store.set_lexicon_term(row.term, row.label, row.action)
            if guidelines:
                store.set_setting("guidelines", guidelines)
            store.set_setting("assignment", {"project": project, "coder": name})
            store.add_articles_bulk((_fresh(a), _suggestions(library, a)) for a in library.store.iter_articles(chosen))
        written.append(AssignedFile(name, targets[name], len(chosen), len(shared)))
    return written


def _fresh(article: Article) -> Article:
    return replace(article, id=None, status="new", annotations=[], codes=[], notes={})


def _suggestions(library: Library, article: Article) -> list[Annotation]:
    """The article's automatic suggestions (no coder's work, not the lead's either)."""
    assert article.id is not None
    return [
        replace(a, id=None, article_id=None)
        for a in library.store.annotations(article.id)
        if a.coder == "" and a.origin == "auto" and a.status == "suggested"
    ]


def merge(library: Library, paths: Sequence[Path]) -> MergeReport:
    """Merge coders' assignment files; a file that cannot be merged is one problem line."""
    library._must_be_writable()
    report = MergeReport()
    project = library.store.setting("project")
    for path in paths:
        try:
            _merge_file(library, Path(path), project, report)
        except PizhuError as exc:
            report.problems.append(message_of(exc))
    return report


def _merge_file(library: Library, path: Path, project: Any, report: MergeReport) -> None:
    if path.exists() and library.path.exists() and path.resolve() == library.path.resolve():
        raise InputError(msg("team.own_file", path=path))
    if not path.is_file():
        raise InputError(msg("team.not_assignment", path=path))
    with Store(path, create=False, read_only=True) as source:
        stored = source.setting("assignment")
        if not isinstance(stored, dict) or not stored.get("coder") or not stored.get("project"):
            raise InputError(msg("team.not_assignment", path=path))
        if stored["project"] != project:
            raise InputError(msg("team.other_project", path=path))
        coder = str(stored["coder"])
        counts = LayerCounts()
        incoming = [_with_layer(source, article) for article in source.iter_articles()]
    codebook = library.codebook()
    with library.store.transaction():
        for article in incoming:
            target = library.store.article_id_by_hash(article.content_hash)
            if target is None:
                counts.missing += 1
                continue
            mine = replace(article, codes=[c for c in article.codes if c.coder == coder])
            if mine.codes:
                problem = library._code_problem(codebook, mine)
                if problem is not None:
                    report.problems.append(msg("problem.skipped", problem=problem))
                    continue
            counts.articles += 1
            counts.annotations += sum(a.coder == coder for a in article.annotations)
            counts.codes += len(mine.codes)
            counts.notes += bool(article.notes.get(coder, "").strip())
            counts.changed += merge_layer(library, target, mine, coder)
    report.files += 1
    total = report.merged.setdefault(coder, LayerCounts())
    for name in ("articles", "changed", "annotations", "codes", "notes", "missing"):
        setattr(total, name, getattr(total, name) + getattr(counts, name))


def _with_layer(source: Store, article: Article) -> Article:
    """The file's article with all its annotations, its codes (a directive's by the annotation's
    index) and notes, as an import line would bring them."""
    assert article.id is not None
    article.annotations = source.annotations(article.id)
    index = {a.id: n for n, a in enumerate(article.annotations)}
    rows = source.codes("article", [article.id]) + source.codes("directive", [i for i in index if i is not None])
    article.codes = [
        ImportedCode(r.variable, r.value, r.coder, None if r.unit == "article" else index[r.unit_id]) for r in rows
    ]
    article.notes = {coder: text for _, coder, text in source.notes([article.id])}
    article.where = str(source.path)
    return article


def _annotation_key(a: Annotation) -> tuple[Any, ...]:
    attrs = json.dumps(a.attrs, ensure_ascii=False, sort_keys=True)
    return (a.kind, a.label, a.start, a.end, a.text, attrs, a.origin, a.status, a.updated_at)


def _span_key(a: Annotation) -> tuple[Any, ...]:
    return (a.kind, a.label, a.start, a.end, a.coder)


def merge_layer(library: Library, article_id: int, incoming: Article, coder: str) -> bool:
    """Make `coder`'s layer on the library's article the incoming article's (its annotations of
    that coder, their codes and the coder's note); True when something changed. A code on an
    annotation of another layer (a suggestion the coder coded) goes to the library's annotation
    of the same span, label and layer, and is dropped when there is none."""
    store = library.store
    existing = store.annotations(article_id)
    by_span = {_span_key(a): a.id for a in existing if a.coder != coder}
    layer = [a for a in incoming.annotations if a.coder == coder]
    new_index = {id(a): n for n, a in enumerate(layer)}
    codebook = library.codebook()
    codes: list[LayerCode] = []
    for code in incoming.codes:
        if code.coder != coder:
            continue
        variable = codebook.variable(code.variable) if codebook else None
        value = variable.normalised(code.value) if variable else code.value
        if code.annotation is None:
            codes.append(LayerCode("article", None, None, code.variable, value, ""))
            continue
        annotation = incoming.annotations[code.annotation]
        if annotation.coder == coder:
            codes.append(LayerCode("directive", None, new_index[id(annotation)], code.variable, value, ""))
        elif (unit_id := by_span.get(_span_key(annotation))) is not None:
            codes.append(LayerCode("directive", unit_id, None, code.variable, value, ""))
    note = incoming.notes.get(coder, "")
    state, wanted = _layer_state(library, article_id, coder), _wanted_state(layer, codes, note)
    if state == wanted:
        return False
    if state[0] != wanted[0]:
        store.replace_layer(article_id, coder, layer, codes, note)
        return True
    # The same annotations: keep them (and their ids); the codes on them go to those ids.
    ids: dict[tuple[Any, ...], list[int]] = {}
    for a in existing:
        if a.coder == coder and a.id is not None:
            ids.setdefault(_annotation_key(a), []).append(a.id)
    same = [ids[_annotation_key(a)].pop(0) for a in layer]
    codes = [c if c.new_index is None else c._replace(unit_id=same[c.new_index], new_index=None) for c in codes]
    store.replace_layer(article_id, coder, None, codes, note)
    return True


def _code_key(unit: str, target: Any, variable: str, value: Any) -> tuple[Any, ...]:
    return (unit, target, variable, json.dumps(value, ensure_ascii=False, sort_keys=True))


def _wanted_state(layer: Sequence[Annotation], codes: Sequence[LayerCode], note: str) -> tuple[Any, ...]:
    keys = [_annotation_key(a) for a in layer]
    code_keys = sorted(
        _code_key(
            c.unit,
            None
            if c.unit == "article"
            else (("new", keys[c.new_index]) if c.new_index is not None else ("id", c.unit_id)),
            c.variable,
            c.value,
        )
        for c in codes
    )
    return (sorted(keys), code_keys, note if note.strip() else "")


def _layer_state(library: Library, article_id: int, coder: str) -> tuple[Any, ...]:
    store = library.store
    annotations = store.annotations(article_id)
    mine = {a.id: _annotation_key(a) for a in annotations if a.coder == coder}
    rows = store.codes("article", [article_id]) + store.codes("directive", [a.id for a in annotations if a.id])
    code_keys = sorted(
        _code_key(
            r.unit,
            None if r.unit == "article" else (("new", mine[r.unit_id]) if r.unit_id in mine else ("id", r.unit_id)),
            r.variable,
            r.value,
        )
        for r in rows
        if r.coder == coder
    )
    return (sorted(mine.values()), code_keys, store.note(article_id, coder))
