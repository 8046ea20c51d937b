"""Another account's files sit beside the default's: <DD>.<NAME>.txt, and [<DD>.<NAME>] in answers.toml."""
import pytest

from aoc import store
from aoc.errors import ConfigError


def test_paths_of_an_account_beside_the_defaults(project):
    assert store.input_path(2025, 1).name == "01.txt"
    assert store.input_path(2025, 1, "alice").name == "01.alice.txt"
    assert store.page_path(2025, 1, "alice").name == "01.alice.page.html"
    assert store.calendar_path(2025) == project / "inputs" / "2025" / "calendar.page.html"


@pytest.mark.parametrize("name", ["", "a.b", "../x", "example", "example2", "title", "part1", "input", "sub mission"])
def test_names_that_would_mean_something_else_are_refused(project, name):
    assert not store.is_account(name)
    with pytest.raises(ConfigError, match="cannot name an input file"):
        store.input_path(2025, 1, name)


def test_an_accounts_answers_are_its_sub_table(project, helpers):
    helpers.write_input(project, 2025, "answers.toml",
                        "[1]\npart1 = 10\n\n[1.alice]\npart1 = 20\npart2 = 21\n\n[1.example]\npart1 = 3\n")
    helpers.write_input(project, 2025, "01.example.txt", "1 2\n")
    assert store.known(2025, 1, "input").answers == {"part1": 10}
    assert store.known(2025, 1, "alice").answers == {"part1": 20, "part2": 21}
    assert store.known(2025, 1, "bob").answers == {}
    assert store.known(2025, 1, "example").answers == {"part1": 3}


def test_an_accounts_answers_must_be_a_table(project, helpers):
    helpers.write_input(project, 2025, "answers.toml", "[1]\nalice = 3\n")
    with pytest.raises(ConfigError, match="1.alice should be a table"):
        store.known(2025, 1, "alice")
