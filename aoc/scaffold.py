"""`aoc new` and `aoc init`: a day's files, or a repository's, checked first and then written.

Nothing is ever overwritten: a file that exists is kept as it is. Every check (a
broken answers.toml, a folder that cannot be written, a day another package
solves) happens before the first write, and a run that stopped half-way anyway
(a full disk) is finished by the next one.
"""
import os
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from string import Template

from aoc import calendar, registry, store
from aoc.errors import AlreadyExists, ConfigError
from aoc.site import page

# The template's opening sentence: a write-up must not publish it as the approach.
PLACEHOLDER = "Say here, in a short paragraph, how the solution works"


@dataclass(frozen=True)
class Entry:
    """A day's table to add to its year's answers.toml."""

    year: int
    day: int
    block: str


@dataclass(frozen=True)
class Plan:
    """What to write: each missing file with its content, the answers entry to add, what is kept as it is,
    and the lines to add to a file that is kept (an existing .gitignore still learns to keep real inputs out)."""

    create: dict[Path, str]
    kept: list[Path]
    entry: Entry | None = None
    append: dict[Path, str] = field(default_factory=dict)


def _read(name: str) -> str:
    """A file of aoc/templates."""
    return files("aoc").joinpath("templates", name).read_text(encoding="utf-8")


def _template(name: str, **values) -> str:
    """A template from aoc/templates filled with `values`."""
    return Template(_read(name)).substitute(values)


def day_module_file(year: int, day: int) -> Path:
    """Where the project's module of a day lives: aoc/days/y<YYYY>/d<DD>.py."""
    return store.root() / "aoc" / "days" / f"y{year}" / f"d{day:02d}.py"


def day_test_file(year: int, day: int) -> Path:
    """Where the project's test of a day lives: tests/days/y<YYYY>/test_y<YYYY>_d<DD>.py."""
    return store.root() / "tests" / "days" / f"y{year}" / f"test_y{year}_d{day:02d}.py"


def title(year: int, day: int) -> str:
    """The puzzle's title for the module's docstring: answers.toml's, else the cached page's, else 'Day N'."""
    cached = store.page_path(year, day)
    from_page = page.title(store.read_text(cached)) if cached.exists() else None
    return store.title(year, day) or from_page or f"Day {day}"


def plan_day(year: int, day: int) -> Plan:
    """Everything `aoc new` writes for a day that is not there yet, checked before anything is written.

    Refused: a day another package solves, a broken answers.toml, a folder that cannot be written,
    and a day that has all its files and its answers entry already.
    """
    calendar.require_day(year, day)
    module = day_module_file(year, day)
    source = registry.discover().get((year, day))
    if source is not None and not source.shipped and source.path != module:
        raise AlreadyExists(f"{year} day {day} is solved already (by {source.origin}); nothing changed")
    has_entry = day in store.load_answers(year)
    part2 = "" if calendar.is_last_day(year, day) else _read("part2.py.tmpl")
    wanted = {
        module: _template("day.py.tmpl", year=year, day=day, title=title(year, day), part2=part2),
        day_test_file(year, day): _template("test_day.py.tmpl", year=year, day=day),
        store.example_path(year, day): "",
    }
    if has_entry and all(path.exists() for path in wanted):
        raise AlreadyExists(f"{year} day {day} has its module, test, example file and answers entry already: "
                            "nothing changed")
    package = module.parent / "__init__.py"
    if not package.exists():
        wanted = {package: f'"""Solutions to Advent of Code {year}."""\n', **wanted}
    entry = None if has_entry else Entry(year, day, _template("answers.toml.tmpl", day=day))
    return _checked(wanted, entry)


def create_day(year: int, day: int) -> list[str]:
    """Write what a day lacks (see plan_day); return what was done, a line each."""
    lines = write(plan_day(year, day))
    registry.discover.cache_clear()  # the project has a day module of its own now
    return lines


def plan_repository(folder: Path) -> Plan:
    """A repository of one's own solutions in `folder`: inputs/, aoc/days/, tests/, .gitignore and a CI workflow."""
    wanted = {
        folder / "inputs" / ".gitkeep": "",
        folder / "aoc" / "days" / ".gitkeep": "",
        folder / ".gitignore": _read("gitignore.tmpl"),
        folder / "tests" / "conftest.py": _read("conftest.py.tmpl"),
        folder / ".github" / "workflows" / "aoc.yml": _read("workflow.yml.tmpl"),
    }
    plan = _checked(wanted, None)
    ignore = folder / ".gitignore"
    if ignore in plan.kept:
        have = set(store.read_text(ignore).splitlines())
        rules = [line for line in wanted[ignore].splitlines() if line and not line.startswith("#") and line not in have]
        if rules:
            added = "\n".join(["# aoc: real inputs stay out of git", *rules])
            return Plan(plan.create, plan.kept, append={ignore: added})
    return plan


def _checked(wanted: dict[Path, str], entry: Entry | None) -> Plan:
    """The plan for the files of `wanted` that are missing, once every folder they go in is known to be writable."""
    create = {path: content for path, content in wanted.items() if not path.exists()}
    folders = [path.parent for path in create]
    if entry is not None:
        folders += [store.answers_path(entry.year).parent, store.cache_dir()]  # the edit lock lives in the cache
    for folder in folders:
        _require_writable(folder)
    return Plan(create, [path for path in wanted if path not in create], entry)


def _require_writable(folder: Path) -> None:
    """Refuse when a file cannot be made in `folder` (or, when it does not exist yet, in its nearest ancestor)."""
    existing = next(path for path in (folder, *folder.parents) if path.exists())
    if not (existing.is_dir() and os.access(existing, os.W_OK | os.X_OK)):
        raise ConfigError(f"cannot write in {folder}: {existing} is not a writable folder; nothing changed")


def write(plan: Plan) -> list[str]:
    """Create the plan's files and add its answers entry; return what was done, a line each."""
    lines = []
    for path, content in plan.create.items():
        store.create_new(path, content)
        lines.append(f"created {path}")
    if plan.entry is not None:
        answers = store.answers_path(plan.entry.year)
        existed = answers.exists()
        store.add_day_entry(plan.entry.year, plan.entry.day, plan.entry.block)
        lines.append(f"added [{plan.entry.day}] to {answers}" if existed else f"created {answers}")
    for path, added in plan.append.items():
        old = store.read_text(path)
        store.write_atomic(path, old + ("" if old.endswith("\n") or not old else "\n") + added + "\n")
        lines.append(f"added {len(added.splitlines()) - 1} rules to {path}, so that real inputs stay out of git")
    return lines + [f"kept {path} (it exists)" for path in plan.kept]
