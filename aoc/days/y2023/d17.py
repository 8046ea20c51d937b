"""2023 day 17: Clumsy Crucible. Least heat loss to the factory in straight runs of bounded length.

Dijkstra's algorithm where one move is a whole straight run followed by a turn: a state is a
block plus whether the next run goes up/down or left/right, and its moves are the runs of
`least` to `most` blocks that way. Reversing and overlong runs never arise, and there are just
two states a block.
"""
from aoc.lib.grid import Grid, Point
from aoc.lib.search import dijkstra

# After a run along one axis the next run goes along the other: index 0 = up/down, 1 = left/right.
AXES = (((-1, 0), (1, 0)), ((0, -1), (0, 1)))

State = tuple[Point, int]


def parse(text: str) -> Grid:
    """The heat loss of entering each city block."""
    return Grid(text, int)


def least_heat_loss(city: Grid, least: int, most: int) -> int | None:
    """Least heat loss from top-left to bottom-right in straight runs of least..most blocks."""
    goal = (city.height - 1, city.width - 1)

    def runs(state: State):
        (r, c), axis = state
        for dr, dc in AXES[axis]:
            loss = 0
            for n in range(1, most + 1):
                block = (r + dr * n, c + dc * n)
                if block not in city:
                    break
                loss += city[block]
                if n >= least:
                    yield loss, (block, 1 - axis)

    return dijkstra([((0, 0), 0), ((0, 0), 1)], runs, lambda state: state[0] == goal)


def part1(city: Grid) -> int | None:
    """Least heat loss for a crucible that turns after at most three blocks."""
    return least_heat_loss(city, 1, 3)


def part2(city: Grid) -> int | None:
    """Least heat loss for an ultra crucible: runs of four to ten blocks."""
    return least_heat_loss(city, 4, 10)
