"""2025 day 12: a farm like the real input's, its regions planted to fit or not, and a brute-force packer."""
import random

import numpy as np


def random_shape(rng: random.Random) -> np.ndarray:
    """A present: 5 to 7 cells of a 3 × 3 box, touching all four sides of it."""
    while True:
        cells = np.zeros(9, dtype=bool)
        cells[rng.sample(range(9), rng.randint(5, 7))] = True
        shape = cells.reshape(3, 3)
        if shape.any(axis=0).all() and shape.any(axis=1).all():
            return shape


def drawing(index: int, shape: np.ndarray) -> str:
    """A shape as the puzzle draws it."""
    return f"{index}:\n" + "\n".join("".join("#" if cell else "." for cell in row) for row in shape)


def farm_text(shapes: list[np.ndarray], regions: list[tuple[int, int, list[int]]]) -> str:
    """Shapes, then regions, as the puzzle writes them."""
    listing = "\n".join(f"{w}x{h}: {' '.join(map(str, counts))}" for w, h, counts in regions)
    return "\n\n".join([*(drawing(i, s) for i, s in enumerate(shapes)), listing]) + "\n"


def generate(seed: int, regions: int = 1000) -> tuple[str, int]:
    """A farm of six shapes and regions 35 to 50 on a side; returns its text and how many regions fit.

    A region planted to fit has at most one present a 3 × 3 box; one planted not to has more cells
    of presents than of floor. Both are as close to the line as the real input's.
    """
    rng = random.Random(seed)
    shapes = [random_shape(rng) for _ in range(6)]
    cells = [int(s.sum()) for s in shapes]
    listed, fitting = [], 0
    for _ in range(regions):
        w, h = rng.randint(35, 50), rng.randint(35, 50)
        counts = [0] * 6
        if rng.random() < 0.5:
            fitting += 1
            for _ in range(rng.randint((w // 3) * (h // 3) * 9 // 10, (w // 3) * (h // 3))):
                counts[rng.randrange(6)] += 1
        else:
            while sum(n * c for n, c in zip(counts, cells, strict=True)) <= w * h:
                counts[rng.randrange(6)] += 1
        listed.append((w, h, counts))
    return farm_text(shapes, listed), fitting


def turns(shape: np.ndarray) -> list[np.ndarray]:
    """Every rotation and reflection of a shape."""
    return [np.rot90(flipped, k) for flipped in (shape, np.fliplr(shape)) for k in range(4)]


def packed(width: int, height: int, presents: list[np.ndarray]) -> bool:
    """Brute force: put the presents down one at a time, every turn at every position, backtracking."""
    board = np.zeros((height, width), dtype=bool)

    def place(k: int) -> bool:
        if k == len(presents):
            return True
        for turned in turns(presents[k]):
            th, tw = turned.shape
            for r in range(height - th + 1):
                for c in range(width - tw + 1):
                    window = board[r:r + th, c:c + tw]
                    if not (window & turned).any():
                        window |= turned
                        if place(k + 1):
                            return True
                        window &= ~turned
        return False

    return place(0)


def tight_packing(rng: random.Random, shapes: list[np.ndarray], width: int, height: int) -> list[int]:
    """Counts for a region that surely fits: presents dropped at random spots until a hundred tries miss."""
    board, counts, misses = np.zeros((height, width), dtype=bool), [0] * len(shapes), 0
    while misses < 100:
        index = rng.randrange(len(shapes))
        turned = rng.choice(turns(shapes[index]))
        r, c = rng.randint(0, height - turned.shape[0]), rng.randint(0, width - turned.shape[1])
        window = board[r:r + turned.shape[0], c:c + turned.shape[1]]
        if (window & turned).any():
            misses += 1
            continue
        window |= turned
        counts[index] += 1
    return counts
