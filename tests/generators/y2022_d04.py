"""2022 day 4: a thousand pairs of section ranges within 1-99, and a reference built on sets of sections."""
import random


def _range(rng: random.Random) -> tuple[int, int]:
    """A range within 1-99, now and then a single section, mostly wide as in the real inputs."""
    width = 0 if rng.random() < 0.05 else rng.randint(1, 10) if rng.random() < 0.2 else rng.randint(10, 90)
    start = rng.randint(1, 99 - width)
    return start, start + width


def _inside(rng: random.Random, outer: tuple[int, int]) -> tuple[int, int]:
    """A range within `outer`, often sharing an end with it or equal to it."""
    low, high = outer
    start = rng.choice([low, low, rng.randint(low, high)])
    return start, rng.choice([high, high, rng.randint(start, high)])


def generate(seed: int, count: int = 1000) -> str:
    """`count` lines 'a-b,c-d': about a third planted to nest (either way round), one in twenty to
    touch at a single shared section, the rest independent (and so nesting or overlapping by chance).
    """
    rng = random.Random(seed)
    lines = []
    for _ in range(count):
        first = _range(rng)
        kind = rng.random()
        if kind < 0.3:  # one contains the other
            second = _inside(rng, first)
            if rng.random() < 0.5:
                first, second = second, first
        elif kind < 0.35:  # the second starts where the first ends, or ends where it starts
            low, high = first
            if rng.random() < 0.5:
                second = (high, min(99, high + rng.randint(0, 30)))
            else:
                second = (max(1, low - rng.randint(0, 30)), low)
        else:
            second = _range(rng)
        lines.append(f"{first[0]}-{first[1]},{second[0]}-{second[1]}")
    return "\n".join(lines) + "\n"


def reference(text: str) -> tuple[int, int]:
    """(pairs where one set of sections is a subset of the other, pairs whose sets share a section)."""
    contained = overlapping = 0
    for line in text.split():
        left, right = line.split(",")
        sets = []
        for elf in (left, right):
            low, high = elf.split("-")
            sets.append(set(range(int(low), int(high) + 1)))
        one, other = sets
        contained += one <= other or other <= one
        overlapping += bool(one & other)
    return contained, overlapping
