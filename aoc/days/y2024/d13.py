"""2024 day 13: Claw Contraption. Win each prize with the fewest tokens, if it can be won at all.

Each machine is the 2×2 linear system a·A + b·B = P, so Cramer's rule gives its one candidate
(a, b). It counts only when both divisions are exact and both press counts non-negative: pure
integer arithmetic, so part 2's 10¹³ offset costs nothing. Parallel buttons would break the
puzzle's promise of at most one way to win, and are refused.
"""
from dataclasses import dataclass

from aoc.lib.parse import ints, paragraphs

COST_A, COST_B = 3, 1
OFFSET = 10_000_000_000_000


@dataclass(frozen=True)
class Machine:
    """Button A's and B's moves and the prize position."""

    ax: int
    ay: int
    bx: int
    by: int
    px: int
    py: int


def parse(text: str) -> list[Machine]:
    """One machine per paragraph of six numbers."""
    machines = []
    for block in paragraphs(text):
        numbers = ints(block)
        if len(numbers) != 6:
            raise ValueError(f"a machine needs six numbers, got {numbers}")
        machines.append(Machine(*numbers))
    return machines


def presses(machine: Machine, offset: int = 0) -> tuple[int, int] | None:
    """The exact (a, b) reaching the prize moved by `offset`, or None when there is none."""
    m = machine
    px, py = m.px + offset, m.py + offset
    det = m.ax * m.by - m.ay * m.bx
    if det == 0:
        raise ValueError(f"buttons of {machine} are parallel: the puzzle promises they are not")
    a, a_rest = divmod(px * m.by - py * m.bx, det)
    b, b_rest = divmod(m.ax * py - m.ay * px, det)
    if a_rest or b_rest or a < 0 or b < 0:
        return None
    return a, b


def tokens(machines: list[Machine], offset: int = 0, limit: int | None = None) -> int:
    """The fewest tokens that win every winnable prize."""
    total = 0
    for machine in machines:
        found = presses(machine, offset)
        if found and (limit is None or max(found) <= limit):
            total += COST_A * found[0] + COST_B * found[1]
    return total


def part1(machines: list[Machine]) -> int:
    """Tokens with at most 100 presses of each button."""
    return tokens(machines, limit=100)


def part2(machines: list[Machine], offset: int = OFFSET) -> int:
    """Tokens once every prize is 10¹³ further along both axes."""
    return tokens(machines, offset=offset)
