"""Submitting an answer: the guards that keep a known-wrong guess from ever being sent, and the record of each one.

A wrong guess costs a growing wait, so before any request an answer is
refused when it is empty, already known wrong, ruled out by an earlier "too
high" or "too low", or equal to part 1's answer for part 2. Every judged
answer is recorded under `[DAY.submissions]` in answers.toml (which the known-
answer checks ignore); a right one becomes the day's known answer.
"""
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from aoc import calendar, inputs, store
from aoc.errors import AnswerRefused, AocError, KnownWrong, MustWait
from aoc.site import client, cooldown, credentials, page, verdict
from aoc.site.verdict import Verdict
from aoc.status import Judgement
from aoc.units import human_wait

if TYPE_CHECKING:
    from aoc.examples import Filled

ATTEMPTS_WITH_WAIT = 3


@dataclass(frozen=True)
class AnswerOutcome:
    """What became of one answer: the site's verdict, or SOLVED when the part was solved already."""

    kind: Judgement
    answer: str
    message: str = ""
    known: str | None = None
    unsaved: str | None = None  # why the verdict or the wait could not be written down (the verdict stands)


@dataclass(frozen=True)
class Sent:
    """What `submit` did: the part it answered, the outcome, and part 2's examples read after a right part 1."""

    part: int
    outcome: AnswerOutcome
    examples: "Filled | None" = None
    examples_error: str | None = None  # why part 2's examples could not be read (the answer stands)


def require_part(year: int, day: int, part: int) -> None:
    """Refuse a part the day lacks: the last day's second star needs no answer."""
    if part not in (1, 2):
        raise AnswerRefused(f"part {part}? a day has parts 1 and 2")
    if part == 2 and calendar.is_last_day(year, day):
        raise AnswerRefused(f"{year} day {day} is the last day and has one part: its second star "
                            "comes with all the others, no answer to submit")


def known_answer(year: int, day: int, part: int, user: str | None = None) -> str | None:
    """The real input's known answer to `part` (account `user`'s input's), as text."""
    value = store.known(year, day, user or "input").answers.get(f"part{part}")
    return None if value is None else str(value)


def next_part(year: int, day: int, user: str | None = None) -> int:
    """The part to submit when none is named: the first one not solved yet."""
    if known_answer(year, day, 1, user) is None or calendar.is_last_day(year, day):
        return 1
    return 2


def history(year: int, day: int, part: int, user: str | None = None) -> list[dict]:
    """Every answer the site judged for this part (from account `user`), oldest first."""
    entry = store.load_answers(year).get(day, {})
    if user is not None:
        entry = entry.get(store.account(user), {})
    return list(entry.get("submissions", {}).get(f"part{part}", []))


def _entry(document, day: int, user: str | None):
    """The day's table in answers.toml, or account `user`'s table inside it ([DD.NAME])."""
    entry = store.table_in(document, str(day))
    return entry if user is None else store.table_in(entry, store.account(user))


def refuse_bad_guess(year: int, day: int, part: int, answer: str, force: bool = False,
                     user: str | None = None) -> None:
    """Refuse, before any request, an answer that is empty, known wrong, out of bounds or part 1's again."""
    if not answer:
        raise AnswerRefused("refusing to submit an empty answer")
    if "\n" in answer or "\r" in answer:
        raise AnswerRefused(f"refusing to submit a multi-line answer ({len(answer.splitlines())} lines): "
                            "an answer is one line (a picture of letters is read as its letters)")
    past = history(year, day, part, user)
    for record in past:
        if str(record.get("answer")) == answer and record.get("verdict") != Judgement.RIGHT:
            raise KnownWrong(f"not sending {answer}: the site already said it is {_wrongness(record)}")
    _refuse_out_of_bounds(answer, past)
    if part == 2 and not force and known_answer(year, day, 1, user) == answer:
        raise AnswerRefused(f"part 2's answer {answer} is part 1's answer: --force sends it anyway")


def _wrongness(record: dict) -> str:
    """'wrong', 'too high' or 'too low' as a phrase."""
    return "wrong" if record.get("verdict") == Judgement.WRONG else f"wrong ({record.get('verdict')})"


def _refuse_out_of_bounds(answer: str, past: list[dict]) -> None:
    """Refuse a number at or above one the site called too high, or at or below one it called too low."""
    guess = store.as_toml_value(answer)
    if not isinstance(guess, int):
        return
    for record in past:
        bound = store.as_toml_value(str(record.get("answer")))
        if not isinstance(bound, int):
            continue
        if record.get("verdict") == Judgement.TOO_HIGH and guess >= bound:
            raise KnownWrong(f"not sending {answer}: {bound} was already too high")
        if record.get("verdict") == Judgement.TOO_LOW and guess <= bound:
            raise KnownWrong(f"not sending {answer}: {bound} was already too low")


def submit(year: int, day: int, part: int | None, answer: str | None, *, force: bool = False, wait: bool = False,
           on_wait: Callable[[float], None] | None = None, user: str | None = None) -> Sent:
    """Submit one answer: the first unsolved part and the last computed answer when None.

    With `wait`, the site's wait is slept out (telling `on_wait` the seconds
    left, then 0) and the answer sent again, a few times at most. A right
    part 1 unlocks part 2's text, whose examples are then read (the default
    account's submissions only: examples are the same for every account).
    `user` answers as that account of tokens.json, with its own answers,
    submissions and wait.
    """
    if user is not None:  # a name no file can carry, or no token for it, is one line before anything else
        credentials.require(store.account(user))
    part = next_part(year, day, user) if part is None else part
    require_part(year, day, part)
    answer = last_answer(year, day, part, user) if answer is None else answer
    for _ in range(ATTEMPTS_WITH_WAIT):
        if wait:
            sleep_out(year, day, on_wait, user)
        outcome = post_answer(year, day, part, answer, force=force, user=user)
        if outcome.kind != Judgement.WAIT or not wait:
            break
    if outcome.kind == Judgement.RIGHT and part == 1 and not calendar.is_last_day(year, day) and user is None:
        return _with_part2_examples(year, day, Sent(part, outcome))
    return Sent(part, outcome)


def sleep_out(year: int, day: int, on_wait: Callable[[float], None] | None = None, user: str | None = None) -> None:
    """Sleep until the site takes answers for this puzzle again, telling `on_wait` the seconds left each second."""
    tell = on_wait or (lambda left: None)
    left = cooldown.remaining(year, day, user=user)
    while left > 0:
        tell(left)
        time.sleep(min(1.0, left))
        left = cooldown.remaining(year, day, user=user)
        if not left:
            tell(0.0)


def _with_part2_examples(year: int, day: int, sent: Sent) -> Sent:
    """`sent` with part 2's examples read from the page; a failure to fetch or write them is noted, never raised."""
    from aoc import examples

    try:
        return Sent(sent.part, sent.outcome, examples=examples.fetch_and_fill(year, day))
    except AocError as exc:
        return Sent(sent.part, sent.outcome, examples_error=str(exc))


def post_answer(year: int, day: int, part: int, answer: str, *, force: bool = False,
                user: str | None = None) -> AnswerOutcome:
    """Send one answer (as account `user`) unless a guard or the persisted cooldown refuses it, and record the
    verdict."""
    require_part(year, day, part)
    answer = str(answer).strip()
    # One answer per puzzle and account at a time: a second process waits here, then meets the first's verdict
    # in the guards instead of sending the same guess again.
    with store.exclusive(f"submit-{year}-{day:02d}{'' if user is None else '.' + store.account(user)}.lock"):
        return _post_guarded(year, day, part, answer, force, user)


def _post_guarded(year: int, day: int, part: int, answer: str, force: bool, user: str | None) -> AnswerOutcome:
    """post_answer's work, under its lock."""
    known = known_answer(year, day, part, user)
    if known is not None:
        return AnswerOutcome(Judgement.SOLVED, answer, known=known)
    refuse_bad_guess(year, day, part, answer, force, user)
    left = cooldown.remaining(year, day, user=user)
    if left > 0:
        whose = "" if user is None else f" from {user}"
        raise MustWait(f"the site asks for a wait before the next answer{whose} to {year} day {day}: "
                       f"{human_wait(timedelta(seconds=left))} left (--wait sleeps it out)")
    client.ensure_unlocked(year, day)
    said = verdict.read(client.post(f"/{year}/day/{day}/answer", {"level": str(part), "answer": answer}, user))
    unsaved = _write_down(year, day, part, answer, said, user)
    if said.kind == Judgement.WRONG_LEVEL:
        return _after_wrong_level(year, day, part, answer, said, unsaved, user)
    return AnswerOutcome(said.kind, answer, said.message, unsaved=unsaved)


def _write_down(year: int, day: int, part: int, answer: str, said: Verdict, user: str | None) -> str | None:
    """Persist the site's wait and its verdict; what could not be written, as one line (never raised:
    the site has judged the answer, and its verdict must reach the user all the same)."""
    problems = []
    try:
        if said.wait_seconds:
            cooldown.start(year, day, said.wait_seconds, user=user)
    except AocError as exc:
        problems.append(f"the site's wait was not saved: {exc}")
    try:
        record(year, day, part, answer, said, user)
    except Exception as exc:  # whatever went wrong writing it down, the site's verdict still reaches the user
        problems.append(f"the verdict was not recorded: {exc}")
    return "; ".join(problems) or None


def _after_wrong_level(year: int, day: int, part: int, answer: str, said: Verdict,
                       unsaved: str | None, user: str | None) -> AnswerOutcome:
    """The part was solved elsewhere (or part 1 is not yet): the refreshed page says which, and its answers."""
    try:
        learn_answers(year, day, inputs.fetch_page(year, day, refresh=True, user=user), user)
    except AocError as exc:
        return AnswerOutcome(said.kind, answer, said.message, unsaved=f"the puzzle page was not read again: {exc}")
    known = known_answer(year, day, part, user)
    if known is not None:
        return AnswerOutcome(Judgement.SOLVED, answer, said.message, known, unsaved)
    return AnswerOutcome(said.kind, answer, said.message, unsaved=unsaved)


def record(year: int, day: int, part: int, answer: str, said: Verdict, user: str | None = None) -> None:
    """Add a judged answer to the day's submissions (account `user`'s); a right one becomes the known answer."""
    if not said.judged:
        return
    import tomlkit

    with store.edit_answers(year) as document:
        entry = _entry(document, day, user)
        submissions = store.table_in(entry, "submissions")
        key = f"part{part}"
        if key not in submissions:
            inline = isinstance(submissions, tomlkit.items.InlineTable)  # one line: no multi-line array in it
            submissions[key] = tomlkit.array() if inline else tomlkit.array().multiline(True)
        line = tomlkit.inline_table()
        line.update({"answer": answer, "verdict": said.kind, "at": datetime.now(UTC).replace(microsecond=0)})
        submissions[key].append(line)
        if said.kind == Judgement.RIGHT:
            entry[key] = store.as_toml_value(answer)


def learn_answers(year: int, day: int, html: str, user: str | None = None) -> dict[int, str]:
    """Record the answers a puzzle page (account `user`'s) shows as solved ('Your puzzle answer was …') where none is
    known."""
    shown = page.solved_answers(html)
    missing = {part: answer for part, answer in shown.items() if known_answer(year, day, part, user) is None}
    if missing:
        with store.edit_answers(year) as document:
            entry = _entry(document, day, user)
            for part, answer in missing.items():
                entry[f"part{part}"] = store.as_toml_value(answer)
    return missing


def last_answer(year: int, day: int, part: int, user: str | None = None) -> str:
    """The answer `aoc run` last computed for the part (on account `user`'s input), or a usage error saying how to get
    one."""
    answer = store.last_answers(year, day, user).get(part)
    if answer is None:
        option = "" if user is None else f" --user {user}"
        raise AnswerRefused(f"no answer for {year} day {day} part {part}{'' if user is None else ' of ' + user}: "
                            f"give one, or run `aoc run {year} {day}{option}` first")
    return answer
