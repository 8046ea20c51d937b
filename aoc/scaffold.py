"""`aoc new`: a day's module, example file, answers entry and test, never overwriting anything."""
from importlib.resources import files
from pathlib import Path
from string import Template

from aoc import calendar, store
from aoc.errors import AlreadyExists


def _template(name: str, **values) -> str:
    """A template from aoc/templates filled with `values`."""
    text = files("aoc").joinpath("templates", name).read_text(encoding="utf-8")
    return Template(text).substitute(values)


def planned_files(year: int, day: int) -> dict[Path, str]:
    """Every file `aoc new` writes, with its content."""
    root = store.root()
    package = root / "aoc" / "days" / f"y{year}"
    part2 = "" if calendar.is_last_day(year, day) else _template("part2.py.tmpl")
    title = f"Day {day}"
    return {
        package / f"d{day:02d}.py": _template("day.py.tmpl", year=year, day=day, title=title, part2=part2),
        store.year_dir(year) / f"{day:02d}.example.txt": "",
        root / "tests" / "days" / f"y{year}" / f"test_y{year}_d{day:02d}.py": _template("test_day.py.tmpl", year=year, day=day),
    }


def create(year: int, day: int) -> list[Path]:
    """Write the day's files and answers entry; refuse, changing nothing, if any exists."""
    calendar.check_day(year, day)
    files_ = planned_files(year, day)
    existing = [str(path) for path in files_ if path.exists()]
    if day in store.load_answers(year):
        existing.append(f"{store.answers_path(year)} [{day}]")
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
    store.add_day_entry(year, day, _template("answers.toml.tmpl", day=day))
    created.append(store.answers_path(year))
    return created
