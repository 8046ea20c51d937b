"""2022 day 12: Hill Climbing Algorithm. A heightmap from a to z; a step may climb at most one.

Breadth-first search over the grid. Part 2 asks for the best start among all squares of
height a, which is one search started from all of them at once.
"""
from aoc.lib.grid import Grid, Point
from aoc.lib.search import bfs

Heightmap = tuple[Grid, Point, Point]


def parse(text: str) -> Heightmap:
    """The elevations (a = 0 … z = 25), the start S and the goal E.

    A map needs exactly one S and one E, and nothing but letters a–z besides: anything else would
    be given a made-up elevation, so it is refused.
    """
    grid = Grid(text)
    marks = {mark: grid.find(mark) for mark in "SE"}
    for mark, found in marks.items():
        if len(found) != 1:
            raise ValueError(f"a heightmap needs exactly one {mark}, found {len(found)}")
    odd = {cell for cell in grid.values() if not ("a" <= cell <= "z" or cell in "SE")}
    if odd:
        raise ValueError(f"not an elevation: {''.join(sorted(odd))!r}")
    heights = Grid(text.replace("S", "a").replace("E", "z"), lambda c: ord(c) - ord("a"))
    return heights, marks["S"][0], marks["E"][0]


def fewest_steps(heights: Grid, starts: list[Point], goal: Point, where: str) -> int:
    """Fewest steps from any start to the goal, climbing at most one level a step.

    The statement promises a way up, but a map without one gets a ValueError naming `where` the
    search began, never None or a guess.
    """

    def climbable(p: Point) -> list[Point]:
        return [q for q in heights.neighbours(p) if heights[q] <= heights[p] + 1]

    steps = bfs(starts, climbable, lambda p: p == goal)
    if steps is None:
        raise ValueError(f"E cannot be reached from {where}")
    return steps


def part1(heightmap: Heightmap) -> int:
    """Fewest steps from S to E."""
    heights, start, goal = heightmap
    return fewest_steps(heights, [start], goal, "S")


def part2(heightmap: Heightmap) -> int:
    """Fewest steps to E from any square of elevation a."""
    heights, _, goal = heightmap
    return fewest_steps(heights, heights.find(0), goal, "any square of elevation a")
