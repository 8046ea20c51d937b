"""2018 day 10: The Stars Align. Points of light drift until, for one second, they spell a message.

The message shows when the points are packed closest. Over continuous time t the spread
Σ‖pᵢ(t) − mean(t)‖² is a quadratic, so aoc.nn's Newton solver lands on its minimum in one step.
The answer must be a whole second: of the two around the learned time, the one with the smaller
bounding box (width + height, convex in t) wins, and it is proven a minimum by its neighbours.
Part 1 reads the letters off that second's sky; should learning fail, bisecting the box's
slope finds the second instead.
"""
from functools import partial

import numpy as np

from aoc.lab import Study, solve
from aoc.lib import ocr
from aoc.lib.convex import bisect_minimum, is_integer_minimum
from aoc.lib.parse import ints


def parse(text: str) -> np.ndarray:
    """One row (x, y, vx, vy) per point of light."""
    rows = [ints(line) for line in text.strip().splitlines()]
    if not rows or any(len(row) != 4 for row in rows):
        raise ValueError("every point needs 'position=<x, y> velocity=<vx, vy>'")
    points = np.array(rows, dtype=np.int64)
    if not points[:, 2:].any():
        raise ValueError("no point moves: the sky never changes")
    return points


def at(points: np.ndarray, second: int) -> np.ndarray:
    """Every point's position at a whole second."""
    return points[:, :2] + second * points[:, 2:]


def box(points: np.ndarray, second: int) -> int:
    """Width plus height of the bounding box at a whole second (exact, convex in time)."""
    positions = at(points, second)
    return int((positions.max(axis=0) - positions.min(axis=0)).sum())


def study(points: np.ndarray) -> Study:
    """The second of closest approach, learned over continuous time and proven on the integers."""
    from aoc import nn

    graph = nn.Graph()
    start = graph.const(points[:, :2].astype(np.float64), name="P")
    velocity = graph.const(points[:, 2:].astype(np.float64), name="V")
    t = graph.param(0.0, name="t")
    sky = start + velocity * t
    loss = nn.sum(nn.square(sky - nn.mean(sky, axis=0)))
    cost = partial(box, points)
    return Study(
        graph, loss, nn.Newton(), candidate=lambda: _nearest_whole_second(cost, float(t.value)),
        verify=lambda second: second >= 0 and is_integer_minimum(cost, second),
        exact=lambda: bisect_minimum(cost, 0, _far_enough(cost)), steps=20, tol=1e-9,
        title="spread of the points Σ‖p(t) − mean‖²",
    )


def _nearest_whole_second(cost, learned: float) -> int:
    """Of the whole seconds around the learned time, the one with the smallest box."""
    floor = int(np.floor(learned))
    return min((floor, floor + 1), key=cost)


def _far_enough(cost) -> int:
    """A second by which the box is growing again (doubling from 1)."""
    second = 1
    while cost(second + 1) <= cost(second):
        second *= 2
    return second


def message_second(points: np.ndarray) -> int:
    """The second the message appears."""
    return solve(study(points)).answer


def part1(points: np.ndarray) -> str:
    """The message the points spell."""
    return ocr.read(ocr.picture(at(points, message_second(points))))


def part2(points: np.ndarray) -> int:
    """How many seconds until the message appears."""
    return message_second(points)
