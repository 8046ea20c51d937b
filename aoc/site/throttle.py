"""A request throttle that holds across processes.

The last request's time sits in a file guarded by an exclusive lock, so a
shell loop of `aoc fetch` waits its turn instead of bursting at the site.
"""
import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path

from aoc import config

DEFAULT_INTERVAL = 5.0


def cache_dir() -> Path:
    """Per-user state shared by every aoc process: $XDG_CACHE_HOME/aoc."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "aoc"


def interval() -> float:
    """Seconds between two requests ($AOC_THROTTLE, else config `throttle`, else 5)."""
    return config.number("AOC_THROTTLE", "throttle", DEFAULT_INTERVAL)


@contextmanager
def exclusive(name: str):
    """Hold an exclusive lock on the state file `name` (shared by every aoc process)."""
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / name, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield handle


def wait_turn(sleep=time.sleep) -> float:
    """Block until `interval()` has passed since any process's last request; return seconds waited."""
    with exclusive("last-request") as handle:
        handle.seek(0)
        last = _read_time(handle.read())
        waited = max(0.0, last + interval() - time.time())
        if waited:
            sleep(waited)
        handle.seek(0)
        handle.truncate()
        handle.write(repr(time.time()))
        handle.flush()
        return waited


def _read_time(text: str) -> float:
    """The stored timestamp, or 0 when the file is new or damaged."""
    try:
        return float(text)
    except ValueError:
        return 0.0
