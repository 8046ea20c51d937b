"""2024 day 13: claw machines whose cheapest win is planted, and machines no presses win."""
import random


def machine_text(a: tuple[int, int], b: tuple[int, int], prize: tuple[int, int]) -> str:
    """One machine as the puzzle writes it."""
    return f"Button A: X+{a[0]}, Y+{a[1]}\nButton B: X+{b[0]}, Y+{b[1]}\nPrize: X={prize[0]}, Y={prize[1]}"


def planted(rng: random.Random, offset: int, presses: tuple[int, int]):
    """A machine whose prize (less `offset`) is reached by exactly (a, b) presses, with the tokens that costs."""
    while True:
        a, b = (rng.randint(10, 99), rng.randint(10, 99)), (rng.randint(10, 99), rng.randint(10, 99))
        if a[0] * b[1] == a[1] * b[0]:
            continue
        pa, pb = rng.randint(*presses), rng.randint(*presses)
        prize = (pa * a[0] + pb * b[0] - offset, pa * a[1] + pb * b[1] - offset)
        if min(prize) > 0:
            return machine_text(a, b, prize), 3 * pa + pb


def unwinnable(rng: random.Random) -> str:
    """A machine whose prize no whole presses reach: the planted prize nudged by one."""
    text, _ = planted(rng, 0, (1, 100))
    head, _, last = text.rpartition("Y=")
    return f"{head}Y={int(last) + 1}"
