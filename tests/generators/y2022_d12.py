"""2022 day 12: heightmaps of the real input's size with a planted spiral climb, and a backwards reference."""
import random
from itertools import pairwise

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _spiral(top: int, left: int, bottom: int, right: int) -> list[tuple[int, int]]:
    """Squares of a clockwise spiral from (top, left) inwards, one free row or column between its rings."""
    cells: list[tuple[int, int]] = []
    while True:
        cells += [(top, c) for c in range(left, right + 1)]
        cells += [(r, right) for r in range(top + 1, bottom + 1)]
        if top == bottom or left == right:
            return cells
        cells += [(bottom, c) for c in range(right - 1, left - 1, -1)]
        cells += [(r, left) for r in range(bottom - 1, top + 1, -1)]  # up to two rows below the top
        if top + 2 > bottom - 2 or left + 2 > right - 2:
            return cells
        cells.append((top + 2, left + 1))  # across the free column, into the next ring
        top, left, bottom, right = top + 2, left + 2, bottom - 2, right - 2


def generate(seed: int, rows: int = 41, cols: int = 171) -> str:
    """A `rows` × `cols` heightmap: lowland of mostly a on the left with S on its edge, a spiral ramp
    rising one letter at a time to E at its centre, and random terrain everywhere else."""
    rng = random.Random(seed)
    width = rng.randint(18, 30)  # the spiral's columns
    left = rng.randint(cols // 6, cols - width - 20)
    grid = [[rng.choice(LETTERS) for _ in range(cols)] for _ in range(rows)]
    for row in grid:  # lowland: many a, some b and c, up to the column before the spiral
        row[:left - 1] = rng.choices("abc", weights=(6, 1, 3), k=left - 1)
    start = (rows // 2, 0)
    corridor = [(start[0], c) for c in range(left)] + [(r, left - 1) for r in range(start[0] - 1, -1, -1)]
    ramp = _spiral(0, left, rows - 1, left + width - 1)
    path = corridor + ramp
    for i, (r, c) in enumerate(ramp):
        grid[r][c] = LETTERS[i * 25 // (len(ramp) - 1)]
    for r, c in corridor:
        grid[r][c] = "a"
    assert all(abs(r - s) + abs(c - d) == 1 for (r, c), (s, d) in pairwise(path))
    assert all(ord(grid[s][d]) - ord(grid[r][c]) <= 1 for (r, c), (s, d) in pairwise(path))
    goal = ramp[-1]
    grid[start[0]][start[1]], grid[goal[0]][goal[1]] = "S", "E"
    return "\n".join("".join(row) for row in grid) + "\n"


def reference(text: str) -> tuple[int | None, int | None]:
    """(steps from S, steps from the best a) by levels of a search backwards from E over a flat list,
    where a step down from p to q is allowed when p is at most one above q; None where E is out of reach."""
    lines = text.split()
    width = len(lines[0]) + 1  # one sentinel column, so stepping off a row's end lands on nothing
    flat = "#".join(lines) + "#"
    height = [26 if ch == "#" else 0 if ch == "S" else 25 if ch == "E" else ord(ch) - 97 for ch in flat]
    distance: list[int | None] = [None] * len(flat)
    goal = flat.index("E")
    distance[goal] = 0
    level, steps = [goal], 0
    while level:
        steps += 1
        following = []
        for p in level:
            for q in (p - width, p + width, p - 1, p + 1):
                if 0 <= q < len(flat) and distance[q] is None and flat[q] != "#" and height[p] <= height[q] + 1:
                    distance[q] = steps
                    following.append(q)
        level = following
    lows = [d for d, h in zip(distance, height, strict=True) if h == 0 and d is not None]  # "#" is at 26
    return distance[flat.index("S")], min(lows, default=None)
