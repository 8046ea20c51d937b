"""2024 day 7: Bridge Repair. Which equations some choice of operators, left to right, makes true.

Every operator combination of every equation is evaluated at once. Equations of one length form
a matrix whose columns branch, gap by gap, into one column per operator, so each gap is a single
vectorised step and after the last there is a column for every combination. Every operator only
grows a positive value, so values past the test value are clamped to it plus one and int64 never
overflows. Test values too large even for that are searched backwards from the test value instead,
where exact division and matching digits leave few branches.
"""
from dataclasses import dataclass

import numpy as np

MAX_CELLS = 1 << 21  # elements per block: keeps each temporary near 16 MB


@dataclass(frozen=True)
class Equation:
    """A test value and the numbers whose gaps take operators."""

    target: int
    numbers: tuple[int, ...]


def parse(text: str) -> list[Equation]:
    """One 'target: n1 n2 …' equation per line."""
    equations = []
    for line in text.splitlines():
        if line.strip():
            target, _, numbers = line.partition(":")
            values = tuple(int(n) for n in numbers.split())
            if not values or min(values) <= 0:
                raise ValueError(f"equation {line!r} needs positive numbers after the colon")
            equations.append(Equation(int(target), values))
    return equations


def calibration(equations: list[Equation], operators: int) -> int:
    """The sum of the test values some combination of the first `operators` operators can make."""
    total = 0
    for length in sorted({len(e.numbers) for e in equations}):
        group = [e for e in equations if len(e.numbers) == length]
        rows = max(1, MAX_CELLS // operators ** (length - 1))
        for start in range(0, len(group), rows):
            block = group[start:start + rows]
            total += sum(e.target for e, ok in zip(block, _solvable(block, operators), strict=True) if ok)
    return total


def _solvable(block: list[Equation], operators: int) -> np.ndarray:
    """Which equations of one length some operator combination satisfies.

    After gap i the matrix holds every combination of the first i operators, one column each,
    so the whole search costs about 1.5 steps of the final width instead of one per gap.
    """
    targets = [e.target for e in block]
    largest = max(max(e.numbers) for e in block)
    # the largest a step can make from a clamped value: a concatenation, cap · 10^digits + x
    if (max(targets) + 1) * 10 ** len(str(largest)) + largest >= 2**63:
        return np.array([reachable(e.target, e.numbers, operators) for e in block], dtype=bool)
    numbers = np.array([e.numbers for e in block], dtype=np.int64)
    cap = np.array(targets, dtype=np.int64)[:, None] + 1
    values = numbers[:, :1]
    for gap in range(1, numbers.shape[1]):
        x = numbers[:, gap:gap + 1]
        branches = [values + x, values * x]
        if operators == 3:
            shift = np.array([[10 ** len(str(n))] for n in numbers[:, gap]], dtype=np.int64)
            branches.append(values * shift + x)
        values = np.minimum(np.concatenate(branches, axis=1), cap)
    return (values == cap - 1).any(axis=1)


def reachable(target: int, numbers: tuple[int, ...], operators: int) -> bool:
    """Whether some operators make `numbers` equal `target`, searched backwards: the last number was added
    (the rest made target − x, at least 1), multiplied (target divisible by x) or appended (target ends in
    its digits). Huge test values, past int64, rarely allow more than one of these, so this is quick there."""
    stack, seen = [(target, len(numbers) - 1)], set()
    while stack:
        value, at = stack.pop()
        if (value, at) in seen:  # a 1 both subtracts and divides to the same few values: met once each
            continue
        seen.add((value, at))
        x = numbers[at]
        if at == 0:
            if value == x:
                return True
            continue
        if value > x:
            stack.append((value - x, at - 1))
        if value % x == 0:
            stack.append((value // x, at - 1))
        digits, tail = str(value), str(x)
        if operators == 3 and len(digits) > len(tail) and digits.endswith(tail):
            stack.append((int(digits[: -len(tail)]), at - 1))
    return False


def part1(equations: list[Equation]) -> int:
    """Total calibration with + and *."""
    return calibration(equations, 2)


def part2(equations: list[Equation]) -> int:
    """Total calibration with +, * and concatenation."""
    return calibration(equations, 3)
