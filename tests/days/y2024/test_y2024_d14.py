"""2024 day 14 at full size: a planted picture found by the statistic, against step-by-step references."""
import numpy as np
import pytest

from aoc.days.y2024 import d14
from tests.generators.y2024_d14 import plant


def walk(robots: np.ndarray, width: int, height: int, seconds: int) -> np.ndarray:
    """An independent simulation: one second at a time."""
    at = robots[:, :2].copy()
    for _ in range(seconds):
        at = (at + robots[:, 2:]) % [width, height]
    return at


def first_picture(robots: np.ndarray) -> int:
    """The brute-force reference: the first second whose picture has the frame's long line."""
    at = robots[:, :2].copy()
    for second in range(101 * 103):
        rows = {}
        for x, y in at:
            rows.setdefault(y, set()).add(x)
        if any(any(all(x + k in xs for k in range(d14.LINE)) for x in xs) for xs in rows.values()):
            return second
        at = (at + robots[:, 2:]) % [101, 103]
    raise AssertionError("no picture")


@pytest.mark.parametrize("seed, second", [(1, 7_093), (2, 10_402), (3, 17)])
def test_planted_picture_is_found(seed, second):
    robots = d14.parse(plant(seed, second))
    assert d14.part2(robots) == second
    assert d14.draws_picture(robots, second, 101, 103)


def test_brute_force_agrees_on_one_planted_input():
    robots = d14.parse(plant(4, 1_234))
    assert first_picture(robots) == d14.part2(robots) == 1_234


def test_part1_against_a_step_by_step_walk():
    robots = d14.parse(plant(5, 500))
    at = walk(robots, 101, 103, 100)
    quadrants = [((at[:, 0] < 50) & (at[:, 1] < 51)), ((at[:, 0] > 50) & (at[:, 1] < 51)),
                 ((at[:, 0] < 50) & (at[:, 1] > 51)), ((at[:, 0] > 50) & (at[:, 1] > 51))]
    assert d14.part1(robots) == np.prod([q.sum() for q in quadrants])


def test_no_picture_is_a_clear_error():
    robots = d14.parse("p=0,0 v=1,1\np=5,5 v=2,3\n")
    with pytest.raises(ValueError, match="never draw"):
        d14.part2(robots)
