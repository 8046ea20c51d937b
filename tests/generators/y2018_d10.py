"""2018 day 10: points of light that spell a planted message, and a one-second-at-a-time search."""
import numpy as np

from aoc.lib import ocr


def plant(word: str, second: int, seed: int) -> str:
    """Points that spell `word` at `second` (some pixels lit twice, as in real inputs)."""
    rng = np.random.default_rng(seed)
    glyphs = {letter: glyph for glyph, letter in ocr.GLYPHS.items() if len(glyph) == 10}
    lit = [(8 * i + x, y) for i, letter in enumerate(word) for y, row in enumerate(glyphs[letter])
           for x, c in enumerate(row) if c == "#"]
    lit += [lit[k] for k in rng.integers(0, len(lit), len(lit) // 3)]
    target = np.array(lit) + rng.integers(-50, 50, 2)
    velocity = rng.integers(-5, 6, (len(lit), 2))
    velocity[(velocity == 0).all(axis=1)] = (1, -1)
    start = target - second * velocity
    return "\n".join(f"position=<{x:6d}, {y:6d}> velocity=<{dx:2d}, {dy:2d}>"
                      for (x, y), (dx, dy) in zip(start, velocity, strict=True)) + "\n"


def step_by_step(points: np.ndarray) -> int:
    """The independent reference: move one second at a time until the bounding-box area grows."""
    positions, velocity = points[:, :2].copy(), points[:, 2:]
    area = lambda p: int(np.prod(p.max(axis=0) - p.min(axis=0)))  # noqa: E731
    second = 0
    while area(positions + velocity) < area(positions):
        positions += velocity
        second += 1
    return second
