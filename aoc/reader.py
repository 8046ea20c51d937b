"""The puzzle page as terminal text, for reading it where you code: headings, emphasis, code blocks and links.

The puzzle's text is its author's: it is shown, never written anywhere (the
page itself stays in its git-ignored cache). Each part's description is one
<article class="day-desc">; part 2's appears once part 1 is solved, and the
page says below each part the answer that was accepted.
"""
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin

import click

from aoc import calendar, examples
from aoc.site import page

BLOCKS = {"h2": "heading", "p": "paragraph", "li": "item", "pre": "code"}
INLINE: dict[str, dict] = {"em": {"bold": True}, "code": {"fg": "cyan"}, "a": {"underline": True}}
STAR: dict = {"bold": True, "fg": "yellow"}  # <em class="star">: the site draws it as a gold star
WHITESPACE = re.compile(r"(\s+)")


@dataclass
class Block:
    """One block of the page: what kind it is and its text in styled runs (text, click.style keywords)."""

    kind: str
    runs: list[tuple[str, dict]] = field(default_factory=list)


class _Blocks(HTMLParser):
    """Collects an article's blocks, each run of text with the styles of the tags around it."""

    def __init__(self, base: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base, self.blocks = base, [Block("paragraph")]
        self.open: list[tuple[str, dict, str | None]] = []  # the inline tags open here: (tag, style, link)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A block starts a new Block; an inline tag adds its style (a link remembers where it goes)."""
        attributes = dict(attrs)
        if tag in BLOCKS:
            self.blocks.append(Block(BLOCKS[tag]))
        elif tag in INLINE:
            style = STAR if tag == "em" and attributes.get("class") == "star" else INLINE[tag]
            self.open.append((tag, style, attributes.get("href") if tag == "a" else None))

    def handle_endtag(self, tag: str) -> None:
        """An inline tag ends its style; a link is followed by where it goes."""
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                _, _, link = self.open.pop(index)
                if link and not link.startswith("#"):
                    self.blocks[-1].runs.append((f" ({urljoin(self.base, link)})", {"dim": True}))
                return
        if tag in BLOCKS:
            self.blocks.append(Block("paragraph"))

    def handle_data(self, data: str) -> None:
        """Text, in the styles of every open inline tag (inside a code block, code's own colour is the block's)."""
        style: dict = {}
        for _, added, _ in self.open:
            style.update(added)
        self.blocks[-1].runs.append((data, style))


def blocks(html: str, base: str) -> list[Block]:
    """The blocks of an article's HTML, empty ones dropped; relative links resolved against `base`."""
    parser = _Blocks(base)
    parser.feed(html)
    parser.close()
    return [block for block in parser.blocks if "".join(text for text, _ in block.runs).strip()]


def render(html: str, width: int, base: str, last_day: bool = False) -> list[str]:
    """The page's parts as styled terminal lines, each part followed by its accepted answer (when solved)."""
    lines: list[str] = []
    answers = page.solved_answers(html)
    articles = page.parts(html)
    for number, article in enumerate(articles, start=1):
        found = blocks(article, base)
        for block, after in zip(found, [*found[1:], None], strict=True):
            lines.extend(_lines(block, width))
            if not (after and block.kind == after.kind == "item"):  # a list's items follow each other
                lines.append("")
        if number in answers:
            lines.extend([click.style(f"Your puzzle answer was {answers[number]}.", fg="green"), ""])
    if len(articles) == 1 and not last_day:
        lines.append(click.style("(part 2 appears once part 1 is solved)", dim=True))
    return lines[:-1] if lines and not lines[-1] else lines


def _lines(block: Block, width: int) -> list[str]:
    """A block as lines: a code block kept as it is, indented; prose wrapped to `width`."""
    if block.kind == "code":
        return ["    " + line for line in _code_lines(block.runs)]
    if block.kind == "heading":
        return [click.style(" ".join("".join(t for t, _ in block.runs).split()), bold=True, fg="green")]
    first, rest = ("  • ", "    ") if block.kind == "item" else ("", "")
    return _wrap(_words(block.runs), width, first, rest)


def _code_lines(runs: list[tuple[str, dict]]) -> list[str]:
    """A code block's lines as they are, each styled on its own (so an indent never carries a colour)."""
    lines: list[str] = [""]
    for text, style in runs:
        for index, piece in enumerate(text.split("\n")):
            if index:
                lines.append("")
            lines[-1] += click.style(piece, **{"fg": "cyan", **style}) if piece else ""
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines


def _words(runs: list[tuple[str, dict]]) -> list[list[tuple[str, dict]]]:
    """Prose as words, each a list of styled pieces (a word may change style midway: `<code>x</code>,`)."""
    words: list[list[tuple[str, dict]]] = [[]]
    for text, style in runs:
        for piece in WHITESPACE.split(text):
            if not piece:
                continue
            if piece.isspace():
                words.append([])
            else:
                words[-1].append((piece, style))
    return [word for word in words if word]


def _wrap(words: list[list[tuple[str, dict]]], width: int, first: str, rest: str) -> list[str]:
    """Words laid out in lines of at most `width` visible characters (a longer word gets a line of its own); the
    first line starts with `first`, the others with `rest`."""
    lines: list[str] = []
    line: list[str] = []
    used = 0  # visible characters of `line`, spaces included
    for word in words:
        size = sum(len(text) for text, _ in word)
        prefix = rest if lines else first
        if line and len(prefix) + used + 1 + size > width:
            lines.append(prefix + " ".join(line))
            line, used = [], 0
        used += size + (1 if line else 0)
        line.append("".join(click.style(text, **style) if style else text for text, style in word))
    return [*lines, (rest if lines else first) + " ".join(line)]


def read(year: int, day: int, width: int, base: str, user: str | None = None) -> list[str]:
    """The day's puzzle page (as account `user` sees it) as terminal lines: cached, fetched once, and once more
    after part 1 is solved."""
    return render(examples.puzzle_page(year, day, user), width, base, calendar.is_last_day(year, day))
