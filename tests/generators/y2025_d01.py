"""2025 day 1: rotations like the real input's, and a click-by-click reference."""
import random


def generate(seed: int, count: int = 4500) -> str:
    """`count` rotations of 1 to 999 clicks, some planted to stop exactly on 0."""
    rng = random.Random(seed)
    position, lines = 50, []
    for _ in range(count):
        direction = rng.choice("LR")
        if rng.random() < 0.03:  # planted: a rotation that stops on 0, maybe after whole turns
            to_zero = (100 - position) % 100 if direction == "R" else position
            clicks = to_zero + 100 * rng.randint(0 if to_zero else 1, 5)
        else:
            clicks = rng.randint(1, 999)
        lines.append(f"{direction}{clicks}")
        position = (position + (clicks if direction == "R" else -clicks)) % 100
    return "\n".join(lines) + "\n"


def reference(text: str) -> tuple[int, int]:
    """(rotations ending on 0, clicks landing on 0), turning the dial one click at a time."""
    position, ends, clicks_on_zero = 50, 0, 0
    for line in text.split():
        step = 1 if line[0] == "R" else -1
        for _ in range(int(line[1:])):
            position = (position + step) % 100
            clicks_on_zero += position == 0
        ends += position == 0
    return ends, clicks_on_zero
