"""2025 day 3: battery banks like the real input's, and references that try every pair or build the best by DP."""
import random
from itertools import combinations


def generate(seed: int, banks: int = 200, batteries: int = 100) -> str:
    """`banks` lines of `batteries` digits 1 to 9, each bank with its own taste in digits (some rare, so
    that a 9 is not always there to take)."""
    rng = random.Random(seed)
    lines = []
    for _ in range(banks):
        weights = [rng.random() ** 4 for _ in range(9)]
        lines.append("".join(rng.choices("123456789", weights=weights, k=batteries)))
    return "\n".join(lines) + "\n"


def best_pair(bank: str) -> int:
    """The largest two-digit number from two batteries in order: every pair tried."""
    return max(int(a + b) for a, b in combinations(bank, 2))


def best_of(bank: str, k: int) -> int:
    """The largest k-digit number from k batteries in order, by dynamic programming over suffixes.

    best[j] holds the largest number of j digits the batteries from i on can make.
    """
    best: list[int | None] = [0] + [None] * k
    for digit in reversed(bank):
        for j in range(k, 0, -1):
            if best[j - 1] is not None:
                candidate = int(digit) * 10 ** (j - 1) + best[j - 1]
                if best[j] is None or candidate > best[j]:
                    best[j] = candidate
    if best[k] is None:
        raise ValueError("bank too short")
    return best[k]
