"""2015 day 1: Not Quite Lisp — the statement's smaller examples."""
import pytest

from aoc.days.y2015 import d01


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d01, 2015, 1)


@pytest.mark.parametrize(
    "text, floor",
    [("(())", 0), ("()()", 0), ("(((", 3), ("(()(()(", 3), ("))(((((", 3),
     ("())", -1), ("))(", -1), (")))", -3), (")())())", -3)],
)
def test_floors(text, floor):
    assert d01.part1(d01.parse(text)) == floor


@pytest.mark.parametrize("text, position", [(")", 1), ("()())", 5)])
def test_basement(text, position):
    assert d01.part2(d01.parse(text)) == position


def test_never_in_the_basement():
    with pytest.raises(ValueError):
        d01.part2(d01.parse("(()"))
