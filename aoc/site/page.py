"""Reads the puzzle page's HTML: its title, its examples and their stated answers, and the answers it shows as solved.

The page is the site's own text: it is cached beside the input
(inputs/<YYYY>/<DD>.page.html, git-ignored like the input) and never committed.
The site writes every puzzle the same way: one <article class="day-desc"> per
part (part 2's only once part 1 is solved), examples as <pre><code> blocks
after a paragraph that introduces them, and the answer an example leads to as
the last <code><em> before the next example.
"""
import html
import re
from dataclasses import dataclass, field

TITLE = re.compile(r"<h2>\s*---\s*Day\s+\d+:\s*(?P<title>.*?)\s*---\s*</h2>", re.S)
ARTICLE = re.compile(r"<article[^>]*>(?P<body>.*?)</article>", re.S)
PART = re.compile(r"<article[^>]*class=\"day-desc\"[^>]*>(.*?)</article>", re.S)
LOGGED_OUT = "Puzzle inputs differ by user"  # the site's answer to an input asked for without a valid token
LOGIN_PAGE = "To play, please identify yourself"  # the page it shows instead of a puzzle or a verdict
PRE = re.compile(r"<pre><code>(.*?)</code></pre>", re.S)
PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
STATED = re.compile(r"<code><em>(.*?)</em></code>|<em><code>(.*?)</code></em>", re.S)
SOLVED = re.compile(r"Your puzzle answer was\s*<code>(.*?)</code>", re.S)
INTRODUCES_EXAMPLE = re.compile(r"\bexamples?\b", re.I)


@dataclass
class Example:
    """One example input from the page and the answers the page states for it, by part."""

    text: str
    answers: dict = field(default_factory=dict)


def plain_text(fragment: str) -> str:
    """HTML as plain text: tags dropped (the site highlights inside examples), entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def title(page: str) -> str | None:
    """The puzzle's title from its page, or None when the page has none."""
    match = TITLE.search(page)
    return plain_text(match["title"]).strip() if match else None


def parts(page: str) -> list[str]:
    """The HTML of each part's description: one until part 1 is solved, then two."""
    return PART.findall(page)


def article_text(page: str) -> str:
    """The plain text of the page's first <article> (where the site says its verdict), else of the whole page."""
    match = ARTICLE.search(page)
    return plain_text(match["body"] if match else page).strip()


def logged_out(page: str) -> bool:
    """Does the page say the token is missing or stale, instead of what was asked for?"""
    return LOGGED_OUT in page or LOGIN_PAGE in page


def solved_answers(page: str) -> dict[int, str]:
    """The answers the page shows as accepted ('Your puzzle answer was …'), by part."""
    return {part: plain_text(answer).strip() for part, answer in enumerate(SOLVED.findall(page), start=1)}


def examples(page: str) -> list[Example]:
    """Every example of the page in order, with its stated answers.

    Part 2 often reuses part 1's example ("in the example above, …"): an
    answer part 2 states before any new example belongs to the first one.
    """
    found: list[Example] = []
    for part, article in enumerate(parts(page)[:2], start=1):
        lead, blocks = _examples_of(article, fallback=part == 1)
        for text, answer in blocks:
            same = next((example for example in found if example.text == text), None)
            if same is None:
                same = Example(text)
                found.append(same)
            if answer is not None:
                same.answers.setdefault(part, answer)
        if part == 2 and lead is not None and found:
            found[0].answers.setdefault(part, lead)
    return found


def _examples_of(article: str, fallback: bool) -> tuple[str | None, list[tuple[str, str | None]]]:
    """The answer stated before any example, and (input, stated answer) of each <pre><code> introduced as one.

    Without such a block, `fallback` takes the first block (part 1 always has an example).
    """
    pieces = PRE.split(article)  # prose, block, prose, block, …, prose
    prose, blocks = pieces[0::2], pieces[1::2]
    chosen = [i for i, _ in enumerate(blocks) if _introduces(prose[i])]
    if not chosen and fallback and blocks:
        chosen = [0]
    lead = _last_stated("".join(prose[:chosen[0] + 1] if chosen else prose))
    found = []
    for k, i in enumerate(chosen):
        end = chosen[k + 1] if k + 1 < len(chosen) else len(blocks)
        found.append((_as_input(blocks[i]), _last_stated("".join(prose[i + 1:end + 1]))))
    return lead, found


def _introduces(prose: str) -> bool:
    """Does the paragraph just before a block say that an example follows?"""
    paragraphs = PARAGRAPH.findall(prose)
    return bool(paragraphs) and bool(INTRODUCES_EXAMPLE.search(plain_text(paragraphs[-1])))


def _last_stated(prose: str) -> str | None:
    """The last answer-like value (<code><em>) in some prose, when it is one line."""
    values = [plain_text(a or b).strip() for a, b in STATED.findall(prose)]
    values = [value for value in values if value and "\n" not in value]
    return values[-1] if values else None


def _as_input(block: str) -> str:
    """A <pre><code> block as an input file's text, ending with one newline."""
    return plain_text(block).rstrip("\n") + "\n"
