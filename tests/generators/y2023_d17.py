"""2023 day 17: cities of the real input's size, and an independent reference for their least heat loss."""
import random

import numpy as np

DIRECTIONS = ((-1, 0), (0, 1), (1, 0), (0, -1))  # clockwise: a quarter turn is the next or the previous


def generate(seed: int, size: int = 141) -> str:
    """A square city of heat-loss digits 1–9, as large as the real input's."""
    rng = random.Random(seed)
    return "\n".join("".join(rng.choice("123456789") for _ in range(size)) for _ in range(size)) + "\n"


def _landing(array: np.ndarray, dr: int, dc: int) -> tuple[np.ndarray, np.ndarray]:
    """Views of `array` (over its last two axes): the blocks one step (dr, dc) lands on, and the blocks it leaves."""
    height, width = array.shape[-2:]
    to = array[..., max(dr, 0):height + min(dr, 0), max(dc, 0):width + min(dc, 0)]
    came = array[..., max(-dr, 0):height - max(dr, 0), max(-dc, 0):width - max(dc, 0)]
    return to, came


def reference_heat_loss(text: str, least: int, most: int) -> int | None:
    """Bellman–Ford to a fixed point over the puzzle's own states, one block at a time: (direction, blocks run
    straight so far, row, col). No priority queue and no whole-run moves, unlike the day's search."""
    city = np.array([[int(c) for c in row] for row in text.split()], dtype=np.int32)
    never = np.int32(1 << 30)  # unreached: far above any loss, and still no overflow after a step
    loss = np.full((4, most + 1, *city.shape), never, dtype=np.int32)
    loss[1, 0, 0, 0] = loss[2, 0, 0, 0] = 0  # at the start, facing right or down, nothing run yet
    while True:
        before = loss.copy()
        for d, (dr, dc) in enumerate(DIRECTIONS):
            to, came = _landing(loss[d], dr, dc)  # straight on: one more block this way
            np.minimum(to[1:], came[:-1] + _landing(city, dr, dc)[0], out=to[1:])
            may_turn = np.minimum(loss[d, 0], loss[d, least:].min(axis=0))
            for turn in ((d + 1) % 4, (d + 3) % 4):
                tr, tc = DIRECTIONS[turn]
                to, _ = _landing(loss[turn, 1], tr, tc)
                np.minimum(to, _landing(may_turn, tr, tc)[1] + _landing(city, tr, tc)[0], out=to)
        if np.array_equal(before, loss):
            best = int(loss[:, least:, -1, -1].min())
            return None if best >= never else best
