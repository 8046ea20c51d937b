"""2023 day 17: Clumsy Crucible — against an independent reference at full size and on small cities, and edge cases."""
import random
import time

import pytest

from aoc.days.y2023 import d17
from tests.generators.y2023_d17 import generate, reference_heat_loss


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
    assert least_or_none(d17.part1, city) == reference_heat_loss(text, 1, 3)
    assert least_or_none(d17.part2, city) == reference_heat_loss(text, 4, 10)


def least_or_none(part, city):
    """The part's answer, or None where it says in one line that no path exists."""
    try:
        return part(city)
    except ValueError as exc:
        assert "no path" in str(exc)
        return None


def test_straight_runs_are_bounded():
    row = d17.parse("11111")  # four blocks straight: too many for a crucible, fine for an ultra
    assert least_or_none(d17.part1, row) is None
    assert d17.part2(row) == 4
    assert least_or_none(d17.part2, d17.parse("1111")) is None  # an ultra crucible cannot stop after three


@pytest.mark.parametrize("text", ["123\n45\n", "12a\n456\n", ""])
def test_a_city_that_is_no_rectangle_of_digits_is_refused(text):
    with pytest.raises(ValueError, match="rectangle of digits"):
        d17.parse(text)


def test_the_starting_block_costs_nothing():
    assert d17.part1(d17.parse("91\n11")) == 2


@pytest.mark.parametrize("seed", [1, 2])
def test_full_size_cities_match_the_reference(seed):
    text = generate(seed)
    city = d17.parse(text)
    assert (d17.part1(city), d17.part2(city)) == (reference_heat_loss(text, 1, 3), reference_heat_loss(text, 4, 10))


def test_each_part_takes_under_a_second_at_full_size():
    city = d17.parse(generate(3))
    for part in (d17.part1, d17.part2):
        fastest = min(_cpu_seconds(part, city) for _ in range(3))  # the least disturbed of three runs
        assert fastest < 1, f"{part.__name__} took {fastest:.2f} s"


def _cpu_seconds(part, city) -> float:
    """The processor time one run of a part takes: unlike the wall clock's, other busy processes do not add to it."""
    started = time.process_time()
    part(city)
    return time.process_time() - started


def test_at_full_size():
    """A 141 x 141 city like the real input's, where the search reaches almost every state."""
    city = d17.parse("\n".join(["1" * 141] * 141))
    assert d17.part1(city) == 280
    assert d17.part2(city) == 280
