"""2020 day 13: notes like the real ones (a time near a million, a long bus list of mostly x and nine
prime IDs), a minute-by-minute part 1, a bus-by-bus sieve for part 2, and a brute force over t for small lists."""
import random
from math import gcd, lcm, prod

SMALL_PRIMES = [13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
LARGE_PRIMES = [p for p in range(300, 1000) if all(p % d for d in range(2, int(p**0.5) + 1))]


def generate(seed: int) -> str:
    """An earliest time near 1e6 and 60 to 90 list entries, nine of them distinct primes (one at position 0).

    Redrawn until the contest time is at least 1e14, as the statement hints, and until a single bus
    leaves first, some minutes after the earliest time, so part 1 has one answer and a real wait.
    """
    rng = random.Random(seed)
    while True:
        earliest = rng.randint(990_000, 1_010_000)
        length = rng.randint(60, 90)
        ids = rng.sample(SMALL_PRIMES, 7) + rng.sample(LARGE_PRIMES, 2)
        rng.shuffle(ids)
        positions = [0, *sorted(rng.sample(range(1, length), len(ids) - 1))]
        entries = ["x"] * length
        for position, bus in zip(positions, ids, strict=True):
            entries[position] = str(bus)
        text = f"{earliest}\n{','.join(entries)}\n"
        first_wait = min(-earliest % bus for bus in ids)
        if first_wait and sum(-earliest % bus == first_wait for bus in ids) == 1 and sieve(text) >= 10**14:
            return text


def _read(text: str) -> tuple[int, list[tuple[int, int]]]:
    """The earliest time and each (offset, ID), read plainly."""
    first, second = text.split()
    return int(first), [(offset, int(word)) for offset, word in enumerate(second.split(",")) if word != "x"]


def first_bus(text: str) -> int:
    """Part 1 by trying every minute from the earliest: the first bus to leave (least ID on a tie) times the wait."""
    earliest, buses = _read(text)
    minute = earliest
    while True:
        leaving = [bus for _, bus in buses if minute % bus == 0]
        if leaving:
            return min(leaving) * (minute - earliest)
        minute += 1


def sieve(text: str) -> int | None:
    """Part 2 one bus at a time: step by the lcm of the buses so far until this one fits too; None if none ever does.

    Stepping t by `step` cycles t mod `bus` with period bus / gcd(step, bus), so that many tries settle it.
    """
    _, buses = _read(text)
    t, step = 0, 1
    for offset, bus in buses:
        for _ in range(bus // gcd(step, bus)):
            if (t + offset) % bus == 0:
                break
            t += step
        else:
            return None
        step = lcm(step, bus)
    return t


def brute_force(text: str) -> int | None:
    """Part 2 for small lists: every t from 0 up to the product of the IDs (a whole period), tried in turn."""
    _, buses = _read(text)
    for t in range(prod(bus for _, bus in buses)):
        if all((t + offset) % bus == 0 for offset, bus in buses):
            return t
    return None


def reference(text: str) -> tuple[int, int | None]:
    """(part 1 minute by minute, part 2 by the sieve)."""
    return first_bus(text), sieve(text)
