"""Where to draw the nodes of the co-occurrence graph: a deterministic force-directed layout."""

from __future__ import annotations

import math
from collections.abc import Sequence

GRAPH_GRAVITY = 0.5


def layout_graph(
    count: int, edges: Sequence[tuple[int, int, float]], iterations: int = 300
) -> list[tuple[float, float]]:
    """Positions in [-1, 1]² for `count` nodes joined by weighted edges (i, j, weight).

    A force-directed layout: every pair of nodes repels, an edge pulls its ends
    together in proportion to its weight, and the moves shrink step by step. It
    starts from a circle in node order, so the same graph always gets the same
    drawing. Nodes joined by nothing drift to the rim.
    """
    if count == 0:
        return []
    if count == 1:
        return [(0.0, 0.0)]
    xs = [math.cos(2 * math.pi * i / count) for i in range(count)]
    ys = [math.sin(2 * math.pi * i / count) for i in range(count)]
    heaviest = max((w for _i, _j, w in edges), default=1.0) or 1.0
    springs = [(i, j, 0.3 + 0.7 * w / heaviest) for i, j, w in edges if i != j]
    k = math.sqrt(4.0 / count)  # the ideal distance between nodes in a 2×2 square
    gravity = GRAPH_GRAVITY
    step = 0.2
    for _ in range(iterations):
        dx = [0.0] * count
        dy = [0.0] * count
        for i in range(count):
            for j in range(i + 1, count):
                ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
                dist2 = max(ddx * ddx + ddy * ddy, 1e-6)
                force = k * k / dist2
                dx[i] += ddx * force
                dy[i] += ddy * force
                dx[j] -= ddx * force
                dy[j] -= ddy * force
        for i, j, weight in springs:
            ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
            dist = math.sqrt(ddx * ddx + ddy * ddy) or 1e-3
            force = dist * weight / k
            dx[i] -= ddx * force
            dy[i] -= ddy * force
            dx[j] += ddx * force
            dy[j] += ddy * force
        for i in range(count):
            # A pull to the centre keeps unconnected parts close to the rest.
            dx[i] -= xs[i] * gravity
            dy[i] -= ys[i] * gravity
            length = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) or 1.0
            move = min(length, step)
            xs[i] += dx[i] / length * move
            ys[i] += dy[i] / length * move
        step = max(step * 0.985, 0.002)
    # Then no two nodes closer than a fair share of the square (cliques pull their members together).
    points = _normalised(xs, ys)
    xs, ys = [x for x, _y in points], [y for _x, y in points]
    _separate(xs, ys, min(0.35, 1.2 / math.sqrt(count)))
    return _normalised(xs, ys)


def _separate(xs: list[float], ys: list[float], gap: float, rounds: int = 50) -> None:
    """Push apart nodes closer than `gap` (hubs that everything pulls to the same place)."""
    count = len(xs)
    for _ in range(rounds):
        moved = False
        for i in range(count):
            for j in range(i + 1, count):
                ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
                dist = math.sqrt(ddx * ddx + ddy * ddy)
                if dist >= gap:
                    continue
                if dist < 1e-9:
                    ddx, ddy, dist = 1e-3 * (1 + i), 1e-3, math.hypot(1e-3 * (1 + i), 1e-3)
                push = (gap - dist) / 2 / dist
                xs[i] += ddx * push
                ys[i] += ddy * push
                xs[j] -= ddx * push
                ys[j] -= ddy * push
                moved = True
        if not moved:
            return


def _normalised(xs: list[float], ys: list[float]) -> list[tuple[float, float]]:
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    half = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    return [((x - cx) / half, (y - cy) / half) for x, y in zip(xs, ys, strict=True)]
