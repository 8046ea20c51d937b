"""2024 day 13: planted machines at full size, both parts, and the promise of non-parallel buttons."""
import random

import pytest

from aoc.days.y2024 import d13
from tests.generators.y2024_d13 import machine_text, planted, unwinnable


def test_part1_full_size_with_planted_answers():
    rng = random.Random(13)
    machines, expected = [], 0
    for _ in range(160):
        text, cost = planted(rng, 0, (0, 100))
        machines.append(text)
        expected += cost
        machines.append(unwinnable(rng))
    assert d13.part1(d13.parse("\n\n".join(machines))) == expected


def test_part2_full_size_with_the_offset():
    rng = random.Random(1013)
    machines, expected = [], 0
    for _ in range(320):
        text, cost = planted(rng, d13.OFFSET, (10**11, 10**12))
        machines.append(text)
        expected += cost
    assert d13.part2(d13.parse("\n\n".join(machines))) == expected


def test_more_than_100_presses_do_not_count_in_part1():
    text = machine_text((1, 2), (3, 1), (101 + 3, 202 + 1))
    machines = d13.parse(text)
    assert d13.presses(machines[0]) == (101, 1)
    assert d13.part1(machines) == 0 and d13.part2(machines, offset=0) == 304


def cheapest_by_trying(a_move, b_move, prize, limit=100):
    """The fewest tokens over every press count up to `limit`, or 0 when none wins."""
    costs = [3 * a + b for a in range(limit + 1) for b in range(limit + 1)
             if (a * a_move[0] + b * b_move[0], a * a_move[1] + b * b_move[1]) == prize]
    return min(costs, default=0)


@pytest.mark.parametrize("a_move, b_move, prize, cost", [
    ((1, 1), (2, 2), (4, 4), 2),  # B twice beats A four times
    ((2, 4), (3, 6), (10, 20), 8),  # A twice and B twice (8 tokens) beat A five times (15)
    ((3, 6), (1, 2), (10, 20), 10),  # B alone, ten times
    ((2, 4), (4, 8), (10, 21), 0),  # off the line
    ((0, 0), (0, 5), (0, 15), 3),
])
def test_parallel_buttons_take_the_cheapest_way(a_move, b_move, prize, cost):
    assert d13.part1(d13.parse(machine_text(a_move, b_move, prize))) == cost == cheapest_by_trying(a_move, b_move, prize)


@pytest.mark.parametrize("seed", range(30))
def test_parallel_machines_against_every_press_count(seed):
    rng = random.Random(seed)
    direction = (rng.randint(1, 4), rng.randint(0, 4))
    a, b = rng.randint(0, 5), rng.randint(0, 5)
    a_move, b_move = tuple(a * c for c in direction), tuple(b * c for c in direction)
    prize = tuple(rng.randint(0, 60) * c for c in direction)
    assert d13.part1(d13.parse(machine_text(a_move, b_move, prize))) == cheapest_by_trying(a_move, b_move, prize)


def test_a_machine_needs_six_numbers():
    with pytest.raises(ValueError, match="six numbers"):
        d13.parse("Button A: X+1\nPrize: X=3, Y=4")
