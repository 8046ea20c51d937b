"""2025 day 5: Cafeteria. An ingredient ID is fresh when it lies in any of some inclusive ranges.

The ranges overlap, so they are first merged into disjoint ones in order. Part 1 then finds each
available ID's range by bisection; part 2 adds up the merged ranges' lengths. No ID is ever
enumerated, so ranges reaching 10^15 cost no more than small ones.
"""
from bisect import bisect_right
from dataclasses import dataclass

from aoc.lib.parse import ints, paragraphs

Range = tuple[int, int]


@dataclass(frozen=True)
class Database:
    """The fresh ID ranges (first, last), and the available ingredient IDs."""

    fresh: tuple[Range, ...]
    available: tuple[int, ...]


def parse(text: str) -> Database:
    """Ranges 'first-last', a blank line, then one available ID a line."""
    blocks = paragraphs(text)
    if len(blocks) != 2:
        raise ValueError("the database is the fresh ranges, a blank line, and the available IDs")
    bounds = ints(blocks[0])
    fresh = tuple(zip(bounds[::2], bounds[1::2], strict=True))
    if any(first > last for first, last in fresh):
        raise ValueError("a fresh range runs backwards")
    return Database(fresh, tuple(ints(blocks[1])))


def merged(ranges: tuple[Range, ...]) -> list[Range]:
    """The same IDs as disjoint ranges in increasing order (touching ranges joined)."""
    result: list[Range] = []
    for first, last in sorted(ranges):
        if result and first <= result[-1][1] + 1:
            result[-1] = (result[-1][0], max(result[-1][1], last))
        else:
            result.append((first, last))
    return result


def part1(database: Database) -> int:
    """How many available IDs are fresh."""
    fresh = merged(database.fresh)
    firsts = [first for first, _ in fresh]
    count = 0
    for ingredient in database.available:
        i = bisect_right(firsts, ingredient) - 1
        count += i >= 0 and ingredient <= fresh[i][1]
    return count


def part2(database: Database) -> int:
    """How many IDs the fresh ranges cover in all."""
    return sum(last - first + 1 for first, last in merged(database.fresh))
