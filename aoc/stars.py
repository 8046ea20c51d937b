"""A year's stars, offline: from the known answers in answers.toml, with titles where recorded or cached.

A part's star is earned when its answer is known (the site accepted it or it
was recorded by hand). The last day has one part; its second star comes with
all the others, so it counts once every other star is earned.
"""
from dataclasses import dataclass

from aoc import calendar, store
from aoc.site import page


@dataclass(frozen=True)
class DayStars:
    """One day of the calendar: its stars (0–2), its title when known, and whether it is unlocked yet."""

    day: int
    stars: int
    title: str | None
    locked: bool


def year_stars(year: int) -> list[DayStars]:
    """Every day of the event of `year`, in order."""
    answers = store.load_answers(year)
    last = calendar.days_in(year)
    solved = {day: sum(f"part{part}" in answers.get(day, {}) for part in (1, 2)) for day in range(1, last + 1)}
    solved[last] = min(solved[last], 1)
    if solved[last] and all(solved[day] == 2 for day in range(1, last)):
        solved[last] = 2
    return [
        DayStars(day, solved[day], _title(year, day, answers.get(day, {})),
                 calendar.time_until_unlock(year, day).total_seconds() > 0)
        for day in range(1, last + 1)
    ]


def _title(year: int, day: int, entry: dict) -> str | None:
    """answers.toml's title, else the cached page's (no request)."""
    if entry.get("title"):
        return entry["title"]
    cached = store.page_path(year, day)
    return page.title(store.read_text(cached)) if cached.exists() else None
