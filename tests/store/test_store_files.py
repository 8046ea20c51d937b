"""The project's files: paths, example discovery, atomic and never-overwriting writes, permissions."""
import os

import pytest

from aoc import store
from aoc.errors import AlreadyExists, ConfigError


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
