"""The project's files: inputs/, answers.toml, and atomic writes to them.

Real inputs live at inputs/<YYYY>/<DD>.txt (git-ignored: the puzzle author
asks that they not be redistributed); examples at <DD>.example.txt,
<DD>.example2.txt, …; known answers in inputs/<YYYY>/answers.toml, one table
per day holding the real input's answers, with a sub-table per example (and
`submissions`, aoc submit's record). inputs/.state/ (git-ignored) holds this
project's working state, such as the answers a run last computed.
"""
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from aoc.errors import AlreadyExists, ConfigError

EXAMPLE_FILE = re.compile(r"^(?P<day>\d{2})\.(?P<name>example\d*)\.txt$")
ANSWER_KEYS = ("part1", "part2")


@cache
def root() -> Path:
    """The project folder: $AOC_ROOT, else the nearest folder up from here with inputs/."""
    if os.environ.get("AOC_ROOT"):
        return Path(os.environ["AOC_ROOT"]).resolve()
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "inputs").is_dir():
            return folder
    source = Path(__file__).resolve().parent.parent
    return source if (source / "inputs").is_dir() else here


def year_dir(year: int) -> Path:
    """inputs/<YYYY>."""
    return root() / "inputs" / str(year)


def state_dir() -> Path:
    """inputs/.state: this project's git-ignored working state (answers a run last computed, pages refreshed)."""
    return root() / "inputs" / ".state"


def _last_answers_path(year: int, day: int) -> Path:
    """Where `aoc run` leaves the answers it last computed on the real input."""
    return state_dir() / f"{year}-{day:02d}.last.json"


def save_last_answers(year: int, day: int, answers: dict[int, str | None]) -> None:
    """Keep what a run just computed on the real input, so `aoc submit DAY` sends it without retyping.

    A part that ran without an answer (it raised or timed out) forgets its older one: a stale answer
    must never be the one submitted. Parts that did not run keep theirs.
    """
    import json

    if not answers:
        return
    kept = last_answers(year, day)
    for part, text in answers.items():
        if text is None:
            kept.pop(part, None)
        else:
            kept[part] = text
    write_atomic(_last_answers_path(year, day), json.dumps({str(part): text for part, text in kept.items()}))


def last_answers(year: int, day: int) -> dict[int, str]:
    """The answers `aoc run` last computed on the real input, by part (none when it has not run, or the file is damaged)."""
    import json

    try:
        stored = json.loads(_last_answers_path(year, day).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    if not isinstance(stored, dict):
        return {}
    return {int(part): str(text) for part, text in stored.items() if part in ("1", "2") and isinstance(text, str)}


def input_path(year: int, day: int) -> Path:
    """Where the real input of a day is cached."""
    return year_dir(year) / f"{day:02d}.txt"


def answers_path(year: int) -> Path:
    """The year's known answers."""
    return year_dir(year) / "answers.toml"


def example_paths(year: int, day: int) -> dict[str, Path]:
    """The day's example files by name ('example', 'example2', …), in order."""
    folder = year_dir(year)
    if not folder.is_dir():
        return {}
    found = {}
    for entry in os.scandir(folder):
        match = EXAMPLE_FILE.match(entry.name)
        if match and int(match["day"]) == day:
            found[match["name"]] = Path(entry.path)
    return dict(sorted(found.items(), key=lambda item: _example_order(item[0])))


def example_path(year: int, day: int, name: str = "example") -> Path:
    """inputs/<YYYY>/<DD>.<name>.txt: where an example ('example', 'example2', …) lives."""
    return year_dir(year) / f"{day:02d}.{name}.txt"


def example_name(index: int) -> str:
    """'example', 'example2', … for the 1st, 2nd, … example (the inverse of `_example_order`)."""
    return "example" if index == 1 else f"example{index}"


def _example_order(name: str) -> int:
    """'example' sorts first, then 'example2', 'example3', …"""
    return int(name.removeprefix("example") or 1)


def read_text(path: Path) -> str:
    """A puzzle text, with a clear error when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"no such file: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from None


def _temp_beside(path: Path) -> tuple[int, str]:
    """A new temp file in the target's folder (so the final rename stays on one file system).

    It gets the mode the target has, or a new file's usual one: mkstemp's 0600 would otherwise
    make every module, post and answers file private to its owner.
    """
    import tempfile  # only writes need it: kept off the start-up path

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.fchmod(fd, _mode_for(path))
    return fd, temp


def _mode_for(path: Path) -> int:
    """The target's permission bits, or 0666 less the umask for a new file."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write a whole file or nothing: a temp file in the same folder, then a rename."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, temp = _temp_beside(path)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise ConfigError(f"cannot write {path}: {exc.strerror}") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def create_new(path: Path, data: str) -> None:
    """Write a file that must not exist yet, atomically (a race still never overwrites)."""
    try:
        fd, temp = _temp_beside(path)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
        os.link(temp, path)
    except FileExistsError:
        raise AlreadyExists(f"not overwriting {path}") from None
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror}") from None
    finally:
        Path(temp).unlink(missing_ok=True)


@dataclass(frozen=True)
class Known:
    """What answers.toml says of one input: its answers and the parameters its parts take."""

    answers: dict = field(default_factory=dict)
    params: dict = field(default_factory=dict)


def load_answers(year: int) -> dict:
    """The year's answers.toml as a dict keyed by day number (empty when missing)."""
    return _load_answers(answers_path(year))


def _load_answers(path: Path) -> dict:
    """Parse answers.toml, checking that every top-level key is a day."""
    import tomllib

    try:
        table = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        return {}
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    days = {}
    for key, value in table.items():
        if not key.isdigit() or not isinstance(value, dict):
            raise ConfigError(f"{path}: [{key}] should be a day number holding a table")
        _check_day_table(path, key, value)
        days[int(key)] = value
    return days


def _check_day_table(path: Path, day: str, table: dict) -> None:
    """Examples, params and submissions must be tables (a stray `example = 3` is a clear error)."""
    for key, value in table.items():
        nested = key.startswith("example") or key in ("params", "submissions")
        if nested and not isinstance(value, dict):
            raise ConfigError(f"{path}: {day}.{key} should be a table")
        if key.startswith("example") and "params" in value and not isinstance(value["params"], dict):
            raise ConfigError(f"{path}: {day}.{key}.params should be a table")


def known(year: int, day: int, input_name: str) -> Known:
    """The known answers of one input: 'input' for the real one, else an example's name."""
    entry = load_answers(year).get(day, {})
    if input_name != "input":
        entry = entry.get(input_name, {})
    answers = {key: entry[key] for key in ANSWER_KEYS if key in entry}
    return Known(answers=answers, params=dict(entry.get("params", {})))


def title(year: int, day: int) -> str | None:
    """The puzzle's title as recorded in answers.toml."""
    return load_answers(year).get(day, {}).get("title")


def add_day_entry(year: int, day: int, block: str) -> None:
    """Append a day's table to answers.toml, keeping every byte already there (under the answers lock)."""
    from aoc import throttle

    path = answers_path(year)
    with throttle.exclusive(f"answers-{year}.lock"):
        if day in load_answers(year):
            raise ConfigError(f"{path} already has a [{day}] table")
        old = read_text(path) if path.exists() else ""
        separator = "" if not old or old.endswith("\n\n") else ("\n" if old.endswith("\n") else "\n\n")
        write_atomic(path, old + separator + block)


@contextmanager
def edit_answers(year: int):
    """answers.toml as a tomlkit document to change in place, written back atomically.

    tomlkit round-trips the user's comments, order and layout, which a text
    edit of our own would have to re-implement; the lock keeps two processes
    (a submit and a fetch) from losing each other's change.
    """
    import tomlkit
    from tomlkit.exceptions import ParseError

    from aoc import throttle

    path = answers_path(year)
    with throttle.exclusive(f"answers-{year}.lock"):
        old = read_text(path).removeprefix("\ufeff") if path.exists() else ""
        try:
            document = tomlkit.parse(old)
        except ParseError as exc:
            raise ConfigError(f"{path} is not valid TOML: {exc}") from None
        yield document
        new = tomlkit.dumps(document)
        if new != old:
            write_atomic(path, new)


def table_in(parent, key: str):
    """The table `key` of a tomlkit document or table, added (as a `[header]`) when missing."""
    import tomlkit

    if key not in parent:
        parent[key] = tomlkit.table(is_super_table=False)
    return parent[key]


def as_toml_value(answer: str) -> int | str:
    """An answer as answers.toml holds it: an integer when it reads as one, else the text."""
    return int(answer) if re.fullmatch(r"-?\d+", answer) else answer
