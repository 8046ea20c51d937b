"""Day discovery (lazy), entry points, and the one-line errors for broken days."""
import sys

import pytest

from aoc import registry, store
from aoc.errors import BadDayModule, DuplicateDay, UnknownDay


def test_listing_days_imports_none_of_them(project, helpers):
    path = helpers.write_day(project, 2016, 3, "raise RuntimeError('imported!')\n")
    assert (2016, 3) in registry.days()
    assert not any(getattr(module, "__file__", None) == str(path) for module in list(sys.modules.values()))


def test_shipped_days_run_by_name_but_are_not_a_users_projects(project, helpers, monkeypatch):
    assert registry.days(2015) == [] and registry.shipped(2015, 1)
    assert registry.load(2015, 1).parts[1](registry.load(2015, 1).parse("((")) == 2
    monkeypatch.setenv("AOC_ROOT", str(helpers.REPO))  # in the framework's own folder they are the project's days
    store.root.cache_clear()
    registry.discover.cache_clear()
    assert (2015, 1) in registry.days(2015) and not registry.shipped(2015, 1)


def test_a_users_day_shadows_the_shipped_one(project, helpers):
    path = helpers.write_day(project, 2015, 1, helpers.SUM_DAY.replace("2016 day 3", "2015 day 1"))
    day = registry.load(2015, 1)
    assert day.path == path and day.parts[2](day.parse("2 3 4")) == 24
    assert registry.days(2015) == [(2015, 1)] and not registry.shipped(2015, 1)


def test_loads_a_project_day_by_path(project, helpers):
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY)
    day = registry.load(2016, 3)
    assert day.parts[1](day.parse("1 2 3")) == 6
    assert day.title == "Summing Things"


def test_missing_part1_is_one_clear_error(project, helpers):
    helpers.write_day(project, 2016, 3, "def parse(text):\n    return text\n")
    with pytest.raises(BadDayModule, match=r"d03\.py: a day module needs part1\(\)"):
        registry.load(2016, 3)


def test_missing_part2_is_allowed_only_on_the_last_day(project, helpers):
    source = "def parse(text):\n    return text\n\ndef part1(data):\n    return 1\n"
    helpers.write_day(project, 2016, 3, source)
    helpers.write_day(project, 2016, 25, source)
    with pytest.raises(BadDayModule, match="part2"):
        registry.load(2016, 3)
    assert set(registry.load(2016, 25).parts) == {1}


def test_syntax_error_names_file_and_line(project, helpers):
    helpers.write_day(project, 2016, 3, "def parse(text):\n    return (\n")
    with pytest.raises(BadDayModule, match=r"d03\.py:\d+: syntax error"):
        registry.load(2016, 3)


def test_import_failure_names_the_exception(project, helpers):
    helpers.write_day(project, 2016, 3, "import not_a_module_anywhere\n")
    with pytest.raises(BadDayModule, match="ModuleNotFoundError"):
        registry.load(2016, 3)


def test_import_failure_names_the_days_line_not_the_librarys(project, helpers):
    helpers.write_day(project, 2016, 3, 'import json\n\nDATA = json.loads("{")\n')
    with pytest.raises(BadDayModule, match=r"y2016/d03\.py:3: cannot import: JSONDecodeError") as failure:
        registry.load(2016, 3)
    assert "decoder.py" not in str(failure.value)


def test_exiting_at_import_is_one_clear_error(project, helpers):
    helpers.write_day(project, 2016, 3, "import sys\nsys.exit(0)\n")
    with pytest.raises(BadDayModule, match=r"d03\.py:2: cannot import: SystemExit"):
        registry.load(2016, 3)


@pytest.mark.parametrize("year, day, message", [(2016, 26, "days 1 to 25"), (2025, 13, "days 1 to 12"), (2014, 1, "no event")])
def test_unknown_year_or_day(project, year, day, message):
    with pytest.raises(UnknownDay, match=message):
        registry.find(year, day)


def test_unsolved_day_says_how_to_start(project):
    with pytest.raises(UnknownDay, match="aoc new 2016 4"):
        registry.find(2016, 4)


@pytest.fixture
def plugin(tmp_path, monkeypatch, helpers):
    """install(entry_points, files): a distribution on sys.path whose entry points add days."""

    def install(entry_points: str, files: dict) -> None:
        monkeypatch.syspath_prepend(str(helpers.install_plugin(tmp_path / "plugin", entry_points, files)))
        registry.discover.cache_clear()

    return install


def test_entry_point_package_adds_days(project, plugin, helpers):
    plugin("[aoc.days]\nmine = aocplugin_days\n", {
        "aocplugin_days/__init__.py": "",
        "aocplugin_days/y2016/__init__.py": "",
        "aocplugin_days/y2016/d07.py": helpers.SUM_DAY,
    })
    assert (2016, 7) in registry.days(2016)
    assert registry.load(2016, 7).parts[2](registry.load(2016, 7).parse("2 3 4")) == 24


def test_entry_point_single_day_module(project, plugin, helpers):
    plugin("[aoc.days]\ny2016.d09 = aocplugin_one\n", {"aocplugin_one.py": helpers.SUM_DAY})
    assert registry.load(2016, 9).parts[1]([4, 5]) == 9


def test_an_entry_point_day_shadows_a_shipped_one(project, plugin, helpers):
    plugin("[aoc.days]\ny2015.d01 = aocplugin_mine\n", {"aocplugin_mine.py": helpers.SUM_DAY})
    assert registry.load(2015, 1).parts[1]([4, 5]) == 9
    assert registry.days(2015) == [(2015, 1)]


def test_duplicate_registration_is_an_error(project, plugin, helpers):
    helpers.write_day(project, 2016, 9, helpers.SUM_DAY)
    plugin("[aoc.days]\ny2016.d09 = aocplugin_dup\n", {"aocplugin_dup.py": helpers.SUM_DAY})
    with pytest.raises(DuplicateDay, match="2016 day 9 is registered twice"):
        registry.days()
