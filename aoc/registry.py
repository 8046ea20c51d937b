"""Finds day modules without importing them, and loads one on demand.

A day is a module `y<YYYY>/d<DD>.py` with `parse(text)`, `part1(data)` and,
except on a year's last day, `part2(data)`. The user's days come from the
project folder's `aoc/days` and from installed packages through the
entry-point group `aoc.days` (a value naming either one day module, when the
entry point is named like `y2023.d24`, or a package laid out like `aoc.days`).
The framework's own package `aoc.days` holds example days: in the framework's
own folder they are the project's days; anywhere else they are "shipped",
shadowed by any day of the user's, runnable by name but left out of `days()`.
"""
import importlib
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

from aoc import calendar, store
from aoc.errors import BadDayModule, DuplicateDay, UnknownDay

YEAR_DIR = re.compile(r"^y(\d{4})$")
DAY_FILE = re.compile(r"^d(\d{2})\.py$")
DAY_ENTRY = re.compile(r"^y(\d{4})\.d(\d{2})$")
ENTRY_POINT_GROUP = "aoc.days"
BUILTIN = Path(__file__).resolve().parent / "days"


@dataclass(frozen=True)
class DaySource:
    """Where a day's module is: a file (path) and the name to import it under."""

    year: int
    day: int
    module_name: str
    path: Path | None
    origin: str
    by_path: bool = False
    shipped: bool = False


@dataclass(frozen=True)
class Day:
    """A loaded day: its functions and what the write-up needs to know of it."""

    year: int
    day: int
    module: ModuleType
    parse: Callable
    parts: dict

    @property
    def title(self) -> str:
        """The puzzle's title: answers.toml's, else the module docstring's."""
        return store.title(self.year, self.day) or _docstring_title(self.module) or f"Day {self.day}"

    @property
    def path(self) -> Path:
        """The module's source file."""
        file = self.module.__file__
        if file is None:  # a namespace package: never a day
            raise BadDayModule(f"{self.module.__name__} has no source file")
        return Path(file)


DOCSTRING_OPENING = re.compile(r"^\d{4} day \d+: (?P<title>.+?)(?:\.\s+|\.?$)", re.M)


def docstring_parts(module: ModuleType) -> tuple[str | None, str]:
    """A day docstring '2015 day 1: Not Quite Lisp. How it works…' as (title, how it works)."""
    import inspect

    text = inspect.getdoc(module) or ""
    match = DOCSTRING_OPENING.match(text)
    if not match:
        return None, text.strip()
    return match["title"], text[match.end():].strip()


def _docstring_title(module: ModuleType) -> str | None:
    """'2015 day 1: Not Quite Lisp. …' → 'Not Quite Lisp'."""
    return docstring_parts(module)[0]


def _scan(folder: Path, package: str, origin: str, by_path: bool = False, shipped: bool = False):
    """Yield the DaySource of every y<YYYY>/d<DD>.py below `folder`, importing nothing."""
    try:
        years = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return
    for year_entry in years:
        year_match = YEAR_DIR.match(year_entry.name)
        if not (year_match and year_entry.is_dir()):
            continue
        for day_entry in os.scandir(year_entry.path):
            day_match = DAY_FILE.match(day_entry.name)
            if day_match:
                year, day = int(year_match[1]), int(day_match[1])
                name = f"{package}.{year_entry.name}.d{day:02d}"
                yield DaySource(year, day, name, Path(day_entry.path), origin, by_path, shipped)


def _local_sources():
    """Days from aoc.days (shipped, unless the project is the framework's own folder), then the project's aoc/days."""
    project = store.root() / "aoc" / "days"
    own = project.resolve() == BUILTIN
    yield from _scan(BUILTIN, "aoc.days", "aoc.days", shipped=not own)
    if not own:
        yield from _scan(project, "aoc_project_days", str(project), by_path=True)


def _entry_point_sources():
    """Days that installed packages add through the `aoc.days` entry-point group."""
    for name, value in _entry_points(ENTRY_POINT_GROUP):
        single = DAY_ENTRY.match(name)
        if single:
            yield DaySource(int(single[1]), int(single[2]), value, None, f"entry point {name} = {value}")
        else:
            yield from _scan_package(name, value)


def _entry_points(group: str):
    """(name, value) of `group` in every distribution on sys.path, the first of each name winning.

    Read straight from *.dist-info/entry_points.txt, as importlib.metadata does, without the
    10 ms of imports (e-mail header parsing) that importlib.metadata adds to every start.
    """
    seen = set()
    for folder in sys.path:
        try:
            entries = sorted(os.scandir(folder or "."), key=lambda entry: entry.name)
        except OSError:
            continue
        for entry in entries:
            if not entry.name.endswith((".dist-info", ".egg-info")):
                continue
            distribution = re.sub(r"[-_.]+", "_", entry.name.partition("-")[0]).lower()
            if distribution in seen:
                continue
            seen.add(distribution)
            yield from _read_group(Path(entry.path) / "entry_points.txt", group)


def _read_group(path: Path, group: str):
    """The `name = value` lines of one [group] section of an entry_points.txt."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return
    inside = False
    for line in map(str.strip, lines):
        if line.startswith("["):
            inside = line == f"[{group}]"
        elif inside and "=" in line and not line.startswith(("#", ";")):
            name, _, value = line.partition("=")
            yield name.strip(), value.split(":")[0].strip()


def _scan_package(name: str, value: str):
    """The days of a package named by an entry point, found without importing them."""
    origin = f"entry point {name} = {value}"
    try:
        import importlib.util

        spec = importlib.util.find_spec(value)
    except (ImportError, ValueError) as exc:
        raise BadDayModule(f"{origin}: {exc}") from None
    if spec is None or not spec.submodule_search_locations:
        raise BadDayModule(f"{origin}: not an importable package")
    for folder in spec.submodule_search_locations:
        yield from _scan(Path(folder), value, origin)


@cache
def discover() -> dict[tuple[int, int], DaySource]:
    """Every registered day, keyed by (year, day): the user's shadow shipped ones; two of the user's are an error."""
    found: dict[tuple[int, int], DaySource] = {}
    for source in (*_local_sources(), *_entry_point_sources()):
        key = (source.year, source.day)
        first = found.get(key)
        if first is not None and not first.shipped:
            raise DuplicateDay(
                f"{source.year} day {source.day} is registered twice: by {first.origin} and by {source.origin}"
            )
        found[key] = source
    return found


def days(year: int | None = None) -> list[tuple[int, int]]:
    """The project's (year, day) pairs, in order, of one year or all: shipped days run only when named."""
    return sorted(key for key, source in discover().items()
                  if not source.shipped and (year is None or key[0] == year))


def shipped(year: int, day: int) -> bool:
    """Is this day one of the framework's examples that the project has not written (so never fetched for)?"""
    source = discover().get((year, day))
    return source is not None and source.shipped


def find(year: int, day: int) -> DaySource:
    """The source of one day, or UnknownDay saying how to create it."""
    calendar.require_day(year, day)
    source = discover().get((year, day))
    if source is None:
        raise UnknownDay(f"no solution for {year} day {day} yet: create one with `aoc new {year} {day}`")
    return source


def load(year: int, day: int) -> Day:
    """Import one day's module and check it has what the runner calls."""
    source = find(year, day)
    module = _import(source)
    return _as_day(source, module)


def _import(source: DaySource) -> ModuleType:
    """Import a day module, turning any failure into one line naming the file."""
    where = source.path or source.module_name
    try:
        if source.by_path:
            return _import_file(source)
        return importlib.import_module(source.module_name)
    except SyntaxError as exc:
        raise BadDayModule(f"{exc.filename or where}:{exc.lineno}: syntax error: {exc.msg}") from None
    except (Exception, SystemExit) as exc:  # a day module may raise anything while importing, even exit
        frame = _module_frame(exc)
        raise BadDayModule(f"{frame or where}: cannot import: {type(exc).__name__}: {exc}") from None


def _import_file(source: DaySource) -> ModuleType:
    """Import a day from a project folder outside the aoc package, by its path."""
    loaded = sys.modules.get(source.module_name)
    if loaded is not None and getattr(loaded, "__file__", None) == str(source.path):
        return loaded
    import importlib.util

    spec = importlib.util.spec_from_file_location(source.module_name, source.path)
    if spec is None or spec.loader is None:
        raise BadDayModule(f"{source.path}: not a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[source.module_name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[source.module_name]
        raise
    return module


def _module_frame(exc: BaseException) -> str | None:
    """'file:line' in the day module's own top-level code where the import failed.

    That is the outermost module-level frame: the innermost one may be deep in a library
    (json/decoder.py), and the frames outside it are the import machinery's.
    """
    import traceback

    frames = [frame for frame in traceback.extract_tb(exc.__traceback__) if frame.name == "<module>"]
    return f"{frames[0].filename}:{frames[0].lineno}" if frames else None


def _as_day(source: DaySource, module: ModuleType) -> Day:
    """Check the module's functions and wrap them."""
    where = source.path or source.module_name
    missing = [name for name in ("parse", "part1") if not callable(getattr(module, name, None))]
    if missing:
        raise BadDayModule(f"{where}: a day module needs {' and '.join(missing)}()")
    parts = {1: module.part1}
    part2 = getattr(module, "part2", None)
    if callable(part2):
        parts[2] = part2
    elif not calendar.is_last_day(source.year, source.day):
        raise BadDayModule(f"{where}: a day module needs part2() (only a year's last day has one part)")
    return Day(source.year, source.day, module, module.parse, parts)
