"""The known-answer checks: every input that has a known answer, for `aoc check` and pytest.

A real input is checked from its cached file, else from the vault (read in
memory) when AOC_VAULT_KEY is set; otherwise it is skipped and counted.
"""
from dataclasses import dataclass

from aoc import registry, store, vault
from aoc.inputs import PuzzleInput


@dataclass(frozen=True)
class Plan:
    """The checks to run, the real inputs with answers that are not here, and whether a vault waits for its key."""

    jobs: list[PuzzleInput]
    skipped: list[tuple[int, int]]
    vault_locked: bool = False


def plan(year: int | None = None) -> Plan:
    """Every registered day's inputs with a known answer (real ones only when cached or in the vault)."""
    secret = vault.key_from_env(required=False)
    vaulted = vault.read(secret) if secret else {}
    jobs, skipped = [], []
    for y, d in registry.days(year):
        entry = store.load_answers(y).get(d, {})
        if any(key in entry for key in store.ANSWER_KEYS):
            path = store.input_path(y, d)
            if path.exists():
                jobs.append(PuzzleInput(y, d, "input", path))
            elif (y, d) in vaulted:
                jobs.append(PuzzleInput(y, d, "input", vault.path(), content=vaulted[y, d]))
            else:
                skipped.append((y, d))
        for name, path in store.example_paths(y, d).items():
            if any(key in entry.get(name, {}) for key in store.ANSWER_KEYS):
                jobs.append(PuzzleInput(y, d, name, path))
    return Plan(jobs, skipped, vault_locked=bool(skipped) and secret is None and vault.path().exists())
