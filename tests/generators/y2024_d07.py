"""2024 day 7: equations like the real input's, half planted solvable, and a recursive check."""
import random


def reference(target: int, numbers: tuple[int, ...], concatenation: bool) -> bool:
    """An independent check: undo the last operator from the target, recursively."""
    *rest, last = numbers
    if not rest:
        return target == last
    if target > last and reference(target - last, tuple(rest), concatenation):
        return True
    if target % last == 0 and reference(target // last, tuple(rest), concatenation):
        return True
    suffix = str(last)
    text = str(target)
    return (concatenation and len(text) > len(suffix) and text.endswith(suffix)
            and reference(int(text[: -len(suffix)]), tuple(rest), concatenation))


def reference_calibration(equations, concatenation: bool) -> int:
    """The sum of the test values the reference check finds solvable."""
    return sum(e.target for e in equations if reference(e.target, e.numbers, concatenation))


def generate(seed: int, count: int = 850) -> str:
    """Lines like the real input's: 2–12 numbers below 1000, test values below 10¹⁵, half planted solvable."""
    rng = random.Random(seed)
    lines = []
    while len(lines) < count:
        numbers = [rng.randint(1, 999) if rng.random() < 0.2 else rng.randint(1, 9) for _ in range(rng.randint(2, 12))]
        value = numbers[0]
        for x in numbers[1:]:
            value = rng.choice([value + x, value * x, int(f"{value}{x}")])
        target = value if rng.random() < 0.5 else value + rng.randint(1, 50)
        if target < 10**15:
            lines.append(f"{target}: {' '.join(map(str, numbers))}")
    return "\n".join(lines) + "\n"
