"""2018 day 10: The Stars Align. Points of light drift until, for one second, they spell a message.

The message shows when the points are packed closest. Over continuous time t the spread
Σ‖pᵢ(t) − mean(t)‖² is a quadratic, so aoc.nn's Newton solver lands on its minimum in one step.
The answer must be a whole second: of the two around the learned time, the one with the smaller
bounding box (width + height, convex in t) wins, and it is proven a minimum by its neighbours.
Part 1 reads the letters off that second's sky; should learning fail, bisecting the box's
slope finds the second instead. Points spanning the box may stand still, so the least box can
last several seconds: then the message is the second of those whose sky reads.
"""
from bisect import bisect_left
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


MAX_FLAT = 10_000  # seconds of a shared smallest box worth reading one by one


def message_second(points: np.ndarray) -> int:
    """The second the message appears."""
    return _readable_second(points, solve(study(points)).answer)


def _readable_second(points: np.ndarray, second: int) -> int:
    """`second`, unless its box is the bottom of a flat stretch: points spanning the box that stand still keep
    it as small for several seconds (the statement promises no single smallest second). Then the message
    shows at the one second of the stretch whose sky reads as letters."""
    cost = partial(box, points)
    least = cost(second)
    if cost(second + 1) != least and (second == 0 or cost(second - 1) != least):
        return second
    # convex: the stretch of seconds at the least box is one run around `second`
    low = bisect_left(range(second + 1), True, key=lambda t: cost(t) == least)
    far = second + 1
    while cost(far) == least:
        far = second + 2 * (far - second)
    high = bisect_left(range(second, far + 1), True, key=lambda t: cost(t) != least) + second - 1
    if high - low > MAX_FLAT:
        raise ValueError(f"the smallest sky lasts {high - low + 1:,} seconds: too many to read one by one")
    readable = [t for t in range(low, high + 1) if _reads(at(points, t))]
    if not readable:
        raise ValueError(f"no second from {low} to {high}, where the sky is smallest, reads as letters")
    return readable[0]


def _reads(sky: np.ndarray) -> bool:
    """Whether the points spell letters the font knows."""
    try:
        ocr.read(ocr.picture(sky))
    except ValueError:
        return False
    return True


def part1(points: np.ndarray) -> str:
    """The message the points spell."""
    return ocr.read(ocr.picture(at(points, message_second(points))))


def part2(points: np.ndarray) -> int:
    """How many seconds until the message appears."""
    return message_second(points)
