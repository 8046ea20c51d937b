"""The project's files: paths, example discovery, atomic and never-overwriting writes, permissions."""
import os
from pathlib import Path

import pytest

from aoc import store
from aoc.errors import AlreadyExists, ConfigError
from aoc.store.files import BUNDLED

REPO = Path(__file__).resolve().parents[2]


def test_examples_are_found_in_order(project, helpers):
    for name in ("03.example10.txt", "03.example2.txt", "03.example.txt", "04.example.txt", "03.txt"):
        helpers.write_input(project, 2016, name, "x")
    assert list(store.example_paths(2016, 3)) == ["example", "example2", "example10"]


def test_atomic_write_leaves_no_temp_file(project):
    path = project / "inputs" / "2016" / "03.txt"
    store.write_atomic(path, "new")
    store.write_atomic(path, "newer")
    assert path.read_text() == "newer"
    assert os.listdir(path.parent) == ["03.txt"]


def test_atomic_write_keeps_the_old_file_when_writing_fails(project):
    path = project / "inputs" / "2016" / "03.txt"
    store.write_atomic(path, "old")
    with pytest.raises(TypeError):
        store.write_atomic(path, 12345)
    assert path.read_text() == "old"
    assert os.listdir(path.parent) == ["03.txt"]


def test_create_new_never_overwrites(project):
    path = project / "x.txt"
    store.create_new(path, "first")
    with pytest.raises(AlreadyExists):
        store.create_new(path, "second")
    assert path.read_text() == "first"


def test_written_files_get_ordinary_permissions(project):
    old_umask = os.umask(0o022)
    try:
        new = project / "new.txt"
        store.write_atomic(new, "x")
        assert new.stat().st_mode & 0o777 == 0o644
        new.chmod(0o640)
        store.write_atomic(new, "y")
        assert new.stat().st_mode & 0o777 == 0o640
        created = project / "created.txt"
        store.create_new(created, "z")
        assert created.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(old_umask)


def test_an_unwritable_target_is_one_clear_error(project):
    (project / "folder").mkdir()
    with pytest.raises(ConfigError, match="cannot write"):
        store.write_atomic(project / "folder", "x")


def test_the_root_is_the_nearest_folder_up_with_inputs_else_the_current_one(tmp_path, monkeypatch):
    monkeypatch.delenv("AOC_ROOT", raising=False)
    (tmp_path / "mine" / "inputs").mkdir(parents=True)
    (tmp_path / "mine" / "aoc" / "days").mkdir(parents=True)
    (tmp_path / "empty").mkdir()
    for here, expected in (("mine/aoc/days", "mine"), ("empty", "empty")):
        monkeypatch.chdir(tmp_path / here)
        store.root.cache_clear()
        assert store.root() == tmp_path / expected
    monkeypatch.setenv("AOC_ROOT", str(tmp_path / "mine"))
    store.root.cache_clear()
    assert store.root() == tmp_path / "mine"
    store.root.cache_clear()


def test_examples_and_their_answers_are_the_projects_else_the_bundled_ones(project, helpers):
    bundled = store.example_paths(2015, 1)
    assert list(bundled) == ["example", "example2"] and all(path.parent.parent == BUNDLED for path in bundled.values())
    assert store.known(2015, 1, "example").answers == {"part1": 3}
    assert store.known(2015, 1, "input").answers == {}  # the framework's real answers are not the user's
    mine = helpers.write_input(project, 2015, "01.example.txt", "(((\n")
    helpers.write_input(project, 2015, "answers.toml", "[1.example]\npart1 = 33\n")
    assert store.example_paths(2015, 1) == {"example": mine}
    assert store.known(2015, 1, "example").answers == {"part1": 33}


def test_the_bundled_examples_are_package_data():
    """What a wheel ships: every example and answers file of the framework's own inputs (and no real input)."""
    import tomllib
    from fnmatch import fnmatch

    package = BUNDLED.parents[1]
    assert BUNDLED.resolve() == (REPO / "inputs").resolve()  # in a source checkout, a link to the repository's inputs
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["aoc"]
    shipped = {path.relative_to(package).as_posix() for path in BUNDLED.glob("*/*")
               if any(fnmatch(path.relative_to(package).as_posix(), pattern) for pattern in patterns)}
    wanted = {path.relative_to(package).as_posix() for pattern in ("*/*.example*.txt", "*/answers.toml")
              for path in BUNDLED.glob(pattern)}
    assert wanted and shipped == wanted
