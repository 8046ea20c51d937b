"""Which years have which days, when each puzzle unlocks, and the default year and day.

Puzzles unlock at midnight US Eastern Standard Time (UTC−5) from 1 December;
events before 2025 have 25 days, from 2025 on 12.
"""
from datetime import datetime, timedelta, timezone

from aoc.errors import UnknownDay

FIRST_YEAR = 2015
UNLOCK_TZ = timezone(timedelta(hours=-5), "UTC-5")


def now() -> datetime:
    """The current time in the puzzle site's time zone."""
    return datetime.now(UNLOCK_TZ)


def days_in(year: int) -> int:
    """How many puzzles the event of `year` has."""
    return 25 if year < 2025 else 12


def latest_year(at: datetime | None = None) -> int:
    """The latest event that has started: this year in December, else last year."""
    at = at or now()
    return at.year if at.month == 12 else at.year - 1


def unlock_time(year: int, day: int) -> datetime:
    """When the puzzle of `year`/`day` unlocks."""
    return datetime(year, 12, day, tzinfo=UNLOCK_TZ)


def require_day(year: int, day: int) -> None:
    """Raise UnknownDay unless the event of `year` has a puzzle `day`."""
    if year < FIRST_YEAR:
        raise UnknownDay(f"no event in {year}: Advent of Code started in {FIRST_YEAR}")
    if not 1 <= day <= days_in(year):
        raise UnknownDay(f"{year} has days 1 to {days_in(year)}, not day {day}")


def is_last_day(year: int, day: int) -> bool:
    """The last day of an event has only one part."""
    return day == days_in(year)


def time_until_unlock(year: int, day: int, at: datetime | None = None) -> timedelta:
    """How long until the puzzle unlocks (zero or negative once it has)."""
    return unlock_time(year, day) - (at or now())


def default_day(at: datetime | None = None) -> int | None:
    """Today's puzzle during an event, else None."""
    at = at or now()
    if at.month == 12 and at.day <= days_in(at.year):
        return at.day
    return None
