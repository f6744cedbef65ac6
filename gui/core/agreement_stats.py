"""The reliability figures of one variable's codes: Krippendorff's alpha, kappa, percent agreement.

Input is plain data: `Ratings`, each unit's values by coder (a unit a coder left uncoded is
simply missing). The statistics come from well-kept libraries: alpha from `krippendorff`
(Castro's implementation, checked against Krippendorff's published examples), Cohen's and
Fleiss' kappa from statsmodels. What is ours is how values become their inputs:

- nominal and ordinal values are indices into the codebook's values (their order is the
  ordinal scale); interval values are numbers; a multi-choice value is a frozenset of codes.
- A multi-choice variable's alpha uses the MASI distance (Passonneau 2006: 1 - Jaccard x
  monotonicity) between the sets coders chose; each of its values also gets a binary
  (chosen / not chosen) nominal alpha, reported beside it.
- Percent agreement is the percentage of agreeing coder pairs within a unit, averaged over the
  units (Fleiss' P-bar x 100; with two coders simply the share of units with the same value).
- The bootstrap interval resamples units with replacement (seeded, so the same data gives the
  same interval) and takes the 2.5th and 97.5th percentiles of alpha over the draws; a draw
  in which alpha is undefined (every value the same) is left out. The draws are computed from
  the units' coincidence matrices (`Scale.draw_alpha`), which equal the library's alpha.

A figure that does not apply or is undefined (no variation to agree on) is None.
"""

from __future__ import annotations

import itertools
import math
import warnings
from collections.abc import Hashable, Mapping, Sequence
from typing import Any

import numpy as np

# unit -> coder -> value; a unit a coder did not code has no entry for that coder.
Ratings = Mapping[Any, Mapping[str, Any]]

LEVELS = ("nominal", "ordinal", "interval", "multi")
BOOTSTRAP_DRAWS = 1000
BOOTSTRAP_SEED = 2011  # Krippendorff's year; any fixed number makes the interval reproducible


def paired(ratings: Ratings) -> dict[Hashable, Mapping[str, Hashable]]:
    """The units that two or more coders coded: the only ones that can show agreement."""
    return {unit: values for unit, values in ratings.items() if len(values) >= 2}


def masi_distance(a: frozenset[Any], b: frozenset[Any]) -> float:
    """Passonneau's MASI distance of two sets: 0 for equal sets, 1 for disjoint ones."""
    if a == b:
        return 0.0
    union = len(a | b)
    jaccard = len(a & b) / union if union else 0.0
    if a <= b or b <= a:
        monotonicity = 2 / 3
    elif a & b:
        monotonicity = 1 / 3
    else:
        monotonicity = 0.0
    return 1.0 - jaccard * monotonicity


class Scale:
    """The values a variable can take at its level, as the columns of a value-count matrix."""

    def __init__(self, level: str, domain: Sequence[Hashable]) -> None:
        if level not in LEVELS:
            raise ValueError(f"unknown level of measurement {level!r}")
        self.level = level
        self.domain: list[Any] = list(domain)
        self._masi: np.ndarray | None = None
        self.index = {value: i for i, value in enumerate(self.domain)}

    @classmethod
    def of(cls, level: str, ratings: Ratings, codes: Sequence[str] = ()) -> Scale:
        """The scale for these ratings: the codebook's codes in order (nominal, ordinal; codes
        not in it follow), the numbers seen in order (interval), the sets seen (multi)."""
        seen: set[Any] = {value for values in ratings.values() for value in values.values()}
        if level == "interval":
            numbers: list[Any] = sorted(seen, key=float)
            return cls(level, numbers)
        if level == "multi":
            sets: list[Any] = sorted(seen, key=lambda chosen: sorted(map(str, chosen)))
            return cls(level, sets)
        return cls(level, [*codes, *sorted((v for v in seen if v not in codes), key=str)])

    def counts(self, ratings: Ratings) -> np.ndarray:
        """Units x values: how many coders gave each unit each value (units in the given order)."""
        table = np.zeros((len(ratings), max(len(self.domain), 1)), dtype=np.int64)
        for row, values in enumerate(ratings.values()):
            for value in values.values():
                table[row, self.index[value]] += 1
        return table

    def _metric(self) -> Any:
        if self.level != "multi":
            return self.level
        sets = self.domain
        distances = np.array([[masi_distance(a, b) for b in sets] for a in sets], dtype=np.float64)

        def masi(v1: Any, v2: Any, i1: Any, i2: Any, n_v: Any, dtype: Any = np.float64) -> Any:
            return distances[i1, i2].astype(dtype)

        return masi

    def alpha(self, counts: np.ndarray) -> float | None:
        """Krippendorff's alpha of a value-count matrix, None where it is undefined."""
        import krippendorff

        if len(self.domain) < 2 or counts.size == 0:
            return None
        domain = np.array(self.domain, dtype=np.float64) if self.level == "interval" else np.arange(len(self.domain))
        try:
            with np.errstate(divide="ignore", invalid="ignore"):
                value = float(
                    krippendorff.alpha(value_counts=counts, value_domain=domain, level_of_measurement=self._metric())
                )
        except ValueError:  # no unit with two values, or a single value: nothing to agree on
            return None
        return value if math.isfinite(value) else None

    def bootstrap(
        self, counts: np.ndarray, draws: int = BOOTSTRAP_DRAWS, seed: int = BOOTSTRAP_SEED
    ) -> tuple[float, float] | None:
        """A 95% interval for alpha from `draws` resamples of the units (seeded: reproducible).

        Each draw weighs the units' coincidence matrices by how often it drew them (alpha is
        1 - sum(o * d) / sum(e * d) over those, Krippendorff's own formulation), so a thousand
        draws over a thousand units and a hundred values take well under a second where calling
        the library a thousand times took minutes; `draw_alpha` with every unit once is the
        library's alpha (a test checks it)."""
        if self.alpha(counts) is None:
            return None
        rng = np.random.default_rng(seed)
        n = counts.shape[0]
        coincidences = self._unit_coincidences(counts)
        found = []
        for _ in range(draws):
            value = self.draw_alpha(coincidences, np.bincount(rng.integers(0, n, n), minlength=n))
            if value is not None:
                found.append(value)
        if not found:
            return None
        low, high = np.percentile(found, [2.5, 97.5])
        return float(low), float(high)

    def _unit_coincidences(self, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each unit's coincidences n_uc (n_uk - [c = k]) / (m_u - 1) as sparse entries:
        (unit, flat index c x V + k, value); a unit has at most as many values as coders."""
        size = len(self.domain)
        units, flat, values = [], [], []
        for unit, row in enumerate(counts):
            pairable = row.sum()
            if pairable < 2:
                continue
            present = np.flatnonzero(row)
            for c in present:
                for k in present:
                    units.append(unit)
                    flat.append(c * size + k)
                    values.append(row[c] * (row[k] - (c == k)) / (pairable - 1))
        return np.array(units, dtype=np.int64), np.array(flat, dtype=np.int64), np.array(values, dtype=np.float64)

    def draw_alpha(self, coincidences: tuple[np.ndarray, np.ndarray, np.ndarray], weights: np.ndarray) -> float | None:
        """Alpha with each unit counted `weights` times, from `_unit_coincidences`."""
        size = len(self.domain)
        units, flat, values = coincidences
        if units.size == 0:
            return None
        o = np.bincount(flat, weights=weights[units] * values, minlength=size * size).reshape(size, size)
        n_v = o.sum(axis=0)
        total = n_v.sum()
        if total <= 1:
            return None
        e = (np.outer(n_v, n_v) - np.diag(n_v)) / (total - 1)
        d = self._distances(n_v)
        expected = (e * d).sum()
        if not expected > 1e-12:
            return None
        return float(1 - (o * d).sum() / expected)

    def _distances(self, n_v: np.ndarray) -> np.ndarray:
        size = len(self.domain)
        if self.level == "nominal":
            return 1 - np.eye(size)
        if self.level == "interval":
            values = np.array(self.domain, dtype=np.float64)
            return (values[:, None] - values[None, :]) ** 2
        if self.level == "multi":
            if self._masi is None:  # the same for every draw
                self._masi = np.array(
                    [[masi_distance(a, b) for b in self.domain] for a in self.domain], dtype=np.float64
                )
            return self._masi
        # ordinal: (the values from c to k, less half of c's and k's) squared, as Krippendorff defines it
        cumulative = np.concatenate(([0.0], np.cumsum(n_v)))
        low, high = (
            np.minimum.outer(np.arange(size), np.arange(size)),
            np.maximum.outer(np.arange(size), np.arange(size)),
        )
        between = cumulative[high + 1] - cumulative[low]
        return (between - (n_v[low] + n_v[high]) / 2) ** 2


def percent_agreement(ratings: Ratings) -> float | None:
    """The percentage (0-100) of coder pairs within a unit that gave the same value, averaged over units."""
    shares = []
    for values in paired(ratings).values():
        pairs = list(itertools.combinations(values.values(), 2))
        shares.append(sum(a == b for a, b in pairs) / len(pairs))
    return 100 * sum(shares) / len(shares) if shares else None


def cohen_kappa(ratings: Ratings, first: str, second: str, scale: Scale) -> float | None:
    """Cohen's (unweighted) kappa of two coders on the units both coded."""
    from statsmodels.stats.inter_rater import cohens_kappa

    both = [(v[first], v[second]) for v in ratings.values() if first in v and second in v]
    if not both:
        return None
    size = len(scale.domain)
    table = np.zeros((size, size), dtype=np.int64)
    for a, b in both:
        table[scale.index[a], scale.index[b]] += 1
    with warnings.catch_warnings(), np.errstate(divide="ignore", invalid="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)
        value = float(cohens_kappa(table).kappa)
    return value if math.isfinite(value) else None


def fleiss_kappa(counts: np.ndarray) -> float | None:
    """Fleiss' kappa, when every unit has the same number of coders (its assumption)."""
    from statsmodels.stats.inter_rater import fleiss_kappa as fleiss

    sizes = set(counts.sum(axis=1).tolist())
    if counts.size == 0 or len(sizes) != 1 or sizes.pop() < 2:
        return None
    with warnings.catch_warnings(), np.errstate(divide="ignore", invalid="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)
        value = float(fleiss(counts, method="fleiss"))
    return value if math.isfinite(value) else None
