"""The puzzle page as terminal text: headings, emphasis, code blocks, links, lists; prose wrapped by visible width."""
import re

import click

from aoc import reader

BASE = "https://puzzles.example/"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
PROSE = ('<article class="day-desc"><h2>--- Day 9: Long Lines ---</h2>'
         '<p>A <em>very</em> long sentence with <code>code</code>, a <a href="/2016/about">link</a> and an '
         '<a href="#part2">anchor</a>, wrapped <em class="star">neatly</em> at the width it is given.</p>'
         "<ul><li>first item, which is long enough to wrap onto a second line</li><li>second</li></ul>"
         "</article>")


def plain(lines: list[str]) -> list[str]:
    return [ANSI.sub("", line) for line in lines]


def test_part_one_with_its_code_block_and_a_note_for_part_two(helpers):
    lines = plain(reader.render(helpers.saved_page("2016-03-part1"), 80, BASE))
    assert lines[0] == "--- Day 3: Summing & Things ---"
    assert "The elves hand you a list of numbers, such as 4 5." in lines
    assert lines[lines.index("For example:") + 2:][:2] == ["    1 2", "    3"]
    assert "Adding them up gives 1 + 2 + 3 = 6." in lines
    assert lines[-1] == "(part 2 appears once part 1 is solved)"
    assert not any("get your puzzle input" in line for line in lines)  # only the parts' own text


def test_both_parts_each_with_the_answer_given(helpers):
    lines = plain(reader.render(helpers.saved_page("2016-03-part2"), 80, BASE))
    assert lines.index("Your puzzle answer was 9.") < lines.index("--- Part Two ---")
    assert lines[-1] == "Your puzzle answer was 24." and "(part 2 appears" not in "\n".join(lines)


def test_prose_wraps_at_the_visible_width_whatever_its_styles():
    styled = reader.render(PROSE, 30, BASE, last_day=True)
    lines = plain(styled)
    assert all(len(line) <= 30 for line in lines if "(https://" not in line)
    text = " ".join(lines)
    assert "A very long sentence with code, a link (https://puzzles.example/2016/about) and an anchor, wrapped" in text
    assert "#part2" not in text
    assert "  • first item, which is long" in lines and "    enough to wrap onto a" in lines
    assert lines[-1] == "  • second"  # items follow each other without a blank line between them
    joined = "".join(styled)
    assert click.style("very", bold=True) in joined and click.style("neatly", bold=True, fg="yellow") in joined


def test_a_word_that_changes_style_midway_stays_one_word():
    lines = reader.render('<article class="day-desc"><p>is <code>x</code>, then</p></article>', 80, BASE, last_day=True)
    assert plain(lines) == ["is x, then"]
