"""Day discovery (lazy), entry points, and the one-line errors for broken days."""
import sys

import pytest

from aoc import registry
from aoc.errors import BadDayModule, DuplicateDay, UnknownDay


def test_listing_days_imports_none_of_them(project, helpers):
    path = helpers.write_day(project, 2016, 3, "raise RuntimeError('imported!')\n")
    assert (2016, 3) in registry.days()
    assert (2015, 1) in registry.days(2015)
    assert not any(getattr(module, "__file__", None) == str(path) for module in list(sys.modules.values()))


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


@pytest.mark.parametrize("year, day, message", [(2016, 26, "days 1 to 25"), (2025, 13, "days 1 to 12"), (2014, 1, "no event")])
def test_unknown_year_or_day(project, year, day, message):
    with pytest.raises(UnknownDay, match=message):
        registry.find(year, day)


def test_unsolved_day_says_how_to_start(project):
    with pytest.raises(UnknownDay, match="aoc new 2016 4"):
        registry.find(2016, 4)


def _install_plugin(tmp_path, monkeypatch, entry_points: str, files: dict):
    """A distribution on sys.path whose entry points add days."""
    site = tmp_path / "plugin"
    dist = site / "aocplugin-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: aocplugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(entry_points)
    for name, text in files.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    monkeypatch.syspath_prepend(str(site))
    registry.discover.cache_clear()


def test_entry_point_package_adds_days(project, tmp_path, monkeypatch, helpers):
    _install_plugin(tmp_path, monkeypatch, "[aoc.days]\nmine = aocplugin_days\n", {
        "aocplugin_days/__init__.py": "",
        "aocplugin_days/y2016/__init__.py": "",
        "aocplugin_days/y2016/d07.py": helpers.SUM_DAY,
    })
    assert (2016, 7) in registry.days(2016)
    assert registry.load(2016, 7).parts[2](registry.load(2016, 7).parse("2 3 4")) == 24


def test_entry_point_single_day_module(project, tmp_path, monkeypatch, helpers):
    _install_plugin(tmp_path, monkeypatch, "[aoc.days]\ny2016.d09 = aocplugin_one\n", {"aocplugin_one.py": helpers.SUM_DAY})
    assert registry.load(2016, 9).parts[1]([4, 5]) == 9


def test_duplicate_registration_is_an_error(project, tmp_path, monkeypatch, helpers):
    _install_plugin(tmp_path, monkeypatch, "[aoc.days]\ny2015.d01 = aocplugin_dup\n", {"aocplugin_dup.py": helpers.SUM_DAY})
    with pytest.raises(DuplicateDay, match="2015 day 1 is registered twice"):
        registry.days()
