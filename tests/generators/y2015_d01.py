"""2015 day 1: long lines of parentheses that first reach the basement late, and a step-by-step reference."""
import random


def generate(seed: int, length: int = 7000, basement: bool = True) -> str:
    """`length` parentheses; with `basement`, the first visit to floor -1 is at a planted late step, else never.

    Before the planted step the floors wander at or above 0 and come back to 0, then one ')' goes
    down; after it the walk drifts upward, as the real inputs' final floors do. Without `basement`
    the walk drifts upward from the start and turns back up whenever it is on floor 0.
    """
    rng = random.Random(seed)
    first = 2 * rng.randint(length // 6, length * 2 // 5) + 1 if basement else 0  # odd: back on 0 just before
    steps, floor = [], 0
    for position in range(1, length + 1):
        if position < first:
            left = first - position  # steps still to take before the planted one
            if floor == 0:
                up = True
            elif floor >= left:  # only just enough steps left to come back down to 0
                up = False
            else:
                up = rng.random() < 0.5
        elif position == first:
            up = False
        else:
            up = (not basement and floor == 0) or rng.random() < 0.52
        steps.append("(" if up else ")")
        floor += 1 if up else -1
    return "".join(steps) + "\n"


def reference(text: str) -> tuple[int, int | None]:
    """(the final floor, the 1-based position of the first step into the basement or None), one character at a time."""
    floor, first = 0, None
    for position, character in enumerate(text.strip(), start=1):
        if character == "(":
            floor += 1
        elif character == ")":
            floor -= 1
        else:
            raise ValueError(f"not a parenthesis: {character!r}")
        if floor == -1 and first is None:
            first = position
    return floor, first
