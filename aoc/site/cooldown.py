"""The wait the site asks for between answers, persisted so every aoc process honours it.

The site makes a user wait after a wrong answer (one minute, then longer)
and says how long is left when asked too early. Each deadline is kept per
puzzle in one lock-guarded JSON file in the per-user state folder, so a
second `aoc submit` (another shell, a loop) waits instead of sending.
"""
import json
import math
import time

from aoc.store.locks import exclusive

FILE = "cooldowns.json"


def _key(year: int, day: int, user: str | None) -> str:
    """'2023-08', or '2023-08.alice' for another account: the site keeps one wait per account."""
    return f"{year}-{day:02d}" + ("" if user is None else f".{user}")


def _read(handle) -> dict[str, float]:
    """The stored deadlines; a file that is new or damaged holds none, and an entry that is not a time is dropped."""
    handle.seek(0)
    try:
        stored = json.loads(handle.read() or "{}")
    except json.JSONDecodeError:
        return {}
    if not isinstance(stored, dict):
        return {}
    return {key: float(value) for key, value in stored.items() if _is_time(value)}


def _is_time(value) -> bool:
    """A finite number of seconds (JSON's true and Infinity are not)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def remaining(year: int, day: int, now: float | None = None, user: str | None = None) -> float:
    """Seconds left before the site takes another answer for this puzzle from this account (0 when none)."""
    with exclusive(FILE) as handle:
        deadline = _read(handle).get(_key(year, day, user), 0)
    return max(0.0, float(deadline) - (time.time() if now is None else now))


def start(year: int, day: int, seconds: float, now: float | None = None, user: str | None = None) -> None:
    """Remember that the site asks for `seconds` of waiting from now; expired deadlines are dropped."""
    now = time.time() if now is None else now
    with exclusive(FILE) as handle:
        deadlines = {key: value for key, value in _read(handle).items() if value > now}
        deadlines[_key(year, day, user)] = now + seconds
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(deadlines))
        handle.flush()
