"""`aoc run --watch`: which files a day's run depends on, and a run again each time one of them changes.

The files are polled (their modification time and size, every 0.3 s) rather
than watched through a library such as watchfiles or watchdog: they are a
handful (the day's module, its examples, answers.toml, the cached input), so a
poll costs microseconds; it needs no dependency; and it sees every change on
every file system, where inotify misses those on network mounts, WSL's Windows
drives and many container volumes. An editor that saves by writing a new file
and renaming it over the old one changes them too.

Each run happens in worker processes (aoc.batch), so the day module is
imported afresh every time and a half-edited file that does not even parse
is one failed result, not the end of the watch.
"""
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from aoc import inputs, registry, store
from aoc.errors import BadDayModule, InputMissing

INTERVAL = 0.3  # seconds between two looks at the files

Snapshot = dict[Path, tuple[int, int] | None]


def day_file(year: int, day: int) -> Path:
    """The day module's source file, found without importing it."""
    source = registry.find(year, day)
    if source.path is not None:
        return source.path
    import importlib.util

    try:
        spec = importlib.util.find_spec(source.module_name)  # imports the day's package, never the day itself
    except (ImportError, ValueError) as exc:
        raise BadDayModule(f"{source.origin}: {exc}") from None
    if spec is None or spec.origin is None:
        raise BadDayModule(f"cannot tell which file {source.module_name} is read from, so it cannot be watched")
    return Path(spec.origin)


def watched(year: int, day: int, module: Path, file: Path | None = None, user: str | None = None) -> list[Path]:
    """The files a run of the day reads: its module, its examples and their answers, its real input (cached or not
    yet) and the year's answers; or the module and `file`."""
    if file is not None:
        return [module, file]
    examples = store.example_paths(year, day)
    answers = {store.answers_path(year), *(path.parent / "answers.toml" for path in examples.values())}
    return [module, *examples.values(), store.input_path(year, day, user), *sorted(answers)]


def snapshot(paths: list[Path]) -> Snapshot:
    """Each file's (modification time in ns, size); None for one that does not exist (yet)."""
    found: Snapshot = {}
    for path in paths:
        try:
            status = path.stat()
            found[path] = (status.st_mtime_ns, status.st_size)
        except OSError:
            found[path] = None
    return found


def changes(paths: Callable[[], list[Path]], runs: int | None = None, interval: float = INTERVAL,
            sleep: Callable[[float], None] = time.sleep) -> Iterator[list[Path]]:
    """Yield at once (nothing changed yet), then the changed files each time some change, `runs` times in all
    (None: until interrupted). A change made during a run counts: the files are compared with how they were before it.
    """
    seen = snapshot(paths())
    yield []
    done = 1
    while runs is None or done < runs:
        changed, seen = _next_change(paths, seen, interval, sleep)
        done += 1
        yield changed


def _next_change(paths: Callable[[], list[Path]], seen: Snapshot, interval: float,
                 sleep: Callable[[float], None]) -> tuple[list[Path], Snapshot]:
    """Wait until some file differs from `seen` and then holds still for one look (an editor may write a file in
    several steps); the changed files, and how every file is now."""
    while True:
        sleep(interval)
        now = snapshot(paths())
        if now == seen:
            continue
        while True:
            sleep(interval)
            later = snapshot(paths())
            if later == now:
                break
            now = later
        changed = sorted(path for path in seen.keys() | now.keys() if seen.get(path) != now.get(path))
        if changed:
            return changed, now


def jobs(year: int, day: int, example: bool, file: Path | None, user: str | None) -> tuple[list, str | None]:
    """What one run of the watch runs: `file`; else the examples, and the real input when it is cached (and not
    `example`); and why there is nothing to run, when there is not."""
    if file is not None:
        return [inputs.from_file(year, day, file)], None
    found, why = [], None
    try:
        found.extend(inputs.examples(year, day))
    except InputMissing as exc:
        why = str(exc)
    if not example and store.input_path(year, day, user).exists():
        found.append(inputs.real(year, day, fetch=False, user=user))
    return found, None if found else why
