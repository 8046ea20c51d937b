"""2022 day 12: Hill Climbing Algorithm. A heightmap from a to z; a step may climb at most one.

Breadth-first search over the grid. Part 2 asks for the best start among all squares of
height a, which is one search started from all of them at once.
"""
from aoc.lib.grid import Grid, Point
from aoc.lib.search import bfs

Heightmap = tuple[Grid, Point, Point]


def parse(text: str) -> Heightmap:
    """The elevations (a = 0 … z = 25), the start S and the goal E."""
    grid = Grid(text)
    (start,), (goal,) = grid.find("S"), grid.find("E")
    heights = Grid(text.replace("S", "a").replace("E", "z"), lambda c: ord(c) - ord("a"))
    return heights, start, goal


def fewest_steps(heights: Grid, starts: list[Point], goal: Point) -> int | None:
    """Fewest steps from any start to the goal, climbing at most one level a step."""

    def climbable(p: Point) -> list[Point]:
        return [q for q in heights.neighbours(p) if heights[q] <= heights[p] + 1]

    return bfs(starts, climbable, lambda p: p == goal)


def part1(heightmap: Heightmap) -> int | None:
    """Fewest steps from S to E."""
    heights, start, goal = heightmap
    return fewest_steps(heights, [start], goal)


def part2(heightmap: Heightmap) -> int | None:
    """Fewest steps to E from any square of elevation a."""
    heights, _, goal = heightmap
    return fewest_steps(heights, heights.find(0), goal)
