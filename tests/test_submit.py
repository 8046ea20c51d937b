"""Submitting against the local server that plays the site: guards send nothing, verdicts are recorded."""
import tomllib

import pytest

from aoc import store, submit
from aoc.errors import AnswerRefused, BadToken, KnownWrong, MustWait
from aoc.site import cooldown

ANSWER = "/2016/day/3/answer"


@pytest.fixture
def site(project, fake_site, monkeypatch, helpers):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    fake_site.solutions.update({(2016, 3, 1): "9", (2016, 3, 2): "24"})
    return fake_site


def answers(project):
    return tomllib.loads((project / "inputs/2016/answers.toml").read_text())["3"]


def test_a_right_answer_becomes_the_known_answer(project, site):
    outcome = submit.post_answer(2016, 3, 1, " 9 ")
    assert outcome.kind == "right" and "right answer" in outcome.message
    assert site.forms == [{"level": "1", "answer": "9"}]
    entry = answers(project)
    assert entry["part1"] == 9
    assert [(s["answer"], s["verdict"]) for s in entry["submissions"]["part1"]] == [("9", "right")]
    assert site.requests[0][2]["User-Agent"].startswith("aoc/")


def test_a_known_wrong_answer_is_never_sent_again(project, site):
    assert submit.post_answer(2016, 3, 1, "x").kind == "wrong"
    cooldown.start(2016, 3, 0)  # the minute has passed
    with pytest.raises(KnownWrong, match="already said it is wrong"):
        submit.post_answer(2016, 3, 1, "x")
    assert site.count(ANSWER) == 1


def test_too_high_and_too_low_rule_out_answers_beyond_them(project, site):
    assert submit.post_answer(2016, 3, 1, "20").kind == "too high"
    cooldown.start(2016, 3, 0)
    assert submit.post_answer(2016, 3, 1, "3").kind == "too low"
    cooldown.start(2016, 3, 0)
    for ruled_out in ("20", "25", "3", "1"):
        with pytest.raises(KnownWrong):
            submit.post_answer(2016, 3, 1, ruled_out)
    assert site.count(ANSWER) == 2
    assert submit.post_answer(2016, 3, 1, "9").kind == "right"


def test_empty_answers_and_part_two_equal_to_part_one_are_refused(project, site, helpers):
    with pytest.raises(AnswerRefused, match="empty"):
        submit.post_answer(2016, 3, 1, "  ")
    helpers.write_input(project, 2016, "answers.toml", "[3]\npart1 = 9\n")
    with pytest.raises(AnswerRefused, match="--force"):
        submit.post_answer(2016, 3, 2, "9")
    assert site.count() == 0
    site.solved.add((2016, 3, 1))
    assert submit.post_answer(2016, 3, 2, "9", force=True).kind == "too low"


def test_a_solved_part_is_not_sent(project, site, helpers):
    helpers.write_input(project, 2016, "answers.toml", "[3]\npart1 = 9\n")
    outcome = submit.post_answer(2016, 3, 1, "10")
    assert (outcome.kind, outcome.known) == ("solved", "9")
    assert site.count() == 0


def test_the_wait_after_a_wrong_answer_is_honoured_before_any_request(project, site):
    submit.post_answer(2016, 3, 1, "x")
    assert 55 < cooldown.remaining(2016, 3) <= 60
    with pytest.raises(MustWait, match="left") as caught:
        submit.post_answer(2016, 3, 1, "y")
    assert caught.value.exit_code == 3
    assert site.count(ANSWER) == 1


def test_answered_too_recently_persists_the_sites_wait_and_records_nothing(project, site):
    site.too_recent = "1m 30s"
    outcome = submit.post_answer(2016, 3, 1, "9")
    assert outcome.kind == "wait"
    assert 85 < cooldown.remaining(2016, 3) <= 90
    assert not (project / "inputs/2016/answers.toml").exists()


def test_wrong_level_learns_the_solved_answer_from_the_refreshed_page(project, site):
    site.solved.add((2016, 3, 1))
    site.inputs["/2016/day/3"] = ('<article class="day-desc"><h2>--- Day 3: Sums ---</h2></article>'
                                  "<p>Your puzzle answer was <code>9</code>.</p>")
    outcome = submit.post_answer(2016, 3, 1, "9")
    assert (outcome.kind, outcome.known) == ("solved", "9")
    assert answers(project)["part1"] == 9
    assert site.count("/2016/day/3") == 1


def test_logged_out_is_a_token_error_and_nothing_is_recorded(project, site, monkeypatch):
    monkeypatch.setenv("AOC_SESSION", "stale-token-value")
    with pytest.raises(BadToken) as caught:
        submit.post_answer(2016, 3, 1, "9")
    assert "stale-token-value" not in str(caught.value)
    assert not (project / "inputs/2016/answers.toml").exists()


def test_the_last_day_has_one_part(project, site):
    with pytest.raises(AnswerRefused, match="last day"):
        submit.post_answer(2016, 25, 2, "1")
    assert submit.next_part(2016, 25) == 1
    assert site.count() == 0


def test_recording_keeps_the_users_comments_and_layout(project, site, helpers):
    original = '# my notes\n[3]\ntitle = "Sums"  # a fine puzzle\n\n[3.example]\npart1 = 6\n'
    helpers.write_input(project, 2016, "answers.toml", original)
    submit.post_answer(2016, 3, 1, "9")
    text = (project / "inputs/2016/answers.toml").read_text()
    assert text.startswith('# my notes\n[3]\ntitle = "Sums"  # a fine puzzle\npart1 = 9\n\n[3.example]\npart1 = 6\n')
    assert store.known(2016, 3, "example").answers == {"part1": 6}


def test_the_last_computed_answers_are_the_default(project):
    with pytest.raises(AnswerRefused, match="aoc run 2016 3"):
        submit.last_answer(2016, 3, 1)
    store.save_last_answers(2016, 3, {1: "9"})
    store.save_last_answers(2016, 3, {2: "24"})
    assert (submit.last_answer(2016, 3, 1), submit.last_answer(2016, 3, 2)) == ("9", "24")
    assert (project / "inputs/.state/2016-03.last.json").exists()


def test_part_zero_is_refused_not_taken_as_the_next_part(project, site):
    for part in (0, 3, -1):
        with pytest.raises(AnswerRefused, match="parts 1 and 2"):
            submit.submit(2016, 3, part, "9")
    assert site.count() == 0


def test_submit_sleeps_out_the_wait_through_the_callback_then_reads_part_twos_examples(project, site, helpers):
    site.inputs["/2016/day/3"] = helpers.saved_page("2016-03-part2")
    store.save_last_answers(2016, 3, {1: "9"})
    cooldown.start(2016, 3, 0.3)
    told = []
    sent = submit.submit(2016, 3, None, None, wait=True, on_wait=told.append)
    assert (sent.part, sent.outcome.kind, sent.outcome.answer) == (1, "right", "9")
    assert told[0] > 0 and told[-1] == 0 and len(told) >= 2
    assert "example2 part2 = 10" in sent.examples.answers and sent.examples_error is None
    assert submit.submit(2016, 3, None, "24").part == 2


def test_submit_without_wait_returns_the_sites_wait(project, site):
    site.too_recent = "1m 30s"
    sent = submit.submit(2016, 3, 1, "9")
    assert sent.outcome.kind == "wait" and sent.examples is None
    assert site.count(ANSWER) == 1


def test_part_twos_examples_failing_to_load_only_warns(project, site):
    site.broken.add("/2016/day/3")
    sent = submit.submit(2016, 3, 1, "9")
    assert sent.outcome.kind == "right" and sent.examples is None
    assert "500" in sent.examples_error


def test_the_known_answer_is_the_answers_files(project):
    (project / "inputs/2016").mkdir()
    (project / "inputs/2016/answers.toml").write_text('[3]\npart1 = 9\n\n[3.example]\npart2 = 5\n')
    assert (submit.known_answer(2016, 3, 1), submit.known_answer(2016, 3, 2)) == ("9", None)
