"""2023 day 6: exact bounds against brute force, and at part 2's real size against a binary search."""
import random

import pytest

from aoc.days.y2023 import d06
from tests.generators.y2023_d06 import binary_search, long_race


def brute_force(time: int, record: int) -> int:
    return sum(hold * (time - hold) > record for hold in range(time + 1))


def test_statement_races():
    assert [d06.ways_to_win(t, d) for t, d in [(7, 9), (15, 40), (30, 200)]] == [4, 8, 9]


def test_agrees_with_brute_force_including_ties_and_impossible_races():
    rng = random.Random(6)
    for _ in range(2000):
        time = rng.randint(0, 120)
        record = rng.choice([rng.randint(0, time * time // 4 + 3), (time // 2) * (time - time // 2)])
        assert d06.ways_to_win(time, record) == brute_force(time, record), (time, record)


def test_real_size_long_race():
    rng = random.Random(60)
    for _ in range(200):
        time, record = long_race(rng)
        assert d06.ways_to_win(time, record) == binary_search(time, record)


def test_mismatched_lines_are_an_error():
    with pytest.raises(ValueError):
        d06.part1(d06.parse("Time: 7 15\nDistance: 9\n"))


@pytest.mark.parametrize("text", ["Time: 7 15\nDistance: 9\n", "Time: 7\n", "Time:\nDistance:\n"])
def test_races_need_one_time_and_one_distance_each(text):
    with pytest.raises(ValueError, match="one number per race"):
        d06.parse(text)
