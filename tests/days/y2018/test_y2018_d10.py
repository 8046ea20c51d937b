"""2018 day 10 at full size: a planted 8-letter message in the 10-row font, found and read."""
import pytest

from aoc import lab
from aoc.days.y2018 import d10
from tests.generators.y2018_d10 import plant, step_by_step


@pytest.mark.parametrize("word, second, seed", [("ZHKNRLXG", 10_391, 1), ("BAJCEFPA", 10_006, 2)])
def test_planted_message(word, second, seed):
    points = d10.parse(plant(word, second, seed))
    assert d10.part2(points) == second == step_by_step(points)
    assert d10.part1(points) == word
    assert lab.solve(d10.study(points)).learned


def test_exact_fallback_when_learning_is_skipped():
    points = d10.parse(plant("HEL", 777, 3))
    study = d10.study(points)
    study.steps = 0
    outcome = lab.solve(study)
    assert outcome.answer == 777 and not outcome.learned


def test_a_sky_that_never_moves_is_an_error():
    with pytest.raises(ValueError, match="never changes"):
        d10.parse("position=<1, 2> velocity=<0, 0>\n")
