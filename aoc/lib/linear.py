"""Exact linear algebra for small systems: cross products, and square systems solved in fractions.

Vectors and rows are plain sequences, so the same helpers serve ints, Fractions and floats; the
solver works in Fractions throughout, so its answer has no rounding to doubt.
"""
from collections.abc import Sequence
from fractions import Fraction
from typing import Any


def cross(a: Sequence[Any], b: Sequence[Any]) -> list[Any]:
    """The cross product a × b of two 3-vectors."""
    return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]


def cross_matrix(w: Sequence[Any]) -> list[list[Any]]:
    """The matrix [w]× whose product with any x is w × x."""
    return [[0, -w[2], w[1]], [w[2], 0, -w[0]], [-w[1], w[0], 0]]


def solve_linear(rows: Sequence[Sequence[Any]]) -> list[Fraction] | None:
    """The x with A·x = b, given the rows [A | b] of a square system; None when A is singular."""
    table = [[Fraction(x) for x in row] for row in rows]
    size = len(table)
    for col in range(size):
        pivot = next((r for r in range(col, size) if table[r][col] != 0), None)
        if pivot is None:
            return None
        table[col], table[pivot] = table[pivot], table[col]
        for r in range(size):
            if r != col and table[r][col]:
                factor = table[r][col] / table[col][col]
                table[r] = [x - factor * y for x, y in zip(table[r], table[col], strict=True)]
    return [table[r][size] / table[r][r] for r in range(size)]
