"""2022 day 21 at full size: a generated riddle with a planted humn, the learned answer proven, and broken promises."""
import random
import time
from fractions import Fraction

import pytest

from aoc import lab
from aoc.days.y2022 import d21


class Riddle:
    """Writes monkeys bottom-up, so every value (and every exact division) is known as it is made."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.lines, self.count = [], 0

    def name(self) -> str:
        self.count += 1
        return f"{chr(97 + self.count % 26)}{self.count:05d}"

    def number(self, value: int) -> str:
        name = self.name()
        self.lines.append(f"{name}: {value}")
        return name

    def job(self, left: str, operator: str, right: str) -> str:
        name = self.name()
        self.lines.append(f"{name}: {left} {operator} {right}")
        return name

    def subtree(self, depth: int) -> tuple[str, int]:
        """A random humn-free subtree with a small positive value."""
        if depth == 0 or self.rng.random() < 0.15:
            value = self.rng.randint(1, 20)
            return self.number(value), value
        (a, x), (b, y) = self.subtree(depth - 1), self.subtree(depth - 1)
        operator = self.rng.choice("+*-/")
        if operator == "-" and x <= y or operator == "/" and (x % y or y == 1):
            operator = "+"
        value = {"+": x + y, "*": x * y, "-": x - y, "/": x // y if y else 0}[operator]
        return self.job(a, operator, b), value

    def path(self, human: str, value: int, depth: int) -> tuple[str, int]:
        """humn at the bottom of a chain of `depth` operations, each with a random sibling."""
        node = human
        for _ in range(depth):
            sibling, s = self.subtree(4)
            operator = self.rng.choice("+-*/")
            if operator == "/" and value % s == 0 and s > 1:
                node, value = self.job(node, "/", sibling), value // s
            elif operator == "*" and abs(value) < 10**12:
                node, value = (self.job(node, "*", sibling) if self.rng.random() < 0.5 else self.job(sibling, "*", node)), value * s
            elif operator == "-" and self.rng.random() < 0.5:
                node, value = self.job(sibling, "-", node), s - value
            else:
                node, value = self.job(node, "+", sibling), value + s
        return node, value


def generate(seed: int, planted: int, depth: int = 70) -> tuple[str, int]:
    """A riddle of about 2000 monkeys whose answer to part 2 is `planted`; also part 1's answer."""
    riddle = Riddle(seed)
    human = "humn"
    left, left_value = riddle.path(human, planted, depth)
    filler, filler_value = riddle.subtree(9)
    right = riddle.job(filler, "+", riddle.number(left_value - filler_value))
    listed = riddle.rng.randint(1, 1000)
    riddle.lines.append(f"{human}: {listed}")
    riddle.lines.append(f"root: {left} + {right}")
    riddle.rng.shuffle(riddle.lines)
    text = "\n".join(riddle.lines) + "\n"
    return text, reference_root(text)


def reference_root(text: str) -> Fraction:
    """An independent evaluation: repeated sweeps until every monkey has a number."""
    jobs = dict(line.split(": ") for line in text.splitlines())
    values = {name: Fraction(int(job)) for name, job in jobs.items() if job.lstrip("-").isdigit()}
    while "root" not in values:
        for name, job in jobs.items():
            parts = job.split()
            if name not in values and len(parts) == 3 and parts[0] in values and parts[2] in values:
                a, b = values[parts[0]], values[parts[2]]
                values[name] = {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else None}[parts[1]]
    return values["root"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_full_size_riddle_with_a_planted_humn(seed):
    planted = random.Random(seed).randint(10**11, 10**13)
    text, root = generate(seed, planted)
    jobs = d21.parse(text)
    assert len(jobs) > 1000
    assert d21.part1(jobs) == root
    started = time.perf_counter()
    outcome = lab.solve(d21.lab(jobs))
    elapsed = time.perf_counter() - started
    assert outcome.answer == planted
    assert outcome.learned, outcome.note
    assert elapsed < 5
    assert d21.solve_exactly(jobs) == planted


def test_learning_failure_falls_back_to_the_exact_method():
    jobs = d21.parse(generate(4, 123_456_789)[0])
    study = d21.lab(jobs)
    study.candidate = lambda: 0  # as if learning had wandered off
    outcome = lab.solve(study)
    assert outcome.answer == 123_456_789 and not outcome.learned and "exact method" in outcome.note


def test_a_humn_that_cancels_out_is_a_clear_error():
    text = "root: a + b\na: humn * z\nz: 0\nhumn: 3\nb: 5\n"
    with pytest.raises(ValueError, match="cancels out"):
        d21.part2(d21.parse(text))


@pytest.mark.parametrize("text, message", [
    ("a: 1\n", "no monkey named root"),
    ("root: a + b\na: b + b\nb: a - a\n", "waits for itself"),
    ("root: a + b\na: 1\n", "has no job"),
    ("root: a ^ b\n", "not a monkey's job"),
])
def test_broken_riddles(text, message):
    with pytest.raises(ValueError, match=message):
        d21.parse(text)
