"""2020 day 13: Shuttle Search — the statement's smaller examples."""
import pytest

from aoc.days.y2020 import d13


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d13, 2020, 13)


@pytest.mark.parametrize(
    "buses, timestamp",
    [("17,x,13,19", 3417), ("67,7,59,61", 754018), ("67,x,7,59,61", 779210),
     ("67,7,x,59,61", 1261476), ("1789,37,47,1889", 1202161486)],
)
def test_contest_timestamps(buses, timestamp):
    assert d13.part2(d13.parse(f"0\n{buses}\n")) == timestamp  # the first line no longer matters


def test_earliest_bus_and_wait():
    assert d13.parse("939\n7,13,x,x,59,x,31,19\n") == (
        939, [(0, 7), (1, 13), (4, 59), (6, 31), (7, 19)])
    assert d13.part1(d13.parse("10\n3,5,7\n")) == 0  # bus 5 leaves right at 10: no wait
    assert d13.part1(d13.parse("11\n3,5,7\n")) == 3  # bus 3 leaves at 12
