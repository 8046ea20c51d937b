"""aoc.lib.parse: integers and paragraphs from puzzle text."""
import pytest

from aoc.lib.parse import ints, paragraphs, points


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


def test_points_are_rows_of_a_read_only_array():
    table = points("162,817,812\n57,-618,57\n\n", 3)
    assert table.tolist() == [[162, 817, 812], [57, -618, 57]]
    assert table.dtype == "int64"
    with pytest.raises(ValueError, match="read-only"):
        table[0, 0] = 1


@pytest.mark.parametrize("text", ["1,2\n3\n", "", "1,2,3\n"])
def test_points_of_the_wrong_size_are_refused(text):
    with pytest.raises(ValueError, match="2 integers"):
        points(text, 2)
