"""The reliability report (`pizhu agreement`, Tools → Agreement): agreement between coders, per
codebook variable and per coder pair, on the units two or more coders coded.

A code counts when it has a coder: codes made before coders were named (coder "") belong to
no one and are left out. Text variables have no agreement figures and are left out too.
The statistics are in agreement_stats.py (how values become their inputs, which libraries
compute them); agreement on entity spans and directives is in agreement_spans.py.

The JSON contract: `{"coders": [...], "variables": [{"variable", "unit", "level", "units",
"coders", "alpha", "alpha_ci", "percent_agreement", "cohen_kappa", "fleiss_kappa", "values"}],
"entities": {...}, "directives": {...}, "pairs": [{"variable", "coder_a", "coder_b", "units",
"alpha", "percent_agreement", "cohen_kappa"}]}`, with None (null) where a figure does not
apply: Cohen's kappa needs exactly two coders, Fleiss' kappa the same number of coders on
every unit; both are for nominal and ordinal variables (and a multi variable's values).
"""

from __future__ import annotations

import csv
import itertools
import os
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from gui.core.agreement_layers import Layers
from gui.core.agreement_spans import directive_agreement, entity_agreement
from gui.core.agreement_stats import (
    BOOTSTRAP_DRAWS,
    BOOTSTRAP_SEED,
    Ratings,
    Scale,
    cohen_kappa,
    fleiss_kappa,
    paired,
    percent_agreement,
)
from gui.core.codebook import Codebook, Variable
from gui.core.csvcells import escape_cell
from gui.core.errors import InputError
from gui.core.messages import msg
from gui.core.store import CodeRow
from gui.core.store.location import ServerPath
from gui.core.terminal import fit, shown, width_of

_KAPPA_LEVELS = ("nominal", "ordinal")


@dataclass(slots=True)
class ValueAgreement:
    """A multi-choice variable's value, as a chosen / not chosen variable of its own."""

    value: str
    alpha: float | None
    percent_agreement: float | None
    cohen_kappa: float | None
    fleiss_kappa: float | None


@dataclass(slots=True)
class VariableAgreement:
    variable: str
    unit: str
    level: str
    units: int
    coders: int
    alpha: float | None = None
    alpha_ci: tuple[float, float] | None = None
    percent_agreement: float | None = None
    cohen_kappa: float | None = None
    fleiss_kappa: float | None = None
    values: list[ValueAgreement] = field(default_factory=list)
    # A directive variable's codes on directives no other coder's matched (left out); None for articles.
    unmatched: int | None = None


@dataclass(slots=True)
class PairAgreement:
    variable: str
    coder_a: str
    coder_b: str
    units: int
    alpha: float | None
    percent_agreement: float | None
    cohen_kappa: float | None


@dataclass(slots=True)
class AgreementReport:
    coders: list[str]
    variables: list[VariableAgreement]
    pairs: list[PairAgreement]
    entities: dict[str, Any]
    directives: dict[str, Any]

    def to_data(self) -> dict[str, Any]:
        """The JSON contract's object."""
        variables = [asdict(v) | {"alpha_ci": list(v.alpha_ci) if v.alpha_ci else None} for v in self.variables]
        return {
            "coders": list(self.coders),
            "variables": variables,
            "entities": self.entities,
            "directives": self.directives,
            "pairs": [asdict(p) for p in self.pairs],
        }

    def write_csv(self, path: Path, library: Path | ServerPath | None = None) -> None:
        """One row per figure set: a variable, a multi variable's value, a coder pair, an entity
        label or pair, a directive attribute or pair (UTF-8 with a BOM: Excel opens it as is).
        Written whole or not at all; never over `library`, the library file itself."""
        if isinstance(library, Path) and path.exists() and path.resolve() == library.resolve():
            raise InputError(msg("export.onto_library", path=path))
        temp = path.with_name(f".{path.name}.part")
        try:
            with temp.open("w", encoding="utf-8-sig", newline="") as stream:
                writer = csv.writer(stream)
                writer.writerow(CSV_COLUMNS)
                for row in self.csv_rows():
                    writer.writerow([_cell(row.get(column)) for column in CSV_COLUMNS])
            os.replace(temp, path)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise InputError(msg("export.unwritable", path=path, reason=exc.strerror or exc)) from None

    def csv_rows(self) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for v in self.variables:
            low, high = v.alpha_ci or (None, None)
            common = {"variable": v.variable, "unit": v.unit, "level": v.level, "units": v.units, "coders": v.coders}
            rows.append({"scope": "variable", **common, **_figures(v), "alpha_ci_low": low, "alpha_ci_high": high})
            rows += [{"scope": "value", **common, "value": each.value, **_figures(each)} for each in v.values]
        rows += [{"scope": "pair", **asdict(p)} for p in self.pairs]
        entities, directives = self.entities, self.directives
        rows.append({"scope": "entities", "units": entities["articles"], "coders": entities["coders"],
                     "alpha": entities["alpha"], "f1": entities["f1"]})  # fmt: skip
        rows += [{"scope": "entity_label", "value": each["label"], "f1": each["f1"]} for each in entities["labels"]]
        rows += [{"scope": "entity_pair", "value": p["label"], **p} for p in entities["pairs"]]
        rows.append({"scope": "directives", "units": directives["articles"], "coders": directives["coders"],
                     "f1": directives["f1"]})  # fmt: skip
        rows += [{"scope": "directive_attribute", "value": a["attribute"], **a} for a in directives["attributes"]]
        for p in directives["pairs"]:
            rows.append({"scope": "directive_pair", **p})
            pair = {"coder_a": p["coder_a"], "coder_b": p["coder_b"]}
            rows += [
                {"scope": "directive_pair_attribute", "value": a["attribute"], **a, **pair} for a in p["attributes"]
            ]
        return rows


CSV_COLUMNS = (
    "scope", "variable", "value", "coder_a", "coder_b", "unit", "level", "units", "coders", "alpha", "alpha_ci_low",
    "alpha_ci_high", "percent_agreement", "cohen_kappa", "fleiss_kappa", "f1",
)  # fmt: skip


def _figures(row: VariableAgreement | ValueAgreement) -> dict[str, Any]:
    return {
        "alpha": row.alpha,
        "percent_agreement": row.percent_agreement,
        "cohen_kappa": row.cohen_kappa,
        "fleiss_kappa": row.fleiss_kappa,
    }


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    return escape_cell(value) if isinstance(value, str) else value


# -- computing -------------------------------------------------------------------------


def choose_variables(codebook: Codebook, names: Sequence[str], where: str) -> list[Variable]:
    """The variables named (all but text variables when none is); an unknown or text one is an InputError."""
    if not names:
        return [v for v in codebook.variables if v.type != "text"]
    chosen = []
    for name in names:
        variable = codebook.variable(name)
        if variable is None:
            known = ", ".join(v.name for v in codebook.variables)
            raise InputError(msg("agreement.unknown_variable", path=where, variable=name, known=known))
        if variable.type == "text":
            raise InputError(msg("agreement.text_variable", variable=name))
        if variable not in chosen:
            chosen.append(variable)
    return chosen


def check_coders(known: Sequence[str], wanted: Sequence[str], where: str) -> list[str]:
    """The coders to compare: `wanted` (each must have codes) or all `known`; fewer than two is an InputError."""
    for coder in wanted:
        if coder not in known:
            raise InputError(msg("agreement.unknown_coder", path=where, coder=coder, known=_names(known)))
    coders = sorted(set(wanted)) if wanted else sorted(known)
    if len(coders) < 2:
        raise InputError(msg("agreement.few_coders", path=where, count=len(coders), known=_names(coders)))
    return coders


def _names(coders: Sequence[str]) -> str:
    return ", ".join(coders) if coders else "none"


def _value(variable: Variable, value: Any) -> Hashable:
    if variable.type == "multi":
        return frozenset(value if isinstance(value, list) else [value])
    if variable.type == "interval":
        return float(value)
    return str(value)


def compute_agreement(
    variables: Sequence[Variable],
    rows: Iterable[CodeRow],
    coders: Sequence[str],
    layers: Layers | None = None,
    lengths: Mapping[int, int] | None = None,
    draws: int = BOOTSTRAP_DRAWS,
    seed: int = BOOTSTRAP_SEED,
) -> AgreementReport:
    """The report for these variables from these codes, comparing these coders only; entities and
    directives from the coders' `layers` (agreement_layers.py), `lengths` giving the length of each
    article they compare. Codes on directives are units as matched there (no layers: none match)."""
    wanted = set(coders)
    layers = layers or Layers()
    directive_units = layers.directive_unit_keys()
    by_variable: dict[str, dict[tuple[str, int], dict[str, Hashable]]] = {v.name: {} for v in variables}
    unmatched = {v.name: 0 for v in variables if v.unit == "directive"}
    types = {v.name: v for v in variables}
    for row in rows:
        if row.variable in by_variable and row.coder in wanted:
            unit = (row.unit, row.unit_id)
            if row.unit == "directive":
                found = directive_units.get((row.coder, row.unit_id))
                if found is None:
                    unmatched[row.variable] += 1
                    continue
                unit = found
            value = _value(types[row.variable], row.value)
            by_variable[row.variable].setdefault(unit, {})[row.coder] = value
    report = AgreementReport(
        coders=sorted(wanted),
        variables=[],
        pairs=[],
        entities=entity_agreement(layers.entities, lengths or {}),
        directives=directive_agreement(layers.directives),
    )
    for variable in variables:
        ratings = paired(dict(sorted(by_variable[variable.name].items(), key=lambda item: item[0])))
        report.variables.append(_variable(variable, ratings, draws, seed))
        report.variables[-1].unmatched = unmatched.get(variable.name)
        report.pairs += _pairs(variable, ratings)
    return report


def _variable(variable: Variable, ratings: Ratings, draws: int, seed: int) -> VariableAgreement:
    level = variable.type
    coders = sorted({coder for values in ratings.values() for coder in values})
    row = VariableAgreement(variable.name, variable.unit, level, len(ratings), len(coders))
    if not ratings:
        return row
    scale = Scale.of(level, ratings, variable.codes())
    counts = scale.counts(ratings)
    row.alpha = scale.alpha(counts)
    row.alpha_ci = scale.bootstrap(counts, draws, seed)
    row.percent_agreement = percent_agreement(ratings)
    if level in _KAPPA_LEVELS:
        row.cohen_kappa = cohen_kappa(ratings, coders[0], coders[1], scale) if len(coders) == 2 else None
        row.fleiss_kappa = fleiss_kappa(counts)
    if level == "multi":
        row.values = [_value_row(code, ratings, coders) for code in variable.codes()]
    return row


def _value_row(code: str, ratings: Ratings, coders: list[str]) -> ValueAgreement:
    chosen = {unit: {coder: code in values[coder] for coder in values} for unit, values in ratings.items()}
    scale = Scale("nominal", [False, True])
    counts = scale.counts(chosen)
    return ValueAgreement(
        code,
        scale.alpha(counts),
        percent_agreement(chosen),
        cohen_kappa(chosen, coders[0], coders[1], scale) if len(coders) == 2 else None,
        fleiss_kappa(counts),
    )


def _pairs(variable: Variable, ratings: Ratings) -> list[PairAgreement]:
    coders = sorted({coder for values in ratings.values() for coder in values})
    if not ratings:
        return []
    scale = Scale.of(variable.type, ratings, variable.codes())
    pairs = []
    for first, second in itertools.combinations(coders, 2):
        both = {unit: {first: v[first], second: v[second]} for unit, v in ratings.items() if first in v and second in v}
        kappa = cohen_kappa(both, first, second, scale) if both and variable.type in _KAPPA_LEVELS else None
        alpha = scale.alpha(scale.counts(both)) if both else None
        pairs.append(PairAgreement(variable.name, first, second, len(both), alpha, percent_agreement(both), kappa))
    return pairs


# -- the report as text (the command line's table) ----------------------------------------

# Krippendorff's thresholds: data with alpha >= 0.800 are reliable; 0.667 <= alpha < 0.800 allow tentative conclusions.
RELIABLE = 0.800
TENTATIVE = 0.667


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}%"


def _table(header: Sequence[tuple[str, int]], rows: Iterable[Sequence[str]], left: int) -> list[str]:
    """Columns padded to display widths (a Chinese character is two columns): the first `left`
    columns are text, cut to their width; the others are figures, right-aligned."""

    def cell(n: int, text: str, width: int) -> str:
        return fit(text, width) if n < left else " " * max(width - width_of(text), 0) + text

    lines = ["  ".join(cell(n, title, width) for n, (title, width) in enumerate(header))]
    for row in rows:
        cells = zip(row, header, strict=True)
        lines.append("  ".join(cell(n, shown(text), width) for n, (text, (_, width)) in enumerate(cells)))
    return [line.rstrip() for line in lines]


def report_text(report: AgreementReport) -> str:
    """The report as a terminal table: the variables, then the coder pairs, entities and directives."""
    lines = [f"Coders: {shown(', '.join(report.coders))}", ""]
    header = (("variable", 24), ("level", 8), ("units", 6), ("coders", 6), ("alpha", 7), ("95% CI", 13),
              ("agree", 7), ("Cohen", 6), ("Fleiss", 6))  # fmt: skip
    rows: list[list[str]] = []
    for v in report.variables:
        ci = f"{v.alpha_ci[0]:.3f}-{v.alpha_ci[1]:.3f}" if v.alpha_ci else "-"
        rows.append([v.variable, v.level, str(v.units), str(v.coders), _number(v.alpha), ci,
                     _percent(v.percent_agreement), _number(v.cohen_kappa), _number(v.fleiss_kappa)])  # fmt: skip
        for each in v.values:
            figures = [_percent(each.percent_agreement), _number(each.cohen_kappa), _number(each.fleiss_kappa)]
            rows.append([f"  ={each.value}", "binary", "", "", _number(each.alpha), "", *figures])
    lines += _table(header, rows, left=2)
    lines += [
        f"{shown(v.variable)}: {v.unmatched} codes on directives no other coder's matched, left out"
        for v in report.variables
        if v.unmatched
    ]
    if report.pairs:
        lines += ["", "Coder pairs"]
        pair_header = (("variable", 24), ("coder A", 12), ("coder B", 12), ("units", 6), ("alpha", 7), ("agree", 7),
                  ("Cohen", 6))  # fmt: skip
        pairs = (
            [p.variable, p.coder_a, p.coder_b, str(p.units), _number(p.alpha), _percent(p.percent_agreement),
             _number(p.cohen_kappa)] for p in report.pairs
        )  # fmt: skip
        lines += _table(pair_header, pairs, left=3)
    lines += ["", *_annotation_lines(report)]
    lines += ["", f"alpha >= {RELIABLE:.3f}: reliable; >= {TENTATIVE:.3f}: tentative conclusions only (Krippendorff)"]
    return "\n".join(lines) + "\n"


def _annotation_lines(report: AgreementReport) -> list[str]:
    entities, directives = report.entities, report.directives
    if entities["articles"]:
        lines = [f"Entities: {entities['articles']} articles, {entities['coders']} coders; exact-span F1 "
                 f"{_number(entities['f1'])}, character alpha {_number(entities['alpha'])}"]  # fmt: skip
        lines += [f"  {shown(each['label'])}: F1 {_number(each['f1'])}" for each in entities["labels"]]
    else:
        lines = ["Entities: no article annotated by two or more coders"]
    if directives["articles"]:
        lines.append(f"Directives: {directives['articles']} articles, {directives['coders']} coders; detection F1 "
                     f"{_number(directives['f1'])}, {directives['matched']} matched")  # fmt: skip
        lines += [
            f"  {a['attribute']}: alpha {_number(a['alpha'])} ({a['units']} units)" for a in directives["attributes"]
        ]
    else:
        lines.append("Directives: no article annotated by two or more coders")
    return lines
