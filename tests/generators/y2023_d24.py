"""2023 day 24: hailstones a planted rock hits at distinct whole times, and a crossing count."""
import random
from fractions import Fraction
from itertools import combinations


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
