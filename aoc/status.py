"""One vocabulary for what became of an answer: a part's run against the known answer, or the
site's judgement of a submitted one, and the one table of marks every report draws them with.

Both are str enums, so answers.toml and the tests keep the plain words ("right", "too high").
"""
from enum import StrEnum


class Status(StrEnum):
    """What a part's run showed."""

    RIGHT = "right"
    WRONG = "wrong"
    UNKNOWN = "unknown"  # no known answer to compare with
    ERROR = "error"  # the part raised (or called sys.exit)
    NO_ANSWER = "no answer"  # the part returned None
    TIMEOUT = "timeout"
    TODO = "todo"  # the part is not written yet


class Judgement(StrEnum):
    """What the site said of a submitted answer, or that the part was solved before."""

    RIGHT = "right"
    WRONG = "wrong"
    TOO_HIGH = "too high"
    TOO_LOW = "too low"
    WAIT = "wait"
    WRONG_LEVEL = "wrong level"
    SOLVED = "solved"


FAILED = frozenset({Status.WRONG, Status.ERROR, Status.NO_ANSWER, Status.TIMEOUT})
JUDGED = frozenset({Judgement.RIGHT, Judgement.WRONG, Judgement.TOO_HIGH, Judgement.TOO_LOW})

MARK: dict[str, str] = {
    Status.RIGHT: "✓",
    Status.WRONG: "✗",
    Status.UNKNOWN: "",
    Status.ERROR: "✗",
    Status.NO_ANSWER: "✗",
    Status.TIMEOUT: "✗",
    Status.TODO: "",
    Judgement.TOO_HIGH: "✗",
    Judgement.TOO_LOW: "✗",
    Judgement.WAIT: "⏳",
    Judgement.WRONG_LEVEL: "?",
    Judgement.SOLVED: "✓",
}

# What a part's status says in words, where a mark alone is not enough (a summary's reason, a report
# in place of the answer a failed part has none of).
WORDS: dict[str, str] = {
    Status.WRONG: "wrong",
    Status.UNKNOWN: "unchecked",
    Status.ERROR: "raised",
    Status.NO_ANSWER: "returned None",
    Status.TIMEOUT: "timed out",
    Status.TODO: "not written yet",
}
