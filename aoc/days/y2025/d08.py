"""2025 day 8: Playground. Junction boxes in 3D space, strung together closest pair first into circuits.

Every pair's squared straight-line distance, an exact integer, is computed at once with numpy,
and the pairs are sorted by it; a union–find then joins them in that order. Part 1 stops after
the 1,000 closest pairs (10 in the example), joined or not; part 2 goes on until one circuit
holds every box, which is Kruskal's algorithm for a minimum spanning tree, and its last join is
the one that matters.
"""
from collections.abc import Iterator
from itertools import islice
from math import prod

import numpy as np

from aoc.lib.parse import points

BLOCK = 4096  # pairs turned into Python ints at a time


def parse(text: str) -> np.ndarray:
    """One row (X, Y, Z) a junction box, read-only."""
    boxes = points(text, 3)
    if len(boxes) < 2:
        raise ValueError("a playground needs at least two junction boxes")
    return boxes


def closest_pairs(boxes: np.ndarray) -> Iterator[tuple[int, int]]:
    """Every pair of boxes (i, j), i < j, closest first; equal distances keep the input's order.

    Sorted all at once but handed out a block at a time: the parts need only the closest few thousand.
    """
    i, j = np.triu_indices(len(boxes), k=1)
    span = int((boxes.max(axis=0) - boxes.min(axis=0)).max())  # as a Python int: 2 * 10**18 would not fit
    exact = boxes if 3 * span * span < 2**63 else boxes.astype(object)  # else int64 squares would wrap
    squared = ((exact[i] - exact[j]) ** 2).sum(axis=1)
    order = np.argsort(squared, kind="stable")
    for start in range(0, len(order), BLOCK):
        block = order[start:start + BLOCK]
        yield from zip(i[block].tolist(), j[block].tolist(), strict=True)


class Circuits:
    """Which circuit each box is in: a union–find with the size of every circuit."""

    def __init__(self, boxes: int):
        self.parent = list(range(boxes))
        self.size = [1] * boxes
        self.count = boxes

    def find(self, box: int) -> int:
        """The box that stands for `box`'s circuit."""
        while self.parent[box] != box:
            self.parent[box] = self.parent[self.parent[box]]  # path halving keeps the trees flat
            box = self.parent[box]
        return box

    def join(self, a: int, b: int) -> None:
        """String lights between boxes a and b, merging their circuits."""
        a, b = self.find(a), self.find(b)
        if a == b:
            return
        if self.size[a] < self.size[b]:
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size[b]
        self.count -= 1

    def sizes(self) -> list[int]:
        """How many boxes each circuit holds."""
        return [self.size[box] for box in range(len(self.parent)) if self.find(box) == box]


def part1(boxes: np.ndarray, connections: int = 1000) -> int:
    """The product of the three largest circuits' sizes after joining the closest pairs."""
    circuits = Circuits(len(boxes))
    for a, b in islice(closest_pairs(boxes), connections):
        circuits.join(a, b)
    return prod(sorted(circuits.sizes(), reverse=True)[:3])


def part2(boxes: np.ndarray) -> int:
    """The product of the X coordinates of the last two boxes joined to make one circuit."""
    circuits = Circuits(len(boxes))
    for a, b in closest_pairs(boxes):
        circuits.join(a, b)
        if circuits.count == 1:
            return int(boxes[a, 0]) * int(boxes[b, 0])  # Python ints: the product may pass 2**63
    raise AssertionError("every pair joined and still more than one circuit")
