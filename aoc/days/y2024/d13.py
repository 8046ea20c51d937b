"""2024 day 13: Claw Contraption. Win each prize with the fewest tokens, if it can be won at all.

Each machine is the 2×2 linear system a·A + b·B = P, so Cramer's rule gives its one candidate
(a, b). It counts only when both divisions are exact and both press counts non-negative: pure
integer arithmetic, so part 2's 10¹³ offset costs nothing. The statement does not promise the
buttons point different ways; when they are parallel, a prize on their line is one Diophantine
equation a·u + b·v = w whose solutions step along a line, and the cost, linear along it, is least
at one end of the stretch where both counts are allowed.
"""
from dataclasses import dataclass
from math import gcd

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


def presses(machine: Machine, offset: int = 0, limit: int | None = None) -> tuple[int, int] | None:
    """The cheapest (a, b), each at most `limit`, reaching the prize moved by `offset`; None when there is none."""
    m = machine
    px, py = m.px + offset, m.py + offset
    det = m.ax * m.by - m.ay * m.bx
    if det == 0:
        return _along_a_line(m.ax, m.ay, m.bx, m.by, px, py, limit)
    a, a_rest = divmod(px * m.by - py * m.bx, det)
    b, b_rest = divmod(m.ax * py - m.ay * px, det)
    if a_rest or b_rest or a < 0 or b < 0 or (limit is not None and max(a, b) > limit):
        return None
    return a, b


def _along_a_line(ax: int, ay: int, bx: int, by: int, px: int, py: int, limit: int | None) -> tuple[int, int] | None:
    """Parallel buttons: the prize must lie on their line; then one axis (x unless all of it is zero) says all."""
    if any(ux * py != uy * px for ux, uy in ((ax, ay), (bx, by)) if (ux, uy) != (0, 0)):
        return None
    u, v, w = (ax, bx, px) if (ax, bx, px) != (0, 0, 0) else (ay, by, py)
    if (ax, ay, bx, by) == (0, 0, 0, 0) or (u, v) == (0, 0):
        return (0, 0) if (px, py) == (0, 0) else None
    g = gcd(u, v)
    if w % g:
        return None
    x, y = _bezout(u, v)  # u·x + v·y = g
    a0, b0, da, db = x * (w // g), y * (w // g), v // g, -(u // g)  # a = a0 + k·da, b = b0 + k·db
    low, high = None, None
    for start, step in ((a0, da), (b0, db)):
        for bound, at_least in ((0, True), (limit, False)):
            if bound is None:
                continue
            if step == 0:
                if (start < bound) if at_least else (start > bound):
                    return None
                continue
            k = -((start - bound) // step) if (step > 0) == at_least else (bound - start) // step
            if (step > 0) == at_least:
                low = k if low is None else max(low, k)
            else:
                high = k if high is None else min(high, k)
    if low is not None and high is not None and low > high:
        return None
    end = low if COST_A * da + COST_B * db >= 0 else high
    assert end is not None  # both counts are at least 0, so the cheaper direction is bounded
    return a0 + end * da, b0 + end * db


def _bezout(u: int, v: int) -> tuple[int, int]:
    """x, y with u·x + v·y = gcd(u, v)."""
    (old_r, r), (old_x, x), (old_y, y) = (u, v), (1, 0), (0, 1)
    while r:
        q = old_r // r
        (old_r, r), (old_x, x), (old_y, y) = (r, old_r - q * r), (x, old_x - q * x), (y, old_y - q * y)
    return (old_x, old_y) if old_r > 0 else (-old_x, -old_y)


def tokens(machines: list[Machine], offset: int = 0, limit: int | None = None) -> int:
    """The fewest tokens that win every winnable prize."""
    total = 0
    for machine in machines:
        found = presses(machine, offset, limit)
        if found:
            total += COST_A * found[0] + COST_B * found[1]
    return total


def part1(machines: list[Machine]) -> int:
    """Tokens with at most 100 presses of each button."""
    return tokens(machines, limit=100)


def part2(machines: list[Machine], offset: int = OFFSET) -> int:
    """Tokens once every prize is 10¹³ further along both axes."""
    return tokens(machines, offset=offset)
