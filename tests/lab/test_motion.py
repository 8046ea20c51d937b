"""aoc.lab.motion: whole-tick particles against the puzzle's rules followed tick by tick, the numpy
path against the Python-integer one, and the long run against the distance at a far-off tick."""
import random

import numpy as np
import pytest

from aoc.lab import meetings, nearest_in_the_long_run, survivors
from aoc.lab.motion import distance_in_the_long_run, meeting_times, whole_roots


def at(p, v, a, t):
    """Position after t ticks, tick by tick."""
    p, v = list(p), list(v)
    for _ in range(t):
        v = [x + y for x, y in zip(v, a, strict=True)]
        p = [x + y for x, y in zip(p, v, strict=True)]
    return tuple(p)


def random_swarm(rng, count, span=6):
    """Small particles that meet often."""
    return [tuple(tuple(rng.randint(-m, m) for _ in range(3)) for m in (span, 3, 1)) for _ in range(count)]


def simulated_meetings(swarm, ticks):
    """Every (tick, i, j) with i < j at the same place, tick by tick (nothing destroyed)."""
    found = set()
    for t in range(ticks + 1):
        places = [at(*x, t) for x in swarm]
        found |= {(t, i, j) for i in range(len(swarm)) for j in range(i + 1, len(swarm)) if places[i] == places[j]}
    return found


def test_whole_roots_match_trying_every_tick():
    rng = random.Random(1)
    for _ in range(500):
        a, b, c = (rng.randint(-6, 6) for _ in range(3))
        if a == b == c == 0:
            continue
        assert whole_roots(a, b, c) == [t for t in range(200) if a * t * t + b * t + c == 0]


@pytest.mark.parametrize("seed", range(3))
def test_meetings_match_the_rules_tick_by_tick(seed):
    rng = random.Random(seed)
    swarm = random_swarm(rng, 25)
    swarm.append(swarm[0])  # a twin meets its original at every tick, from the first
    found = meetings(*zip(*swarm, strict=True))
    ticks = 60  # |p| ≤ 6, |v| ≤ 3, |a| ≤ 1: any two that meet do so long before
    expected = simulated_meetings(swarm, ticks)
    twin = len(swarm) - 1
    assert set(found) == {e for e in expected if not (e[1] == 0 and e[2] == twin and e[0] > 0)}
    assert found == sorted(found)


def test_large_coefficients_take_the_python_path_and_agree():
    rng = random.Random(4)
    swarm = random_swarm(rng, 12)
    scale = 2**22  # positions beyond SAFE; the same meetings at the same ticks, as velocities scale too
    big = [(tuple(scale * x for x in p), tuple(scale * x for x in v), tuple(scale * x for x in a)) for p, v, a in swarm]
    assert meetings(*zip(*big, strict=True)) == meetings(*zip(*swarm, strict=True))


def test_meeting_times_of_one_pair():
    first, second = ((0, 0, 0), (1, 1, 1), (0, 0, 0)), ((4, 4, 4), (-1, -1, -1), (0, 0, 0))
    doubled = [tuple(np.array(x)) for x in (first[2], 2 * np.array(first[1]) + first[2], 2 * np.array(first[0]))]
    other = [tuple(np.array(x)) for x in (second[2], 2 * np.array(second[1]) + second[2], 2 * np.array(second[0]))]
    assert meeting_times(doubled, other) == [2]
    assert meeting_times(doubled, doubled) == [0]


def test_a_particle_destroyed_earlier_meets_nothing_later():
    left, right = ((-2, 0, 0), (1, 0, 0), (0, 0, 0)), ((2, 0, 0), (-1, 0, 0), (0, 0, 0))  # meet at tick 2
    late = ((6, 0, 0), (-1, 0, 0), (0, 0, 0))  # would meet `right` at tick ... never; `left` at tick 4
    assert at(*left, 4) == at(*late, 4)
    assert survivors(*zip(left, right, late, strict=True)) == [2]


def test_three_at_once_all_go():
    swarm = [((-6, 0, 0), (3, 0, 0), (0, 0, 0)), ((-4, 0, 0), (2, 0, 0), (0, 0, 0)),
             ((-2, 0, 0), (1, 0, 0), (0, 0, 0)), ((3, 0, 0), (-1, 0, 0), (0, 0, 0))]
    assert survivors(*zip(*swarm, strict=True)) == [3]


@pytest.mark.parametrize("seed", range(3))
def test_the_long_run_matches_the_distance_at_a_far_tick(seed):
    rng = random.Random(seed)
    swarm = random_swarm(rng, 40, span=50)
    far = 10**9
    distances = [sum(abs(p + v * far + a * far * (far + 1) // 2) for p, v, a in zip(*x, strict=True)) for x in swarm]
    keys = distance_in_the_long_run(*zip(*swarm, strict=True))
    if sorted(map(tuple, keys.tolist())).count(min(map(tuple, keys.tolist()))) > 1:
        pytest.skip("this swarm has a tie for ever")
    assert nearest_in_the_long_run(*zip(*swarm, strict=True)) == distances.index(min(distances))


def test_signs_are_handled():
    # same |a|; the first decelerates through the origin and heads out the other way faster
    swarm = [((10, 0, 0), (-5, 0, 0), (1, 0, 0)), ((-10, 0, 0), (0, 0, 0), (1, 0, 0))]
    assert nearest_in_the_long_run(*zip(*swarm, strict=True)) == 0


def test_a_tie_for_ever_is_an_error():
    swarm = [((3, 1, 0), (1, 0, 0), (1, 0, 0)), ((-3, -1, 0), (-1, 0, 0), (-1, 0, 0))]
    with pytest.raises(ValueError, match="equally near"):
        nearest_in_the_long_run(*zip(*swarm, strict=True))


def test_numbers_beyond_int64_are_exact():
    huge = 10**30
    swarm = [((huge, 0, 0), (1, 0, 0), (0, 0, 0)), ((huge + 4, 0, 0), (-1, 0, 0), (0, 0, 0)),
             ((-3, 1, 0), (0, 0, 0), (1, 1, 1))]
    assert meetings(*zip(*swarm, strict=True)) == [(2, 0, 1)]
    assert survivors(*zip(*swarm, strict=True)) == [2]
    assert nearest_in_the_long_run(*zip(*swarm, strict=True)) == 1  # heading back past the origin, slower
