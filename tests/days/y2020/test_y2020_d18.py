"""2020 day 18: the statement's worked examples, errors, and a full-size input against a shunting-yard reference."""
import pytest

from aoc.days.y2020 import d18
from tests.generators.y2020_d18 import generate, reference


def test_full_size_homework_matches_the_reference():
    lines = generate(18)
    homework = d18.parse("\n".join(lines))
    assert d18.part1(homework) == sum(reference(line, d18.EQUAL) for line in lines)
    assert d18.part2(homework) == sum(reference(line, d18.ADDITION_FIRST) for line in lines)


def test_exact_beyond_int64():
    line = " * ".join(["9"] * 30)
    assert d18.part1(d18.parse(line)) == 9**30


@pytest.mark.parametrize("bad", ["1 + 2)", "(1 + 2", "1 + ", "1 - 2", "__import__('os')", "2 3"])
def test_malformed_lines_are_clear_errors(bad):
    with pytest.raises(ValueError):
        d18.part1(d18.parse(bad))


def test_parentheses_nested_past_the_evaluators_depth_are_one_clear_line():
    assert d18.part1(d18.parse("(" * 150 + "2" + ")" * 150)) == 2
    with pytest.raises(ValueError, match="nested 1000 deep"):
        d18.parse("(" * 1000 + "2" + ")" * 1000)
