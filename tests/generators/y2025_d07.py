"""2025 day 7: a tachyon manifold like the real input's, and a reference that follows beams splitter to splitter."""
import random
from functools import cache


def generate(seed: int, height: int = 142, width: int = 141, keep: float = 0.85) -> str:
    """S on top in the middle; on every other row a widening triangle of splitters, some left out."""
    rng = random.Random(seed)
    middle = width // 2
    lines = ["." * middle + "S" + "." * (width - middle - 1)]
    for row in range(1, height):
        level = row // 2
        cells = ["."] * width
        if row % 2 == 0:
            for c in range(middle - level + 1, middle + level, 2):
                if 0 < c < width - 1 and rng.random() < keep:
                    cells[c] = "^"
        lines.append("".join(cells))
    return "\n".join(lines) + "\n"


def reference(text: str) -> tuple[int, int]:
    """(splitters some beam reaches, timelines), each beam followed down its column to the next splitter."""
    lines = text.split()
    start = (0, lines[0].index("S"))

    @cache
    def next_splitter(row: int, column: int) -> tuple[int, int] | None:
        for below in range(row + 1, len(lines)):
            if lines[below][column] == "^":
                return below, column
        return None

    @cache
    def timelines(row: int, column: int) -> int:
        hit = next_splitter(row, column)
        return 1 if hit is None else timelines(hit[0], column - 1) + timelines(hit[0], column + 1)

    reached, todo = set(), [start]
    while todo:
        row, column = todo.pop()
        hit = next_splitter(row, column)
        if hit is not None and hit not in reached:
            reached.add(hit)
            todo += [(hit[0], column - 1), (hit[0], column + 1)]
    return len(reached), timelines(*start)
