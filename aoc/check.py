"""The known-answer checks: every input that has a known answer, for `aoc check` and pytest."""
from dataclasses import dataclass

from aoc import registry, store
from aoc.inputs import PuzzleInput


@dataclass(frozen=True)
class Plan:
    """The checks to run, and the real inputs with answers that are not cached here."""

    jobs: list[PuzzleInput]
    skipped: list[tuple[int, int]]


def plan(year: int | None = None) -> Plan:
    """Every registered day's inputs with a known answer (real ones only when cached)."""
    jobs, skipped = [], []
    for y, d in registry.days(year):
        entry = store.load_answers(y).get(d, {})
        if any(key in entry for key in store.ANSWER_KEYS):
            path = store.input_path(y, d)
            if path.exists():
                jobs.append(PuzzleInput(y, d, "input", path))
            else:
                skipped.append((y, d))
        for name, path in store.example_paths(y, d).items():
            if any(key in entry.get(name, {}) for key in store.ANSWER_KEYS):
                jobs.append(PuzzleInput(y, d, name, path))
    return Plan(jobs, skipped)

