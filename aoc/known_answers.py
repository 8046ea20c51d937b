"""The known-answer checks: every input that has a known answer, for `aoc check` and pytest.

A real input is checked from its cached file, else from the vault (read in
memory) when AOC_VAULT_KEY is set; otherwise it is skipped and counted.
"""
from dataclasses import dataclass

from aoc import registry, store
from aoc.inputs import PuzzleInput
from aoc.store import vault


@dataclass(frozen=True)
class Plan:
    """The checks to run, the real inputs with answers that are not here, and whether a vault waits for its key."""

    jobs: list[PuzzleInput]
    skipped: list[tuple[int, int]]
    vault_locked: bool = False


def plan(year: int | None = None) -> Plan:
    """Every registered day's inputs with a known answer (real ones only when cached or in the vault)."""
    days = [(y, d, store.load_answers(y).get(d, {})) for y, d in registry.days(year)]
    # The vault is opened only when it is needed: a wrong key must not stop checks that do not read it.
    missing = any(_has_answer(entry) and not store.input_path(y, d).exists() for y, d, entry in days)
    secret = vault.key_if_set() if missing else None
    vaulted = vault.read(secret) if secret else {}
    jobs, skipped = [], []
    for y, d, entry in days:
        if _has_answer(entry):
            path = store.input_path(y, d)
            if path.exists():
                jobs.append(PuzzleInput(y, d, "input", path))
            elif (y, d) in vaulted:
                jobs.append(PuzzleInput(y, d, "input", vault.path(), content=vaulted[y, d]))
            else:
                skipped.append((y, d))
        for name, path in store.example_paths(y, d).items():
            if _has_answer(entry.get(name, {})):
                jobs.append(PuzzleInput(y, d, name, path))
    return Plan(jobs, skipped, vault_locked=bool(skipped) and secret is None and vault.path().exists())


def _has_answer(entry: dict) -> bool:
    """Does an answers.toml table hold a known answer to either part?"""
    return any(key in entry for key in store.ANSWER_KEYS)
