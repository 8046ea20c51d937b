"""`aoc submit`: send an answer to the site, unless a guard knows better; exit 0 right, 1 wrong, 3 must wait, 2 usage."""
import time
from datetime import timedelta

import click

from aoc.cli.options import resolve
from aoc.errors import UsageError

EXIT = {"right": 0, "wrong": 1, "too high": 1, "too low": 1, "wait": 3, "wrong level": 2}
ATTEMPTS_WITH_WAIT = 3


@click.command(name="submit")
@click.argument("args", nargs=-1, metavar="[YEAR] DAY [PART [ANSWER]]")
@click.option("--year", "-y", type=int, help="The event year (default: the latest event).")
@click.option("--force", is_flag=True, help="Send part 2's answer even when it equals part 1's.")
@click.option("--wait", is_flag=True, help="Sleep out the site's wait, with a countdown, then send.")
def command(args, year, force, wait):
    """Submit an answer: by default the one `aoc run` last computed for the first unsolved part.

    Nothing is sent for an empty answer, one the site already called wrong,
    one ruled out by an earlier "too high" or "too low", part 2 equal to
    part 1 (unless --force), or a part already solved. Every verdict is
    recorded in answers.toml; a right answer becomes the known answer. The
    site's wait between answers is remembered across processes. Exit status:
    0 right, 1 wrong, 2 usage, 3 must wait. A negative answer goes after
    `--`: `aoc submit 7 1 -- -12`.
    """
    year, day, part, answer = _arguments(args, year)
    raise SystemExit(send(year, day, part, answer, force=force, wait=wait))


def _arguments(args: tuple[str, ...], year: int | None):
    """(year, day, part or None, answer or None) from `[YEAR] DAY [PART [ANSWER]]`."""
    values = list(args)
    numbers = []
    if values and values[0].isdigit() and int(values[0]) >= 1000:
        numbers.append(int(values.pop(0)))
    if values:
        numbers.append(_number(values.pop(0), "DAY"))
    part = _number(values.pop(0), "PART") if values else None
    answer = values.pop(0) if values else None
    if values:
        raise UsageError("too many arguments: aoc submit [YEAR] DAY [PART [ANSWER]]")
    year, day = resolve(tuple(numbers), year)
    return year, day, part, answer


def _number(text: str, name: str) -> int:
    """A positional number, or a usage error naming it."""
    if not text.isdigit():
        raise UsageError(f"{name} should be a number, not {text!r} (an answer comes after the part: DAY PART ANSWER)")
    return int(text)


def send(year: int, day: int, part: int | None, answer: str | None, *, force=False, wait=False) -> int:
    """Submit one answer (the last computed one when None) and print the outcome; return the exit status."""
    from aoc import submit

    part = part or submit.next_part(year, day)
    submit.check_part(year, day, part)
    answer = submit.last_answer(year, day, part) if answer is None else answer
    for _ in range(ATTEMPTS_WITH_WAIT):
        if wait:
            _sleep_out(year, day)
        outcome = submit.submit(year, day, part, answer, force=force)
        if outcome.kind != "wait" or not wait:
            break
    return _report(year, day, part, outcome)


def _sleep_out(year: int, day: int) -> None:
    """Count down the site's wait on stderr, then return."""
    from aoc import calendar, cooldown

    left = cooldown.remaining(year, day)
    while left > 0:
        click.echo(f"\rwaiting {calendar.human_wait(timedelta(seconds=left))} before answering ", err=True, nl=False)
        time.sleep(min(1.0, left))
        left = cooldown.remaining(year, day)
        if not left:
            click.echo(err=True)


def _report(year: int, day: int, part: int, outcome) -> int:
    """Print the outcome in one or two lines and return its exit status."""
    if outcome.kind == "solved":
        same = outcome.answer == outcome.known
        mark = "✓" if same else f"✗ (not {outcome.answer})"
        click.echo(f"{year} day {day} part {part} is solved already: {outcome.known} {mark}")
        return 0 if same else 1
    mark = {"right": "✓", "wait": "⏳", "wrong level": "?"}.get(outcome.kind, "✗")
    verdict = outcome.kind if outcome.kind in ("too high", "too low") else ""
    click.echo(f"{year} day {day} part {part}: {outcome.answer} {mark} {verdict}".rstrip())
    click.echo(f"  {outcome.message}")
    if outcome.kind == "right" and part == 1:
        _part2_examples(year, day)
    return EXIT[outcome.kind]


def _part2_examples(year: int, day: int) -> None:
    """Part 2's text appears once part 1 is solved: read its examples now (a failure only warns)."""
    from aoc import calendar, examples
    from aoc.errors import FetchError

    if calendar.is_last_day(year, day):
        return
    try:
        filled = examples.fill(year, day, examples.puzzle_page(year, day))
    except FetchError as exc:
        click.echo(f"part 2's examples not read: {exc}", err=True)
        return
    for line in filled.answers:
        click.echo(f"  recorded {line}")
