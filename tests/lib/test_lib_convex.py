"""aoc.lib.convex: integer minima of convex costs, against brute force over small ranges."""
from hypothesis import given
from hypothesis import strategies as st

from aoc.lib.convex import bisect_minimum, descend, is_integer_minimum

LOW, HIGH = -30, 30


def convex(terms: list[tuple[int, int]], slope: int = 0):
    """k ↦ Σ w·|k − c| over (w, c) in terms, plus slope·k: convex for non-negative weights."""
    return lambda k: sum(w * abs(k - c) for w, c in terms) + slope * k


def parabola(k: int) -> int:
    """A convex cost with its one minimum at 7."""
    return (k - 7) ** 2


costs = st.builds(
    convex,
    st.lists(st.tuples(st.integers(0, 5), st.integers(LOW, HIGH)), max_size=4),
    st.integers(-3, 3),
)


@given(costs)
def test_bisect_finds_the_first_minimum(cost):
    assert bisect_minimum(cost, LOW, HIGH) == min(range(LOW, HIGH + 1), key=cost)


@given(costs, st.integers(LOW - 10, HIGH + 10))
def test_descend_ends_on_a_minimum_from_any_start(cost, start):
    k = descend(cost, start, LOW, HIGH)
    assert LOW <= k <= HIGH
    assert cost(k) == min(cost(j) for j in range(LOW, HIGH + 1))


@given(costs, st.integers(LOW + 1, HIGH - 1))
def test_a_local_minimum_is_the_global_one(cost, k):
    far_and_wide = min(cost(j) for j in range(LOW - 100, HIGH + 101))  # well beyond every kink
    assert is_integer_minimum(cost, k) == (cost(k) == far_and_wide)


def test_a_parabola():
    assert is_integer_minimum(parabola, 7)
    assert not is_integer_minimum(parabola, 6) and not is_integer_minimum(parabola, 8)
    assert bisect_minimum(parabola, -100, 100) == descend(parabola, -100, -100, 100) == 7


def test_a_flat_bottom_counts_everywhere_on_it():
    cost = convex([(1, -3), (1, 3)])  # 6 on all of [-3, 3], rising outside
    assert all(is_integer_minimum(cost, k) for k in range(-3, 4))
    assert not is_integer_minimum(cost, 4) and not is_integer_minimum(cost, -4)
    assert bisect_minimum(cost, -10, 10) == -3
    assert descend(cost, 0, -10, 10) == 0  # already on the bottom: no step taken


def test_a_minimum_beyond_the_range_is_its_nearest_end():
    cost = convex([(1, 50)])
    assert bisect_minimum(cost, 0, 10) == descend(cost, 3, 0, 10) == 10
    assert bisect_minimum(cost, 60, 70) == descend(cost, 65, 60, 70) == 60


def test_a_range_of_one_integer():
    assert bisect_minimum(parabola, 5, 5) == descend(parabola, -20, 5, 5) == 5


def test_a_start_outside_the_range_is_clamped_first():
    cost = convex([(1, 0)])
    assert descend(cost, 1000, -5, 5) == 0
    assert descend(cost, -1000, 2, 5) == 2


def test_descend_walks_only_from_its_start_to_the_minimum():
    asked = []

    def cost(k: int) -> int:
        asked.append(k)
        return abs(k - 4)

    assert descend(cost, 0, -100, 100) == 4
    assert min(asked) >= -1 and max(asked) <= 5  # a start's neighbour, and one past the minimum
