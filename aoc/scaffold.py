"""`aoc new`: a day's module, example file, answers entry and test, never overwriting anything."""
from importlib.resources import files
from pathlib import Path
from string import Template

from aoc import calendar, store
from aoc.errors import AlreadyExists

# The template's opening sentence: a write-up must not publish it as the approach.
PLACEHOLDER = "Say here, in a short paragraph, how the solution works"


def _template(name: str, **values) -> str:
    """A template from aoc/templates filled with `values`."""
    text = files("aoc").joinpath("templates", name).read_text(encoding="utf-8")
    return Template(text).substitute(values)


def planned_files(year: int, day: int) -> dict[Path, str]:
    """The module and test `aoc new` writes, with their content (neither may exist yet)."""
    root = store.root()
    package = root / "aoc" / "days" / f"y{year}"
    part2 = "" if calendar.is_last_day(year, day) else _template("part2.py.tmpl")
    test = root / "tests" / "days" / f"y{year}" / f"test_y{year}_d{day:02d}.py"
    return {
        package / f"d{day:02d}.py": _template("day.py.tmpl", year=year, day=day, title=f"Day {day}", part2=part2),
        test: _template("test_day.py.tmpl", year=year, day=day),
    }


def create(year: int, day: int) -> list[Path]:
    """Write the day's module, test, example file and answers entry; return what was created.

    A day already solved anywhere (here, in aoc.days, in an installed package), or an existing module
    or test, is refused with nothing changed. An example file or answers entry that `aoc fetch
    --examples` or `aoc submit` made first is kept as it is.
    """
    from aoc import registry

    calendar.require_day(year, day)
    source = registry.discover().get((year, day))
    if source is not None:
        raise AlreadyExists(f"{year} day {day} is solved already (by {source.origin}); nothing changed")
    files_ = planned_files(year, day)
    existing = [str(path) for path in files_ if path.exists()]
    if existing:
        raise AlreadyExists(f"not overwriting: {', '.join(existing)} already exist(s); nothing changed")
    created = []
    package_init = next(iter(files_)).parent / "__init__.py"
    if not package_init.exists():
        store.create_new(package_init, f'"""Solutions to Advent of Code {year}."""\n')
        created.append(package_init)
    for path, content in files_.items():
        store.create_new(path, content)
        created.append(path)
    return created + _example_and_answers(year, day)


def _example_and_answers(year: int, day: int) -> list[Path]:
    """An empty example file and an answers entry, each only where none exists yet."""
    created = []
    example = store.example_path(year, day)
    if not example.exists():
        store.create_new(example, "")
        created.append(example)
    if day not in store.load_answers(year):
        store.add_day_entry(year, day, _template("answers.toml.tmpl", day=day))
        created.append(store.answers_path(year))
    return created
