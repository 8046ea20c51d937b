"""2021 day 7 at full size: learned meeting points against brute force over every position."""
import pytest

from aoc import lab
from aoc.days.y2021 import d07
from tests.generators.y2021_d07 import brute_force, generate


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_full_size_against_brute_force(seed):
    parsed = d07.parse(generate(seed))
    assert d07.part1(parsed) == brute_force(parsed, d07.linear_fuel)
    assert d07.part2(parsed) == brute_force(parsed, d07.triangular_fuel)
    assert lab.solve(d07.study(parsed, 2)).learned


def test_a_poor_guess_still_ends_on_the_proven_minimum():
    crabs = d07.parse("16,1,2,0,4,2,7,1,2,14")
    study = d07.study(crabs, 2)
    study.steps = 0
    assert lab.solve(study).answer == 5


def test_no_crabs_is_an_error():
    with pytest.raises(ValueError):
        d07.parse("\n")


def test_fuel_far_past_int64_is_exact():
    crabs = d07.parse(",".join(["0"] * 500 + ["1000000000"] * 500))
    assert d07.part1(crabs) == 500 * 10**9
    assert d07.part2(crabs) == 1000 * (5 * 10**8) * (5 * 10**8 + 1) // 2  # everyone half-way: past 2**63
