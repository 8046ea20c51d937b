"""2022 day 4: Camp Cleanup — the statement's smaller examples."""
from aoc.days.y2022 import d04


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d04, 2022, 4)


def test_containment_either_way():
    assert d04.part1(d04.parse("2-8,3-7\n6-6,4-6\n")) == 2  # 2-8 contains 3-7; 4-6 contains 6-6
    assert d04.part1(d04.parse("5-7,7-9\n")) == 0


def test_overlaps():
    assert d04.part2(d04.parse("2-4,6-8\n2-3,4-5\n")) == 0  # the example's first two pairs
    assert d04.part2(d04.parse("5-7,7-9\n")) == 1  # a single shared section, 7
    assert d04.part2(d04.parse("10-20,1-9\n10-20,20-30\n")) == 1
