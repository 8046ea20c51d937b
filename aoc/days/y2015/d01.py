"""2015 day 1: Not Quite Lisp. '(' is up a floor, ')' is down one.

The final floor is the sum of the steps; the first visit to the basement is the first running
sum that reaches -1.
"""
from itertools import accumulate

STEP = {"(": +1, ")": -1}


def parse(text: str) -> list[int]:
    """The floor change of each instruction; anything but a parenthesis is refused, not a KeyError."""
    instructions = text.strip()
    for position, c in enumerate(instructions, start=1):
        if c not in STEP:
            raise ValueError(f"instruction {position} is {c!r}, not '(' or ')'")
    return [STEP[c] for c in instructions]


def part1(steps: list[int]) -> int:
    """The floor Santa ends on."""
    return sum(steps)


def part2(steps: list[int]) -> int:
    """The 1-based position of the first step into the basement."""
    for position, floor in enumerate(accumulate(steps), start=1):
        if floor == -1:
            return position
    raise ValueError("never enters the basement")
