"""2018 day 23: nanobot swarms with a planted answer, random small swarms, and references that know
nothing of boxes: every point of a small swarm's reach, and z3's Optimize."""
import random
import re


def line(centre, radius) -> str:
    """One nanobot as the puzzle writes it."""
    x, y, z = centre
    return f"pos=<{x},{y},{z}>, r={radius}"


def plant(seed: int, count: int = 1000, clique: int = 940):
    """A swarm like the real input's, whose best point is planted: (text, point, bots in range, distance).

    `clique` bots reach the planted point P, with random slack so their ranges overlap in a large,
    ragged region; six of them (centres P ± R along each axis, radius R) meet only at P, so every
    other point misses one of them. The rest reach P not, and sit so far off that none of their
    ranges touches the clique's: no point is in range of more than the clique.
    """
    rng = random.Random(seed)
    p = tuple(rng.randint(-60_000_000, 60_000_000) for _ in range(3))
    bots = []
    for axis in range(3):
        for sign in (1, -1):
            reach = rng.randint(20_000_000, 90_000_000)
            bots.append((tuple(v + sign * reach * (a == axis) for a, v in enumerate(p)), reach))
    while len(bots) < clique:
        centre = tuple(v + rng.randint(-100_000_000, 100_000_000) for v in p)
        gap = sum(abs(a - b) for a, b in zip(centre, p, strict=True))
        bots.append((centre, gap + rng.randint(0, 30_000_000)))
    far = 2 * max(sum(abs(a - b) for a, b in zip(c, p, strict=True)) + r for c, r in bots)
    while len(bots) < count:
        centre = tuple(v + rng.choice((-1, 1)) * (far + rng.randint(0, 100_000_000)) for v in p)
        bots.append((centre, rng.randint(10_000_000, far // 3)))
    rng.shuffle(bots)
    return "\n".join(line(c, r) for c, r in bots) + "\n", p, clique, sum(map(abs, p))


def small(seed: int, count: int = 12, span: int = 9):
    """A small random swarm whose every reachable point can be tried."""
    rng = random.Random(seed)
    bots = [(tuple(rng.randint(-span, span) for _ in range(3)), rng.randint(0, span)) for _ in range(count)]
    return "\n".join(line(c, r) for c, r in bots) + "\n"


def best_by_trying(text: str) -> tuple[int, int]:
    """(most bots in range, least distance among those points) over every point of the swarm's reach."""
    import numpy as np

    bots = np.array([[int(v) for v in re.findall(r"-?\d+", row)] for row in text.strip().splitlines()])
    low, high = (bots[:, :3] - bots[:, 3:]).min(axis=0), (bots[:, :3] + bots[:, 3:]).max(axis=0)
    grid = np.stack(np.meshgrid(*(np.arange(lo, hi + 1) for lo, hi in zip(low, high, strict=True)), indexing="ij"), -1)
    points = grid.reshape(-1, 3)
    counts = (np.abs(points[:, None, :] - bots[None, :, :3]).sum(axis=2) <= bots[None, :, 3]).sum(axis=1)
    most = counts.max()
    return int(most), int(np.abs(points[counts == most]).sum(axis=1).min())


def z3_best(centres, radii, seconds: float | None = None) -> tuple[int, int] | None:
    """(most bots in range, least distance) by z3's Optimize: the count maximised, then the distance.

    None when `seconds` run out first.
    """
    import z3

    x, y, z = z3.Ints("x y z")

    def dist(a, b):
        return z3.If(a - b >= 0, a - b, b - a)

    opt = z3.Optimize()
    count = z3.Sum([z3.If(dist(x, int(c[0])) + dist(y, int(c[1])) + dist(z, int(c[2])) <= int(r), 1, 0)
                    for c, r in zip(centres, radii, strict=True)])
    most = opt.maximize(count)
    nearest = opt.minimize(dist(x, 0) + dist(y, 0) + dist(z, 0))
    if seconds is not None:
        opt.set("timeout", int(seconds * 1000))
    if opt.check() != z3.sat:
        return None
    return most.value().as_long(), nearest.value().as_long()
