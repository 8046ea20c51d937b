"""Reads a year's calendar page (/<YYYY>): the stars the site shows for each day.

The calendar is a <pre class="calendar"> in which every unlocked day is a link
to its puzzle, `<a aria-label="Day 7, two stars" href="/2023/day/7"
class="calendar-day7 calendar-verycomplete">`: the class calendar-complete
marks one star and calendar-verycomplete two (the aria-label says it in
words). A day not unlocked yet is no link. A visitor who is not logged in
sees the calendar without stars and a [Log In] link, which is no answer.
"""
import re

from aoc.errors import BadToken, FetchError

CALENDAR = re.compile(r"<pre\b[^>]*\bclass=\"calendar\b[^\"]*\"[^>]*>(?P<body>.*?)</pre>", re.S)
LINK = re.compile(r"<a\b(?P<attributes>[^>]*)>")
HREF = re.compile(r"\bhref=\"/(?P<year>\d{4})/day/(?P<day>\d{1,2})\"")
CLASSES = re.compile(r"\bclass=\"(?P<names>[^\"]*)\"")
LABEL = re.compile(r"\baria-label=\"[^\"]*\b(?P<count>one|two) stars?\"")
LOG_IN = re.compile(r"href=\"/\d{4}/auth/login\"")
BY_CLASS = {"calendar-verycomplete": 2, "calendar-complete": 1}
BY_LABEL = {"one": 1, "two": 2}


def stars(html: str, year: int) -> dict[int, int]:
    """The stars (0, 1 or 2) of each unlocked day of `year` the page shows; BadToken for a logged-out page, FetchError
    for a page without a calendar."""
    if LOG_IN.search(html):
        raise BadToken(f"the site's {year} calendar shows no stars: logged out (copy a fresh 'session' cookie)")
    calendar = CALENDAR.search(html)
    if calendar is None:
        raise FetchError(f"the site's /{year} page has no calendar in it")
    found = {}
    for link in LINK.finditer(calendar["body"]):
        attributes = link["attributes"]
        href = HREF.search(attributes)
        if href and int(href["year"]) == year:
            found[int(href["day"])] = _stars_of(attributes)
    return found


def _stars_of(attributes: str) -> int:
    """A day link's stars: from its class, else from its aria-label."""
    classes = CLASSES.search(attributes)
    names = classes["names"].split() if classes else []
    by_class = max((BY_CLASS.get(name, 0) for name in names), default=0)
    label = LABEL.search(attributes)
    return by_class or (BY_LABEL[label["count"]] if label else 0)
