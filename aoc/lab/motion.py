"""Particles on a whole-tick clock, decided exactly: which stays nearest the origin for ever, and
when any two meet.

Each tick a particle's velocity grows by its acceleration, then its position by its velocity, so
after t ticks p(t) = p + v·t + a·t(t + 1)/2. Doubled, 2·p(t) = a·t² + (2v + a)·t + 2p has whole
coefficients, and everything below works on those in integers: no float decides anything, and
nothing is simulated "long enough".

In the long run each axis's |p(t)| is that polynomial times the sign of its first non-zero
coefficient, so the Manhattan distance is a polynomial too, and the particle nearest the origin for
ever is the one whose distance polynomial is least, compared coefficient by coefficient.

Two particles meet at tick t when t is a whole root, t ≥ 0, of the difference polynomial on every
axis: the roots of one axis (a square root checked by squaring it back) are tried on the others.
All pairs at once is half a million rows for a thousand particles; the discriminant and its
square-root sieve stay numpy, which measured 11.4 ms against numexpr's 16.4 ms here
(benchmarks/lab_bench.py, medians of two runs). Coefficients too large for int64 take the same path in Python integers.
"""
from math import isqrt

import numpy as np

SAFE = 2**20  # doubled coefficients below this keep discriminants exact in int64 and in a float64


def doubled(p, v, a) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The coefficients of 2·p(t) = A·t² + B·t + C, one row per particle and one column per axis
    (int64, or Python integers when a coefficient might not fit)."""
    big = max((abs(int(x)) for part in (p, v, a) for x in np.ravel(np.asarray(part, dtype=object))), default=0)
    p, v, a = (np.asarray(x, dtype=np.int64 if big < 2**60 else object) for x in (p, v, a))
    return a, 2 * v + a, 2 * p


def distance_in_the_long_run(p, v, a) -> np.ndarray:
    """Each particle's Manhattan distance from the origin for all large t, as doubled (t², t, 1) coefficients."""
    A, B, C = doubled(p, v, a)
    leading = np.where(A != 0, A, np.where(B != 0, B, C))
    sign = np.sign(leading)
    return np.stack([(sign * A).sum(axis=1), (sign * B).sum(axis=1), (sign * C).sum(axis=1)], axis=1)


def nearest_in_the_long_run(p, v, a) -> int:
    """The particle that stays nearest the origin; ValueError if two stay equally near for ever."""
    keys = [tuple(int(k) for k in row) for row in distance_in_the_long_run(p, v, a)]
    best = min(range(len(keys)), key=keys.__getitem__)
    twins = [i for i, k in enumerate(keys) if k == keys[best]]
    if len(twins) > 1:
        raise ValueError(f"particles {twins} stay equally near the origin for ever")
    return best


def meeting_times(first, second) -> list[int]:
    """The whole ticks t ≥ 0 at which two particles, each given as doubled (A, B, C) rows, coincide.

    The reference path, in Python integers; [0] when they coincide at every tick.
    """
    polys = [(a1 - a2, b1 - b2, c1 - c2) for a1, b1, c1, a2, b2, c2 in zip(*first, *second, strict=True)]
    moving = [poly for poly in polys if any(poly)]
    if not moving:
        return [0]
    return [t for t in whole_roots(*moving[0]) if all(a * t * t + b * t + c == 0 for a, b, c in moving)]


def whole_roots(a: int, b: int, c: int) -> list[int]:
    """The whole roots t ≥ 0 of a·t² + b·t + c (not all zero), ascending."""
    if a == 0:
        return [-c // b] if b and c % b == 0 and -c // b >= 0 else []
    disc = b * b - 4 * a * c
    if disc < 0 or isqrt(disc) ** 2 != disc:
        return []
    s = isqrt(disc)
    return sorted({t for t in ((-b - s) // (2 * a), (-b + s) // (2 * a))
                   if t >= 0 and a * t * t + b * t + c == 0})


def meetings(p, v, a) -> list[tuple[int, int, int]]:
    """Every (tick, i, j) at which particles i < j coincide, in tick order."""
    A, B, C = doubled(p, v, a)
    if max(int(np.abs(x).max(initial=0)) for x in (A, B, C)) >= SAFE:
        rows = [tuple(tuple(int(v) for v in x[k]) for x in (A, B, C)) for k in range(len(A))]
        return sorted((t, m, n) for m in range(len(rows)) for n in range(m + 1, len(rows))
                      for t in meeting_times(rows[m], rows[n]))
    i, j = np.triu_indices(len(A), 1)
    found = []
    for axis in range(A.shape[1]):  # the roots of a pair's first axis that moves are its only candidates
        a_, b_, c_ = (x[i, axis] - x[j, axis] for x in (A, B, C))
        still = (a_ == 0) & (b_ == 0) & (c_ == 0)
        for t, k in _roots(a_[~still], b_[~still], c_[~still]):
            found.append((i[~still][k], j[~still][k], t))
        i, j = i[still], j[still]
    found.append((i, j, np.zeros(len(i), dtype=np.int64)))  # identical on every axis: together from the start
    m, n, t = (np.concatenate(x) for x in zip(*found, strict=True))
    at = t.astype(object)[:, None]  # the few candidates are checked in Python integers: t² may pass int64
    ok = (((A[m] - A[n]).astype(object) * at + (B[m] - B[n])) * at + (C[m] - C[n]) == 0).all(axis=1)
    return sorted(set(zip(t[ok].tolist(), m[ok].tolist(), n[ok].tolist(), strict=True)))


def sieve(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(rows, discriminants): the rows that may have a whole root, a square discriminant by a float
    root (exact for those SAFE allows) or a linear polynomial, and every row's b² − 4ac."""
    disc = b * b - 4 * a * c
    root = np.sqrt(np.maximum(disc, 0).astype(np.float64))
    return np.flatnonzero(((a != 0) & (disc >= 0) & (root == np.rint(root))) | ((a == 0) & (b != 0))), disc


def _roots(a: np.ndarray, b: np.ndarray, c: np.ndarray):
    """(t, rows) for each of the two candidate roots: the rows whose a·t² + b·t + c has that whole root t ≥ 0."""
    rows, disc = sieve(a, b, c)
    a, b, c, disc = a[rows], b[rows], c[rows], disc[rows]
    s = np.rint(np.sqrt(disc.astype(np.float64))).astype(np.int64)
    square = s * s == disc
    linear = a == 0
    safe_b, two_a = np.where(linear, b, 1), np.where(linear, 1, 2 * a)
    for sign in (-1, 1):
        top = -b + sign * s
        t = np.where(linear, -c // safe_b, top // two_a)
        ok = np.where(linear, c % safe_b == 0, square & (top % two_a == 0)) & (t >= 0)
        yield t[ok], rows[ok]


def survivors(p, v, a) -> list[int]:
    """The particles left once every collision is resolved: meetings in tick order, and a particle
    destroyed at one tick meets nothing later (meeting at that same tick, it is at the same place)."""
    gone: dict[int, int] = {}
    for t, i, j in meetings(p, v, a):
        if gone.get(i, t) == t and gone.get(j, t) == t:
            gone[i] = gone[j] = t
    return [k for k in range(len(np.asarray(p))) if k not in gone]
