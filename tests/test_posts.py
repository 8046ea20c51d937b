"""The write-up library: drafting, the kept-edits merge, spoilers, pictures, the index."""
import json
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from aoc import posts, registry
from aoc.errors import BrokenPost, NoApproach

REAL_INPUT = "4231 5077\n"
ANSWERS = "[3]\npart1 = 9308\npart2 = 21480787\n"  # 4231 + 5077 and 4231 × 5077: no timing or date looks like them
SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n'
PAGE = "<html><body><main><article><h2>--- Day 12: Hill Climbing, Served Locally ---</h2></article></main></body></html>"


@pytest.fixture
def shipped(project, helpers):
    """2022 day 12 as shipped, with the repository's example and answers in the test project."""
    shutil.copytree(helpers.REPO / "inputs" / "2022", project / "inputs" / "2022")
    return registry.load(2022, 12)


@pytest.fixture
def summing(project, helpers):
    """A day with a real input cached and its answers known."""
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY)
    helpers.write_input(project, 2016, "03.txt", REAL_INPUT)
    helpers.write_input(project, 2016, "answers.toml", ANSWERS)
    return registry.load(2016, 3)


def front_matter(text: str) -> dict:
    """The front matter's lines as key → raw value, checking it opens and closes the post."""
    lines = text.split("\n")
    assert lines[0] == "---"
    end = lines.index("---", 1)
    return dict(line.split(": ", 1) for line in lines[1:end])


def outside_spoiler(text: str) -> str:
    """The post without its <details> blocks."""
    return re.sub(r"<details>.*?</details>", "", text, flags=re.S)


def test_a_shipped_day_offline(shipped):
    path, text = posts.draft(shipped, repeat=1)
    assert path.relative_to(posts.posts_dir(2022)).as_posix() == "12-hill-climbing-algorithm.md"
    matter = front_matter(text)
    assert json.loads(matter["title"]) == "Advent of Code 2022 Day 12: Hill Climbing Algorithm"
    assert date.fromisoformat(matter["date"]) == date(2022, 12, 12)
    assert json.loads(matter["tags"]) == ["advent-of-code", "aoc-2022", "python"]
    assert matter["draft"] == "true"
    assert "Breadth-first search over the grid" in text
    code = re.search(r"```python\n(.*?)\n```", text, re.S)[1]
    assert "def fewest_steps(" in code and "def part2(" in code and "2022 day 12:" not in code
    assert "Timed on the puzzle's example (no real input is cached)" in text
    assert "| example |" in text and "✓" in text


def test_the_title_comes_from_the_puzzle_page_fetched_once(shipped, fake_site, helpers, monkeypatch):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    fake_site.inputs["/2022/day/12"] = PAGE
    path, text = posts.draft(shipped, repeat=1)
    assert path.name == "12-hill-climbing-served-locally.md"
    assert json.loads(front_matter(text)["title"]) == "Advent of Code 2022 Day 12: Hill Climbing, Served Locally"
    posts.draft(shipped, repeat=1)
    assert fake_site.count("/2022/day/12") == 1
    assert helpers.GOOD_TOKEN not in text


def test_an_unreachable_site_falls_back_to_the_module_title(shipped, helpers, monkeypatch):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)  # the project points the client at a closed port
    path, text = posts.draft(shipped, repeat=1)
    assert path.name == "12-hill-climbing-algorithm.md"
    assert helpers.GOOD_TOKEN not in text


def test_answers_hide_in_a_spoiler_and_the_input_never_shows(summing, helpers, monkeypatch):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    _, text = posts.draft(summing, repeat=3)
    assert "Timed on the real input: median of 3 runs" in text
    assert "| real input |" in text and text.count("✓") == 2
    spoiler = re.search(r"<details>.*?</details>", text, re.S)[0]
    assert "part 1: 9308" in spoiler and "part 2: 21480787" in spoiler
    assert "\n\n" not in spoiler  # one raw-HTML block: a renderer that drops raw HTML drops the answers too
    assert not re.search(r"\b(9308|21480787)\b", outside_spoiler(text))
    assert "4231" not in text and "5077" not in text
    assert helpers.GOOD_TOKEN not in text


def test_reveal_shows_the_answers_openly(summing):
    _, text = posts.draft(summing, reveal=True, repeat=1)
    assert "<details>" not in text
    assert "part 1: 9308" in text and "part 2: 21480787" in text
    assert "4231" not in text


def test_edits_outside_the_generated_sections_are_kept_byte_for_byte(summing, project, helpers):
    path, text = posts.draft(summing, repeat=1)
    edited = (
        text.replace("draft: true", "draft: false")
        .replace("TODO: the puzzle in a few sentences", "Numbers, summed and multiplied — café\r\nstyle")
        .replace("## Approach", "## How I did it\r\n\r\nSome words between sections.")
        .replace("<!-- aoc:begin results -->\n", "<!-- aoc:begin results -->\nstale words inside\n")
    )
    path.parent.mkdir(parents=True)
    path.write_bytes(edited.encode("utf-8"))
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY.replace("Adds up the numbers", "Now with a fresh approach"))
    del sys.modules[summing.module.__name__]  # the registry reuses a module already imported from that file
    day = registry.load(2016, 3)
    _, again = posts.draft(day, repeat=1)
    assert posts.BLOCK.split(again)[::5] == posts.BLOCK.split(edited)[::5]  # the author's text, between blocks
    assert "café\r\nstyle" in again and "draft: false" in again and "Some words between sections." in again
    assert "Now with a fresh approach" in again and "stale words inside" not in again


def test_a_deleted_generated_section_stays_deleted(summing):
    path, text = posts.draft(summing, repeat=1)
    path.parent.mkdir(parents=True)
    path.write_text(re.sub(r"<!-- aoc:begin code -->.*?<!-- aoc:end code -->", "my own code", text, flags=re.S))
    _, again = posts.draft(summing, repeat=1)
    assert "my own code" in again and "```python" not in again


def test_unpaired_markers_are_refused(summing):
    path, text = posts.draft(summing, repeat=1)
    path.parent.mkdir(parents=True)
    path.write_text(text.replace("<!-- aoc:end results -->", ""))
    with pytest.raises(BrokenPost, match="aoc:begin marker has no matching aoc:end"):
        posts.draft(summing, repeat=1)


def test_a_day_without_a_docstring_is_refused(project, helpers):
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY.split("\n", 1)[1])
    with pytest.raises(NoApproach, match=r"d03\.py: no docstring"):
        posts.draft(registry.load(2016, 3))


def test_a_docstring_with_only_the_title_has_no_approach(project, helpers):
    helpers.write_day(project, 2016, 3, '"""2016 day 3: Summing Things."""\n' + helpers.SUM_DAY.split("\n", 1)[1])
    with pytest.raises(NoApproach):
        posts.draft(registry.load(2016, 3))


def test_nothing_to_run_on_says_so(project, helpers):
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY)
    _, text = posts.draft(registry.load(2016, 3))
    assert "Not run: there is no cached real input and no example yet." in text


@pytest.mark.parametrize("title, slug", [
    ("Hill Climbing Algorithm", "hill-climbing-algorithm"),
    ("Crème Brûlée: Part II!", "creme-brulee-part-ii"),
    ("???", "puzzle"),
])
def test_slug(title, slug):
    assert posts.slug(title) == slug


def test_figures_are_the_svgs_beside_the_post_and_dot_without_svg(summing):
    path, text = posts.draft(summing, repeat=1)
    folder = path.parent
    folder.mkdir(parents=True)
    path.write_text(text)
    (folder / f"{path.stem}-loss-curve.svg").write_text(SVG)
    (folder / f"{path.stem}-graph.dot").write_text("digraph { a -> b }\n")
    (folder / f"{path.stem}-drawn.dot").write_text("digraph { c -> d }\n")
    (folder / f"{path.stem}-drawn.svg").write_text(SVG)
    (folder / "04-other-day-loss.svg").write_text(SVG)
    found = posts.figures_beside(path)
    assert [(f.caption, f.path.name) for f in found] == [
        ("Drawn", f"{path.stem}-drawn.svg"), ("Graph", f"{path.stem}-graph.dot"), ("Loss curve", f"{path.stem}-loss-curve.svg")]
    _, again = posts.draft(summing, repeat=1)
    assert f"![Loss curve]({path.stem}-loss-curve.svg)" in again
    assert "```dot\ndigraph { a -> b }\n```" in again and "c -> d" not in again


class Images(HTMLParser):
    """The src of every <img> in an HTML page."""

    def __init__(self):
        super().__init__()
        self.sources = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.sources.append(dict(attrs)["src"])


def image_problems(post, html: str) -> list[str]:
    """Every image the HTML links that is missing beside the post or is not an SVG document."""
    parser = Images()
    parser.feed(html)
    problems = []
    for source in parser.sources:
        try:
            root = ET.parse(post.parent / source).getroot()
        except (OSError, ET.ParseError) as exc:
            problems.append(f"{source}: {exc}")
            continue
        if root.tag != "{http://www.w3.org/2000/svg}svg":
            problems.append(f"{source}: root is {root.tag}")
    return problems


def render(text: str) -> str:
    """The post as a static site would show it: front matter stripped, Markdown to HTML."""
    body = text.split("\n---\n", 1)[1]
    return markdown.markdown(body, extensions=["fenced_code", "tables"])


def test_a_rendered_post_links_only_images_that_exist_and_are_svg(summing):
    path, text = posts.draft(summing, repeat=1)
    path.parent.mkdir(parents=True)
    path.write_text(text)
    (path.parent / f"{path.stem}-loss-curve.svg").write_text(SVG)
    (path.parent / f"{path.stem}-equation-graph.svg").write_text(SVG.replace("<rect", "<circle r='3'"))
    _, text = posts.draft(summing, repeat=1)
    html = render(text)
    assert html.count("<img ") == 2 and "<table>" in html and "<details>" in html
    assert not re.search(r"\b9308\b", outside_spoiler(html))
    assert image_problems(path, html) == []


def test_the_image_check_catches_a_missing_or_broken_picture(tmp_path):
    post = tmp_path / "03-x.md"
    (tmp_path / "bad.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'><unclosed></svg>")
    (tmp_path / "html.svg").write_text("<html/>")
    html = render("---\n---\n![a](bad.svg) ![b](gone.svg) ![c](html.svg)")
    assert len(image_problems(post, html)) == 3


def test_the_index_lists_days_titles_stars_and_timings(summing, project, helpers):
    helpers.write_day(project, 2016, 4, helpers.SUM_DAY.replace("Summing Things", "More Sums"))
    helpers.write_input(project, 2016, "04.example.txt", "1 2\n")
    helpers.write_day(project, 2016, 5, helpers.SUM_DAY.replace("Summing Things", "Nothing Cached"))
    registry.discover.cache_clear()  # days added after the fixture loaded day 3
    post, text = posts.draft(summing, repeat=1)
    post.parent.mkdir(parents=True)
    post.write_text(text)
    path, index = posts.index(2016, repeat=1)
    assert path == posts.posts_dir(2016) / "index.md"
    rows = [line for line in index.splitlines() if re.match(r"\| \d+ \|", line)]
    assert rows[0].startswith("| 3 | [Summing Things](03-summing-things.md) | ★★ |") and rows[0].endswith("| real input |")
    assert rows[1].startswith("| 4 | More Sums | — |") and rows[1].endswith("| example |")
    assert rows[2] == "| 5 | Nothing Cached | — | — | — | — | nothing cached |"
    assert not re.search(r"\b(9308|21480787)\b", index)


def test_the_index_keeps_the_authors_words(summing):
    path, index = posts.index(2016, repeat=1)
    path.parent.mkdir(parents=True)
    path.write_text(index.replace("TODO: a line about this year's event", "A fine year"))
    _, again = posts.index(2016, repeat=1)
    assert "A fine year" in again and "| 3 | Summing Things |" in again


def _lab_day_project(project, helpers):
    """The project holds 2018's example and answers, so the shipped lab day 2018/10 can be drawn."""
    shutil.copytree(helpers.REPO / "inputs" / "2018", project / "inputs" / "2018", dirs_exist_ok=True)
    return registry.load(2018, 10)


def test_a_lab_day_post_links_its_equation_graph_and_loss_curve(project, helpers):
    day = _lab_day_project(project, helpers)
    path, text = posts.draft(day, repeat=1)
    curve = path.with_name(f"{path.stem}-loss-curve.svg")
    assert ET.parse(curve).getroot().tag.endswith("svg") and curve.name in text
    graph = path.with_name(f"{path.stem}-equation-graph.svg")
    if shutil.which("dot"):
        assert ET.parse(graph).getroot().tag.endswith("svg") and graph.name in text
    else:
        assert "digraph" in text


def test_without_graphviz_the_post_shows_the_dot_text(project, helpers, monkeypatch, tmp_path):
    day = _lab_day_project(project, helpers)
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools-here"))
    path, text = posts.draft(day, repeat=1)
    assert "```dot" in text and "digraph" in text and "grad" in text
    assert not path.with_name(f"{path.stem}-equation-graph.svg").exists()


def test_a_dry_run_draws_nothing(project, helpers):
    day = _lab_day_project(project, helpers)
    posts.draft(day, repeat=1, draw=False)
    assert not (project / "posts").exists() or not list((project / "posts").rglob("*.svg"))


def test_the_scaffolds_placeholder_is_no_approach(project, helpers):
    from aoc import scaffold
    from aoc.errors import NoApproach

    assert scaffold.PLACEHOLDER in (Path(scaffold.__file__).parent / "templates" / "day.py.tmpl").read_text()
    helpers.write_day(project, 2016, 9, f'"""2016 day 9: Thing. {scaffold.PLACEHOLDER}: it becomes the approach."""\n'
                      "def parse(t):\n    return t\n\ndef part1(d):\n    return 1\n\ndef part2(d):\n    return 2\n")
    with pytest.raises(NoApproach):
        posts.draft(registry.load(2016, 9), repeat=1)
