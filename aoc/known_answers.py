"""The known-answer checks: every input that has a known answer, for `aoc check` and pytest.

A real input is checked from its cached file, else from the vault (read in
memory) when AOC_VAULT_KEY is set; otherwise it is skipped and counted. Other
accounts' inputs are checked, the same way, against their own answers.
"""
from collections.abc import Sequence
from dataclasses import dataclass, field

from aoc import registry, store
from aoc.inputs import PuzzleInput
from aoc.store import vault


@dataclass(frozen=True)
class Plan:
    """The checks to run, the real inputs with answers that are not here, whether a vault waits for its key, and the
    accounts' inputs cached here that no known answer checks yet."""

    jobs: list[PuzzleInput]
    skipped: list[tuple[int, int]]
    vault_locked: bool = False
    unanswered: list[tuple[int, int, str]] = field(default_factory=list)


def plan(year: int | None = None, day: int | None = None, users: Sequence[str] = ()) -> Plan:
    """Every registered day's inputs with a known answer (real ones only when cached or in the vault): of one `day`
    of `year` when given; of the default account, and of each of `users` too ([<DD>.<NAME>], <DD>.<NAME>.txt)."""
    keys = [(year, day)] if year is not None and day is not None else registry.days(year)
    days = [(y, d, store.load_answers(y).get(d, {})) for y, d in keys]
    answered = {(y, d): [user for user in (None, *users) if _has_answer(_answers_of(entry, user))]
                for y, d, entry in days}
    # The vault is opened only when it is needed: a wrong key must not stop checks that do not read it.
    missing = any(not store.input_path(y, d, user).exists() for (y, d), owners in answered.items() for user in owners)
    secret = vault.key_if_set() if missing else None
    vaulted = vault.read_all(secret) if secret else {}
    jobs, skipped = [], []
    for y, d, entry in days:
        for user in answered[y, d]:
            real = _real(y, d, user, vaulted)
            if real is None:
                skipped.append((y, d))
            else:
                jobs.append(real)
        jobs.extend(PuzzleInput(y, d, name, path) for name, path in store.example_paths(y, d).items()
                    if _has_answer(entry.get(name, {})))
    unanswered = [(y, d, user) for (y, d), owners in answered.items() for user in users
                  if user not in owners and store.input_path(y, d, user).exists()]
    return Plan(jobs, skipped, bool(skipped) and secret is None and vault.path().exists(), unanswered)


def _real(year: int, day: int, user: str | None, vaulted: dict) -> PuzzleInput | None:
    """An account's real input (named after the account; the default's is 'input'): cached, else from the vault."""
    path, name = store.input_path(year, day, user), user or "input"
    if path.exists():
        return PuzzleInput(year, day, name, path)
    if (year, day, user) in vaulted:
        return PuzzleInput(year, day, name, vault.path(), content=vaulted[year, day, user])
    return None


def _answers_of(entry: dict, user: str | None) -> dict:
    """A day's table of answers.toml, or the sub-table of one account's answers in it."""
    if user is None:
        return entry
    table = entry.get(user, {})
    return table if isinstance(table, dict) else {}


def _has_answer(entry: dict) -> bool:
    """Does an answers.toml table hold a known answer to either part?"""
    return any(key in entry for key in store.ANSWER_KEYS)
