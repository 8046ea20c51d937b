"""The solver lab: state a loss with aoc.nn, learn a candidate, then prove it exactly.

A day that learns returns a `Study` from its `lab(data)` function: the graph and its output
(a scalar loss, or a residual vector for Gauss–Newton), the solver, how to read an exact
candidate off the learned parameters, the integer check that proves it, and an exact method to
fall back on. `solve` never trusts a float: an answer is returned only once `verify` accepts it,
and when learning does not converge the day says so and the exact method answers instead.
"""
import time
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from aoc.errors import AocError


class LabError(AocError, ValueError):
    """No verified answer (or no study): one clear line from `aoc lab`, a ValueError inside a day."""


@dataclass
class Study:
    """One learning problem and how to prove its answer."""

    graph: Any
    output: Any
    solver: Any
    candidate: Callable[[], Any]
    verify: Callable[[Any], bool]
    exact: Callable[[], Any]
    steps: int = 100
    tol: float = 0.0
    title: str = "loss"


@dataclass
class Outcome:
    """What a study gave: the proven answer, and how it was found."""

    answer: Any
    learned: bool
    candidate: Any = None
    history: np.ndarray = field(default_factory=lambda: np.zeros(0))
    seconds: float = 0.0
    note: str = ""


def learn(study: Study, callback=None, every: int = 10) -> tuple[np.ndarray, float, str]:
    """Compile the study's output and run its solver loop in C: (loss history, seconds, problem)."""
    from aoc import nn

    started = time.perf_counter()
    try:
        program = study.graph.compile(study.output)
        history = study.solver.minimize(program, steps=study.steps, tol=study.tol or None, callback=callback, every=every)
    except nn.NNError as exc:
        return np.zeros(0), time.perf_counter() - started, f"learning failed: {exc}"
    return np.asarray(history), time.perf_counter() - started, ""


def solve(study: Study, callback=None, every: int = 10) -> Outcome:
    """Learn, read the candidate, verify it exactly; else fall back to the exact method."""
    history, seconds, problem = learn(study, callback, every)
    candidate = None
    if not problem:
        candidate = _safe_candidate(study)
        if candidate is not None and _verified(study, candidate):
            return Outcome(candidate, True, candidate, history, seconds)
        problem = f"the learned candidate {candidate!r} failed the exact check"
    try:
        answer = study.exact()
    except Exception as exc:  # the day's own exact method: its failure is this study's answer
        raise LabError(f"{problem}, and the exact method failed: {exc}") from exc
    if not _verified(study, answer):
        raise LabError(f"{problem}, and the exact method's answer {answer!r} fails it too")
    return Outcome(answer, False, candidate, history, seconds, f"{problem}; answered by the exact method")


def _verified(study: Study, answer) -> bool:
    """The study's exact check, where a check that cannot even be computed counts as a failure."""
    try:
        return bool(study.verify(answer))
    except (ValueError, ArithmeticError, TypeError):
        return False


def _safe_candidate(study: Study):
    """The candidate, or None when the learned values cannot even be rounded (NaN, inf)."""
    try:
        return study.candidate()
    except (ValueError, OverflowError, ZeroDivisionError):
        return None


def day_study(year: int, day: int, example: bool = False, path=None):
    """The Study a day's `lab()` builds from its input (its first example with `example`)."""
    from aoc import inputs, registry, runner
    from aoc.errors import UsageError

    loaded = registry.load(year, day)
    build = getattr(loaded.module, "lab", None)
    if not callable(build):
        raise UsageError(f"{year} day {day} learns nothing: its module has no lab() function")
    source = inputs.choose(year, day, example=example, path=path)[0]
    params = source.known().params
    try:
        data = loaded.parse(source.text(), **runner.accepted(loaded.parse, params))
        return build(data, **runner.accepted(build, params)), source.name
    except Exception as exc:  # the day's own parse or lab(): bad input is one line, not a traceback
        raise LabError(f"{year} day {day} ({source.name}): {type(exc).__name__}: {exc}") from exc


def write_graph(study: Study, path) -> None:
    """The equation graph with its runtime values: DOT text for .dot, Graphviz's drawing otherwise."""
    from pathlib import Path

    from aoc import store

    from aoc.nn import NNError

    path = Path(path)
    program = study.graph.compile(study.output)  # one pass at the learned point fills every value and gradient
    output = program.forward()
    program.backward(None if program.scalar else output)  # a residual r seeds the gradient of ‖r‖²/2
    if path.suffix == ".dot":
        store.write_atomic(path, study.graph.to_dot())
        return
    try:
        study.graph.render(str(path))
    except NNError as exc:  # no Graphviz, or a format it cannot write
        raise LabError(str(exc)) from None


def write_curve(outcome: Outcome, path, title: str = "loss") -> None:
    """The loss history as an SVG line plot."""
    from pathlib import Path

    from aoc import plot, store

    store.write_atomic(Path(path), plot.loss_curve_svg(outcome.history, title))
