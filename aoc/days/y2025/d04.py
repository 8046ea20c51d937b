"""2025 day 4: Printing Department. A forklift reaches a roll of paper with fewer than four rolls around it.

Part 1 counts those rolls among the eight neighbours of each. Part 2 takes reachable rolls away
until none is left to reach. Taking a roll only lowers its neighbours' counts, so the order of
removal does not change which rolls end up gone; a worklist revisits a roll only when a
neighbour of it goes, instead of sweeping the whole floor once per round.
"""
from aoc.lib.grid import Grid, Point

ROLL = "@"
AROUND = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
CROWD = 4  # rolls around a roll that keep the forklifts out


def parse(text: str) -> frozenset[Point]:
    """Where the rolls of paper are."""
    return frozenset(Grid(text).find(ROLL))


def neighbours(rolls: frozenset[Point] | set[Point], roll: Point) -> list[Point]:
    """The rolls in the eight positions around `roll`."""
    r, c = roll
    return [(r + dr, c + dc) for dr, dc in AROUND if (r + dr, c + dc) in rolls]


def part1(rolls: frozenset[Point]) -> int:
    """How many rolls a forklift can reach."""
    return sum(len(neighbours(rolls, roll)) < CROWD for roll in rolls)


def part2(rolls: frozenset[Point]) -> int:
    """How many rolls the forklifts take away, reaching and removing rolls until none can be reached."""
    left = set(rolls)
    crowd = {roll: len(neighbours(rolls, roll)) for roll in rolls}
    reachable = [roll for roll in rolls if crowd[roll] < CROWD]
    removed = 0
    while reachable:
        roll = reachable.pop()
        if roll not in left:
            continue
        left.remove(roll)
        removed += 1
        for other in neighbours(left, roll):
            crowd[other] -= 1
            if crowd[other] == CROWD - 1:  # just became reachable: counts only ever fall, so once
                reachable.append(other)
    return removed
