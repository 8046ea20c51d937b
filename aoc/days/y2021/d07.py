"""2021 day 7: The Treachery of Whales. Crabs line up at one point for the least fuel.

Both fuel costs are convex in the meeting point c: Σ|xᵢ − c| in part 1, and Σ d(d+1)/2 with
d = |xᵢ − c| in part 2. aoc.nn's Adam learns c as a real number; the rounded guess then walks
downhill over the integers and is proven by its two neighbours, which for a convex cost makes it
the global minimum. A poor guess only lengthens the walk, and bisecting the cost's slope answers
should learning fail outright.
"""
from functools import partial

import numpy as np

from aoc.lab import Study, solve
from aoc.lib.convex import bisect_minimum, descend, is_integer_minimum
from aoc.lib.parse import ints


def parse(text: str) -> np.ndarray:
    """The crabs' horizontal positions."""
    crabs = np.array(ints(text), dtype=np.int64)
    if not crabs.size:
        raise ValueError("no crab positions in the input")
    return crabs


def distances(crabs: np.ndarray, c: int, fuel_per_crab: int) -> np.ndarray:
    """How far each crab is from c: as Python ints when a total of up to `fuel_per_crab` a crab could pass
    int64's range, so the sums below stay exact whatever the input's spread."""
    d = np.abs(crabs - c)
    return d.astype(object) if len(crabs) * fuel_per_crab >= 2**63 else d


def linear_fuel(crabs: np.ndarray, c: int) -> int:
    """Part 1's fuel to meet at c: one unit a step."""
    far = max(abs(int(crabs.max()) - c), abs(int(crabs.min()) - c))
    return int(distances(crabs, c, far).sum())


def triangular_fuel(crabs: np.ndarray, c: int) -> int:
    """Part 2's fuel to meet at c: the n-th step costs n."""
    far = max(abs(int(crabs.max()) - c), abs(int(crabs.min()) - c))
    d = distances(crabs, c, far * (far + 1) // 2)
    return int((d * (d + 1) // 2).sum())


FUEL = {1: linear_fuel, 2: triangular_fuel}


def study(crabs: np.ndarray, part: int = 2) -> Study:
    """Learn the meeting point of one part with Adam, then prove the integer minimum."""
    from aoc import nn

    cost = partial(FUEL[part], crabs)
    low, high = int(crabs.min()), int(crabs.max())
    graph = nn.Graph()
    x = graph.const(crabs.astype(np.float64), name="crabs")
    c = graph.param([float(np.mean(crabs))], name="c")
    d = nn.abs(x - c)
    loss = nn.sum(d) if part == 1 else nn.sum(d * d + d) * 0.5
    spread = max(1.0, float(crabs.std()))
    return Study(
        graph, loss, nn.Adam(lr=spread / 20),
        candidate=lambda: descend(cost, round(float(c.value[0])), low, high),
        verify=lambda k: low <= k <= high and is_integer_minimum(cost, k),
        exact=lambda: bisect_minimum(cost, low, high), steps=400, title=f"part {part} fuel",
    )


def part1(crabs: np.ndarray) -> int:
    """The least fuel when every step costs one."""
    return linear_fuel(crabs, solve(study(crabs, 1)).answer)


def part2(crabs: np.ndarray) -> int:
    """The least fuel when each further step costs one more."""
    return triangular_fuel(crabs, solve(study(crabs, 2)).answer)
