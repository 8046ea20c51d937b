"""2023 day 17: Clumsy Crucible. Least heat loss to the factory in straight runs of bounded length.

Dijkstra's algorithm where one move is a whole straight run followed by a turn: a state is a
block plus whether the next run goes up/down or left/right, and its moves are the runs of
`least` to `most` blocks that way. Reversing and overlong runs never arise, and there are just
two states a block. Blocks are numbered row by row and a state is 2 × block + axis, so the
search keeps its best losses in a flat list and its frontier as a heap of plain integers.
"""
from heapq import heappop, heappush

from aoc.lib.grid import Grid


def parse(text: str) -> Grid:
    """The heat loss of entering each city block: a rectangle of digits, checked (a short row has no blocks to
    step onto)."""
    rows = text.strip("\n").splitlines()
    if not rows or len({len(row) for row in rows}) != 1 or not all(row.isdigit() and row.isascii() for row in rows):
        raise ValueError("the city should be a rectangle of digits, every row as long as the first")
    return Grid(text, int)


def least_heat_loss(city: Grid, least: int, most: int) -> int:
    """Least heat loss from top-left to bottom-right in straight runs of least..most blocks."""
    height, width = city.height, city.width
    blocks = height * width
    heat = [city[divmod(block, width)] for block in range(blocks)]
    shift = (2 * blocks).bit_length()  # a frontier entry is loss << shift | state: the heap compares ints
    best = [0, 0] + [1 << 62] * (2 * blocks - 2)  # states 0 and 1: the top-left block, either axis
    frontier = [0, 1]
    while frontier:
        entry = heappop(frontier)
        loss, state = entry >> shift, entry & ((1 << shift) - 1)
        if loss > best[state]:
            continue  # a stale entry: this state was reached more cheaply since
        block, axis = state >> 1, state & 1
        if block == blocks - 1:
            return loss
        row, col = divmod(block, width)
        # (stride between blocks, blocks to the edge) each way along the axis: up and down, or left and right
        ways = ((-width, row), (width, height - 1 - row)) if axis == 0 else ((-1, col), (1, width - 1 - col))
        turn = 1 - axis
        for stride, room in ways:
            at, total = block, loss
            for run in range(1, min(most, room) + 1):
                at += stride
                total += heat[at]
                if run < least:
                    continue
                after = 2 * at + turn
                if total < best[after]:
                    best[after] = total
                    heappush(frontier, total << shift | after)
    raise ValueError(f"no path to the bottom-right block in straight runs of {least} to {most} blocks")


def part1(city: Grid) -> int:
    """Least heat loss for a crucible that turns after at most three blocks."""
    return least_heat_loss(city, 1, 3)


def part2(city: Grid) -> int:
    """Least heat loss for an ultra crucible: runs of four to ten blocks."""
    return least_heat_loss(city, 4, 10)
