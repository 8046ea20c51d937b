"""2025 day 7: Laboratories. A tachyon beam falls from S, and each splitter ^ it meets sends it on
from its left and its right.

One pass down the rows, keeping how many timelines run in each column. A column with a splitter
counts one split and hands its timelines to the columns either side. Beams meeting in a column
are one beam (part 1 counts each splitter they reach once), but each way down is its own timeline
(part 2 adds the counts where beams meet), so the answer is a sum and never a walk of every path.
"""
from collections import Counter
from dataclasses import dataclass

START, SPLITTER = "S", "^"


@dataclass(frozen=True)
class Manifold:
    """The column the beam enters at, and each row's splitter columns from the top down."""

    start: int
    rows: tuple[frozenset[int], ...]


def parse(text: str) -> Manifold:
    """The diagram: S on the top row, splitters below it."""
    lines = text.split()
    if not lines or lines[0].count(START) != 1:
        raise ValueError("the top row needs exactly one S")
    rows = tuple(frozenset(c for c, cell in enumerate(line) if cell == SPLITTER) for line in lines[1:])
    return Manifold(lines[0].index(START), rows)


def fall(manifold: Manifold) -> tuple[int, int]:
    """(splits, timelines) once the beam has fallen through every row."""
    timelines = Counter({manifold.start: 1})
    splits = 0
    for splitters in manifold.rows:
        below: Counter[int] = Counter()
        for column, count in timelines.items():
            if column in splitters:
                splits += 1
                below[column - 1] += count
                below[column + 1] += count
            else:
                below[column] += count
        timelines = below
    return splits, sum(timelines.values())


def part1(manifold: Manifold) -> int:
    """How many times the beam is split."""
    return fall(manifold)[0]


def part2(manifold: Manifold) -> int:
    """How many timelines a single particle ends up in."""
    return fall(manifold)[1]
