"""2022 day 21 at full size: a generated riddle with a planted humn, the learned answer proven, and broken promises."""
import random
import time

import pytest

from aoc import lab
from aoc.days.y2022 import d21
from tests.generators.y2022_d21 import generate


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_full_size_riddle_with_a_planted_humn(seed):
    planted = random.Random(seed).randint(10**11, 10**13)
    text, root = generate(seed, planted)
    jobs = d21.parse(text)
    assert len(jobs) > 1000
    assert d21.part1(jobs) == root
    started = time.perf_counter()
    outcome = lab.solve(d21.study(jobs))
    elapsed = time.perf_counter() - started
    assert outcome.answer == planted
    assert outcome.learned, outcome.note
    assert elapsed < 5
    assert d21.solve_exactly(jobs) == planted


def test_learning_failure_falls_back_to_the_exact_method():
    jobs = d21.parse(generate(4, 123_456_789)[0])
    study = d21.study(jobs)
    study.candidate = lambda: 0  # as if learning had wandered off
    outcome = lab.solve(study)
    assert outcome.answer == 123_456_789 and not outcome.learned and "exact method" in outcome.note


def test_a_humn_that_cancels_out_is_a_clear_error():
    text = "root: a + b\na: humn * z\nz: 0\nhumn: 3\nb: 5\n"
    with pytest.raises(ValueError, match="cancels out"):
        d21.part2(d21.parse(text))


@pytest.mark.parametrize("text, message", [
    ("a: 1\n", "no monkey named root"),
    ("root: a + b\na: b + b\nb: a - a\n", "waits for itself"),
    ("root: a + b\na: 1\n", "has no job"),
    ("root: a ^ b\n", "not a monkey's job"),
])
def test_broken_riddles(text, message):
    with pytest.raises(ValueError, match=message):
        d21.parse(text)
