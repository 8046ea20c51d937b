"""2023 day 24 at full size: 300 hailstones that a planted rock hits at distinct whole times."""
import time

import pytest

from aoc import lab
from aoc.days.y2023 import d24
from tests.generators.y2023_d24 import generate, reference_crossings


def test_part1_full_size_against_fractions():
    text, _ = generate(24)
    hail = d24.parse(text)
    area = (2 * 10**14, 4 * 10**14)
    assert d24.part1(hail, *area) == reference_crossings(hail, *area) > 0


@pytest.mark.parametrize("seed", [1, 2])
def test_part2_learns_the_planted_rock_and_proves_it(seed):
    text, (p, v) = generate(seed)
    hail = d24.parse(text)
    started = time.perf_counter()
    outcome = lab.solve(d24.study(hail))
    elapsed = time.perf_counter() - started
    assert outcome.answer == (p, v)
    assert outcome.learned, outcome.note
    assert elapsed < 5
    assert d24.part2(hail) == sum(p)


def test_a_wrong_candidate_falls_back_to_the_exact_method():
    text, (p, v) = generate(3, count=20)
    hail = d24.parse(text)
    study = d24.study(hail)
    study.candidate = lambda: (p, tuple(x + 1 for x in v))
    outcome = lab.solve(study)
    assert outcome.answer == (p, v) and not outcome.learned


def test_parallel_hailstones_are_a_clear_error():
    text = "0, 0, 0 @ 1, 1, 1\n5, 0, 0 @ 1, 1, 1\n0, 7, 0 @ 1, 1, 1\n0, 0, 9 @ 1, 1, 1\n"
    with pytest.raises(ValueError, match="parallel|pin|do not determine"):
        d24.part2(d24.parse(text))


def test_the_rock_check_is_exact():
    hail = d24.parse("19, 13, 30 @ -2, 1, -2\n18, 19, 22 @ -1, -1, -2\n")
    assert d24.hits_all(hail, ((24, 13, 10), (-3, 1, 2)))
    assert not d24.hits_all(hail, ((24, 13, 11), (-3, 1, 2)))
