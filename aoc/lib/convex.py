"""Integer minima of convex functions: where a learned real minimum becomes an exact answer.

On the integers a convex function's local minimum is its global one, so checking the two
neighbours proves a candidate, and walking downhill from a learned guess finds it.
"""
from collections.abc import Callable


def is_integer_minimum(cost: Callable[[int], int], k: int) -> bool:
    """Is k no worse than both its neighbours? (for a convex cost: the global minimum)"""
    here = cost(k)
    return cost(k - 1) >= here <= cost(k + 1)


def descend(cost: Callable[[int], int], start: int, low: int, high: int) -> int:
    """Walk downhill from `start` within [low, high] to an integer minimum of a convex cost."""
    k = min(max(start, low), high)
    while k > low and cost(k - 1) < cost(k):
        k -= 1
    while k < high and cost(k + 1) < cost(k):
        k += 1
    return k


def bisect_minimum(cost: Callable[[int], int], low: int, high: int) -> int:
    """The first integer minimum of a convex cost on [low, high], by bisecting its slope."""
    while low < high:
        middle = (low + high) // 2
        if cost(middle + 1) < cost(middle):
            low = middle + 1
        else:
            high = middle
    return low
