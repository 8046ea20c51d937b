"""2023 day 24 at full size: 300 hailstones that a planted rock hits at distinct whole times."""
import random
import time
from fractions import Fraction
from itertools import combinations

import pytest

from aoc import lab
from aoc.days.y2023 import d24


def generate(seed: int, count: int = 300):
    """Hailstones like the real input's, and the rock that hits them all."""
    rng = random.Random(seed)
    p = tuple(rng.randint(10**14, 3 * 10**14) for _ in range(3))
    v = tuple(rng.randint(-300, 300) for _ in range(3))
    times = rng.sample(range(10**11, 10**12), count)
    lines = []
    for t in times:
        vi = tuple(rng.randint(-400, 400) for _ in range(3))
        pi = tuple(p[k] + t * (v[k] - vi[k]) for k in range(3))
        lines.append(f"{pi[0]}, {pi[1]}, {pi[2]} @ {vi[0]}, {vi[1]}, {vi[2]}")
    return "\n".join(lines) + "\n", (p, v)


def reference_crossings(hail, low, high) -> int:
    """An independent count in fractions: solve each pair's 2×2 system for both times."""
    count = 0
    for a, b in combinations(hail, 2):
        det = Fraction(a.v[0] * -b.v[1] + b.v[0] * a.v[1])
        if det == 0:
            continue
        rx, ry = b.p[0] - a.p[0], b.p[1] - a.p[1]
        t = (rx * -b.v[1] + b.v[0] * ry) / det
        s = (a.v[0] * ry - a.v[1] * rx) / det
        x, y = a.p[0] + t * a.v[0], a.p[1] + t * a.v[1]
        count += t >= 0 and s >= 0 and low <= x <= high and low <= y <= high
    return count


def test_part1_full_size_against_fractions():
    text, _ = generate(24)
    hail = d24.parse(text)
    area = (2 * 10**14, 4 * 10**14)
    assert d24.part1(hail, *area) == reference_crossings(hail, *area) > 0


@pytest.mark.parametrize("seed", [1, 2])
def test_part2_learns_the_planted_rock_and_proves_it(seed):
    text, (p, v) = generate(seed)
    hail = d24.parse(text)
    started = time.perf_counter()
    outcome = lab.solve(d24.lab(hail))
    elapsed = time.perf_counter() - started
    assert outcome.answer == (p, v)
    assert outcome.learned, outcome.note
    assert elapsed < 5
    assert d24.part2(hail) == sum(p)


def test_a_wrong_candidate_falls_back_to_the_exact_method():
    text, (p, v) = generate(3, count=20)
    hail = d24.parse(text)
    study = d24.lab(hail)
    study.candidate = lambda: (p, tuple(x + 1 for x in v))
    outcome = lab.solve(study)
    assert outcome.answer == (p, v) and not outcome.learned


def test_parallel_hailstones_are_a_clear_error():
    text = "0, 0, 0 @ 1, 1, 1\n5, 0, 0 @ 1, 1, 1\n0, 7, 0 @ 1, 1, 1\n0, 0, 9 @ 1, 1, 1\n"
    with pytest.raises(ValueError, match="parallel|pin|do not determine"):
        d24.part2(d24.parse(text))


def test_the_rock_check_is_exact():
    hail = d24.parse("19, 13, 30 @ -2, 1, -2\n18, 19, 22 @ -1, -1, -2\n")
    assert d24.hits_all(hail, ((24, 13, 10), (-3, 1, 2)))
    assert not d24.hits_all(hail, ((24, 13, 11), (-3, 1, 2)))
