"""The solver lab: state a loss with aoc.nn, learn a candidate, then prove it exactly.

A day that learns returns a `Study` from its `study(data)` function: the graph and its output
(a scalar loss, or a residual vector for Gauss–Newton), the solver, how to read an exact
candidate off the learned parameters, the integer check that proves it, and an exact method to
fall back on. `solve` never trusts a float: an answer is returned only once `verify` accepts it,
and when learning does not converge the day says so and the exact method answers instead.
A puzzle made of many small problems (one per machine) returns `Studies`: each item is learned and
proven on its own, reported as it finishes, and the proven answers combine into the puzzle's.
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
class Studies:
    """Many small studies, each learned and proven on its own; `combine` makes their answers one."""

    items: list[Study]
    combine: Callable[[list[Any]], Any]
    names: list[str] = field(default_factory=list)
    title: str = "each item"


@dataclass
class Proof:
    """What a study gave: the proven answer, and how it was found (item by item, for Studies)."""

    answer: Any
    learned: bool
    candidate: Any = None
    history: np.ndarray = field(default_factory=lambda: np.zeros(0))
    seconds: float = 0.0
    note: str = ""
    items: list["Proof"] = field(default_factory=list)


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


def solve(study: Study | Studies, callback=None, every: int = 10, on_item=None) -> Proof:
    """Learn, read the candidate, verify it exactly; else fall back to the exact method.

    For Studies, each item in turn (`callback` then follows the first item's loss), and
    `on_item(index, count, name, proof)` hears of each as it is proven.
    """
    if isinstance(study, Studies):
        return _solve_each(study, callback, every, on_item)
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


def _solve_each(studies: Studies, callback, every: int, on_item) -> Proof:
    """Every item learned and proven in turn; one that cannot be proven stops the whole with its name."""
    proofs = []
    for index, item in enumerate(studies.items):
        name = studies.names[index] if index < len(studies.names) else f"item {index + 1}"
        try:
            proof = solve(item, callback if index == 0 else None, every)
        except LabError as exc:
            raise LabError(f"{name}: {exc}") from exc
        proofs.append(proof)
        if on_item is not None:
            on_item(index, len(studies.items), name, proof)
    missed = sum(not p.learned for p in proofs)
    note = f"{missed} of {len(proofs)} answered by the exact method" if missed else ""
    history = proofs[0].history if proofs else np.zeros(0)
    return Proof(studies.combine([p.answer for p in proofs]), not missed, None, history,
                 sum(p.seconds for p in proofs), note, proofs)


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
