"""2023 day 6: races of part 2's size, and an independent count of their winning holds."""
import random


def binary_search(time: int, record: int) -> int:
    """An independent count for huge races: the first winning hold below the peak, by bisection."""
    low, high = 0, time // 2
    if high * (time - high) <= record:
        return 0
    while low < high:
        middle = (low + high) // 2
        if middle * (time - middle) > record:
            high = middle
        else:
            low = middle + 1
    return time - 2 * low + 1


def long_race(rng: random.Random) -> tuple[int, int]:
    """A race of part 2's size: a time of 10⁷ to 10⁸ ms and a record some holds beat."""
    time = rng.randint(10**7, 10**8)
    return time, rng.randint(time * time // 8, time * time // 4)
