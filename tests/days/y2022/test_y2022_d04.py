"""2022 day 4: Camp Cleanup — the statement's smaller examples, full-size lists against a set-based
reference, and lines that are malformed or give a range from high to low."""
import pytest

from aoc.days.y2022 import d04
from tests.generators.y2022_d04 import generate, reference


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d04, 2022, 4)


def test_containment_either_way():
    assert d04.part1(d04.parse("2-8,3-7\n6-6,4-6\n")) == 2  # 2-8 contains 3-7; 4-6 contains 6-6
    assert d04.part1(d04.parse("5-7,7-9\n")) == 0


def test_overlaps():
    assert d04.part2(d04.parse("2-4,6-8\n2-3,4-5\n")) == 0  # the example's first two pairs
    assert d04.part2(d04.parse("5-7,7-9\n")) == 1  # a single shared section, 7
    assert d04.part2(d04.parse("10-20,1-9\n10-20,20-30\n")) == 1


@pytest.mark.parametrize("seed", [1, 2])
def test_full_size_list_matches_the_set_based_reference(seed):
    text = generate(seed)
    pairs = d04.parse(text)
    assert len(pairs) == 1000 and all(1 <= n <= 99 for pair in pairs for n in pair)
    assert (d04.part1(pairs), d04.part2(pairs)) == reference(text)


def test_every_small_pair_matches_the_set_based_reference():
    """Every pair of ranges within 1-6, so each way of nesting, touching and missing comes up."""
    ranges = [(a, b) for a in range(1, 7) for b in range(a, 7)]
    text = "\n".join(f"{a}-{b},{c}-{d}" for a, b in ranges for c, d in ranges)
    pairs = d04.parse(text)
    assert (d04.part1(pairs), d04.part2(pairs)) == reference(text)


@pytest.mark.parametrize("line", ["4-2,6-8", "2-4,8-6", "9-1,1-9"])
def test_a_range_from_high_to_low_is_refused(line):
    with pytest.raises(ValueError, match="high to low"):
        d04.parse(f"2-4,6-8\n{line}\n")


@pytest.mark.parametrize("line", [
    "2-4,6",  # three numbers
    "2-4,6-8,9-10",  # three ranges
    "2-4;6-8",  # the wrong separator, which reading every number would let through
    "2-4,-6-8",  # a minus sign
    "2 - 4, 6 - 8",
    "a-b,c-d",
    "2-4,6-8x",
])
def test_a_line_that_is_not_a_pair_of_ranges_is_refused(line):
    with pytest.raises(ValueError, match="not a pair of ranges"):
        d04.parse(f"2-4,6-8\n{line}\n")


def test_blank_lines_and_surrounding_spaces_are_tolerated():
    assert d04.parse("\n 2-4,6-8 \n\n5-7,7-9\n") == [(2, 4, 6, 8), (5, 7, 7, 9)]
