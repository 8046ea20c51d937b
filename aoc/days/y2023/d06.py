"""2023 day 6: Wait For It. Holding the button h ms of a T ms race moves the boat h·(T−h) mm.

The winning holds are the integers strictly between the roots of h² − T·h + D = 0. An integer
square root places the first of them and a few steps nudge it onto the exact first winning hold,
so even part 2's single long race (one number per line once the spaces go) is counted exactly,
with no floating point to round the wrong way.
"""
from math import isqrt, prod

from aoc.lib.parse import ints


def parse(text: str) -> tuple[list[int], list[int]]:
    """The race times and record distances (the first two lines)."""
    lines = text.strip().splitlines()
    if len(lines) < 2 or len(ints(lines[0])) != len(ints(lines[1])) or not ints(lines[0]):
        raise ValueError("a Time line and a Distance line with one number per race each")
    return ints(lines[0]), ints(lines[1])


def ways_to_win(time: int, record: int) -> int:
    """How many whole-millisecond holds beat `record` in a race of `time`."""
    if time * time <= 4 * record:
        return 0
    first = (time - isqrt(time * time - 4 * record)) // 2
    while first * (time - first) <= record:
        first += 1
        if first > time // 2:  # even the best hold only ties the record
            return 0
    while first > 0 and (first - 1) * (time - first + 1) > record:
        first -= 1
    return time - 2 * first + 1


def part1(races: tuple[list[int], list[int]]) -> int:
    """The product of the ways to win each race."""
    times, distances = races
    return prod(ways_to_win(time, record) for time, record in zip(times, distances, strict=True))


def part2(races: tuple[list[int], list[int]]) -> int:
    """The ways to win the one race the badly kerned sheet really describes."""
    times, distances = races
    return ways_to_win(int("".join(map(str, times))), int("".join(map(str, distances))))
