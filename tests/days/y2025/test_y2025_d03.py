"""2025 day 3: Lobby — the example, and full-size banks against every pair and a dynamic programme."""
import pytest

from aoc.days.y2025 import d03
from tests.generators.y2025_d03 import best_of, best_pair, generate


def test_the_example(inputs):
    banks = d03.parse((inputs / "2025" / "03.example.txt").read_text())
    assert (d03.part1(banks), d03.part2(banks)) == (357, 3121910778619)


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d03, 2025, 3)


def test_full_size_banks_match_every_pair_and_the_dynamic_programme():
    banks = d03.parse(generate(3))
    assert d03.part1(banks) == sum(best_pair(bank) for bank in banks)
    assert d03.part2(banks) == sum(best_of(bank, 12) for bank in banks)


@pytest.mark.parametrize("bank, k", [("12", 2), ("21", 2), ("9119", 3), ("111111111111", 12), ("5915", 2)])
def test_small_banks(bank, k):
    assert d03.joltage(bank, k) == best_of(bank, k)


def test_a_bank_too_short_is_refused():
    with pytest.raises(ValueError, match="cannot turn on 12"):
        d03.part2(["123"])
