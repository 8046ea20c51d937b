"""2024 day 14: robots that draw a framed tree at a planted second, among noise robots."""
import numpy as np


def picture() -> list[tuple[int, int]]:
    """A framed tree of 31×33 cells, as the real picture is drawn."""
    cells = {(x, 0) for x in range(31)} | {(x, 32) for x in range(31)}
    cells |= {(0, y) for y in range(33)} | {(30, y) for y in range(33)}
    for row in range(1, 25):
        half = min(row // 2 + 1, 13)
        cells |= {(15 + dx, 2 + row) for dx in range(-half, half + 1)}
    return sorted(cells)


def plant(seed: int, second: int, noise: int = 120) -> str:
    """Robots that draw the picture at `second`, plus noise robots, as puzzle text."""
    rng = np.random.default_rng(seed)
    cells = np.array(picture()) + [rng.integers(0, 60), rng.integers(0, 60)]
    cells = np.concatenate([cells, np.column_stack([rng.integers(0, 101, noise), rng.integers(0, 103, noise)])])
    v = np.column_stack([rng.integers(-100, 101, len(cells)), rng.integers(-100, 101, len(cells))])
    start = (cells - second * v) % [101, 103]
    order = rng.permutation(len(cells))
    return "\n".join(f"p={x},{y} v={dx},{dy}" for (x, y), (dx, dy) in zip(start[order], v[order], strict=True)) + "\n"
