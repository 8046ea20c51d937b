"""2025 day 6: Trash Compactor — the example (with and without its trailing spaces), and a full-size worksheet."""
import pytest

from aoc.days.y2025 import d06
from tests.generators.y2025_d06 import by_columns, by_rows, generate


def test_the_example(inputs):
    problems = d06.parse((inputs / "2025" / "06.example.txt").read_text())
    assert (d06.part1(problems), d06.part2(problems)) == (4277556, 3263827)


def test_trimmed_trailing_spaces_change_nothing(inputs):
    text = (inputs / "2025" / "06.example.txt").read_text()
    trimmed = d06.parse("\n".join(line.rstrip() for line in text.splitlines()))
    assert (d06.part1(trimmed), d06.part2(trimmed)) == (4277556, 3263827)


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d06, 2025, 6)


def test_full_size_worksheet_matches_reading_it_another_way():
    text = generate(6)
    problems = d06.parse(text)
    assert len(problems) == 1000
    assert (d06.part1(problems), d06.part2(problems)) == (by_rows(text), by_columns(text))


def test_a_short_number_between_long_ones_leaves_a_gap_in_its_column():
    problems = d06.parse("64\n2 \n30\n* \n")
    assert d06.part1(problems) == 64 * 2 * 30
    assert d06.part2(problems) == 623 * 40


def test_a_block_without_an_operator_is_refused():
    with pytest.raises(ValueError, match="not \\+ or \\*"):
        d06.parse("12 3\n45 6\n*   \n")
