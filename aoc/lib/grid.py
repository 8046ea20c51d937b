"""Rectangular maps read from text, addressed by (row, col)."""
from collections.abc import Callable
from typing import Any

Point = tuple[int, int]

# Clockwise from up, so turning right is the next direction and turning left the previous one.
DIRECTIONS: tuple[Point, ...] = ((-1, 0), (0, 1), (1, 0), (0, -1))


class Grid(dict):
    """A map from (row, col) to a cell; a point is in bounds exactly when it is in the grid."""

    def __init__(self, text: str, cast: Callable[[str], Any] = str):
        rows = text.strip("\n").splitlines()
        super().__init__(
            ((r, c), cast(cell)) for r, row in enumerate(rows) for c, cell in enumerate(row)
        )
        self.height = len(rows)
        self.width = max((len(row) for row in rows), default=0)

    def neighbours(self, point: Point) -> list[Point]:
        """The in-bounds points one step up, right, down or left of point."""
        r, c = point
        return [(r + dr, c + dc) for dr, dc in DIRECTIONS if (r + dr, c + dc) in self]

    def find(self, cell: Any) -> list[Point]:
        """Every point holding cell, in reading order."""
        return [point for point, value in self.items() if value == cell]
