"""A puzzle's texts: the real input and the puzzle page (cached, fetched once on a miss), the examples,
or a file named on the command line.

This is where the store (files) meets the site (HTTP): neither knows the other.
"""
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from aoc import calendar, registry, store
from aoc.errors import FetchError, InputMissing, NotFound, NotUnlocked

BINARY = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")  # control bytes, or bytes that were not UTF-8
JUST_UNLOCKED = 3600  # seconds after unlock when a 404 may still mean "not yet" (clocks differ)


@dataclass(frozen=True)
class PuzzleInput:
    """One text to run a day on, named as answers.toml names it ('input', 'example', …).

    `content` holds a text that exists only in memory (a real input read from the vault).
    """

    year: int
    day: int
    name: str
    path: Path
    content: str | None = None

    def text(self) -> str:
        """The input's text."""
        return self.content if self.content is not None else store.read_text(self.path)

    def known(self) -> store.Known:
        """Its known answers and parameters (none for a file given on the command line)."""
        if self.name.startswith("file:"):
            return store.Known()
        return store.known(self.year, self.day, self.name)

    def parts_to_run(self, requested: tuple, known_only: bool = False) -> tuple:
        """The parts to run: an example often belongs to one part, so it runs the parts it states."""
        stated = tuple(part for part in requested if f"part{part}" in self.known().answers)
        if known_only or (self.name.startswith("example") and stated):
            return stated
        return tuple(requested)


def real(year: int, day: int, *, fetch: bool = True, user: str | None = None) -> PuzzleInput:
    """The real input (of account `user`, named after it), fetched (once, ever) when it is not cached, `fetch` allows
    and the day is the project's own."""
    path = store.input_path(year, day, user)
    if not path.exists():
        if not fetch:
            whose, option = (f" of account {user}", f" --user {user}") if user else ("", "")
            raise InputMissing(f"no cached input for {year} day {day}{whose}: run `aoc fetch {year} {day}{option}`")
        if registry.shipped(year, day):
            raise InputMissing(f"no cached input for {year} day {day}, and it is one of aoc's example days, not "
                               f"yours: run it with --example, or write your own with `aoc new {year} {day}`")
        fetch_input(year, day, user)
    return PuzzleInput(year, day, user or "input", path)


def examples(year: int, day: int) -> list[PuzzleInput]:
    """Every non-empty example of the day, or InputMissing saying where to put one."""
    found = store.example_paths(year, day)
    usable = [PuzzleInput(year, day, name, path) for name, path in found.items() if path.stat().st_size]
    if not usable:
        where = store.example_path(year, day)
        state = "is empty" if found else "does not exist"
        raise InputMissing(f"{where} {state}: paste the puzzle's example into it")
    return usable


def from_file(year: int, day: int, path: Path) -> PuzzleInput:
    """A text the user names with --input."""
    if not path.is_file():
        raise InputMissing(f"no such input file: {path}")
    return PuzzleInput(year, day, f"file:{path.name}", path)


def choose(year: int, day: int, *, example: bool = False, path: Path | None = None, fetch: bool = True,
           user: str | None = None):
    """The inputs one `aoc run` uses (the real one of account `user`, else the default account's)."""
    if path is not None:
        return [from_file(year, day, path)]
    if example:
        return examples(year, day)
    return [real(year, day, fetch=fetch, user=user)]


def fetch_input(year: int, day: int, user: str | None = None) -> str:
    """The day's real input (of account `user`): from the cache, else fetched once and cached atomically."""
    cache_input(year, day, user)
    return store.read_text(store.input_path(year, day, user))


def cache_input(year: int, day: int, user: str | None = None) -> bool:
    """Fetch the day's real input (of account `user`) into the cache unless it is there; True when this call
    fetched it."""
    path = store.input_path(year, day, user)
    if path.exists():
        return False
    from aoc.site import client

    client.ensure_unlocked(year, day)
    with store.exclusive(f"input-{year}-{path.stem}.lock"):
        if path.exists():  # another process fetched it while this one waited
            return False
        store.write_atomic(path, _download_input(client, year, day, user))
    return True


def _download_input(client, year: int, day: int, user: str | None) -> str:
    """The input as the site sends it, refused when it cannot be one (so nothing wrong is ever cached)."""
    url = f"/{year}/day/{day}/input"
    try:
        text = client.get(url, user)
    except NotFound:
        since = -calendar.time_until_unlock(year, day).total_seconds()
        if since < JUST_UNLOCKED:
            raise NotUnlocked(f"{year} day {day}: not found yet, {since:.0f} s after it unlocked "
                              "(the site's clock may be behind): try again in a minute") from None
        raise
    problem = _not_an_input(text)
    if problem:
        raise FetchError(f"{url}: the site sent {problem}, not a puzzle input; nothing was cached")
    return text


def _not_an_input(text: str) -> str | None:
    """What the text is, when it cannot be a puzzle input (which is plain printable text)."""
    from aoc.site import page  # its patterns are compiled only when an input arrives, not at every start

    if not text.strip():
        return "an empty answer"
    if page.logged_out(text):
        return "the logged-out page (is the token stale?)"
    if BINARY.search(text):
        return "binary data"
    if text.lstrip().lower().startswith(("<!doctype", "<html")):
        return "a web page"
    return None


def fetch_page(year: int, day: int, refresh: bool = False, user: str | None = None) -> str:
    """The puzzle page (as account `user` sees it): from the cache, else fetched (again only when `refresh`, e.g.
    once part 1 is solved)."""
    return _cached_or_fetched(store.page_path(year, day, user), f"/{year}/day/{day}", (year, day), refresh, user)


def fetch_calendar(year: int, refresh: bool = False, accept: Callable[[str], object] | None = None,
                   user: str | None = None) -> str:
    """The year's calendar page (the stars the site shows account `user`): from the cache, else fetched (again when
    `refresh`); `accept` raises for a page that must not be cached (a logged-out one)."""
    return _cached_or_fetched(store.calendar_path(year, user), f"/{year}", (year, 1), refresh, user, accept)


def _cached_or_fetched(path: Path, url: str, unlocks: tuple[int, int], refresh: bool, user: str | None = None,
                       accept: Callable[[str], object] | None = None) -> str:
    """A page of the site: the cached copy, else (or when `refresh`) fetched once the puzzle `unlocks` names has
    unlocked, and cached."""
    if path.exists() and not refresh:
        return store.read_text(path)
    from aoc.site import client

    client.ensure_unlocked(*unlocks)
    text = client.get(url, user)
    if accept is not None:
        accept(text)
    store.write_atomic(path, text)
    return text
