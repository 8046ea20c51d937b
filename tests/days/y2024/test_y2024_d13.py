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


def test_parallel_buttons_break_the_promise():
    with pytest.raises(ValueError, match="parallel"):
        d13.part1(d13.parse(machine_text((2, 4), (3, 6), (10, 20))))


def test_a_machine_needs_six_numbers():
    with pytest.raises(ValueError, match="six numbers"):
        d13.parse("Button A: X+1\nPrize: X=3, Y=4")
