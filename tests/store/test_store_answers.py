"""answers.toml and the last computed answers: read, edited in place, checked for shape."""
import pytest

from aoc import store
from aoc.errors import ConfigError
from aoc.store import answers


def test_known_answers_and_params(project, helpers):
    helpers.write_input(project, 2016, "answers.toml", '[3]\ntitle = "T"\npart1 = 12\n\n[3.example]\npart2 = "ABC"\nparams = { width = 11 }\n')
    assert store.known(2016, 3, "input").answers == {"part1": 12}
    assert store.known(2016, 3, "example") == store.Known({"part2": "ABC"}, {"width": 11})
    assert store.known(2016, 4, "input") == store.Known()
    assert store.title(2016, 3) == "T"


def test_bad_answers_file_is_one_clear_error(project, helpers):
    helpers.write_input(project, 2016, "answers.toml", "[3\npart1 = ")
    with pytest.raises(ConfigError, match="answers.toml is not valid TOML"):
        store.load_answers(2016)


def test_adding_a_day_keeps_every_byte_already_there(project, helpers):
    original = "# my notes\n[1]\npart1 = 3 # checked by hand\n"
    helpers.write_input(project, 2016, "answers.toml", original)
    store.add_day_entry(2016, 2, "[2]\npart1 = 4\n")
    text = (project / "inputs" / "2016" / "answers.toml").read_text()
    assert text.startswith(original)
    assert store.known(2016, 2, "input").answers == {"part1": 4}
    with pytest.raises(ConfigError):
        store.add_day_entry(2016, 1, "[1]\n")


def test_editing_answers_keeps_comments_and_adds_tables(project, helpers):
    original = '# my notes\n[1]\ntitle = "A"  # nice\n\n[1.example]\npart1 = 3\n'
    helpers.write_input(project, 2016, "answers.toml", original)
    with store.edit_answers(2016) as document:
        store.table_in(document, "1")["part1"] = store.as_toml_value("12")
        store.table_in(store.table_in(document, "2"), "example")["part2"] = store.as_toml_value("abc")
    text = (project / "inputs" / "2016" / "answers.toml").read_text()
    assert text.startswith('# my notes\n[1]\ntitle = "A"  # nice\npart1 = 12\n\n[1.example]\npart1 = 3\n')
    assert store.known(2016, 1, "input").answers == {"part1": 12}
    assert store.known(2016, 2, "example").answers == {"part2": "abc"}


def test_editing_a_broken_answers_file_changes_nothing(project, helpers):
    path = helpers.write_input(project, 2016, "answers.toml", "[1\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        with store.edit_answers(2016):
            pass
    assert path.read_text() == "[1\n"


def test_a_part_without_an_answer_forgets_its_old_one(project):
    store.save_last_answers(2016, 3, {1: "10", 2: "20"})
    store.save_last_answers(2016, 3, {2: None})
    assert store.last_answers(2016, 3) == {1: "10"}
    answers._last_answers_path(2016, 3).write_text("[1, 2]")
    assert store.last_answers(2016, 3) == {}


def test_each_account_keeps_its_own_last_answers(project):
    store.save_last_answers(2016, 3, {1: "10"})
    store.save_last_answers(2016, 3, {1: "11"}, "alice")
    assert store.last_answers(2016, 3) == {1: "10"} and store.last_answers(2016, 3, "alice") == {1: "11"}
    assert store.last_answers(2016, 3, "bob") == {}


def test_an_accounts_submissions_are_checked_like_the_days(project, helpers):
    helpers.write_input(project, 2016, "answers.toml", '[3.alice.submissions]\npart1 = [{ answer = "9" }]\n')
    with pytest.raises(ConfigError, match=r"3\.alice\.submissions\.part1 should be a list"):
        store.load_answers(2016)


@pytest.mark.parametrize("text", ["[3]\nexample = 3\n", "[3]\nsubmissions = 1\n", "[3.example]\nparams = 7\n",
                                  "[3.alice]\nsubmissions = 1\n"])
def test_misshapen_day_tables_are_clear_errors(project, helpers, text):
    helpers.write_input(project, 2016, "answers.toml", text)
    with pytest.raises(ConfigError, match="should be a table"):
        store.load_answers(2016)


@pytest.mark.parametrize("answer, kept", [("42", 42), ("-7", -7), ("007", "007"), ("-0", "-0"), ("12ab", "12ab"),
                                          ("1" * 5000, "1" * 5000)])
def test_an_answer_is_an_integer_only_when_it_is_one_as_written(answer, kept):
    assert store.as_toml_value(answer) == kept


def test_an_edit_that_would_leave_answers_unreadable_is_not_written(project, helpers):
    helpers.write_input(project, 2016, "answers.toml", "# kept\n[3]\npart1 = 9\n")
    path = project / "inputs/2016/answers.toml"
    with pytest.raises(ConfigError, match="not changed: the edit would leave it unreadable"):
        with store.edit_answers(2016) as document:
            document["alice"] = {"submissions": {}}
    assert path.read_text() == "# kept\n[3]\npart1 = 9\n"
