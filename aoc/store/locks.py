"""Cross-process locks and the per-user cache folder they live in ($XDG_CACHE_HOME/aoc).

Every aoc process on the machine (two shells, a loop, CI jobs) shares these
files: the throttle's last request, the site's cooldowns, the answers.toml
edit lock, the one-fetch-per-input lock.
"""
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from aoc.errors import ConfigError


def cache_dir() -> Path:
    """Per-user state shared by every aoc process: $XDG_CACHE_HOME/aoc."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "aoc"


@contextmanager
def exclusive(name: str) -> Iterator[IO[str]]:
    """Hold an exclusive lock on the state file `name` (shared by every aoc process)."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(folder / name, "a+")  # closed by the with below
    except OSError as exc:
        raise ConfigError(f"cannot use the cache folder {folder}: {exc.strerror} "
                          "(point XDG_CACHE_HOME at a writable folder)") from None
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield handle
