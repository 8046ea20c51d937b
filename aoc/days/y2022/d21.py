"""2022 day 21: Monkey Math. The monkeys' jobs form an expression tree, built from the input by a small parser (never `eval`). Part 1 evaluates it over exact fractions. Part 2 turns the tree into an aoc.nn graph with `humn` as the one parameter and root's two sides subtracted as a residual: Gauss–Newton on a one-element residual is Newton's method, h ← h − f(h)/f′(h), with f′ from the graph's own backward pass. Floats lose the last digits of numbers this large, so the rounded guess is polished by the same Newton step with the residual evaluated in exact fractions, then proven by exact evaluation; should learning stall, the exact method inverts each operation on the path from root to `humn`."""
import re
from fractions import Fraction
from operator import add, mul, sub, truediv

from aoc import lab as lab_api

JOB = re.compile(r"^(\w+): (?:(-?\d+)|(\w+) ([-+*/]) (\w+))$")
OPERATIONS = {"+": add, "-": sub, "*": mul, "/": truediv}
HUMAN, ROOT = "humn", "root"


def parse(text: str) -> dict:
    """Each monkey's job: a number, or (left, operator, right)."""
    jobs = {}
    for line in text.strip().splitlines():
        match = JOB.match(line.strip())
        if not match:
            raise ValueError(f"not a monkey's job: {line!r}")
        name, number, left, operator, right = match.groups()
        jobs[name] = int(number) if number is not None else (left, operator, right)
    order(jobs)
    return jobs


def order(jobs: dict) -> list[str]:
    """Monkeys reaching root, each after the monkeys it waits for; unknown names and cycles are errors."""
    if ROOT not in jobs:
        raise ValueError("no monkey named root")
    finished, waiting_on, result = set(), {ROOT}, []
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


def _heard(jobs: dict, name: str):
    """The monkeys `name` waits for."""
    job = jobs[name]
    return iter((job[0], job[2]) if isinstance(job, tuple) else ())


def evaluate(jobs: dict, human: Fraction | int | None = None) -> dict:
    """Every monkey's exact number (with `humn` yelling `human` when given)."""
    values = {}
    for name in order(jobs):
        job = jobs[name]
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


def part1(jobs: dict) -> int:
    """The number root yells."""
    value = evaluate(jobs)[ROOT]
    if value.denominator != 1:
        raise ValueError(f"root yells {value}, not a whole number")
    return int(value)


def balanced(jobs: dict, human: int) -> bool:
    """Does root see two equal numbers when `humn` yells `human`? (exact)"""
    return _root_difference(jobs, human) == 0


def lab(jobs: dict) -> lab_api.Study:
    """Part 2 as a study: humn learned by Newton steps on root's difference, proven exactly."""
    from aoc import nn

    graph = nn.Graph()
    human = graph.param([0.0], name=HUMAN)
    nodes = {}
    for name in order(jobs):
        job = jobs[name]
        if name == HUMAN:
            nodes[name] = human
        elif isinstance(job, int):
            nodes[name] = graph.const(float(job), name=name)
        else:
            left, operator, right = job
            nodes[name] = OPERATIONS[operator](nodes[left], nodes[right])
    left, _, right = jobs[ROOT]
    residual = nodes[left] - nodes[right]
    return lab_api.Study(
        graph, residual, nn.GaussNewton(), candidate=lambda: polish(jobs, graph, residual, human),
        verify=lambda h: balanced(jobs, h), exact=lambda: solve_exactly(jobs), steps=30, tol=1e-9,
        title="root's two sides: (left − right)² / 2",
    )


def polish(jobs: dict, graph, residual, human) -> int:
    """Round the learned humn, then take Newton steps whose residual is exact (fractions) and whose
    slope is the graph's own gradient: floats lose the last digits of numbers this large, fractions do not."""
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


def _root_difference(jobs: dict, human: int) -> Fraction:
    """root's left number minus its right one when `humn` yells `human` (exact)."""
    left, _, right = jobs[ROOT]
    values = evaluate(jobs, human)
    return values[left] - values[right]


def part2(jobs: dict) -> int:
    """The number `humn` must yell for root's two numbers to match."""
    return lab_api.solve(lab(jobs)).answer


def solve_exactly(jobs: dict) -> int:
    """Invert each operation on the path from root down to humn, in exact fractions."""
    values = evaluate(jobs)
    path = _path_to_human(jobs)
    left, _, right = jobs[ROOT]
    target = values[right] if path[0] == left else values[left]
    for name, child in zip(path, path[1:]):
        a, operator, b = jobs[name]
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


def _path_to_human(jobs: dict) -> list[str]:
    """root's operand that holds humn, down to humn itself; humn must appear exactly once."""
    parents = {}
    for name, job in jobs.items():
        if isinstance(job, tuple):
            for child in (job[0], job[2]):
                parents.setdefault(child, []).append(name)
    path, name = [HUMAN], HUMAN
    while name != ROOT:
        above = parents.get(name, [])
        if len(above) != 1:
            raise ValueError(f"monkey {name!r} is heard by {len(above)} monkeys: humn must reach root by one path")
        name = above[0]
        path.append(name)
    return path[::-1][1:]
