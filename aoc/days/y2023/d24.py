"""2023 day 24: Never Tell Me The Odds. Part 1 intersects every pair of paths in the plane with exact integer arithmetic. Part 2 is learned: the rock (p, v) hits hailstone i when (p − pᵢ) × (v − vᵢ) = 0, and subtracting hailstone 0's equation cancels the p × v term, leaving residuals linear in (p, v) — A·p + B·v + c as one aoc.nn graph over every hailstone, which Gauss–Newton solves in a step. Positions are centred and scaled so the floats stay well conditioned; the learned velocity is rounded (it is small), the position then follows exactly from two hailstones, and the rock is proven against every hailstone with integers. If the candidate fails, an exact rational elimination answers instead."""
from dataclasses import dataclass
from fractions import Fraction
from itertools import combinations

import numpy as np

from aoc import lab as lab_api
from aoc.lib.parse import ints

LOW, HIGH = 200_000_000_000_000, 400_000_000_000_000


@dataclass(frozen=True)
class Hailstone:
    """A position and a velocity, in integers."""

    p: tuple[int, int, int]
    v: tuple[int, int, int]


def parse(text: str) -> list[Hailstone]:
    """One 'px, py, pz @ vx, vy, vz' hailstone per line."""
    hail = []
    for line in text.strip().splitlines():
        numbers = ints(line)
        if len(numbers) != 6:
            raise ValueError(f"a hailstone needs six numbers: {line!r}")
        hail.append(Hailstone(tuple(numbers[:3]), tuple(numbers[3:])))
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
    position, _ = lab_api.solve(lab(hail)).answer
    return sum(position)


def lab(hail: list[Hailstone]) -> lab_api.Study:
    """Part 2 as a study: the linear residuals of every hailstone, solved by Gauss–Newton."""
    from aoc import nn

    if len(hail) < 3:
        raise ValueError("at least three hailstones are needed to pin the rock down")
    centre = np.mean([h.p for h in hail], axis=0).round()
    scale = max(1.0, float(np.abs(np.array([h.p for h in hail]) - centre).max()))
    positions = (np.array([h.p for h in hail], dtype=float) - centre) / scale
    velocities = np.array([h.v for h in hail], dtype=float)
    a, b, c = _linear_system(positions, velocities)
    graph = nn.Graph()
    p = graph.param(np.zeros(3), name="p (scaled)")
    v = graph.param(np.zeros(3), name="v")
    residual = graph.const(a, name="A") @ p + graph.const(b, name="B") @ v + graph.const(c, name="c")
    return lab_api.Study(
        graph, residual, nn.GaussNewton(), candidate=lambda: rock_from_velocity(hail, v.value),
        verify=lambda rock: hits_all(hail, rock), exact=lambda: solve_exactly(hail), steps=10, tol=1e-12,
        title="‖A·p + B·v + c‖² / 2 over every hailstone",
    )


def _linear_system(positions: np.ndarray, velocities: np.ndarray):
    """A, B, c with rows A_i p + B_i v + c_i = (p − p_i)×(v − v_i) − (p − p_0)×(v − v_0)."""
    p0, v0 = positions[0], velocities[0]
    a = np.concatenate([-_skew(v0 - vi) for vi in velocities[1:]])
    b = np.concatenate([_skew(p0 - pi) for pi in positions[1:]])
    c = np.concatenate([np.cross(pi, vi) - np.cross(p0, v0) for pi, vi in zip(positions[1:], velocities[1:])])
    return a, b, c


def _skew(w: np.ndarray) -> np.ndarray:
    """The matrix [w]× with [w]× x = w × x."""
    return np.array([[0, -w[2], w[1]], [w[2], 0, -w[0]], [-w[1], w[0], 0]], dtype=float)


def rock_from_velocity(hail: list[Hailstone], learned_v) -> tuple[tuple, tuple]:
    """Round the learned velocity, then find the position exactly where two hailstones' lines meet."""
    v = tuple(int(round(float(x))) for x in learned_v)
    for first, second in combinations(hail[:10], 2):
        p = _meeting_point(first, second, v)
        if p is not None:
            return p, v
    raise ValueError("no two hailstones pin the rock's position")


def _meeting_point(a: Hailstone, b: Hailstone, v: tuple) -> tuple | None:
    """Seen from the rock, a and b move along lines through p: solve a.p + t·(a.v − v) = b.p + s·(b.v − v)."""
    da = [a.v[k] - v[k] for k in range(3)]
    db = [b.v[k] - v[k] for k in range(3)]
    for i, j in ((0, 1), (0, 2), (1, 2)):
        det = da[i] * -db[j] - da[j] * -db[i]
        if det:
            rhs_i, rhs_j = b.p[i] - a.p[i], b.p[j] - a.p[j]
            t = Fraction(rhs_i * -db[j] - rhs_j * -db[i], det)
            point = tuple(a.p[k] + t * da[k] for k in range(3))
            return tuple(int(x) for x in point) if all(x.denominator == 1 for x in point) else None
    return None


def hits_all(hail: list[Hailstone], rock) -> bool:
    """Does the rock hit every hailstone at a whole, non-negative time? (exact)"""
    p, v = rock
    return all(_hit_time(p, v, h) is not None for h in hail)


def _hit_time(p, v, h: Hailstone) -> int | None:
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


def solve_exactly(hail: list[Hailstone]) -> tuple[tuple, tuple]:
    """The rock from six of the linear equations, by rational elimination (no floats at all)."""
    for i, j, k in combinations(range(min(len(hail), 12)), 3):
        rows = _exact_rows(hail[i], hail[j]) + _exact_rows(hail[i], hail[k])
        solution = _eliminate(rows)
        if solution is not None and all(x.denominator == 1 for x in solution):
            values = [int(x) for x in solution]
            return tuple(values[:3]), tuple(values[3:])
    raise ValueError("the hailstones do not determine one rock (parallel hailstones?)")


def _exact_rows(a: Hailstone, b: Hailstone) -> list[list[Fraction]]:
    """Three rows [coefficients of p, v | constant] of (p−a.p)×(v−a.v) − (p−b.p)×(v−b.v) = 0."""
    w = [b.v[n] - a.v[n] for n in range(3)]
    q = [b.p[n] - a.p[n] for n in range(3)]
    const = [x - y for x, y in zip(_cross(b.p, b.v), _cross(a.p, a.v))]
    rows = []
    for n in range(3):
        unit = [int(m == n) for m in range(3)]
        p_coef, v_coef = _cross(w, unit), _cross(unit, q)
        rows.append([Fraction(x) for x in (*[-c for c in p_coef], *[-c for c in v_coef], -const[n])])
    return rows


def _cross(a, b) -> list:
    """a × b of integer triples."""
    return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]


def _eliminate(rows: list[list[Fraction]]) -> list[Fraction] | None:
    """Solve a square system by Gauss–Jordan elimination; None when it is singular."""
    size = len(rows)
    for col in range(size):
        pivot = next((r for r in range(col, size) if rows[r][col] != 0), None)
        if pivot is None:
            return None
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(size):
            if r != col and rows[r][col]:
                factor = rows[r][col] / rows[col][col]
                rows[r] = [x - factor * y for x, y in zip(rows[r], rows[col])]
    return [rows[r][size] / rows[r][r] for r in range(size)]
