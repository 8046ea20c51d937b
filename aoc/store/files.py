"""The project's folder and its files: where each puzzle text lives, reading them, writing them atomically.

Real inputs live at inputs/<YYYY>/<DD>.txt (git-ignored: the puzzle author
asks that they not be redistributed), another account's at <DD>.<NAME>.txt;
examples at <DD>.example.txt, <DD>.example2.txt, …, the cached puzzle page at
<DD>.page.html, the year's calendar page at calendar.page.html. inputs/.state/
(git-ignored) holds this project's working state, such as the answers a run
last computed. Every write is whole or nothing: a temp file beside the target,
then a rename.

The framework's own days ship with their examples and answers (BUNDLED: package
data, or in a source checkout a link to its inputs/). They are read-only, and
read only for a day the project has no example of: everything else, and every
write, is the project's.
"""
import os
import re
from functools import cache
from pathlib import Path

from aoc.errors import AlreadyExists, ConfigError

EXAMPLE_FILE = re.compile(r"^(?P<day>\d{2})\.(?P<name>example\d*)\.txt$")
ACCOUNT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
# an account's input runs as NAME and its answers are answers.toml's [<DD>.<NAME>]: no name the day's table uses
NOT_ACCOUNTS = ("input", "title", "part1", "part2", "params", "submissions")
BUNDLED = Path(__file__).resolve().parent.parent / "days" / "inputs"


@cache
def root() -> Path:
    """The project folder: $AOC_ROOT, else the nearest folder up from the current one with inputs/, else this one."""
    if os.environ.get("AOC_ROOT"):
        return Path(os.environ["AOC_ROOT"]).resolve()
    here = Path.cwd().resolve()
    return next((folder for folder in (here, *here.parents) if (folder / "inputs").is_dir()), here)


def year_dir(year: int) -> Path:
    """inputs/<YYYY>."""
    return root() / "inputs" / str(year)


def state_dir() -> Path:
    """inputs/.state: this project's git-ignored working state (answers a run last computed, pages refreshed)."""
    return root() / "inputs" / ".state"



def is_account(name: str) -> bool:
    """Can `name` name an account (files in inputs/, a sub-table of answers.toml) without meaning anything else?"""
    return bool(ACCOUNT.fullmatch(name)) and name not in NOT_ACCOUNTS and not name.startswith("example")


def account(name: str) -> str:
    """An account's name, checked: it names files in inputs/ and a sub-table of answers.toml."""
    if not is_account(name):
        shown = repr(name) if len(name) <= 64 else f"of {len(name)} characters (a token where a name goes?)"
        raise ConfigError(f"the account name {shown} cannot name an input file: use letters, digits, '-' and '_', "
                          f"up to 64 (not {', '.join(NOT_ACCOUNTS)} or example…)")
    return name


def _of(user: str | None) -> str:
    """'' for the default account, '.NAME' for another: what its file names carry after the day."""
    return "" if user is None else f".{account(user)}"


def input_path(year: int, day: int, user: str | None = None) -> Path:
    """Where the real input of a day is cached (another account's: <DD>.<NAME>.txt)."""
    return year_dir(year) / f"{day:02d}{_of(user)}.txt"


def page_path(year: int, day: int, user: str | None = None) -> Path:
    """Where the puzzle page is cached, beside the input (git-ignored like it)."""
    return year_dir(year) / f"{day:02d}{_of(user)}.page.html"


def calendar_path(year: int, user: str | None = None) -> Path:
    """Where the year's calendar page (the stars the site shows account `user`) is cached, git-ignored like the
    puzzle pages."""
    return year_dir(year) / f"calendar{_of(user)}.page.html"


def answers_path(year: int) -> Path:
    """The year's known answers."""
    return year_dir(year) / "answers.toml"


def example_paths(year: int, day: int) -> dict[str, Path]:
    """The day's example files by name ('example', 'example2', …), in order: the project's, else the bundled ones."""
    return _examples_in(examples_dir(year, day), day)


def examples_dir(year: int, day: int) -> Path:
    """The folder a day's examples (and their answers) are read from: the project's inputs/<YYYY> when it has one of
    them, else the framework's bundled copy when that has one, else the project's."""
    project, bundled = year_dir(year), BUNDLED / str(year)
    return bundled if not _examples_in(project, day) and _examples_in(bundled, day) else project


def _examples_in(folder: Path, day: int) -> dict[str, Path]:
    """The day's example files in one folder, by name, in order."""
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return {}
    found = {}
    for entry in entries:
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
