"""2025 day 9: loops of red tiles like the real input's (a round floor with slots cut in), and references.

Coordinates are spread at least 2 apart, as in the real input, so no two sides of the loop lie on
neighbouring rows or columns.
"""
import random
from math import cos, pi, sin

import numpy as np


def _staircase(rng: random.Random, corners: int) -> list[tuple[float, float]]:
    """A loop round a jittered circle: each corner then the outer corner on the way to the next, counter-clockwise."""
    points = []
    for k in range(corners):
        angle = 2 * pi * (k + rng.uniform(0.2, 0.8)) / corners
        radius = rng.uniform(0.9, 1.0)
        points.append((radius * cos(angle), radius * sin(angle)))
    loop = []
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
        loop.append((x1, y1))
        loop.append(max([(x2, y1), (x1, y2)], key=lambda p: p[0] ** 2 + p[1] ** 2))  # the corner outside the chord
    return loop


def _cut_slot(rng: random.Random, loop: list[tuple[float, float]], right: bool) -> list[tuple[float, float]]:
    """A thin slot cut into the loop from its rightmost (or leftmost) vertical side, reaching past the middle."""
    sides = [k for k in range(len(loop)) if loop[k][0] == loop[(k + 1) % len(loop)][0]]
    k = (max if right else min)(sides, key=lambda s: loop[s][0])
    (x, y1), (_, y2) = loop[k], loop[(k + 1) % len(loop)]
    low, high = sorted((y1 + (y2 - y1) * rng.uniform(0.1, 0.45), y1 + (y2 - y1) * rng.uniform(0.55, 0.9)))
    if y2 < y1:
        low, high = high, low
    depth = rng.uniform(0.6, 1.3) * (-1 if right else 1)
    return loop[:k + 1] + [(x, low), (x + depth, low), (x + depth, high), (x, high)] + loop[k + 1:]


def _spread(values: list[float], rng: random.Random, size: int) -> dict[float, int]:
    """Each distinct value's integer coordinate: the same order, at least 2 apart, below `size`."""
    distinct = sorted(set(values))
    chosen = sorted(rng.sample(range(1, size // 2), len(distinct)))
    return {v: 2 * c for v, c in zip(distinct, chosen, strict=True)}


def generate(seed: int, corners: int = 248, slots: int = 1, size: int = 100_000) -> str:
    """A loop of about 4 × corners red tiles, with `slots` slots (1 from the right, a second from the left)."""
    rng = random.Random(seed)
    loop = _staircase(rng, corners)
    for slot in range(slots):
        loop = _cut_slot(rng, loop, right=slot % 2 == 0)
    xs, ys = _spread([x for x, _ in loop], rng, size), _spread([y for _, y in loop], rng, size)
    return "\n".join(f"{xs[x]},{ys[y]}" for x, y in loop) + "\n"


def tiles_of(text: str) -> list[tuple[int, int]]:
    """The red tiles in order."""
    return [tuple(map(int, line.split(","))) for line in text.split()]


def best_inside(text: str) -> int:
    """Part 2 in the plane: a rectangle counts when no side of the loop cuts into it and its middle is inside.

    Pairs are tried largest first; sides are checked with numpy, the middle by ray casting on doubled
    coordinates. With coordinates at least 2 apart this agrees with counting tiles.
    """
    tiles = tiles_of(text)
    sides = np.array([(*a, *b) for a, b in zip(tiles, tiles[1:] + tiles[:1], strict=True)], dtype=np.int64)
    x1, x2 = np.minimum(sides[:, 0], sides[:, 2]), np.maximum(sides[:, 0], sides[:, 2])
    y1, y2 = np.minimum(sides[:, 1], sides[:, 3]), np.maximum(sides[:, 1], sides[:, 3])
    pairs = sorted(((abs(a[0] - b[0]) + 1) * (abs(a[1] - b[1]) + 1), a, b)
                   for i, a in enumerate(tiles) for b in tiles[i + 1:])
    for area, a, b in reversed(pairs):
        left, right, bottom, top = min(a[0], b[0]), max(a[0], b[0]), min(a[1], b[1]), max(a[1], b[1])
        if left == right or bottom == top:
            raise AssertionError("the reference handles only rectangles wider and taller than one tile")
        cuts = (x1 < right) & (x2 > left) & (y1 < top) & (y2 > bottom)
        if cuts.any():
            continue
        mx, my = left + right, bottom + top  # the middle, doubled
        vertical = x1 == x2
        crossed = vertical & (2 * x1 > mx) & (2 * y1 <= my) & (my < 2 * y2)
        if crossed.sum() % 2:
            return area
    raise AssertionError("no rectangle fits")


def tile_brute_force(text: str) -> tuple[int, int]:
    """Both parts by counting tiles on a small floor: the loop drawn, the outside flood-filled from the edge."""
    tiles = tiles_of(text)
    width, height = max(x for x, _ in tiles) + 2, max(y for _, y in tiles) + 2
    green = set()
    for (ax, ay), (bx, by) in zip(tiles, tiles[1:] + tiles[:1], strict=True):
        green |= {(x, y) for x in range(min(ax, bx), max(ax, bx) + 1) for y in range(min(ay, by), max(ay, by) + 1)}
    outside, todo = {(0, 0)}, [(0, 0)]
    while todo:
        x, y = todo.pop()
        for step in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= step[0] < width and 0 <= step[1] < height and step not in green and step not in outside:
                outside.add(step)
                todo.append(step)
    best = best_inside_tiles = 0
    for i, (ax, ay) in enumerate(tiles):
        for bx, by in tiles[i + 1:]:
            area = (abs(ax - bx) + 1) * (abs(ay - by) + 1)
            best = max(best, area)
            inside = all((x, y) not in outside for x in range(min(ax, bx), max(ax, bx) + 1)
                         for y in range(min(ay, by), max(ay, by) + 1))
            if inside:
                best_inside_tiles = max(best_inside_tiles, area)
    return best, best_inside_tiles
