"""2017 day 20: a thousand particles with planted collisions, and references that follow the puzzle's
rules tick by tick: a simulation to a horizon no meeting can lie beyond, and the distance itself
evaluated at a tick far past every crossing."""
import random

import numpy as np


def line(p, v, a) -> str:
    """One particle as the puzzle writes it."""
    def vec(x):
        return "<" + ",".join(str(c) for c in x) + ">"
    return f"p={vec(p)}, v={vec(v)}, a={vec(a)}"


def position(p, v, a, t: int):
    """Where a particle is after t ticks (v grows by a, then p by v, every tick)."""
    return tuple(pk + vk * t + ak * t * (t + 1) // 2 for pk, vk, ak in zip(p, v, a, strict=True))


def start_for(place, tick: int, v, a):
    """The starting position that puts a particle of velocity v and acceleration a at `place` at `tick`."""
    return tuple(q - vk * tick - ak * tick * (tick + 1) // 2 for q, vk, ak in zip(place, v, a, strict=True))


def plant(seed: int, count: int = 1000, groups: int = 60):
    """(text, particles): random particles, and groups of 2–4 planted to meet at one place and tick.

    Some latecomers are aimed where an earlier group's member would have been: they must survive.
    No two particles share an acceleration, so every pair's difference is quadratic on some axis
    and `horizon` stays a few hundred ticks.
    """
    rng = random.Random(seed)
    every = [(x, y, z) for x in range(-8, 9) for y in range(-8, 9) for z in range(-8, 9)]
    accelerations = iter(rng.sample(every, count))
    particles = []
    for _ in range(groups):
        tick = rng.randint(1, 40)
        place = tuple(rng.randint(-3000, 3000) for _ in range(3))
        for _ in range(rng.randint(2, 4)):
            v, a = tuple(rng.randint(-20, 20) for _ in range(3)), next(accelerations)
            particles.append((start_for(place, tick, v, a), v, a))
    for _ in range(groups // 4):
        victim = rng.randrange(len(particles))
        tick = rng.randint(41, 80)
        v, a = tuple(rng.randint(-20, 20) for _ in range(3)), next(accelerations)
        particles.append((start_for(position(*particles[victim], tick), tick, v, a), v, a))
    while len(particles) < count:
        particles.append((tuple(rng.randint(-3000, 3000) for _ in range(3)),
                          tuple(rng.randint(-60, 60) for _ in range(3)), next(accelerations)))
    rng.shuffle(particles)
    return "\n".join(line(*x) for x in particles) + "\n", particles


def horizon(particles) -> int:
    """A tick after which no two particles can meet: a bound on each pair's roots, on its best axis.

    Roots of a·t² + b·t + c are at most |b/a| + √|c/a|, and of b·t + c at most |c/b|; a pair meets
    only where every axis's difference vanishes, so any one axis bounds it.
    """
    doubled = np.array([[*a, *(2 * vk + ak for vk, ak in zip(v, a, strict=True)), *(2 * pk for pk in p)]
                        for p, v, a in particles], dtype=np.float64).reshape(-1, 3, 3)
    i, j = np.triu_indices(len(particles), 1)
    d = np.abs(doubled[i] - doubled[j])
    qa, qb, qc = d[:, 0, :], d[:, 1, :], d[:, 2, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        bound = np.where(qa > 0, qb / qa + np.sqrt(qc / qa), np.where(qb > 0, qc / qb, np.where(qc > 0, 0, np.inf)))
    per_pair = bound.min(axis=1)
    return int(np.ceil(per_pair[np.isfinite(per_pair)].max(initial=0))) + 1


def simulate(particles, ticks: int) -> int:
    """How many particles are left after `ticks` ticks of the puzzle's own rules."""
    p = np.array([x[0] for x in particles], dtype=np.int64)
    v = np.array([x[1] for x in particles], dtype=np.int64)
    a = np.array([x[2] for x in particles], dtype=np.int64)
    alive = np.ones(len(p), dtype=bool)
    for _ in range(ticks + 1):
        rows = p[alive]
        _, inverse, counts = np.unique(rows, axis=0, return_inverse=True, return_counts=True)
        keep = counts[inverse.ravel()] == 1
        alive[np.flatnonzero(alive)[~keep]] = False
        v += a
        p += v
    return int(alive.sum())


def nearest_far_out(particles, tick: int = 10**12) -> int:
    """The particle nearest the origin at a tick far beyond every crossing of the distance curves."""
    distances = [sum(map(abs, position(*x, tick))) for x in particles]
    return distances.index(min(distances))
