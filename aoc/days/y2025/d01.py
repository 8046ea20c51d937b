"""2025 day 1: Secret Entrance. A safe's dial of 0 to 99 turns left and right; count its visits to 0.

A rotation is a signed number of clicks. Part 1 follows the dial modulo 100 and counts the
rotations that end on 0. Part 2 counts every click that lands on 0: turning right from p by n
clicks reaches 0 after 100 − p, 200 − p, … clicks, which is (p + n) // 100 times, and turning
left is the same count on the mirrored dial, from (100 − p) % 100. No rotation is walked click
by click, however long.
"""
from itertools import accumulate

DIAL = 100  # numbers on the dial
START = 50


def parse(text: str) -> list[int]:
    """Each rotation as signed clicks: R turns toward higher numbers (+), L toward lower (−)."""
    rotations = []
    for line in text.split():
        direction, clicks = line[0], line[1:]
        if direction not in "LR" or not clicks.isdigit():
            raise ValueError(f"not a rotation: {line!r}")
        rotations.append(int(clicks) if direction == "R" else -int(clicks))
    return rotations


def part1(rotations: list[int]) -> int:
    """How many rotations leave the dial pointing at 0."""
    return sum((START + turned) % DIAL == 0 for turned in accumulate(rotations))


def part2(rotations: list[int]) -> int:
    """How many clicks, during a rotation or at its end, leave the dial pointing at 0."""
    position, zeros = START, 0
    for clicks in rotations:
        from_zero = position if clicks >= 0 else (DIAL - position) % DIAL
        zeros += (from_zero + abs(clicks)) // DIAL
        position = (position + clicks) % DIAL
    return zeros
