"""The daily write-up: a Markdown post drafted from the day's own solution, and the year's index.

A post is posts/<YYYY>/<DD>-<slug>.md, with YAML front matter that Hugo and Jekyll both read. Its
generated sections sit between `<!-- aoc:begin NAME -->` and `<!-- aoc:end NAME -->`; drafting again
refreshes only those and keeps every other byte the author wrote, front matter included.
A generated section whose markers the author deleted stays deleted.

Nothing private reaches a post: only the title is taken from the puzzle page, the real input is run
but never quoted, and the answers sit in a <details> spoiler unless revealed.
"""
import ast
import html
import inspect
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from aoc import batch, inputs, registry, store
from aoc.errors import BrokenPost, FetchError, InputMissing, NoApproach
from aoc.registry import Day
from aoc.runner import InputRun, PartResult
from aoc.site import credentials, page
from aoc.status import MARK, WORDS, Status
from aoc.units import human_time

BLOCK = re.compile(r"(<!-- aoc:begin (?P<name>[\w-]+) -->)(?P<body>.*?)(<!-- aoc:end (?P=name) -->)", re.S)
MARKER = re.compile(r"<!-- aoc:(?:begin|end) [\w-]+ -->")
NOTE = """<!-- Drafted by `aoc post`. Running it again refreshes only the text between aoc:begin and
     aoc:end markers; everything else, this note included, is yours to edit. -->"""
POST = """{front_matter}
{note}

## The puzzle in brief

TODO: the puzzle in a few sentences of your own (its text is the puzzle author's, not ours to copy).

## Approach

{approach}

## Code

{code}

## Results

{results}

{figures}
"""
INDEX = """{front_matter}
{note}

TODO: a line about this year's event and how it went.

{index}
"""
@dataclass(frozen=True)
class Figure:
    """A picture for a post: an SVG to link, or DOT text to show when Graphviz made no SVG of it."""

    caption: str
    path: Path


def draft(day: Day, *, reveal: bool = False, repeat: int = 5, timeout: float | None = None,
          draw: bool = True) -> tuple[Path, str]:
    """The day's post, new or merged into the one already written: its path and its text.

    With `draw`, a lab day's equation graph and loss curve are drawn beside the post first.
    """
    approach = _approach(day)  # a day without one fails before any request or run
    name = title_from_page(day)
    path = post_path(day, name)
    old = _read(path)  # a broken post fails here, before any picture is drawn
    if draw:
        draw_lab(day, path)
    fresh = {
        "approach": approach,
        "code": _code(day),
        "results": _results(day, reveal, repeat, timeout),
        "figures": _figures_section(figures_beside(path)),
    }
    if old is not None:
        return path, merge(old, fresh)
    tags = ["advent-of-code", f"aoc-{day.year}", "python"]
    matter = _front_matter(f"Advent of Code {day.year} Day {day.day}: {name}", f"{day.year}-12-{day.day:02d}", tags)
    blocks = {key: _block(key, body) for key, body in fresh.items()}
    return path, POST.format(front_matter=matter, note=NOTE, **blocks)


def index(year: int, *, repeat: int = 5, timeout: float | None = None) -> tuple[Path, str]:
    """The year's index page, new or merged into the one already written: its path and its text."""
    path = posts_dir(year) / "index.md"
    old = _read(path)
    fresh = {"index": _index_table(year, repeat, timeout)}
    if old is not None:
        return path, merge(old, fresh)
    matter = _front_matter(f"Advent of Code {year}", f"{year}-12-01", ["advent-of-code", f"aoc-{year}"])
    return path, INDEX.format(front_matter=matter, note=NOTE, index=_block("index", fresh["index"]))


def merge(old: str, fresh: dict[str, str]) -> str:
    """`old` with each generated section it has refreshed from `fresh`; every byte outside them kept."""

    def refresh(match: re.Match) -> str:
        body = _inner(fresh[match["name"]]) if match["name"] in fresh else match["body"]
        return match[1] + body + match[4]

    return BLOCK.sub(refresh, old)


def title_from_page(day: Day, fetch: bool = True) -> str:
    """The puzzle's title from its page (cached, or fetched once when a token is set), else the module's."""
    if store.page_path(day.year, day.day).exists() or (fetch and credentials.find()):
        try:
            found = page.title(inputs.fetch_page(day.year, day.day))
        except FetchError:  # offline, expired token, site down: the module's title will do
            found = None
        if found:
            return found
    return day.title


def slug(text: str) -> str:
    """'Hill Climbing Algorithm' → 'hill-climbing-algorithm' (ASCII, so every static site takes it)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "puzzle"


def posts_dir(year: int) -> Path:
    """posts/<YYYY>."""
    return store.root() / "posts" / str(year)


def post_path(day: Day, name: str) -> Path:
    """The day's post already written (whatever title it was slugged from), else a new path from `name`."""
    wanted = posts_dir(day.year) / f"{day.day:02d}-{slug(name)}.md"
    existing = sorted(posts_dir(day.year).glob(f"{day.day:02d}-*.md"))
    return wanted if wanted in existing or not existing else existing[0]


def figures_beside(post: Path) -> list[Figure]:
    """Every <post stem>-*.svg, and every -*.dot that has no .svg (Graphviz was missing when the lab ran)."""
    found = [
        path for path in post.parent.glob(f"{post.stem}-*")
        if path.suffix == ".svg" or (path.suffix == ".dot" and not path.with_suffix(".svg").exists())
    ]
    return [Figure(_caption(path, post), path) for path in sorted(found)]


def _caption(path: Path, post: Path) -> str:
    """'Equation graph' for posts/2018/10-the-stars-align-equation-graph.svg."""
    return path.stem.removeprefix(f"{post.stem}-").replace("-", " ").capitalize()


def draw_lab(day: Day, post: Path) -> None:
    """A lab day's equation graph (with runtime values) and loss curve, beside the post.

    They are drawn on the day's first example, never the real input: a picture shows values, and the
    real input and its answers must not reach a post.
    """
    if not callable(getattr(day.module, "study", None)):
        return
    from aoc import lab
    from aoc.lab import driver

    try:
        study, _ = driver.day_study(day.year, day.day, example=True)
    except InputMissing:
        return
    proof = lab.solve(study)
    post.parent.mkdir(parents=True, exist_ok=True)
    stem = post.with_suffix("")
    try:
        driver.write_graph(study, f"{stem}-equation-graph.svg")
    except lab.LabError:  # no Graphviz here: the post shows the DOT text instead
        driver.write_graph(study, f"{stem}-equation-graph.dot")
    driver.write_curve(proof, f"{stem}-loss-curve.svg", study.title)


def _read(path: Path) -> str | None:
    """An existing post's exact text (no newline translation, so its bytes survive), checked; None if absent."""
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise BrokenPost(f"{path} is not UTF-8: save it as UTF-8, or delete it to draft it anew") from None
    if len(MARKER.findall(text)) != 2 * len(BLOCK.findall(text)):
        raise BrokenPost(f"{path}: an aoc:begin marker has no matching aoc:end (or the reverse): pair them again")
    return text


def _front_matter(heading: str, date: str, tags: list[str]) -> str:
    """YAML front matter for Hugo and Jekyll; strings are written as JSON, which YAML reads as they are."""
    return "\n".join(["---", f"title: {json.dumps(heading, ensure_ascii=False)}", f"date: {date}",
                      f"tags: {json.dumps(tags)}", "draft: true", "---"])


def _block(name: str, body: str) -> str:
    """A generated section with its markers."""
    return f"<!-- aoc:begin {name} -->{_inner(body)}<!-- aoc:end {name} -->"


def _inner(body: str) -> str:
    """What goes between two markers: blank lines around the body, so every Markdown parser sees blocks."""
    return f"\n\n{body}\n\n" if body else "\n"


def _fence(text: str, language: str = "") -> str:
    """A fenced code block whose fence is longer than any run of backticks inside it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    bar = "`" * max(3, longest + 1)
    return f"{bar}{language}\n{text}\n{bar}"


def _approach(day: Day) -> str:
    """The module docstring without its 'YYYY day N: Title.' opening: how the solution works."""
    from aoc.scaffold import PLACEHOLDER

    text = registry.docstring_parts(day.module)[1]
    if not text or text.startswith(PLACEHOLDER):
        raise NoApproach(f"{day.path}: no docstring saying how the solution works; "
                         "write one, it becomes the post's approach")
    return text


def _code(day: Day) -> str:
    """The module below its docstring (imports, constants, functions, comments), fenced as Python."""
    source = inspect.getsource(day.module)
    docstring = ast.parse(source).body[0]  # _approach has checked the module opens with one
    below = source.splitlines(keepends=True)[docstring.end_lineno:]
    return _fence("".join(below).strip("\n"), "python")


def _inputs(day: Day) -> tuple[str, list[inputs.PuzzleInput]]:
    """The cached real input, else the examples (a post never downloads), and words saying which."""
    try:
        return "the real input", [inputs.real(day.year, day.day, fetch=False)]
    except InputMissing:
        found = inputs.examples(day.year, day.day)
    plural = "s" if len(found) > 1 else ""
    return f"the puzzle's example{plural} (no real input is cached)", found


def _results(day: Day, reveal: bool, repeat: int, timeout: float | None) -> str:
    """A timing table for each input run, and the answers behind a spoiler unless revealed."""
    try:
        source, jobs = _inputs(day)
    except InputMissing:
        return "Not run: there is no cached real input and no example yet."
    options = batch.Options(repeat=repeat, timeout=timeout)
    runs = [batch.run_job(job, options) for job in jobs]
    times = "one run" if repeat == 1 else f"median of {repeat} runs"
    rows = [f"| {_input_name(run)} | {' | '.join(_timing_cells(run))} |" for run in runs]
    table = ["| input | parse | part 1 | part 2 |", "| --- | ---: | ---: | ---: |", *rows]
    text = "\n".join([f"Timed on {source}: {times}, parsing timed apart from the parts.", "", *table])
    answers = _answers(runs, reveal)
    return f"{text}\n\n{answers}" if answers else text


def _input_name(run: InputRun) -> str:
    """'real input', 'example', 'example2', …"""
    return "real input" if run.input_name == "input" else run.input_name


def _timing_cells(run: InputRun) -> list[str]:
    """Parse time, then part 1 and part 2 as time and verdict ('—' for a part not run)."""
    if run.parse_error is not None:
        return ["✗ failed", "—", "—"]
    parts = {part.part: _part_cell(part) for part in run.parts}
    return [human_time(run.parse_seconds), parts.get(1, "—"), parts.get(2, "—")]


def _part_cell(part: PartResult) -> str:
    """'3.4 µs ✓': a part's median time and how it compares with the known answer."""
    seconds = human_time(part.seconds) if part.seconds is not None else ""
    said = "" if part.status in (Status.RIGHT, Status.UNKNOWN) else WORDS[part.status]
    return f"{seconds} {MARK[part.status]} {said}".strip()


def _answers(runs: list[InputRun], reveal: bool) -> str:
    """Every answer, in a <details> spoiler unless `reveal`.

    The spoiler is one raw-HTML block (no blank line inside), so a renderer that drops raw HTML,
    as Hugo does by default, drops the answers with it instead of showing them.
    """
    lines = [f"{_input_name(run)}, part {part.part}: {part.answer}"
             for run in runs for part in run.parts if part.answer is not None]
    if not lines:
        return ""
    if reveal:
        return "Answers:\n\n" + _fence("\n".join(lines), "text")
    listing = "\n".join(html.escape(line) if line.strip() else "&nbsp;" for line in "\n".join(lines).split("\n"))
    return f"<details>\n<summary>Answers (spoilers)</summary>\n<pre>\n{listing}\n</pre>\n</details>"


def _figures_section(found: list[Figure]) -> str:
    """The pictures linked by name (they sit beside the post), DOT text fenced; nothing without any."""
    if not found:
        return ""
    lines = ["## Pictures"]
    for figure in found:
        if figure.path.suffix == ".svg":
            lines.append(f"![{figure.caption}]({figure.path.name})")
        else:
            dot = store.read_text(figure.path).strip("\n")
            lines.append(f"{figure.caption} (Graphviz's DOT; install Graphviz to draw it):\n\n{_fence(dot, 'dot')}")
    return "\n\n".join(lines)


def _index_table(year: int, repeat: int, timeout: float | None) -> str:
    """One row a solved day: its title (linked to its post), stars known, and timings."""
    from aoc import stars

    earned = {entry.day: entry.stars for entry in stars.year_stars(year)}
    rows = [_index_row(registry.load(year, number), earned[number], repeat, timeout)
            for _, number in registry.days(year)]
    if not rows:
        return "No day solved yet."
    head = ["| day | title | stars | parse | part 1 | part 2 | timed on |",
            "| ---: | --- | --- | ---: | ---: | ---: | --- |"]
    return "\n".join(head + rows)


def _index_row(day: Day, earned: int, repeat: int, timeout: float | None) -> str:
    """A day's row; timed on the real input when cached, else on its first example."""
    name = title_from_page(day, fetch=False)
    post = post_path(day, name)
    cell = name.replace("|", "\\|")
    label = f"[{cell}]({post.name})" if post.exists() else cell
    stars = "★" * earned or "—"
    try:
        _, jobs = _inputs(day)
    except InputMissing:
        return f"| {day.day} | {label} | {stars} | — | — | — | nothing cached |"
    run = batch.run_job(jobs[0], batch.Options(repeat=repeat, timeout=timeout))
    return f"| {day.day} | {label} | {stars} | {' | '.join(_timing_cells(run))} | {_input_name(run)} |"
