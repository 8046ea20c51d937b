"""aoc.lib.parse: integers and paragraphs from puzzle text."""
import pytest

from aoc.lib.parse import ints, paragraphs


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2-4,6-8", [2, 4, 6, 8]),  # 2022 day 4: a dash between numbers is a separator
        ("10-20", [10, 20]),
        ("x=-3, y=4", [-3, 4]),
        ("-7 apples", [-7]),
        ("p=12,-3", [12, -3]),
        ("a -5 b", [-5]),
        ("abc12def", [12]),
        ("x-1", [1]),  # after a letter the dash is a hyphen, not a sign
        ("007", [7]),
        ("no numbers", []),
        ("", []),
    ],
)
def test_ints(text, expected):
    assert ints(text) == expected


def test_ints_reads_a_puzzle_line_in_order():
    assert ints("Sensor at x=2, y=-18: closest beacon is at x=-2, y=15") == [2, -18, -2, 15]


def test_paragraphs_split_on_blank_lines():
    assert paragraphs("RL\n\nAAA = (BBB, CCC)\nBBB = (DDD, EEE)\n") == [
        "RL",
        "AAA = (BBB, CCC)\nBBB = (DDD, EEE)",
    ]


def test_paragraphs_ignore_extra_and_whitespace_only_blank_lines():
    assert paragraphs("\n\na\nb\n\n\n  \n\nc\n\n") == ["a\nb", "c"]


def test_paragraphs_of_nothing():
    assert paragraphs("") == []
    assert paragraphs("\n\n") == []
