"""The solver lab: state a loss with aoc.nn, learn a candidate, then prove it exactly.

A day that learns returns a `Study` from its `study(data)` function: the graph and its output
(a scalar loss, or a residual vector for Gauss–Newton), the solver, how to read an exact
candidate off the learned parameters, the integer check that proves it, and an exact method to
fall back on. `solve` never trusts a float: an answer is returned only once `verify` accepts it,
and when learning does not converge the day says so and the exact method answers instead.
"""
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

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
class Proof:
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
        history = study.solver.minimize(program, steps=study.steps, tol=study.tol or None,
                                        callback=callback, every=every)
    except nn.NNError as exc:
        return np.zeros(0), time.perf_counter() - started, f"learning failed: {exc}"
    return np.asarray(history), time.perf_counter() - started, ""


def solve(study: Study, callback=None, every: int = 10) -> Proof:
    """Learn, read the candidate, verify it exactly; else fall back to the exact method."""
    history, seconds, problem = learn(study, callback, every)
    candidate = None
    if not problem:
        candidate = _safe_candidate(study)
        if candidate is not None and _verified(study, candidate):
            return Proof(candidate, True, candidate, history, seconds)
        problem = f"the learned candidate {candidate!r} failed the exact check"
    try:
        answer = study.exact()
    except Exception as exc:  # the day's own exact method: its failure is this study's answer
        raise LabError(f"{problem}, and the exact method failed: {exc}") from exc
    if not _verified(study, answer):
        raise LabError(f"{problem}, and the exact method's answer {answer!r} fails it too")
    return Proof(answer, False, candidate, history, seconds, f"{problem}; answered by the exact method")


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
