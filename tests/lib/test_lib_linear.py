"""aoc.lib.linear: cross products and exact solutions of small square systems, checked by hand."""
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from aoc.lib.linear import cross, cross_matrix, solve_linear

triples = st.lists(st.integers(-20, 20), min_size=3, max_size=3)


def test_cross_of_the_axes_follows_the_right_hand_rule():
    x, y, z = [1, 0, 0], [0, 1, 0], [0, 0, 1]
    assert cross(x, y) == z and cross(y, z) == x and cross(z, x) == y
    assert cross(y, x) == [0, 0, -1]


def test_cross_of_a_worked_example():
    assert cross([1, 2, 3], [4, 5, 6]) == [-3, 6, -3]  # (2·6 − 3·5, 3·4 − 1·6, 1·5 − 2·4)


def test_cross_keeps_fractions_exact():
    assert cross([Fraction(1, 2), 0, 0], [0, Fraction(1, 3), 0]) == [0, 0, Fraction(1, 6)]


@given(triples, triples)
def test_cross_is_perpendicular_to_both(a, b):
    c = cross(a, b)
    assert sum(x * y for x, y in zip(a, c, strict=True)) == 0
    assert sum(x * y for x, y in zip(b, c, strict=True)) == 0
    assert cross(b, a) == [-x for x in c]


def test_cross_matrix_written_out():
    assert cross_matrix([1, 2, 3]) == [[0, -3, 2], [3, 0, -1], [-2, 1, 0]]


@given(triples, triples)
def test_cross_matrix_times_x_is_w_cross_x(w, x):
    product = [sum(m * v for m, v in zip(row, x, strict=True)) for row in cross_matrix(w)]
    assert product == cross(w, x)


def test_solves_a_two_by_two_system():
    assert solve_linear([[1, 1, 3], [1, -1, 1]]) == [2, 1]  # x + y = 3, x − y = 1


def test_solution_is_an_exact_fraction():
    assert solve_linear([[3, 0, 1], [0, 7, 2]]) == [Fraction(1, 3), Fraction(2, 7)]


def test_a_zero_pivot_swaps_rows():
    assert solve_linear([[0, 1, 2], [1, 0, 3]]) == [3, 2]  # y = 2, x = 3


def test_three_by_three_checked_by_hand():
    # x + 2y + 3z = 14, 2x − y + z = 3, 3x + y − z = 2: x = 1, y = 2, z = 3
    assert solve_linear([[1, 2, 3, 14], [2, -1, 1, 3], [3, 1, -1, 2]]) == [1, 2, 3]


def test_singular_systems_have_no_solution():
    assert solve_linear([[1, 2, 3], [2, 4, 6]]) is None  # the second row is twice the first
    assert solve_linear([[0, 0, 1], [0, 1, 1]]) is None  # x appears nowhere


def test_the_rows_given_are_left_as_they_were():
    rows = [[0, 1, 2], [1, 0, 3]]
    solve_linear(rows)
    assert rows == [[0, 1, 2], [1, 0, 3]]


def test_an_empty_system_has_the_empty_solution():
    assert solve_linear([]) == []
