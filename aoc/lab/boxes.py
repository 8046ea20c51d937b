"""The whole-number point inside the most regions, nearest the origin: branch and bound over boxes.

`most_covered_point(regions, low, high)` searches the box [low, high] best first. Boxes wait in a
heap keyed by (−regions the box meets, a lower bound on the Manhattan distance from the origin, size).
The regions a box meets bound the count of every point in it, exactly so at a single point; so the
first single point to leave the heap is in the most regions, and of those nearest the origin, on
every input (no sweep over distances, no heuristic). A seed point, such as a learned one, enters
the heap as a single point: boxes that cannot beat it are never pushed.

Three things keep the search small. A region containing a box whole contains every point of its
children, so it is counted once and never tested again; the box carries only the regions it meets
in part. A box splits into at most 2^d children whose intervals repeat along each axis, so each
region's distance to them is summed from 2 per-axis distances instead of 2^d full ones. And a box
leaving the heap is looked at again before it is split: a point of it as good as its key must lie
in every region it meets, so the distance bound is the least distance of that common part, and an
empty common part lowers the count bound by one. Without that, a face of a range parallel to the
faces of the origin's Manhattan spheres (as every face of an octahedron is) is met by boxes along
its whole area, all with too small a distance, and the search never ends.
"""
import heapq
import itertools
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from aoc.lab.study import LabError

Point = tuple[int, ...]
SAFE = 2**57  # coordinates and radii below this keep sums of a few of them inside int64; beyond, Python ints


class Regions(Protocol):
    """Regions of whole-number space, tested against the children of a box axis by axis."""

    def __len__(self) -> int: ...

    def split(self, which: np.ndarray, intervals: list[list[tuple[int, int]]]) -> tuple[np.ndarray, np.ndarray]:
        """For the regions `which` and every child (one interval per axis, children in
        itertools.product order): (meets the child, contains it whole), each of shape (children, regions)."""
        ...

    def nearest_common(self, which: np.ndarray, box: tuple[tuple[int, int], ...]) -> int | None:
        """A lower bound on the distance from the origin of the box's points inside every region of
        `which` (exact at a single point), or None when no point of the box is in them all."""
        ...


class ManhattanBalls:
    """Points within a Manhattan distance (the radius) of a centre, inclusive."""

    def __init__(self, centres, radii) -> None:
        big = max((abs(int(v)) for v in np.ravel(centres)), default=0) + max((int(r) for r in radii), default=0)
        dtype = np.int64 if big < SAFE else object
        self.centres = np.asarray(centres, dtype=dtype)
        self.radii = np.asarray(radii, dtype=dtype)
        if self.centres.ndim != 2 or len(self.centres) != len(self.radii):
            raise LabError("Manhattan balls take one centre (a row of coordinates) per radius")
        d = self.centres.shape[1]
        # |x|₁ = max over sign vectors s of |s·x| (s and −s alike): each ball is |s·(x − c)| ≤ r for every s
        self.signs = np.array([(1, *rest) for rest in itertools.product((1, -1), repeat=d - 1)], dtype=dtype)
        self.faces = self.centres @ self.signs.T

    def __len__(self) -> int:
        return len(self.radii)

    def count_at(self, point: Point) -> int:
        """How many balls hold the point."""
        return int((np.abs(self.centres - np.array(point, dtype=self.centres.dtype)).sum(axis=1) <= self.radii).sum())

    def counts_at(self, points) -> np.ndarray:
        """How many balls hold each point (rows), exactly (Python integers beyond int64).

        One numexpr pass over every (point, ball) pair, in cache-sized blocks: for 1000 × 1000 in a
        fresh process it took 16.8 ms, aoc.nn eager 21.6 ms and numpy in place 26.1 ms (lab_bench,
        medians of two runs), whose 8 MB temporaries fault their pages in; in a process whose
        allocator already holds such blocks aoc.nn eager overtakes it, 13.2 ms against 16.1 ms.
        """
        points = np.asarray(points, dtype=self.centres.dtype)
        if self.centres.dtype == object:
            return np.array([self.count_at(tuple(p)) for p in points], dtype=np.int64)
        import numexpr

        names = {"r": self.radii}
        for a in range(self.centres.shape[1]):
            names[f"p{a}"], names[f"c{a}"] = points[:, a:a + 1], self.centres[:, a]
        within = " + ".join(f"abs(p{a} - c{a})" for a in range(self.centres.shape[1])) + " <= r"
        return np.count_nonzero(numexpr.evaluate(within, local_dict=names), axis=1)

    def split(self, which: np.ndarray, intervals: list[list[tuple[int, int]]]) -> tuple[np.ndarray, np.ndarray]:
        """(meets, contains) for every child: per-axis nearest and farthest distances, summed."""
        near, far = [], []
        shape = [len(axis) for axis in intervals]
        for a, axis in enumerate(intervals):
            c = self.centres[which, a]
            lows = np.array([lo for lo, _ in axis], dtype=c.dtype)[:, None]
            highs = np.array([hi for _, hi in axis], dtype=c.dtype)[:, None]
            view = [1] * len(shape) + [len(which)]
            view[a] = len(axis)
            near.append((np.maximum(lows - c, 0) + np.maximum(c - highs, 0)).reshape(view))
            far.append(np.maximum(np.abs(c - lows), np.abs(c - highs)).reshape(view))
        r, children = self.radii[which], int(np.prod(shape))
        return (sum(near) <= r).reshape(children, len(which)), (sum(far) <= r).reshape(children, len(which))

    def nearest_common(self, which: np.ndarray, box: tuple[tuple[int, int], ...]) -> int | None:
        """A lower bound on |x|₁ over the box's points in every ball of `which`; None if there are none.

        Each sign vector s confines s·x to the box's range and to every ball's [s·c − r, s·c + r];
        |x|₁ is the largest |s·x|, so it is at least the largest distance from 0 to those ranges.
        """
        low = np.array([lo for lo, _ in box], dtype=self.signs.dtype)
        high = np.array([hi for _, hi in box], dtype=self.signs.dtype)
        lows = np.minimum(self.signs * low, self.signs * high).sum(axis=1)
        highs = np.maximum(self.signs * low, self.signs * high).sum(axis=1)
        if len(which):
            lows = np.maximum(lows, (self.faces[which] - self.radii[which, None]).max(axis=0))
            highs = np.minimum(highs, (self.faces[which] + self.radii[which, None]).min(axis=0))
        if (lows > highs).any():
            return None
        return int(np.maximum(np.maximum(lows, -highs), 0).max())


@dataclass(frozen=True)
class Covered:
    """The best point, how many regions hold it, its distance from the origin, and the search's size."""

    point: Point
    count: int
    distance: int
    boxes: int
    seed: tuple[Point, int, int] | None = None

    def __str__(self) -> str:
        text = f"{self.point} in {self.count} regions, {self.distance} from the origin ({self.boxes} boxes opened"
        if self.seed is not None:
            text += f"; the seed {self.seed[0]} was in {self.seed[1]}, {self.seed[2]} from the origin"
        return text + ")"


def distance_to_box(low: Point, high: Point) -> int:
    """The least Manhattan distance from the origin to any point of the box."""
    return sum(max(lo, 0, -hi) for lo, hi in zip(low, high, strict=True))


def halves(lo: int, hi: int) -> list[tuple[int, int]]:
    """An interval cut in two (or left whole, if it is one number)."""
    if lo == hi:
        return [(lo, hi)]
    mid = (lo + hi) // 2
    return [(lo, mid), (mid + 1, hi)]


def bounding_box(regions: ManhattanBalls) -> tuple[Point, Point]:
    """The smallest box holding every ball."""
    low = regions.centres.min(axis=0) - regions.radii.max()
    high = regions.centres.max(axis=0) + regions.radii.max()
    return tuple(int(v) for v in low), tuple(int(v) for v in high)


def most_covered_point(regions: Regions, low: Point, high: Point, seed: Point | None = None,
                       box_limit: int = 3_000) -> Covered:
    """The point of [low, high] in the most regions, nearest the origin among those; LabError if empty box,
    or when the proof would split more than `box_limit` boxes (a swarm built so that countless faces pass
    near the best points; puzzle-like swarms take a few dozen) rather than run on for minutes."""
    if any(lo > hi for lo, hi in zip(low, high, strict=True)) or not len(regions):
        raise LabError("nothing to search: an empty box, or no regions")
    everyone = np.arange(len(regions))
    search = _Heap(regions)
    started = None
    if seed is not None:
        search.push([[(v, v)] for v in seed], 0, everyone)
        started = (seed, search.best[0], -search.best[1])
    search.push([[(lo, hi)] for lo, hi in zip(low, high, strict=True)], 0, everyone)
    opened = 0
    while search.heap:
        entry = heapq.heappop(search.heap)
        key, distance, size, _, box, inside, which, looked = entry
        if size == 0:
            return Covered(tuple(lo for lo, _ in box), -key, distance, opened, started)
        if not looked:
            search.look_again(entry)
            continue
        opened += 1
        if opened > box_limit:
            raise LabError(f"no proof within {box_limit:,} boxes: the regions' faces crowd too close to settle it")
        search.push([halves(lo, hi) for lo, hi in box], inside, which)
    raise LabError("the search emptied its heap without a point")  # the best point's box is never dropped


class _Heap:
    """The heap of boxes, and the best single point pushed so far (boxes that cannot beat it are dropped)."""

    def __init__(self, regions: Regions) -> None:
        self.regions, self.order = regions, itertools.count()
        self.heap: list[tuple] = []
        self.best = (-1, 0)  # (count, −distance)

    def push(self, intervals: list[list[tuple[int, int]]], inside: int, which: np.ndarray) -> None:
        """Push each child of the intervals' product that could still beat the best known point."""
        meets, contains = self.regions.split(which, intervals)
        for child, touch, whole in zip(itertools.product(*intervals), meets, contains, strict=True):
            bound = inside + int(touch.sum())
            distance = distance_to_box(tuple(lo for lo, _ in child), tuple(hi for _, hi in child))
            size = sum(hi - lo for lo, hi in child)
            if size == 0 and (bound, -distance) >= self.best:
                self.best = (bound, -distance)
            self.add(bound, distance, size, child, inside + int(whole.sum()), which[touch & ~whole], size == 0)

    def add(self, bound: int, distance: int, size: int, box, inside: int, which: np.ndarray, looked: bool) -> None:
        """Push one box (keyed by −bound), unless the best known point already beats everything in it."""
        if (bound, -distance) >= self.best:
            heapq.heappush(self.heap, (-bound, distance, size, next(self.order), box, inside, which, looked))

    def look_again(self, entry) -> None:
        """Tighten a box's key by the part common to every region it meets in part, and push it back."""
        key, distance, size, _, box, inside, which, _ = entry
        nearest = self.regions.nearest_common(which, box)
        if nearest is None:  # no point meets them all: one fewer at best
            self.add(-key - 1, distance, size, box, inside, which, True)
        else:
            self.add(-key, max(distance, nearest), size, box, inside, which, True)
