"""2025 day 2: Gift Shop — the example, full-size ranges against a regex over every ID, and blocks that nest."""
import random

import pytest

from aoc.days.y2025 import d02
from tests.generators.y2025_d02 import TWICE, TWICE_OR_MORE, generate, reference


def test_the_example(inputs):
    ranges = d02.parse((inputs / "2025" / "02.example.txt").read_text())
    assert (d02.part1(ranges), d02.part2(ranges)) == (1227775554, 4174379265)


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d02, 2025, 2)


def test_full_size_input_matches_a_regex_tried_on_every_id():
    text = generate(2)
    ranges = d02.parse(text)
    assert d02.part1(ranges) == reference(text, TWICE)
    assert d02.part2(ranges) == reference(text, TWICE_OR_MORE)


def test_an_id_made_of_blocks_in_several_ways_counts_once():
    assert d02.invalid_sum(222222, 222222, lambda copies: copies >= 2) == 222222
    assert d02.part1(d02.parse("222222-222222")) == 222222  # 222 twice
    assert d02.part1(d02.parse("222-222")) == 0  # 2 three times is not twice
    assert d02.part2(d02.parse("222-222")) == 222


@pytest.mark.parametrize("first, last", [(1, 9), (9, 11), (95, 1010), (998_999, 1_001_001), (1, 100_000)])
def test_ranges_across_lengths_agree_with_the_regex(first, last):
    text = f"{first}-{last}"
    assert d02.part2(d02.parse(text)) == reference(text, TWICE_OR_MORE)
    assert d02.part1(d02.parse(text)) == reference(text, TWICE)


def test_a_backwards_range_is_refused():
    with pytest.raises(ValueError, match="backwards"):
        d02.parse("30-20")


def test_a_range_of_any_length_is_summed_without_listing_its_ids():
    # every ID of 1 to 18 digits: the two-copy IDs are k·(10^p + 1) for every p-digit k, p = 1..9
    twice = sum((10**p + 1) * (10 ** (p - 1) + 10**p - 1) * (10**p - 10 ** (p - 1)) // 2 for p in range(1, 10))
    assert d02.part1([(1, 10**18 - 1)]) == twice
    assert d02.part2([(1, 10**18 - 1)]) > twice


@pytest.mark.parametrize("seed", range(8))
def test_overlapping_blocks_count_each_id_once(seed):
    rng = random.Random(seed)
    first = rng.randint(1, 10**6)
    text = f"{first}-{first + rng.randint(0, 5_000)},{first * 7}-{first * 7 + rng.randint(0, 5_000)}"
    ranges = d02.parse(text)
    assert (d02.part1(ranges), d02.part2(ranges)) == (reference(text, TWICE), reference(text, TWICE_OR_MORE))
