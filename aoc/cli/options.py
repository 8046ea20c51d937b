"""Arguments shared by the commands: `[YEAR] DAY` and `--year`, as named decorators."""
import click

from aoc import calendar, config
from aoc.errors import UsageError


class Seconds(click.ParamType):
    """A part's time limit: seconds above zero and at most a day (inf and nan are no limits a timer can set)."""

    name = "seconds"

    def convert(self, value, param, ctx):
        """The number of seconds, or click's usage error."""
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if not 0 < seconds <= config.LONGEST:
            self.fail(f"{value!r} must be above zero and at most a day ({config.LONGEST:g} s)", param, ctx)
        return seconds


SECONDS = Seconds()


def day_arguments(function):
    """`[YEAR] DAY` as integers (a 4-digit first number is a year) plus `--year`."""
    function = click.argument("numbers", nargs=-1, type=int, metavar="[YEAR] [DAY]")(function)
    return click.option("--year", "-y", type=int, help="The event year (default: the latest event).")(function)


def default_year() -> int:
    """The config's year, else the latest event."""
    return config.get("year") or calendar.latest_year()


def resolve(numbers: tuple[int, ...], year: int | None, need_day: bool = True) -> tuple[int, int | None]:
    """(year, day) from the arguments: `7`, `2023 24`, `2023`, or nothing (today in December)."""
    if len(numbers) > 2:
        raise UsageError("give at most a year and a day")
    if numbers and numbers[0] >= 1000:
        if year is not None and year != numbers[0]:
            raise UsageError(f"two different years: {numbers[0]} and --year {year}")
        year, numbers = numbers[0], numbers[1:]
    elif len(numbers) == 2:
        raise UsageError(f"{numbers[0]} is not a year: write `YEAR DAY`, such as `2023 24`")
    year = year or default_year()
    day = numbers[0] if numbers else (calendar.default_day() if year == calendar.now().year else None)
    if need_day and day is None:
        raise UsageError("which day? give one, such as `aoc run 7` or `aoc run 2023 24`")
    if day is not None:
        calendar.require_day(year, day)
    return year, day
