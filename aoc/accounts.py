"""Several accounts: the named ones of advent-of-code-data's tokens.json, each with its own inputs and answers.

An account's input is cached as inputs/<YYYY>/<DD>.<NAME>.txt (git-ignored,
and sealed in the vault with the others) and its answers are the sub-table
[<DD>.<NAME>] of answers.toml, learnt from the account's puzzle page ("Your
puzzle answer was …") or written by hand. The default account (the token of
$AOC_SESSION, ~/.config/aocd/token or the config) keeps <DD>.txt and [<DD>].
"""
from dataclasses import dataclass
from pathlib import Path

from aoc import calendar, inputs, store, submit
from aoc.errors import UsageError
from aoc.site import credentials


@dataclass(frozen=True)
class Fetched:
    """What fetching a day for one account did: its input's file, whether it came now, the answers learnt."""

    user: str
    path: Path
    fetched: bool
    learnt: dict[int, str]


def names() -> list[str]:
    """Every named account, in order; a UsageError when tokens.json names none."""
    found = sorted(store.account(name) for name in credentials.accounts())
    if not found:
        raise UsageError(f"no accounts named in {credentials.tokens_path()}: it holds "
                         '{"name": "token", …}, one pair per account (as advent-of-code-data reads it)')
    return found


def fetch(year: int, day: int, user: str) -> Fetched:
    """The account's input, fetched once ever; then, while answers.toml lacks one of its answers, its puzzle page,
    whose solved answers are recorded."""
    fetched = inputs.cache_input(year, day, user)  # a name that cannot name a file is refused before any request
    parts = (1,) if calendar.is_last_day(year, day) else (1, 2)
    known = store.known(year, day, user).answers
    learnt = {}
    if any(f"part{part}" not in known for part in parts):
        learnt = submit.learn_answers(year, day, inputs.fetch_page(year, day, refresh=True, user=user), user)
    return Fetched(user, store.input_path(year, day, user), fetched, learnt)
