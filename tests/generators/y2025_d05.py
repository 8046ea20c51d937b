"""2025 day 5: an ingredient database like the real input's, overlapping ranges up to 10^15, and plain references."""
import random


def generate(seed: int, ranges: int = 190, available: int = 1000) -> str:
    """Overlapping fresh ranges (some nested, some touching) and available IDs, half planted inside a range."""
    rng = random.Random(seed)
    fresh = []
    for _ in range(ranges):
        if fresh and rng.random() < 0.4:  # overlapping, nested or touching an earlier range
            a, b = rng.choice(fresh)
            first = rng.randint(a, b + 1)
            fresh.append((first, first + rng.randint(0, 2 * (b - a))))
        else:
            first = rng.randint(10**12, 5 * 10**14)
            fresh.append((first, first + rng.randint(0, 10**13)))
    ids = []
    for _ in range(available):
        a, b = rng.choice(fresh)
        ids.append(rng.randint(a, b) if rng.random() < 0.5 else rng.randint(10**12, 6 * 10**14))
    return "\n".join(f"{a}-{b}" for a, b in fresh) + "\n\n" + "\n".join(map(str, ids)) + "\n"


def reference(text: str) -> tuple[int, int]:
    """(available IDs in some range, IDs the ranges cover): each ID against each range, then a sweep of +1/−1 events."""
    head, tail = text.strip().split("\n\n")
    fresh = [tuple(map(int, line.split("-"))) for line in head.split()]
    fresh_available = sum(any(a <= int(i) <= b for a, b in fresh) for i in tail.split())
    events = sorted([(a, 1) for a, _ in fresh] + [(b + 1, -1) for _, b in fresh])
    covered, depth, since = 0, 0, 0
    for at, change in events:
        if depth > 0:
            covered += at - since
        depth, since = depth + change, at
    return fresh_available, covered
