"""A year's stars: from the site's calendar page (read once, cached), else offline from the known answers in
answers.toml; with titles where recorded or cached.

A part's star is earned when its answer is known (the site accepted it or it
was recorded by hand). The last day has one part; its second star comes with
all the others, so it counts once every other star is earned. The calendar
page knows the stars earned elsewhere (in a browser); answers.toml knows those
submitted since the page was read: a day has the more of the two.
"""
import time
from dataclasses import dataclass, replace
from datetime import timedelta

from aoc import calendar, inputs, store
from aoc.errors import FetchError
from aoc.site import calendar_page, credentials, page
from aoc.units import human_wait


@dataclass(frozen=True)
class DayStars:
    """One day of the calendar: its stars (0–2), its title when known, and whether it is unlocked yet."""

    day: int
    stars: int
    title: str | None
    locked: bool


def year_stars(year: int, user: str | None = None) -> list[DayStars]:
    """Every day of the event of `year`, in order (account `user`'s stars: its [DD.NAME] answers)."""
    answers = store.load_answers(year)
    last = calendar.days_in(year)
    mine = {day: answers.get(day, {}) if user is None else store.account_entry(year, answers, day, user)
            for day in range(1, last + 1)}
    solved = {day: sum(f"part{part}" in mine[day] for part in (1, 2)) for day in range(1, last + 1)}
    solved[last] = min(solved[last], 1)
    if solved[last] and all(solved[day] == 2 for day in range(1, last)):
        solved[last] = 2
    return [
        DayStars(day, solved[day], _title(year, day, answers.get(day, {})),
                 calendar.time_until_unlock(year, day).total_seconds() > 0)
        for day in range(1, last + 1)
    ]


@dataclass(frozen=True)
class Calendar:
    """A year's days, and where their stars come from (said in a few words)."""

    days: list[DayStars]
    source: str


def from_site(year: int, refresh: bool = False, user: str | None = None) -> Calendar:
    """The year's stars as the site's calendar shows them (to account `user`; cached, read again when `refresh`),
    else offline."""
    if user is not None:  # a named account must exist: its stars are never guessed from the default one's
        credentials.require(store.account(user))
    offline = year_stars(year, user)
    try:
        html = inputs.fetch_calendar(year, refresh, lambda text: calendar_page.stars(text, year), user)
        shown = calendar_page.stars(html, year)
    except FetchError as exc:
        return Calendar(offline, f"offline, from answers.toml only: {exc}")
    read = time.time() - store.calendar_path(year, user).stat().st_mtime
    days = [replace(day, stars=max(day.stars, shown.get(day.day, 0))) for day in offline]
    when = "just now" if refresh or read < 60 else f"{human_wait(timedelta(seconds=read))} ago"
    return Calendar(days, f"from the site's calendar, read {when}" + ("" if refresh else "; --refresh reads it again"))


def _title(year: int, day: int, entry: dict) -> str | None:
    """answers.toml's title, else the cached page's (no request)."""
    if entry.get("title"):
        return entry["title"]
    cached = store.page_path(year, day)
    return page.title(store.read_text(cached)) if cached.exists() else None
