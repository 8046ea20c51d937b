"""Reading puzzle pages: title, examples and their stated answers, solved answers.

Every page here (and in tests/pages/) is written by hand for the tests, in the site's layout; none is
copied from the site.
"""
from pathlib import Path

from aoc.site import page

PAGES = Path(__file__).resolve().parent.parent / "pages"
PART1 = (PAGES / "2016-03-part1.html").read_text()  # before part 1 is solved: one article
PART2 = (PAGES / "2016-03-part2.html").read_text()  # after: part 2's article and both answers shown


def test_title_is_unescaped():
    assert page.title(PART1) == "Summing & Things"
    assert page.title("<p>nothing</p>") is None


def test_part_one_example_and_its_stated_answer():
    (example,) = page.examples(PART1)
    assert example.text == "1 2\n3\n"
    assert example.answers == {1: "6"}


def test_part_two_adds_an_answer_to_the_first_example_and_a_new_example():
    first, second = page.examples(PART2)
    assert first.answers == {1: "6", 2: "6"}
    assert second.text == "2 5\n" and second.answers == {2: "10"}


def test_part_two_without_a_new_example_states_its_answer_for_the_first():
    html = PART1.replace("</article>\n<p>To begin", """</article>
<article class="day-desc"><h2>--- Part Two ---</h2><p>Multiply instead: that gives <code><em>6</em></code>.</p></article>
<p>To begin""")
    (example,) = page.examples(html)
    assert example.answers == {1: "6", 2: "6"}


def test_blocks_that_are_not_introduced_as_examples_are_left_out_and_markup_is_dropped():
    html = """<article class="day-desc"><h2>--- Day 9: Grids ---</h2>
<p>Consider this example grid:</p>
<pre><code>#.<em>#</em>
a&lt;b
</code></pre>
<p>After one step it looks like this:</p>
<pre><code>...
</code></pre>
<p>So <code><em>3</em></code> cells are lit, and after 4 steps, <code><em>17</em></code>.</p>
</article>"""
    (example,) = page.examples(html)
    assert example.text == "#.#\na<b\n"
    assert example.answers == {1: "17"}


def test_two_examples_in_part_one_each_get_their_own_answer():
    html = """<article class="day-desc"><h2>--- Day 8: Maps ---</h2>
<p>For example:</p><pre><code>AAA
</code></pre><p>Here it takes <code><em>2</em></code> steps.</p>
<p>Another example:</p><pre><code>BBB
</code></pre><p>This one takes <code><em>6</em></code> steps.</p></article>"""
    assert [(e.text, e.answers) for e in page.examples(html)] == [("AAA\n", {1: "2"}), ("BBB\n", {1: "6"})]


def test_without_an_introduction_the_first_block_of_part_one_is_the_example():
    html = '<article class="day-desc"><p>Take:</p><pre><code>x\n</code></pre><p>Then <code><em>1</em></code>.</p></article>'
    assert [(e.text, e.answers) for e in page.examples(html)] == [("x\n", {1: "1"})]
    assert page.examples("<html>no puzzle here</html>") == []


def test_solved_answers_and_parts():
    assert page.solved_answers(PART1) == {}
    assert page.solved_answers(PART2) == {1: "9", 2: "24"}
    assert len(page.parts(PART1)) == 1 and len(page.parts(PART2)) == 2


def test_page_html_patterns_live_in_page_only():
    import inspect

    from aoc.site import client, verdict

    for module in (client, verdict):
        source = inspect.getsource(module)
        for pattern in ("<article[", "Puzzle inputs differ by user", "To play, please identify yourself"):
            assert pattern not in source, f"{module.__name__} defines {pattern!r}: page.py owns it"
    assert page.logged_out("<p>Puzzle inputs differ by user.  Please log in</p>")
    assert page.logged_out("<main><p>To play, please identify yourself via one of these services:</p></main>")
    assert not page.logged_out("<article><p>That's the right answer!</p></article>")
    assert page.article_text("<main><article class='x'><p>A &amp; B</p></article></main>") == "A & B"
