"""2015 day 1: Not Quite Lisp — the statement's smaller examples, full-size lines against a step-by-step
reference, and lines that never reach the basement or hold something else."""
import pytest

from aoc.days.y2015 import d01
from tests.generators.y2015_d01 import generate, reference


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d01, 2015, 1)


@pytest.mark.parametrize(
    "text, floor",
    [("(())", 0), ("()()", 0), ("(((", 3), ("(()(()(", 3), ("))(((((", 3),
     ("())", -1), ("))(", -1), (")))", -3), (")())())", -3)],
)
def test_floors(text, floor):
    assert d01.part1(d01.parse(text)) == floor


@pytest.mark.parametrize("text, position", [(")", 1), ("()())", 5)])
def test_basement(text, position):
    assert d01.part2(d01.parse(text)) == position


def test_never_in_the_basement():
    with pytest.raises(ValueError):
        d01.part2(d01.parse("(()"))


@pytest.mark.parametrize("seed", [1, 2])
def test_full_size_line_matches_the_step_by_step_reference(seed):
    text = generate(seed)
    steps = d01.parse(text)
    floor, first = reference(text)
    assert len(steps) == 7000 and first is not None and first > 1000  # the basement comes late
    assert (d01.part1(steps), d01.part2(steps)) == (floor, first)


def test_full_size_line_that_never_reaches_the_basement_is_refused_not_answered():
    """The statement implies Santa does go down there; a line where he never does has no answer to give."""
    text = generate(3, basement=False)
    steps = d01.parse(text)
    assert reference(text)[1] is None
    assert d01.part1(steps) == reference(text)[0]
    with pytest.raises(ValueError, match="never enters the basement"):
        d01.part2(steps)


def test_the_first_basement_visit_counts_not_the_later_ones():
    assert d01.part2(d01.parse("()))()))")) == 3
    assert d01.part2(d01.parse("(())())")) == 7  # floor 0 on step 6 is not the basement yet


def test_surrounding_whitespace_is_ignored():
    assert d01.part1(d01.parse("\n(()\n")) == 1


@pytest.mark.parametrize("text", ["(()x)", "(( ))", "[]"])
def test_anything_but_parentheses_is_refused(text):
    with pytest.raises(ValueError, match="not '\\(' or '\\)'"):
        d01.parse(text)
