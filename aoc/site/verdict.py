"""Reads the page the site answers a submitted answer with: right, wrong (too high or low), wait, or wrong level.

The site states its verdict in prose inside the page's <article>, so this
matches the site's own phrases; an answer page with none of them is an error,
never a guess at what it meant.
"""
import re
from dataclasses import dataclass

from aoc.errors import BadToken, FetchError
from aoc.site.page import article_text, logged_out
from aoc.status import JUDGED, Judgement

LEFT_TO_WAIT = re.compile(r"You have (?:(?P<m>\d+)m\s*)?(?:(?P<s>\d+)s\s*)?left to wait")
WAIT_BEFORE = re.compile(r"(?:wait|for) (?P<n>one|\d+) minutes? before trying again")
PHRASES = (  # (phrase in the site's text, verdict), the first match wins
    ("That's the right answer", Judgement.RIGHT),
    ("your answer is too high", Judgement.TOO_HIGH),
    ("your answer is too low", Judgement.TOO_LOW),
    ("That's not the right answer", Judgement.WRONG),
    ("You gave an answer too recently", Judgement.WAIT),
    ("You don't seem to be solving the right level", Judgement.WRONG_LEVEL),
)


@dataclass(frozen=True)
class Verdict:
    """What the site said of one answer, and how long it asks to wait before the next."""

    kind: Judgement
    message: str
    wait_seconds: int = 0

    @property
    def judged(self) -> bool:
        """Did the site judge the answer (so it belongs in the submission history)?"""
        return self.kind in JUDGED


def read(page: str) -> Verdict:
    """The verdict in an answer page; BadToken when logged out, FetchError when it says none of the known phrases."""
    if logged_out(page):
        raise BadToken("the site did not take the answer: logged out (copy a fresh 'session' cookie)")
    message = article_text(page)
    for phrase, kind in PHRASES:
        if phrase in message:
            return Verdict(kind, message, wait_seconds(message))
    raise FetchError(f"the site's answer page says none of the expected things: {message[:200]!r}")


def wait_seconds(message: str) -> int:
    """The wait the message asks for: '1m 30s left to wait', or 'wait one minute / 5 minutes before trying again'."""
    left = LEFT_TO_WAIT.search(message)
    if left and (left["m"] or left["s"]):
        return int(left["m"] or 0) * 60 + int(left["s"] or 0)
    before = WAIT_BEFORE.search(message)
    if before:
        return 60 * (1 if before["n"] == "one" else int(before["n"]))
    return 0

