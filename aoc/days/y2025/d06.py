"""2025 day 6: Trash Compactor. A worksheet of cephalopod math problems standing side by side.

A problem is a block of columns between columns of spaces, with its operator on the bottom row.
Part 1 reads each row of a block as one number; part 2 reads each column, top to bottom, as one
number (right to left, an order that changes neither a sum nor a product). Lines are padded to
one width first, since an editor may have trimmed their trailing spaces.
"""
from collections.abc import Callable
from dataclasses import dataclass
from math import prod

OPERATIONS: dict[str, Callable[[list[int]], int]] = {"+": sum, "*": prod}


@dataclass(frozen=True)
class Problem:
    """A problem's rows of digits, cut from the worksheet at its block's columns, and its operator."""

    rows: tuple[str, ...]
    operator: str


def parse(text: str) -> list[Problem]:
    """The problems, left to right."""
    lines = text.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if len(lines) < 2:
        raise ValueError("a worksheet is rows of numbers above a row of operators")
    width = max(len(line) for line in lines)
    sheet = [line.ljust(width) for line in lines]
    problems, start = [], 0
    for column in range(width + 1):
        if column < width and any(line[column] != " " for line in sheet):
            continue
        if column > start:
            operator = sheet[-1][start:column].strip()
            if operator not in OPERATIONS:
                raise ValueError(f"columns {start}-{column - 1} end in {operator!r}, not + or *")
            problems.append(Problem(tuple(line[start:column] for line in sheet[:-1]), operator))
        start = column + 1
    return problems


def by_rows(problem: Problem) -> list[int]:
    """The numbers as people write them: one a row."""
    return [int(row) for row in problem.rows if row.strip()]


def by_columns(problem: Problem) -> list[int]:
    """The numbers as cephalopods write them: one a column, most significant digit on top.

    A column's blanks are only padding, even between digits, where a shorter number sits above a longer one.
    """
    columns = ("".join(column).replace(" ", "") for column in zip(*problem.rows, strict=True))
    return [int(column) for column in columns if column]


def grand_total(problems: list[Problem], numbers: Callable[[Problem], list[int]]) -> int:
    """The sum of every problem's answer, reading its numbers with `numbers`."""
    return sum(OPERATIONS[problem.operator](numbers(problem)) for problem in problems)


def part1(problems: list[Problem]) -> int:
    """The grand total, numbers read by rows."""
    return grand_total(problems, by_rows)


def part2(problems: list[Problem]) -> int:
    """The grand total, numbers read by columns."""
    return grand_total(problems, by_columns)
