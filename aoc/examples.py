"""Fills a day's example files and their answers from the puzzle page, never overwriting what the user edited.

Part 2's text only appears on the page once part 1 is solved, so a page
cached before that is fetched again, once, when part 1's answer is known.
An example file is written only when it is missing or empty, and an answer
only where answers.toml has none for that example; an example whose file the
user changed gets none of the page's answers, which belong to the page's text.
"""
from dataclasses import dataclass, field
from pathlib import Path

from aoc import inputs, store
from aoc.site import page


@dataclass
class Filled:
    """What filling changed: files written, edited files kept, answers recorded ('example part1 = 142')."""

    written: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """What changed, one line each, as the commands print it."""
        lines = [f"wrote example {path}" for path in self.written]
        lines += [f"kept {path}: it differs from the page's example (edited?), so none of its answers were added"
                  for path in self.kept]
        lines += [f"recorded {line}" for line in self.answers]
        return lines or ["the page added nothing new (no example found, or all already there)"]


def _refreshed_marker(year: int, day: int, user: str | None = None) -> Path:
    """Marks that the page (account `user`'s) was fetched again after part 1, so that happens once."""
    whose = "" if user is None else f".{store.account(user)}"
    return store.state_dir() / f"{year}-{day:02d}{whose}.page-refreshed"


def needs_refresh(year: int, day: int, html: str, user: str | None = None) -> bool:
    """Is the cached page from before part 1 was solved (no part 2 yet), and not refreshed since?"""
    solved = "part1" in store.known(year, day, user or "input").answers
    return solved and len(page.parts(html)) < 2 and not _refreshed_marker(year, day, user).exists()


def puzzle_page(year: int, day: int, user: str | None = None) -> str:
    """The puzzle page (as account `user` sees it): cached, fetched once, and once more after part 1 is solved."""
    html = inputs.fetch_page(year, day, user=user)
    if needs_refresh(year, day, html, user):
        html = inputs.fetch_page(year, day, refresh=True, user=user)
        store.write_atomic(_refreshed_marker(year, day, user), "")
    return html


def fill(year: int, day: int, html: str) -> Filled:
    """Write the page's examples and stated answers where the user has none; the title too."""
    filled = Filled()
    answers = {}
    for index, example in enumerate(page.examples(html), start=1):
        name = store.example_name(index)
        path = store.example_path(year, day, name)
        current = store.read_text(path) if path.exists() else ""
        if not current.strip():
            store.write_atomic(path, example.text)
            filled.written.append(path)
        elif current != example.text:
            filled.kept.append(path)
            continue
        answers[name] = example.answers
    filled.answers = _record(year, day, answers, page.title(html))
    return filled


def fetch_and_fill(year: int, day: int) -> Filled:
    """Fill the day's examples from its puzzle page (cached, or fetched once more after part 1 is solved)."""
    return fill(year, day, puzzle_page(year, day))


def _record(year: int, day: int, answers: dict[str, dict], title: str | None) -> list[str]:
    """Add the stated answers (and the title) that answers.toml lacks; return what was added."""
    added = []
    with store.edit_answers(year) as document:
        entry = store.table_in(document, str(day))
        if title and "title" not in entry:
            entry["title"] = title
        for name, stated in answers.items():
            missing = {part: value for part, value in stated.items() if f"part{part}" not in entry.get(name, {})}
            if not missing:
                continue
            table = store.table_in(entry, name)
            for part, value in sorted(missing.items()):
                table[f"part{part}"] = store.as_toml_value(value)
                added.append(f"{name} part{part} = {value}")
    return added
