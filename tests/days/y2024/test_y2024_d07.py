"""2024 day 7 at full size: a generated input with planted solvable equations, against a reference search."""
import random
import time

from aoc.days.y2024 import d07
from tests.generators.y2024_d07 import generate, reference_calibration


def test_full_size_input_matches_the_reference():
    equations = d07.parse(generate(7))
    started = time.perf_counter()
    got = d07.part1(equations), d07.part2(equations)
    elapsed = time.perf_counter() - started
    expected = tuple(reference_calibration(equations, concatenation) for concatenation in (False, True))
    assert got == expected
    assert expected[0] < expected[1]
    assert elapsed < 5  # a loose bound for loaded CI machines; benchmarks/ measures the real time


def test_huge_test_values_fall_back_to_exact_integers():
    equation = d07.Equation(10**20 * 7 + 3, (10**20, 7, 3))
    assert d07.calibration([equation], 2) == equation.target
    assert d07.calibration([d07.Equation(equation.target + 1, equation.numbers)], 3) == 0


def test_equations_past_int64_are_searched_backwards_exactly():
    rng = random.Random(7)
    lines = []
    for _ in range(40):
        numbers = [rng.randint(1, 999) for _ in range(8)]
        value = numbers[0]
        for n in numbers[1:]:
            value = rng.choice([value + n, value * n, int(f"{value}{n}")])
        lines.append(f"{value + rng.choice([0, 0, 1])}: {' '.join(map(str, numbers))}")  # a third unreachable
    equations = d07.parse("\n".join(lines))
    assert max(e.target for e in equations) > 2**63
    assert d07.part1(equations) == reference_calibration(equations, False)
    assert d07.part2(equations) == reference_calibration(equations, True)


def test_operators_apply_left_to_right():
    assert d07.part1(d07.parse("3267: 81 40 27\n")) == 3267
    assert d07.part1(d07.parse("156: 15 6\n")) == 0
    assert d07.part2(d07.parse("156: 15 6\n7290: 6 8 6 15\n")) == 156 + 7290
