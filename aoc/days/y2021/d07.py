"""2021 day 7: The Treachery of Whales. Both fuel costs are convex in the meeting point c: Σ|xᵢ − c| in part 1 and Σ d(d+1)/2 with d = |xᵢ − c| in part 2. Each is learned as a real c with aoc.nn (Adam over the positions' spread), then made exact: walk downhill over the integers from the rounded guess and prove the result by its two neighbours, which for a convex cost is the global minimum. If the guess is poor the walk is only longer; the exact fallback bisects the cost's slope."""
import numpy as np

from aoc import lab as lab_api
from aoc.lib.convex import bisect_minimum, descend, is_integer_minimum
from aoc.lib.parse import ints


def parse(text: str) -> np.ndarray:
    """The crabs' horizontal positions."""
    crabs = np.array(ints(text), dtype=np.int64)
    if not crabs.size:
        raise ValueError("no crab positions in the input")
    return crabs


def linear_fuel(crabs: np.ndarray, c: int) -> int:
    """Part 1's fuel to meet at c: one unit a step."""
    return int(np.abs(crabs - c).sum())


def triangular_fuel(crabs: np.ndarray, c: int) -> int:
    """Part 2's fuel to meet at c: the n-th step costs n."""
    d = np.abs(crabs - c)
    return int((d * (d + 1) // 2).sum())


FUEL = {1: linear_fuel, 2: triangular_fuel}


def lab(crabs: np.ndarray, part: int = 2) -> lab_api.Study:
    """Learn the meeting point of one part with Adam, then prove the integer minimum."""
    from aoc import nn

    cost = lambda c: FUEL[part](crabs, c)  # noqa: E731 (the study's exact checks share it)
    low, high = int(crabs.min()), int(crabs.max())
    graph = nn.Graph()
    x = graph.const(crabs.astype(np.float64), name="crabs")
    c = graph.param([float(np.mean(crabs))], name="c")
    d = nn.abs(x - c)
    loss = nn.sum(d) if part == 1 else nn.sum(d * d + d) * 0.5
    spread = max(1.0, float(crabs.std()))
    return lab_api.Study(
        graph, loss, nn.Adam(lr=spread / 20), candidate=lambda: descend(cost, round(float(c.value[0])), low, high),
        verify=lambda k: low <= k <= high and is_integer_minimum(cost, k), exact=lambda: bisect_minimum(cost, low, high),
        steps=400, title=f"part {part} fuel",
    )


def part1(crabs: np.ndarray) -> int:
    """The least fuel when every step costs one."""
    return linear_fuel(crabs, lab_api.solve(lab(crabs, 1)).answer)


def part2(crabs: np.ndarray) -> int:
    """The least fuel when each further step costs one more."""
    return triangular_fuel(crabs, lab_api.solve(lab(crabs, 2)).answer)
