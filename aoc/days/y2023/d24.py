"""2023 day 24: Never Tell Me The Odds. Hailstones fly in straight lines; one thrown rock hits all.

Part 1 intersects every pair of paths in the plane in integers. Part 2 is learned: the rock
(p, v) hits hailstone i when (p − pᵢ) × (v − vᵢ) = 0, and equating two hailstones' conditions
cancels the p × v term, leaving equations linear in (p, v). Gauss–Newton solves them over every
hailstone in one step, with positions centred and scaled so the floats stay well conditioned.
Only the small velocity is read off the floats; the position then follows exactly from two
hailstones, and the rock must hit every hailstone in integers. Should it miss, the same linear
equations are solved in fractions instead.
"""
from dataclasses import dataclass
from itertools import combinations

import numpy as np

from aoc.lab import Study, solve
from aoc.lib.linear import cross, cross_matrix, solve_linear
from aoc.lib.parse import ints

LOW, HIGH = 200_000_000_000_000, 400_000_000_000_000

Triple = tuple[int, int, int]
Rock = tuple[Triple, Triple]


@dataclass(frozen=True)
class Hailstone:
    """A position and a velocity, in integers."""

    p: Triple
    v: Triple


def parse(text: str) -> list[Hailstone]:
    """One 'px, py, pz @ vx, vy, vz' hailstone per line."""
    hail = []
    for line in text.strip().splitlines():
        numbers = ints(line)
        if len(numbers) != 6:
            raise ValueError(f"a hailstone needs six numbers: {line!r}")
        px, py, pz, vx, vy, vz = numbers
        hail.append(Hailstone((px, py, pz), (vx, vy, vz)))
    return hail


def crossing_inside(a: Hailstone, b: Hailstone, low: int, high: int) -> bool:
    """Do the x-y paths of a and b cross, in both their futures, inside the test area? (exact)"""
    det = b.v[0] * a.v[1] - a.v[0] * b.v[1]
    if det == 0:
        return False
    dx, dy = b.p[0] - a.p[0], b.p[1] - a.p[1]
    t, s = b.v[0] * dy - b.v[1] * dx, a.v[0] * dy - a.v[1] * dx
    if det < 0:
        det, t, s = -det, -t, -s
    if t < 0 or s < 0:
        return False
    x, y = a.p[0] * det + t * a.v[0], a.p[1] * det + t * a.v[1]
    return low * det <= x <= high * det and low * det <= y <= high * det


def part1(hail: list[Hailstone], low: int = LOW, high: int = HIGH) -> int:
    """How many pairs of paths cross inside the test area."""
    return sum(crossing_inside(a, b, low, high) for a, b in combinations(hail, 2))


def part2(hail: list[Hailstone]) -> int:
    """The sum of the rock's starting coordinates."""
    position, _ = solve(study(hail)).answer
    return sum(position)


def study(hail: list[Hailstone]) -> Study:
    """Part 2 as a study: the linear residuals of every hailstone, solved by Gauss–Newton."""
    from aoc import nn

    if len(hail) < 3:
        raise ValueError("at least three hailstones are needed to pin the rock down")
    centre = np.mean([h.p for h in hail], axis=0).round()
    scale = max(1.0, float(np.abs(np.array([h.p for h in hail]) - centre).max()))
    positions = ((np.array([h.p for h in hail], dtype=float) - centre) / scale).tolist()
    velocities = [[float(x) for x in h.v] for h in hail]
    rows = np.array([row for pi, vi in zip(positions[1:], velocities[1:], strict=True)
                     for row in _linear_rows(positions[0], velocities[0], pi, vi)], dtype=float)
    graph = nn.Graph()
    p = graph.param(np.zeros(3), name="p (scaled)")
    v = graph.param(np.zeros(3), name="v")
    residual = (graph.const(rows[:, :3], name="A") @ p + graph.const(rows[:, 3:6], name="B") @ v
                + graph.const(-rows[:, 6], name="c"))
    return Study(
        graph, residual, nn.GaussNewton(), candidate=lambda: rock_from_velocity(hail, v.value),
        verify=lambda rock: hits_all(hail, rock), exact=lambda: solve_exactly(hail), steps=10,
        tol=1e-12, title="‖A·p + B·v + c‖² / 2 over every hailstone",
    )


def _linear_rows(a_p, a_v, b_p, b_v) -> list[list]:
    """Rows [coefficients of p, of v | constant] of (p − a_p) × (v − a_v) = (p − b_p) × (v − b_v).

    Both sides hold p × v, which cancels: what is left is [a_v − b_v]× p + [b_p − a_p]× v on
    the left and b_p × b_v − a_p × a_v on the right.
    """
    dv = [x - y for x, y in zip(a_v, b_v, strict=True)]
    dp = [y - x for x, y in zip(a_p, b_p, strict=True)]
    constant = [y - x for x, y in zip(cross(a_p, a_v), cross(b_p, b_v), strict=True)]
    rows = zip(cross_matrix(dv), cross_matrix(dp), constant, strict=True)
    return [[*on_p, *on_v, c] for on_p, on_v, c in rows]


def rock_from_velocity(hail: list[Hailstone], learned_v) -> Rock:
    """Round the learned velocity; the position is then where two hailstones' lines meet (exact)."""
    vx, vy, vz = (int(round(float(x))) for x in learned_v)
    v = (vx, vy, vz)
    for first, second in combinations(hail[:10], 2):
        p = _meeting_point(first, second, v)
        if p is not None:
            return p, v
    raise ValueError("no two hailstones pin the rock's position")


def _meeting_point(a: Hailstone, b: Hailstone, v: Triple) -> Triple | None:
    """Where a's and b's lines meet as seen from a rock of velocity v: the rock's start, or None."""
    da = [a.v[k] - v[k] for k in range(3)]
    db = [b.v[k] - v[k] for k in range(3)]
    for i, j in ((0, 1), (0, 2), (1, 2)):
        times = solve_linear([[da[i], -db[i], b.p[i] - a.p[i]], [da[j], -db[j], b.p[j] - a.p[j]]])
        if times is not None:
            x, y, z = (a.p[k] + times[0] * da[k] for k in range(3))
            whole = x.denominator == y.denominator == z.denominator == 1
            return (int(x), int(y), int(z)) if whole else None
    return None


def hits_all(hail: list[Hailstone], rock: Rock) -> bool:
    """Does the rock hit every hailstone at a whole, non-negative time? (exact)"""
    p, v = rock
    return all(_hit_time(p, v, h) is not None for h in hail)


def _hit_time(p: Triple, v: Triple, h: Hailstone) -> int | None:
    """The time the rock meets h, or None when it never does."""
    time = None
    for k in range(3):
        gap, closing = h.p[k] - p[k], v[k] - h.v[k]
        if closing == 0:
            if gap:
                return None
        elif gap % closing or (time is not None and gap // closing != time):
            return None
        else:
            time = gap // closing
    return time if time is not None and time >= 0 else None


def solve_exactly(hail: list[Hailstone]) -> Rock:
    """The rock from six of the linear equations, solved in fractions (no floats at all)."""
    for i, j, k in combinations(range(min(len(hail), 12)), 3):
        a, b, c = hail[i], hail[j], hail[k]
        solution = solve_linear(_linear_rows(a.p, a.v, b.p, b.v) + _linear_rows(a.p, a.v, c.p, c.v))
        if solution is not None and all(x.denominator == 1 for x in solution):
            px, py, pz, vx, vy, vz = (int(x) for x in solution)
            return (px, py, pz), (vx, vy, vz)
    raise ValueError("the hailstones do not determine one rock (parallel hailstones?)")
