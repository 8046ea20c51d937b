"""2025 day 2: Gift Shop. Add up the invalid product IDs in some ranges: IDs that are one block of digits repeated.

An ID of L digits made of a p-digit block written L/p times is that block times
R = 1 + 10^p + 10^2p + … (L/p terms). So the invalid IDs of one shape in a range are the
multiples of R whose cofactor has exactly p digits: an arithmetic series, summed in closed form
however long the range. Part 1 wants exactly two copies, part 2 two or more; an ID such as 222222
(2 six times, 22 three times, 222 twice) is counted once by inclusion–exclusion over the blocks.
"""
from collections.abc import Callable
from itertools import combinations
from math import gcd

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


def shape_sum(first: int, last: int, length: int, block: int) -> int:
    """The sum of the IDs in first..last that are one `block`-digit block written length/block times: the
    multiples k·R with k of exactly `block` digits, an arithmetic series."""
    repeat = (10**length - 1) // (10**block - 1)  # 1 followed by copies of 0…01: 1001001 for 3 × 3 digits
    low = max(10 ** (block - 1), -(-first // repeat))
    high = min(10**block - 1, last // repeat)
    return repeat * (low + high) * (high - low + 1) // 2 if high >= low else 0


def invalid_sum(first: int, last: int, copies_allowed: Callable[[int], bool]) -> int:
    """The sum of the IDs in first..last made of one block written a number of times that copies_allowed accepts.

    An ID written both in blocks of b and of c digits (b and c dividing its length, at most half of it)
    is written in blocks of gcd(b, c): inclusion–exclusion over the gcds counts each such ID once.
    """
    found = 0
    for length in range(len(str(first)), len(str(last)) + 1):
        blocks = [b for b in range(1, length // 2 + 1) if length % b == 0 and copies_allowed(length // b)]
        for size in range(1, len(blocks) + 1):
            sign = 1 if size % 2 else -1
            found += sign * sum(shape_sum(first, last, length, gcd(*chosen)) for chosen in combinations(blocks, size))
    return found


def total(ranges: list[Range], copies_allowed: Callable[[int], bool]) -> int:
    """The sum of every range's invalid IDs."""
    return sum(invalid_sum(first, last, copies_allowed) for first, last in ranges)


def part1(ranges: list[Range]) -> int:
    """The sum of the IDs that are some block of digits written exactly twice."""
    return total(ranges, lambda copies: copies == 2)


def part2(ranges: list[Range]) -> int:
    """The sum of the IDs that are some block of digits written at least twice."""
    return total(ranges, lambda copies: copies >= 2)
