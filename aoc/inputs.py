"""A puzzle's texts: the real input and the puzzle page (cached, fetched once on a miss), the examples,
or a file named on the command line.

This is where the store (files) meets the site (HTTP): neither knows the other.
"""
import re
from dataclasses import dataclass
from pathlib import Path

from aoc import calendar, store
from aoc.errors import FetchError, InputMissing, NotFound, NotUnlocked
from aoc.site import page

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


def real(year: int, day: int, *, fetch: bool = True) -> PuzzleInput:
    """The real input, fetched (once, ever) when it is not cached and `fetch` allows."""
    path = store.input_path(year, day)
    if not path.exists():
        if not fetch:
            raise InputMissing(f"no cached input for {year} day {day}: run `aoc fetch {year} {day}`")
        fetch_input(year, day)
    return PuzzleInput(year, day, "input", path)


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


def choose(year: int, day: int, *, example: bool = False, path: Path | None = None, fetch: bool = True):
    """The inputs one `aoc run` uses."""
    if path is not None:
        return [from_file(year, day, path)]
    if example:
        return examples(year, day)
    return [real(year, day, fetch=fetch)]


def fetch_input(year: int, day: int) -> str:
    """The day's real input: from the cache, else fetched once and cached atomically."""
    cache_input(year, day)
    return store.read_text(store.input_path(year, day))


def cache_input(year: int, day: int) -> bool:
    """Fetch the day's real input into the cache unless it is there; True when this call fetched it."""
    path = store.input_path(year, day)
    if path.exists():
        return False
    from aoc.site import client

    client.ensure_unlocked(year, day)
    with store.exclusive(f"input-{year}-{day:02d}.lock"):
        if path.exists():  # another process fetched it while this one waited
            return False
        store.write_atomic(path, _download_input(client, year, day))
    return True


def _download_input(client, year: int, day: int) -> str:
    """The input as the site sends it, refused when it cannot be one (so nothing wrong is ever cached)."""
    url = f"/{year}/day/{day}/input"
    try:
        text = client.get(url)
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
    if not text.strip():
        return "an empty answer"
    if page.logged_out(text):
        return "the logged-out page (is the token stale?)"
    if BINARY.search(text):
        return "binary data"
    if text.lstrip().lower().startswith(("<!doctype", "<html")):
        return "a web page"
    return None


def fetch_page(year: int, day: int, refresh: bool = False) -> str:
    """The puzzle page: from the cache, else fetched (again only when `refresh`, e.g. once part 1 is solved)."""
    path = store.page_path(year, day)
    if path.exists() and not refresh:
        return store.read_text(path)
    from aoc.site import client

    client.ensure_unlocked(year, day)
    text = client.get(f"/{year}/day/{day}")
    store.write_atomic(path, text)
    return text
