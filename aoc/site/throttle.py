"""A request throttle that holds across processes.

The last request's time sits in a file guarded by an exclusive lock, so a
shell loop of `aoc fetch` waits its turn instead of bursting at the site.
"""
import time

from aoc import config
from aoc.store.locks import exclusive

DEFAULT_INTERVAL = 5.0


def interval() -> float:
    """Seconds between two requests ($AOC_THROTTLE, else config `throttle`, else 5)."""
    return config.number("AOC_THROTTLE", "throttle", DEFAULT_INTERVAL)


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
