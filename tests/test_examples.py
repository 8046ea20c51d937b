"""Filling example files and answers from the puzzle page: never over the user's edits, part 2 read once it shows."""
import tomllib

import pytest

from aoc import examples, store
from aoc.site import page


@pytest.fixture
def site_(project, fake_site, monkeypatch, helpers):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    fake_site.inputs["/2016/day/3"] = helpers.saved_page("2016-03-part1")
    return fake_site


def test_fill_writes_examples_answers_and_title(project, site_):
    filled = examples.fill(2016, 3, examples.puzzle_page(2016, 3))
    assert [p.name for p in filled.written] == ["03.example.txt"]
    assert (project / "inputs/2016/03.example.txt").read_text() == "1 2\n3\n"
    assert filled.answers == ["example part1 = 6"]
    assert store.known(2016, 3, "example").answers == {"part1": 6}
    assert store.title(2016, 3) == "Summing & Things"


def test_the_users_files_and_answers_are_never_overwritten(project, site_, helpers):
    helpers.write_input(project, 2016, "03.example.txt", "my own example\n")
    helpers.write_input(project, 2016, "answers.toml", '[3]\ntitle = "Mine"\n\n[3.example]\npart1 = 7  # by hand\n')
    filled = examples.fill(2016, 3, helpers.saved_page("2016-03-part2"))
    assert (project / "inputs/2016/03.example.txt").read_text() == "my own example\n"
    assert [p.name for p in filled.kept] == ["03.example.txt"]
    text = (project / "inputs/2016/answers.toml").read_text()
    assert 'title = "Mine"' in text and "part1 = 7  # by hand" in text
    assert tomllib.loads(text)["3"]["example"] == {"part1": 7}
    assert tomllib.loads(text)["3"]["example2"] == {"part2": 10}


def test_an_unchanged_example_gets_the_answers_it_lacks(project, site_, helpers):
    helpers.write_input(project, 2016, "03.example.txt", "1 2\n3\n")
    helpers.write_input(project, 2016, "answers.toml", "[3.example]\npart1 = 6\n")
    assert examples.fill(2016, 3, helpers.saved_page("2016-03-part2")).answers == ["example part2 = 6", "example2 part2 = 10"]
    assert examples.fill(2016, 3, helpers.saved_page("2016-03-part2")).answers == []


def test_the_page_is_fetched_again_once_after_part_one_is_solved(project, site_, helpers):
    examples.puzzle_page(2016, 3)
    examples.puzzle_page(2016, 3)
    assert site_.count("/2016/day/3") == 1
    helpers.write_input(project, 2016, "answers.toml", "[3]\npart1 = 9\n")
    site_.inputs["/2016/day/3"] = helpers.saved_page("2016-03-part1")  # the site still shows one part: refreshed once all the same
    examples.puzzle_page(2016, 3)
    examples.puzzle_page(2016, 3)
    assert site_.count("/2016/day/3") == 2
    assert store.page_path(2016, 3).exists()


def test_a_refreshed_page_with_part_two_is_not_fetched_again(project, site_, helpers):
    examples.puzzle_page(2016, 3)
    helpers.write_input(project, 2016, "answers.toml", "[3]\npart1 = 9\n")
    site_.inputs["/2016/day/3"] = helpers.saved_page("2016-03-part2")
    assert len(page.parts(examples.puzzle_page(2016, 3))) == 2
    examples.puzzle_page(2016, 3)
    assert site_.count("/2016/day/3") == 2


def test_an_example_file_that_is_not_utf8_is_one_clear_error(project, helpers):
    from aoc.errors import ConfigError

    path = helpers.write_input(project, 2016, "03.example.txt", "")
    path.write_bytes(b"\xff\xfe bad bytes\n")
    with pytest.raises(ConfigError, match="cannot read .*03.example.txt"):
        examples.fill(2016, 3, helpers.saved_page("2016-03-part1"))
    assert path.read_bytes() == b"\xff\xfe bad bytes\n"


def test_fetch_and_fill_reads_the_page_once_and_says_what_changed(project, site_):
    filled = examples.fetch_and_fill(2016, 3)
    assert filled.answers == ["example part1 = 6"]
    assert filled.lines()[0].startswith("wrote example ") and "recorded example part1 = 6" in filled.lines()
    assert examples.fetch_and_fill(2016, 3).lines() == ["the page added nothing new (no example found, or all already there)"]
    assert site_.count("/2016/day/3") == 1
