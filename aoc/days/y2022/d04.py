"""2022 day 4: Camp Cleanup. Each line is two inclusive section ranges, one per Elf of a pair.

One range contains the other when it starts no later and ends no earlier; two ranges overlap
when each starts no later than the other ends. Both are constant-time checks per pair.
"""
import re

Pair = tuple[int, int, int, int]

_PAIR = re.compile(r"(\d+)-(\d+),(\d+)-(\d+)", re.ASCII)


def parse(text: str) -> list[Pair]:
    """Each pair's (start1, end1, start2, end2)."""
    return [_pair(line) for line in text.splitlines() if line.strip()]


def _pair(line: str) -> Pair:
    """The two ranges of one line, such as '2-4,6-8'.

    Checked whole, so a malformed line is refused rather than misread, and a range written high to
    low (which the containment and overlap checks assume never happens) is refused too.
    """
    match = _PAIR.fullmatch(line.strip())
    if match is None:
        raise ValueError(f"not a pair of ranges like 2-4,6-8: {line!r}")
    a, b, c, d = map(int, match.groups())
    if a > b or c > d:
        raise ValueError(f"a range runs from high to low: {line!r}")
    return a, b, c, d


def part1(pairs: list[Pair]) -> int:
    """How many pairs have one range fully containing the other."""
    return sum((a <= c and d <= b) or (c <= a and b <= d) for a, b, c, d in pairs)


def part2(pairs: list[Pair]) -> int:
    """How many pairs have ranges that overlap at all."""
    return sum(a <= d and c <= b for a, b, c, d in pairs)
