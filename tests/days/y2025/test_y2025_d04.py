"""2025 day 4: Printing Department — the example, and a full-size floor against round-by-round removal."""
from aoc.days.y2025 import d04
from tests.generators.y2025_d04 import generate, reference


def test_the_example(inputs):
    rolls = d04.parse((inputs / "2025" / "04.example.txt").read_text())
    assert (d04.part1(rolls), d04.part2(rolls)) == (13, 43)


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d04, 2025, 4)


def test_full_size_floor_matches_removal_in_rounds():
    text = generate(4)
    rolls = d04.parse(text)
    assert (d04.part1(rolls), d04.part2(rolls)) == reference(text)


def test_a_block_comes_apart_from_its_corners_only_when_small():
    three = d04.parse("@@@\n@@@\n@@@\n")
    assert d04.part1(three) == 4  # only the corners have three neighbours
    assert d04.part2(three) == 9  # then the edges have three, then the middle none
    four = "@@@@\n@@@@\n@@@@\n@@@@\n"
    assert d04.part2(d04.parse(four)) == 4 == reference(four)[1]  # the edges keep four neighbours each
