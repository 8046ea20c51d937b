"""2025 day 5: Cafeteria — the example, and a full-size database against plain checks and a sweep."""
from aoc.days.y2025 import d05
from tests.generators.y2025_d05 import generate, reference


def test_the_example(inputs):
    database = d05.parse((inputs / "2025" / "05.example.txt").read_text())
    assert (d05.part1(database), d05.part2(database)) == (3, 14)


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d05, 2025, 5)


def test_full_size_database_matches_the_references():
    text = generate(5)
    database = d05.parse(text)
    assert (d05.part1(database), d05.part2(database)) == reference(text)


def test_nested_touching_and_single_id_ranges():
    assert d05.merged(((10, 20), (12, 15), (21, 30), (40, 40), (5, 5))) == [(5, 5), (10, 30), (40, 40)]
    database = d05.parse("10-20\n12-15\n21-30\n40-40\n\n9\n10\n30\n31\n40\n")
    assert (d05.part1(database), d05.part2(database)) == (3, 22)
