"""2023 day 17: Clumsy Crucible — against a plain reference search, and edge cases."""
import heapq
import random

import pytest

from aoc.days.y2023 import d17


def reference_heat_loss(text: str, least: int, most: int) -> int | None:
    """A slow, plain Dijkstra over (block, direction, run length): what the fast one must match."""
    city = [[int(c) for c in row] for row in text.split()]
    height, width = len(city), len(city[0])
    frontier = [(0, 0, 0, dr, dc, 0) for dr, dc in ((0, 1), (1, 0))]
    seen = set()
    while frontier:
        loss, r, c, dr, dc, run = heapq.heappop(frontier)
        if (r, c) == (height - 1, width - 1) and run >= least:
            return loss
        if (r, c, dr, dc, run) in seen:
            continue
        seen.add((r, c, dr, dc, run))
        for nr, nc in ((dr, dc), (dc, dr), (-dc, -dr)):  # straight on, or a quarter turn
            straight = (nr, nc) == (dr, dc)
            if (straight and run >= most) or (not straight and 0 < run < least):
                continue
            r2, c2 = r + nr, c + nc
            if 0 <= r2 < height and 0 <= c2 < width:
                heapq.heappush(
                    frontier, (loss + city[r2][c2], r2, c2, nr, nc, run + 1 if straight else 1))
    return None


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d17, 2023, 17)


@pytest.mark.parametrize("seed", range(8))
def test_agrees_with_the_reference_on_random_cities(seed):
    rng = random.Random(seed)
    height, width = rng.randint(1, 14), rng.randint(1, 14)
    text = "\n".join("".join(rng.choice("123456789") for _ in range(width)) for _ in range(height))
    if (height, width) == (1, 1):
        return  # already there: the reference and the puzzle disagree on whether that is a path
    city = d17.parse(text)
    assert d17.part1(city) == reference_heat_loss(text, 1, 3)
    assert d17.part2(city) == reference_heat_loss(text, 4, 10)


def test_straight_runs_are_bounded():
    row = d17.parse("11111")  # four blocks straight: too many for a crucible, fine for an ultra
    assert d17.part1(row) is None
    assert d17.part2(row) == 4
    assert d17.part2(d17.parse("1111")) is None  # an ultra crucible cannot stop after three


def test_the_starting_block_costs_nothing():
    assert d17.part1(d17.parse("91\n11")) == 2


def test_at_full_size():
    """A 141 x 141 city like the real input's, where the search reaches almost every state."""
    city = d17.parse("\n".join(["1" * 141] * 141))
    assert d17.part1(city) == 280
    assert d17.part2(city) == 280
