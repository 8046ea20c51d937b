"""`aoc leaderboard`: a private leaderboard as a table, or as JSON for scripts."""
import click

from aoc.cli.options import default_year
from aoc.errors import UsageError

GLYPH = {2: "★", 1: "☆", 0: "·"}  # both stars, the first only, none
NAME_WIDTH = 24


@click.command(name="leaderboard")
@click.argument("numbers", nargs=-1, type=int, metavar="[YEAR] ID")
@click.option("--year", "-y", type=int, help="The event year (default: the latest event).")
@click.option("--user", "-u", metavar="NAME", help="Ask as this account of aocd's tokens.json.")
@click.option("--json", "as_json", is_flag=True, help="Print the board as JSON, for scripts.")
def command(numbers, year, user, as_json):
    """Show a private leaderboard: members, stars by day, local score, last star.

    ID is the board's number (the owner's id, the part before the dash of an
    invite code). The site asks scripts to fetch a board at most once every
    15 minutes: the copy and its time are kept in ~/.cache/aoc/leaderboards/
    and shared by every aoc process, and the first line says how old it is.
    In the glyph row, ★ is both stars of a day, ☆ the first only, · none.
    Years from 2025 on have no global leaderboard, so no global score.
    """
    import json

    from aoc import leaderboard

    year, board_id = _year_and_id(numbers, year)
    fetched = leaderboard.fetch(year, board_id, user)
    if as_json:
        click.echo(json.dumps(leaderboard.as_json(fetched), indent=2, ensure_ascii=False))
        return
    for line in _table(fetched, leaderboard.has_global_scores(year)):
        click.echo(line.rstrip())


def _year_and_id(numbers: tuple[int, ...], year: int | None) -> tuple[int, int]:
    """(year, board id) from `ID` or `YEAR ID` (a lone number is always the board)."""
    if not 1 <= len(numbers) <= 2:
        raise UsageError("give the board's ID, and a year before it if not the latest: `aoc leaderboard 2024 123456`")
    if len(numbers) == 2:
        if year is not None and year != numbers[0]:
            raise UsageError(f"two different years: {numbers[0]} and --year {year}")
        year = numbers[0]
    if numbers[-1] < 1:
        raise UsageError(f"{numbers[-1]} is not a board's ID")
    return year or default_year(), numbers[-1]


def _table(fetched, global_scores: bool) -> list[str]:
    """The board's lines: how old the copy is, the column heads, one line per member."""
    from aoc import calendar
    from aoc.leaderboard import REFRESH_AFTER
    from aoc.units import human_wait

    board, age = fetched.board, fetched.age()
    days = range(1, calendar.days_in(board.year) + 1)
    when = "just now" if age < 1 else f"{human_wait(_seconds(age))} ago"
    wait = "" if age >= REFRESH_AFTER else f"; asked again after {human_wait(_seconds(REFRESH_AFTER - age))}"
    lines = [f"{board.year} private leaderboard {board.id}: {len(board.members)} members, fetched {when}{wait}"]
    width = max([len("member"), *(len(m.label) for m in board.members)])
    width = min(width, NAME_WIDTH)
    row = "".join(str(day % 10) for day in days)
    extra = f" {'global':>6}" if global_scores else ""
    lines.append(f"{'#':>3}  {'member':<{width}} {'stars':>5} {'local':>6}{extra}  {row}  last star (UTC-5)")
    for rank, member in enumerate(board.members, start=1):
        glyphs = "".join(GLYPH[member.stars_on(day)] for day in days)
        score = f" {member.global_score:>6}" if global_scores else ""
        lines.append(f"{rank:>3}  {_cut(member.label, width):<{width}} {member.stars:>5} {member.local_score:>6}{score}"
                     f"  {glyphs}  {_when(member.last_star)}")
    return lines


def _seconds(seconds: float):
    """A timedelta of `seconds`."""
    from datetime import timedelta

    return timedelta(seconds=round(seconds))


def _cut(name: str, width: int) -> str:
    """A name that fits its column, shortened with '…'."""
    return name if len(name) <= width else name[:width - 1] + "…"


def _when(timestamp: int) -> str:
    """'Dec 03 00:14:22' in the puzzles' time zone (a star 14 minutes after that day's unlock); '-' for none."""
    from datetime import datetime

    from aoc import calendar

    if not timestamp:
        return "-"
    try:
        return datetime.fromtimestamp(timestamp, calendar.UNLOCK_TZ).strftime("%b %d %H:%M:%S")
    except (ValueError, OverflowError, OSError):  # a time the site cannot have meant
        return "?"
