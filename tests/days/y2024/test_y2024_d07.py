"""2024 day 7 at full size: a generated input with planted solvable equations, against a reference search."""
import random
import time

from aoc.days.y2024 import d07


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
    return concatenation and len(text) > len(suffix) and text.endswith(suffix) and reference(int(text[: -len(suffix)]), tuple(rest), concatenation)


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


def test_full_size_input_matches_the_reference():
    equations = d07.parse(generate(7))
    started = time.perf_counter()
    got = d07.part1(equations), d07.part2(equations)
    elapsed = time.perf_counter() - started
    expected = tuple(
        sum(e.target for e in equations if reference(e.target, e.numbers, concatenation)) for concatenation in (False, True)
    )
    assert got == expected
    assert expected[0] < expected[1]
    assert elapsed < 5  # a loose bound for loaded CI machines; benchmarks/ measures the real time


def test_huge_test_values_fall_back_to_exact_integers():
    equation = d07.Equation(10**20 * 7 + 3, (10**20, 7, 3))
    assert d07.calibration([equation], 2) == equation.target
    assert d07.calibration([d07.Equation(equation.target + 1, equation.numbers)], 3) == 0


def test_operators_apply_left_to_right():
    assert d07.part1(d07.parse("3267: 81 40 27\n")) == 3267
    assert d07.part1(d07.parse("156: 15 6\n")) == 0
    assert d07.part2(d07.parse("156: 15 6\n7290: 6 8 6 15\n")) == 156 + 7290
