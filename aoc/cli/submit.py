"""`aoc submit`: send an answer to the site, unless a guard knows better.

Exit 0 right, 1 wrong, 2 usage, 3 must wait, 4 right but not recorded.
"""
from datetime import timedelta

import click

from aoc.cli.options import resolve
from aoc.errors import UsageError
from aoc.status import MARK, Judgement

EXIT = {Judgement.RIGHT: 0, Judgement.WRONG: 1, Judgement.TOO_HIGH: 1, Judgement.TOO_LOW: 1, Judgement.WAIT: 3,
        Judgement.WRONG_LEVEL: 2}
UNSAVED = 4  # the site judged the answer, but its verdict could not be written down


@click.command(name="submit")
@click.argument("args", nargs=-1, metavar="[YEAR] DAY [PART [ANSWER]]")
@click.option("--year", "-y", type=int, help="The event year (default: the latest event).")
@click.option("--force", is_flag=True, help="Send part 2's answer even when it equals part 1's.")
@click.option("--wait", is_flag=True, help="Sleep out the site's wait, with a countdown, then send.")
@click.option("--user", "-u", metavar="NAME", help="Answer as this account of aocd's tokens.json.")
def command(args, year, force, wait, user):
    """Submit an answer: by default the one `aoc run` last computed for the first unsolved part.

    Nothing is sent for an empty answer, one the site already called wrong,
    one ruled out by an earlier "too high" or "too low", part 2 equal to
    part 1 (unless --force), or a part already solved. Every verdict is
    recorded in answers.toml; a right answer becomes the known answer. The
    site's wait between answers is remembered across processes. Exit status:
    0 right, 1 wrong, 2 usage, 3 must wait, 4 right but the verdict could not
    be written down (it is printed first, always). A negative answer goes after
    `--`: `aoc submit 7 1 -- -12`. With --user NAME the answer goes as that
    account, by default the one `aoc run --user NAME` last computed, and its
    verdicts, known answers and wait are that account's own ([DD.NAME]).
    """
    year, day, part, answer = _arguments(args, year)
    raise SystemExit(submit_and_report(year, day, part, answer, force=force, wait=wait, user=user))


def _arguments(args: tuple[str, ...], year: int | None):
    """(year, day, part or None, answer or None) from `[YEAR] DAY [PART [ANSWER]]`."""
    values = list(args)
    numbers = []
    first = _as_int(values[0]) if values else None
    if first is not None and first >= 1000:
        numbers.append(first)
        values.pop(0)
    if values:
        numbers.append(_number(values.pop(0), "DAY"))
    part = _number(values.pop(0), "PART") if values else None
    answer = values.pop(0) if values else None
    if values:
        raise UsageError("too many arguments: aoc submit [YEAR] DAY [PART [ANSWER]]")
    year, day = resolve(tuple(numbers), year)
    return year, day, part, answer


def _as_int(text: str) -> int | None:
    """The number an argument of ASCII digits spells, else None ('²' and '٣' are digits to Python, not here)."""
    return int(text) if text.isascii() and text.isdecimal() else None


def _number(text: str, name: str) -> int:
    """A positional number, or a usage error naming it."""
    number = _as_int(text)
    if number is None:
        raise UsageError(f"{name} should be a number, not {text!r} (an answer comes after the part: DAY PART ANSWER)")
    return number


def submit_and_report(year: int, day: int, part: int | None, answer: str | None, *, force=False, wait=False,
                      user: str | None = None) -> int:
    """Submit one answer (the last computed one when None) and print the outcome; return the exit status."""
    from aoc import submit

    sent = submit.submit(year, day, part, answer, force=force, wait=wait, on_wait=_count_down, user=user)
    status = _report(year, day, sent.part, sent.outcome, user)
    if sent.examples is not None:
        for line in sent.examples.answers:
            click.echo(f"  recorded {line}")
    if sent.examples_error:
        click.echo(f"part 2's examples not read: {sent.examples_error}", err=True)
    return status


def _count_down(left: float) -> None:
    """Show the seconds left of the site's wait on one stderr line; end the line at 0."""
    from aoc.units import human_wait

    if left > 0:
        click.echo(f"\rwaiting {human_wait(timedelta(seconds=left))} before answering ", err=True, nl=False)
    else:
        click.echo(err=True)


def _report(year: int, day: int, part: int, outcome, user: str | None = None) -> int:
    """Print the outcome in one or two lines and return its exit status."""
    whose = "" if user is None else f" ({user})"
    if outcome.kind == Judgement.SOLVED:
        same = outcome.answer == outcome.known
        mark = "✓" if same else f"✗ (not {outcome.answer})"
        click.echo(f"{year} day {day} part {part}{whose} is solved already: {outcome.known} {mark}")
        return 0 if same else 1
    mark = MARK[outcome.kind]
    verdict = outcome.kind if outcome.kind in (Judgement.TOO_HIGH, Judgement.TOO_LOW) else ""
    click.echo(f"{year} day {day} part {part}{whose}: {outcome.answer} {mark} {verdict}".rstrip())
    click.echo(f"  {outcome.message}")
    if outcome.unsaved:
        click.echo(f"aoc: {outcome.unsaved}", err=True)
        return EXIT[outcome.kind] or UNSAVED
    return EXIT[outcome.kind]
