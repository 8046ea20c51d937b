"""2022 day 21: Monkey Math. Each monkey yells a number, or the result of two others' numbers.

The jobs form an expression tree, read by a small parser (never `eval`) and put in an order where
every monkey follows the ones it waits for, so part 1 is one pass in exact fractions. Part 2
learns what `humn` must yell: the tree becomes an aoc.nn graph with root's two sides subtracted
as a residual, and Gauss–Newton on that one residual is Newton's method. Floats lose the last
digits of numbers this large, so the rounded guess is polished by Newton steps whose residual is
exact, then proven exactly; should learning stall, each operation on the path from root down to
`humn` is inverted instead.
"""
import re
from collections.abc import Iterator
from fractions import Fraction
from itertools import pairwise
from operator import add, mul, sub, truediv

from aoc.lab import Study, solve

JOB = re.compile(r"^(\w+): (?:(-?\d+)|(\w+) ([-+*/]) (\w+))$")
OPERATIONS = {"+": add, "-": sub, "*": mul, "/": truediv}
HUMAN, ROOT = "humn", "root"

Job = int | tuple[str, str, str]
Jobs = dict[str, Job]


def parse(text: str) -> Jobs:
    """The job of each monkey root waits for: a number, or (left, operator, right).

    Every monkey comes after the monkeys it waits for, so one pass in order evaluates them all.
    """
    jobs: Jobs = {}
    for line in text.strip().splitlines():
        match = JOB.match(line.strip())
        if not match:
            raise ValueError(f"not a monkey's job: {line!r}")
        name, number, left, operator, right = match.groups()
        jobs[name] = int(number) if number is not None else (left, operator, right)
    return {name: jobs[name] for name in _in_order(jobs)}


def _in_order(jobs: Jobs) -> list[str]:
    """Monkeys reaching root, each after those it waits for; unknown names and cycles are errors."""
    if ROOT not in jobs:
        raise ValueError("no monkey named root")
    finished: set[str] = set()
    waiting_on, result = {ROOT}, []
    stack = [(ROOT, _heard(jobs, ROOT))]
    while stack:
        name, heard = stack[-1]
        child = next(heard, None)
        if child is None:
            stack.pop()
            waiting_on.discard(name)
            finished.add(name)
            result.append(name)
        elif child in waiting_on:
            raise ValueError(f"monkey {child!r} waits for itself")
        elif child not in finished:
            if child not in jobs:
                raise ValueError(f"monkey {child!r} is waited for but has no job")
            waiting_on.add(child)
            stack.append((child, _heard(jobs, child)))
    return result


def _heard(jobs: Jobs, name: str) -> Iterator[str]:
    """The monkeys `name` waits for."""
    job = jobs[name]
    return iter((job[0], job[2]) if isinstance(job, tuple) else ())


def evaluate(jobs: Jobs, human: Fraction | int | None = None) -> dict[str, Fraction]:
    """Every monkey's exact number (with `humn` yelling `human` when given)."""
    values: dict[str, Fraction] = {}
    for name, job in jobs.items():
        if name == HUMAN and human is not None:
            values[name] = Fraction(human)
        elif isinstance(job, int):
            values[name] = Fraction(job)
        else:
            left, operator, right = job
            if operator == "/" and values[right] == 0:
                raise ValueError(f"monkey {name!r} divides by zero")
            values[name] = OPERATIONS[operator](values[left], values[right])
    return values


def part1(jobs: Jobs) -> int:
    """The number root yells."""
    value = evaluate(jobs)[ROOT]
    if value.denominator != 1:
        raise ValueError(f"root yells {value}, not a whole number")
    return int(value)


def balanced(jobs: Jobs, human: int) -> bool:
    """Does root see two equal numbers when `humn` yells `human`? (exact)"""
    return _root_difference(jobs, human) == 0


def study(jobs: Jobs) -> Study:
    """Part 2 as a study: humn learned by Newton steps on root's difference, proven exactly."""
    from aoc import nn

    graph = nn.Graph()
    human = graph.param([0.0], name=HUMAN)
    nodes = {}
    for name, job in jobs.items():
        if name == HUMAN:
            nodes[name] = human
        elif isinstance(job, int):
            nodes[name] = graph.const(float(job), name=name)
        else:
            left, operator, right = job
            nodes[name] = OPERATIONS[operator](nodes[left], nodes[right])
    left, _, right = _operation(jobs, ROOT)
    residual = nodes[left] - nodes[right]
    return Study(
        graph, residual, nn.GaussNewton(), candidate=lambda: polish(jobs, graph, residual, human),
        verify=lambda h: balanced(jobs, h), exact=lambda: solve_exactly(jobs), steps=30, tol=1e-9,
        title="root's two sides: (left − right)² / 2",
    )


def polish(jobs: Jobs, graph, residual, human) -> int:
    """Round the learned humn, then take Newton steps with an exact residual and the graph's slope.

    Floats lose the last digits of numbers this large; the residual in fractions does not.
    """
    import numpy as np

    guess = round(float(human.value[0]))
    program = graph.compile(residual)
    program.forward()
    program.backward(np.ones(1))
    slope = Fraction(float(human.grad[0]))
    if slope == 0:
        raise ValueError("humn cancels out: root's sides do not change with it")
    for _ in range(3):
        difference = _root_difference(jobs, guess)
        if difference == 0:
            break
        guess = round(guess - difference / slope)
    return guess


def _root_difference(jobs: Jobs, human: int) -> Fraction:
    """root's left number minus its right one when `humn` yells `human` (exact)."""
    left, _, right = _operation(jobs, ROOT)
    values = evaluate(jobs, human)
    return values[left] - values[right]


def part2(jobs: Jobs) -> int:
    """The number `humn` must yell for root's two numbers to match."""
    return solve(study(jobs)).answer


def solve_exactly(jobs: Jobs) -> int:
    """Invert each operation on the path from root down to humn, in exact fractions."""
    values = evaluate(jobs)
    path = _path_to_human(jobs)
    left, _, right = _operation(jobs, ROOT)
    target = values[right] if path[0] == left else values[left]
    for name, child in pairwise(path):
        a, operator, b = _operation(jobs, name)
        target = _invert(operator, target, values[b] if child == a else values[a], child == a)
    if target.denominator != 1:
        raise ValueError(f"humn would have to yell {target}, not a whole number")
    return int(target)


def _invert(operator: str, target: Fraction, other: Fraction, unknown_on_left: bool) -> Fraction:
    """The unknown operand x of `x op other` (or `other op x`) that gives `target`."""
    if operator in "*/" and other == 0:
        raise ValueError("humn cancels out: a factor of zero hides it from root")
    if operator == "+":
        return target - other
    if operator == "*":
        return target / other
    if operator == "-":
        return target + other if unknown_on_left else other - target
    if unknown_on_left:
        return target * other
    if target == 0:
        raise ValueError("humn cancels out: no divisor gives zero")
    return other / target


def _operation(jobs: Jobs, name: str) -> tuple[str, str, str]:
    """The (left, operator, right) of a monkey that waits for two others."""
    job = jobs[name]
    if not isinstance(job, tuple):
        raise ValueError(f"monkey {name!r} yells a number, not an operation's result")
    return job


def _path_to_human(jobs: Jobs) -> list[str]:
    """root's operand that holds humn, down to humn itself; humn must appear exactly once."""
    parents: dict[str, list[str]] = {}
    for name, job in jobs.items():
        if isinstance(job, tuple):
            for child in (job[0], job[2]):
                parents.setdefault(child, []).append(name)
    path, name = [HUMAN], HUMAN
    while name != ROOT:
        above = parents.get(name, [])
        if len(above) != 1:
            raise ValueError(f"monkey {name!r} is heard by {len(above)} monkeys: "
                             "humn must reach root by one path")
        name = above[0]
        path.append(name)
    return path[::-1][1:]
