"""2022 day 12: Hill Climbing Algorithm — facts the statement gives en route."""
from aoc.days.y2022 import d12


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d12, 2022, 12)


def test_start_and_goal_elevations(inputs):
    heights, start, goal = d12.parse((inputs / "2022/12.example.txt").read_text())
    assert (start, goal) == ((0, 0), (2, 5))
    assert (heights[start], heights[goal]) == (0, 25)  # S is at elevation a, E at z
    assert len(heights.find(0)) == 6  # "six choices for starting position"


def test_climbs_one_level_a_step_and_descends_any():
    climb = "S" + "bcdefghijklmnopqrstuvwxy" + "E"
    assert d12.part1(d12.parse(climb)) == 25
    assert d12.part1(d12.parse(climb.replace("x", "w"))) is None  # w to y is two levels up
    # Only way in: over the top z, then down to y, then up into E.
    assert d12.part1(d12.parse(climb[:-1] + "zy\n" + "a" * 26 + "E")) == 27
