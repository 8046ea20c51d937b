"""2025 day 1: Secret Entrance — the example, a full-size input against a click-by-click reference, whole turns."""
import pytest

from aoc.days.y2025 import d01
from tests.generators.y2025_d01 import generate, reference


def test_the_example(inputs):
    rotations = d01.parse((inputs / "2025" / "01.example.txt").read_text())
    assert (d01.part1(rotations), d01.part2(rotations)) == (3, 6)


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d01, 2025, 1)


@pytest.mark.parametrize("seed", [1, 2])
def test_full_size_input_matches_the_click_by_click_reference(seed):
    text = generate(seed)
    rotations = d01.parse(text)
    assert (d01.part1(rotations), d01.part2(rotations)) == reference(text)


@pytest.mark.parametrize("text, zeros", [
    ("R1000", 10),  # ten whole turns from 50 pass 0 ten times
    ("L50", 1),  # stopping on 0 counts once
    ("L50\nL100", 2),  # a whole turn starting on 0 ends there: once more, not twice
    ("L50\nR5\nL5", 2),  # leaving 0 does not count, coming back does
    ("R49\nL99", 1),
])
def test_every_click_on_zero_counts_once(text, zeros):
    assert d01.part2(d01.parse(text)) == zeros == reference(text)[1]


def test_a_line_that_is_not_a_rotation_is_refused():
    with pytest.raises(ValueError, match="not a rotation"):
        d01.parse("L10\nU5\n")
