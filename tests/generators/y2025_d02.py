"""2025 day 2: ID ranges like the real input's, with repeated-block IDs planted in them, and a regex reference."""
import random
import re

TWICE = re.compile(r"(\d+)\1")
TWICE_OR_MORE = re.compile(r"(\d+)\1+")


def generate(seed: int, count: int = 36, span: int = 50_000) -> str:
    """`count` disjoint ranges of IDs up to 10 digits, each up to `span` long, most around a planted invalid ID."""
    rng = random.Random(seed)
    ranges: list[tuple[int, int]] = []
    while len(ranges) < count:
        length = rng.randint(2, 10)
        block = rng.choice([b for b in range(1, length // 2 + 1) if length % b == 0] or [1])
        planted = int(str(rng.randint(10 ** (block - 1), 10**block - 1)) * (length // block))
        first = max(1, planted - rng.randint(0, span // 2))
        last = planted + rng.randint(0, span // 2)
        if rng.random() < 0.2:  # some ranges are plain, holding whatever they hold
            first, last = first + span, last + span
        if all(last < a or first > b for a, b in ranges):
            ranges.append((first, last))
    return ",".join(f"{a}-{b}" for a, b in ranges) + "\n"


def reference(text: str, pattern: re.Pattern) -> int:
    """The sum of every ID in every range that `pattern` matches in full: each ID tried."""
    total = 0
    for part in text.strip().split(","):
        first, last = map(int, part.split("-"))
        total += sum(n for n in range(first, last + 1) if pattern.fullmatch(str(n)))
    return total
