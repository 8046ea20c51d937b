"""2022 day 12: Hill Climbing Algorithm — facts the statement gives en route, full-size maps against a
backwards reference, and maps the statement does not promise."""
import pytest

from aoc.days.y2022 import d12
from tests.generators.y2022_d12 import generate, reference

CLIMB = "S" + "bcdefghijklmnopqrstuvwxy" + "E"  # one level a step, 25 steps


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d12, 2022, 12)


def test_start_and_goal_elevations(inputs):
    heights, start, goal = d12.parse((inputs / "2022/12.example.txt").read_text())
    assert (start, goal) == ((0, 0), (2, 5))
    assert (heights[start], heights[goal]) == (0, 25)  # S is at elevation a, E at z
    assert len(heights.find(0)) == 6  # "six choices for starting position"


def test_the_example_matches_the_reference(inputs):
    text = (inputs / "2022/12.example.txt").read_text()
    heightmap = d12.parse(text)
    assert (d12.part1(heightmap), d12.part2(heightmap)) == reference(text) == (31, 29)


def test_climbs_one_level_a_step_and_descends_any():
    assert d12.part1(d12.parse(CLIMB)) == 25
    with pytest.raises(ValueError, match="E cannot be reached from S"):
        d12.part1(d12.parse(CLIMB.replace("x", "w")))  # w to y is two levels up
    # Only way in: over the top z, then down to y, then up into E.
    assert d12.part1(d12.parse(CLIMB[:-1] + "zy\n" + "a" * 26 + "E")) == 27


@pytest.mark.parametrize("seed", [1, 2])
def test_full_size_map_matches_the_backwards_reference(seed):
    text = generate(seed)
    rows = text.split()
    assert (len(rows), len(rows[0])) == (41, 171) and text.count("a") > 1000
    heightmap = d12.parse(text)
    answers = d12.part1(heightmap), d12.part2(heightmap)
    assert answers == reference(text)
    assert answers[0] > 400 and answers[1] < answers[0]  # a long climb, and a better start than S


def test_unreachable_goal_is_a_value_error_for_both_parts():
    heightmap = d12.parse("SaE\nabc")  # nothing reaches y, so nothing steps into E
    with pytest.raises(ValueError, match="E cannot be reached from S"):
        d12.part1(heightmap)
    with pytest.raises(ValueError, match="E cannot be reached from any square of elevation a"):
        d12.part2(heightmap)
    assert reference("SaE\nabc") == (None, None)


def test_s_walled_in_fails_part_1_only():
    text = "abcdefghijklmnopqrstuvwxyE\n" + "c" * 26 + "\nS" + "c" * 25  # S's neighbours are all two up
    heightmap = d12.parse(text)
    with pytest.raises(ValueError, match="from S"):
        d12.part1(heightmap)
    assert d12.part2(heightmap) == 25 == reference(text)[1]


def test_s_next_to_e_is_never_one_step():
    with pytest.raises(ValueError, match="from S"):
        d12.part1(d12.parse("SE"))  # a to z climbs 25 levels
    # Down to a, up the second row to y, onto the z ridge and back along it to E beside S.
    text = "SE" + "z" * 24 + "\n" + "abcdefghijklmnopqrstuvwxyz"
    heightmap = d12.parse(text)
    assert (d12.part1(heightmap), d12.part2(heightmap)) == (49, 48) == reference(text)


def test_best_part_2_start_is_not_s():
    text = "Saaa" + CLIMB[1:]  # three more a squares between S and the climb
    heightmap = d12.parse(text)
    assert (d12.part1(heightmap), d12.part2(heightmap)) == (28, 25) == reference(text)


@pytest.mark.parametrize("text, message", [
    ("abc\nabE", "exactly one S, found 0"),
    ("Sbc\nSbE", "exactly one S, found 2"),
    ("SbE\nzE", "exactly one E, found 2"),
    ("Sb.\nabE", "not an elevation: '.'"),
])
def test_a_map_without_one_s_and_one_e_or_with_other_marks_is_refused(text, message):
    with pytest.raises(ValueError, match=message):
        d12.parse(text)
