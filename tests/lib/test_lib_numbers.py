"""aoc.lib.numbers: the Chinese remainder theorem."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from aoc.lib.numbers import crt


def test_crt_of_coprime_moduli():
    assert crt([(2, 3), (3, 5), (2, 7)]) == 23  # Sunzi's original problem


def test_crt_of_moduli_sharing_a_factor():
    assert crt([(2, 4), (4, 6)]) == 10


def test_crt_with_nothing_to_satisfy_is_zero():
    assert crt([]) == 0


def test_crt_reduces_remainders():
    assert crt([(-1, 5), (17, 3)]) == 14


def test_crt_refuses_contradictions():
    with pytest.raises(ValueError):
        crt([(1, 2), (2, 4)])


def test_crt_refuses_non_positive_moduli():
    with pytest.raises(ValueError):
        crt([(0, 0)])


@given(st.lists(st.tuples(st.integers(-50, 50), st.integers(1, 12)), max_size=4))
def test_crt_is_the_least_solution(congruences):
    limit = 1
    for _, m in congruences:
        limit *= m
    solutions = [x for x in range(limit) if all((x - r) % m == 0 for r, m in congruences)]
    if solutions:
        assert crt(congruences) == solutions[0]
    else:
        with pytest.raises(ValueError):
            crt(congruences)
