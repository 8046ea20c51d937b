"""The verdicts of the site's answer page, in its own wording (each page written by hand for the test)."""
import pytest

from aoc.errors import BadToken, FetchError
from aoc.site import verdict


def article(text):
    return f"<html><main>\n<article><p>{text}</p></article>\n</main></html>"


@pytest.mark.parametrize("text, kind, wait", [
    ("That's the right answer!  You are one gold star closer. <a href=\"/2016/day/3#part2\">[Continue to Part Two]</a>",
     "right", 0),
    ("That's not the right answer.  If you're stuck, see the <a href=\"/2016/about\">about page</a>.  "
     "Please wait one minute before trying again.", "wrong", 60),
    ("That's not the right answer; your answer is too high.  Please wait one minute before trying again.", "too high", 60),
    ("That's not the right answer; your answer is too low.  Please wait 5 minutes before trying again.", "too low", 300),
    ("You gave an answer too recently; you have to wait after submitting an answer before trying again.  "
     "You have 1m 30s left to wait. <a href=\"/2016/day/3\">[Return to Day 3]</a>", "wait", 90),
    ("You gave an answer too recently; you have to wait after submitting an answer before trying again.  "
     "You have 42s left to wait.", "wait", 42),
    ("You don't seem to be solving the right level.  Did you already complete it? <a href=\"/2016/day/3\">[Return to Day 3]</a>",
     "wrong level", 0),
])
def test_each_verdict_and_its_wait(text, kind, wait):
    said = verdict.read(article(text))
    assert (said.kind, said.wait_seconds) == (kind, wait)
    assert "<a" not in said.message and said.message.startswith(text[:20])


def test_only_judged_answers_belong_in_the_history():
    judged = {kind: verdict.Verdict(kind, "").judged for kind in ("right", "wrong", "too high", "too low", "wait", "wrong level")}
    assert judged == {"right": True, "wrong": True, "too high": True, "too low": True, "wait": False, "wrong level": False}


def test_logged_out_page_is_a_token_error():
    with pytest.raises(BadToken, match="logged out"):
        verdict.read("<main><p>To play, please identify yourself via one of these services:</p></main>")


def test_a_page_with_no_known_phrase_is_an_error_not_a_guess():
    with pytest.raises(FetchError, match="none of the expected"):
        verdict.read(article("Something entirely different."))
