"""2018 day 10: The Stars Align. The points spell the message when they are packed closest, so the second is learned over continuous time: with positions P + t·V the spread Σ‖pᵢ(t) − mean(t)‖² is a quadratic in t, and aoc.nn's Newton solver lands on its minimum in one step. The answer must be a whole second, so the neighbouring integer seconds are compared by the exact bounding box (width + height, a convex function of t: a local minimum over the integers is the global one). Part 1 reads the letters off that second's sky with a tested glyph table; part 2 is the second itself. The exact fallback bisects the bounding box's slope."""
import numpy as np

from aoc import lab as lab_api
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


def lab(points: np.ndarray) -> lab_api.Study:
    """The second of closest approach, learned over continuous time and proven on the integers."""
    from aoc import nn

    graph = nn.Graph()
    start = graph.const(points[:, :2].astype(np.float64), name="P")
    velocity = graph.const(points[:, 2:].astype(np.float64), name="V")
    t = graph.param(0.0, name="t")
    sky = start + velocity * t
    loss = nn.sum(nn.square(sky - nn.mean(sky, axis=0)))
    cost = lambda second: box(points, second)  # noqa: E731 (shared by the checks below)
    return lab_api.Study(
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
    return lab_api.solve(lab(points)).answer


def part1(points: np.ndarray) -> str:
    """The message the points spell."""
    return ocr.read(ocr.picture(at(points, message_second(points))))


def part2(points: np.ndarray) -> int:
    """How many seconds until the message appears."""
    return message_second(points)
