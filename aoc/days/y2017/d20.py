"""2017 day 20: Particle Swarm. A thousand particles accelerate on a whole-tick clock.

Both parts are decided exactly, never by simulating "long enough" (aoc.lab.motion). After t ticks a
particle is at p + v·t + a·t(t+1)/2, a quadratic with whole coefficients once doubled. Part 1: in the
long run each axis's distance is that quadratic with the sign of its leading non-zero coefficient,
so the nearest particle has the least distance polynomial, acceleration first, then velocity, then
position, signs and all. Part 2: two particles collide at the whole, non-negative roots their
difference polynomials share on every axis; collisions are resolved in tick order, and a particle
destroyed at one tick collides with nothing later.
"""
from aoc.lab import nearest_in_the_long_run, survivors
from aoc.lib.parse import ints

Particle = tuple[tuple[int, int, int], tuple[int, int, int], tuple[int, int, int]]


def parse(text: str) -> list[Particle]:
    """Each 'p=<x,y,z>, v=<x,y,z>, a=<x,y,z>' line as (position, velocity, acceleration)."""
    particles = []
    for line in text.strip().splitlines():
        numbers = ints(line)
        if len(numbers) != 9:
            raise ValueError(f"a particle needs nine numbers: {line!r}")
        particles.append((tuple(numbers[:3]), tuple(numbers[3:6]), tuple(numbers[6:])))
    return particles  # type: ignore[return-value]  # three triples, checked above


def part1(particles: list[Particle]) -> int:
    """The particle that stays closest to the origin in the long term."""
    return nearest_in_the_long_run(*zip(*particles, strict=True))


def part2(particles: list[Particle]) -> int:
    """How many particles are left after all collisions are resolved."""
    return len(survivors(*zip(*particles, strict=True)))
