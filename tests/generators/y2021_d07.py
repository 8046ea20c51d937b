"""2021 day 7: a thousand crabs like the real input's, and the least fuel over every position."""
import numpy as np


def generate(seed: int) -> str:
    """Crab positions, most of them near each other and some far out, in a shuffled line."""
    rng = np.random.default_rng(seed)
    crabs = np.concatenate([rng.integers(0, 300, 700), rng.integers(0, 2000, 300)])
    return ",".join(map(str, rng.permutation(crabs)))


def brute_force(crabs: np.ndarray, fuel) -> int:
    """The least fuel(crabs, c) over every position c between the outermost crabs."""
    return min(fuel(crabs, c) for c in range(int(crabs.min()), int(crabs.max()) + 1))
