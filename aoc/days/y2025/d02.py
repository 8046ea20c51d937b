"""2025 day 2: Gift Shop. Add up the invalid product IDs in some ranges: IDs that are one block of digits repeated.

An ID of L digits made of a p-digit block written L/p times is that block times
R = 1 + 10^p + 10^2p + … (L/p terms). So the invalid IDs of one shape in a range are the
multiples of R whose cofactor has exactly p digits, read off with two divisions instead of
testing every ID. Part 1 wants exactly two copies, part 2 two or more; a set keeps an ID such
as 222222 (2 six times, 22 three times, 222 twice) once.
"""
from collections.abc import Callable

from aoc.lib.parse import ints

Range = tuple[int, int]


def parse(text: str) -> list[Range]:
    """The (first, last) ID of each range, both included."""
    numbers = ints(text)
    if not numbers or len(numbers) % 2:
        raise ValueError("ranges are 'first-last' pairs separated by commas")
    ranges = list(zip(numbers[::2], numbers[1::2], strict=True))
    for first, last in ranges:
        if not 0 < first <= last:
            raise ValueError(f"range {first}-{last} runs backwards or below 1")
    return ranges


def invalid_ids(first: int, last: int, copies_allowed: Callable[[int], bool]) -> set[int]:
    """The IDs in first..last made of one block written a number of times that copies_allowed accepts."""
    found: set[int] = set()
    for length in range(len(str(first)), len(str(last)) + 1):
        for block in range(1, length // 2 + 1):
            if length % block or not copies_allowed(length // block):
                continue
            repeat = (10**length - 1) // (10**block - 1)  # 1 followed by copies of 0…01: 1001001 for 3 × 3 digits
            low = max(10 ** (block - 1), -(-first // repeat))
            high = min(10**block - 1, last // repeat)
            found.update(range(low * repeat, high * repeat + 1, repeat))
    return found


def total(ranges: list[Range], copies_allowed: Callable[[int], bool]) -> int:
    """The sum of every range's invalid IDs."""
    return sum(sum(invalid_ids(first, last, copies_allowed)) for first, last in ranges)


def part1(ranges: list[Range]) -> int:
    """The sum of the IDs that are some block of digits written exactly twice."""
    return total(ranges, lambda copies: copies == 2)


def part2(ranges: list[Range]) -> int:
    """The sum of the IDs that are some block of digits written at least twice."""
    return total(ranges, lambda copies: copies >= 2)
