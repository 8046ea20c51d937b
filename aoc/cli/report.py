"""Turns run results into the lines the commands print: per-day blocks and the summary table."""
from typing import TYPE_CHECKING

import click

from aoc.status import MARK, PHRASE, Status
from aoc.units import human_time

if TYPE_CHECKING:
    from aoc.runner import InputRun, PartResult



def heading(result: "InputRun") -> str:
    """'2015 day 1: Not Quite Lisp (example)'."""
    return click.style(f"{result.year} day {result.day}: {result.title}", bold=True) + f" ({result.input_name})"


def block(result: "InputRun") -> list[str]:
    """The lines of one run: parse time, then each part's answer, time and verdict."""
    lines = [heading(result)]
    if result.parse_error is not None:
        return lines + ["  parse   failed  ✗", *_indent(result.parse_error)]
    lines.append(f"  parse   {'':<20} {human_time(result.parse_seconds):>9}")
    for part in result.parts:
        lines.extend(_part_lines(part))
    return lines


def _part_lines(part: "PartResult") -> list[str]:
    """One part's line, and its traceback or expected answer when it failed."""
    answer = _in_place_of_answer(part)
    mark = click.style(MARK[part.status], fg="green" if part.status == Status.RIGHT else "red")
    line = f"  part {part.part}  {answer:<20} {human_time(part.seconds):>9}  {mark}".rstrip()
    if part.status == Status.WRONG:
        line += f" expected {part.expected}"
    return [line, *_indent(part.error)] if part.error else [line]


def _in_place_of_answer(part: "PartResult") -> str | None:
    """The answer, or what the part did instead ('raised', '(not written yet)')."""
    if part.status == Status.TODO:
        return f"({PHRASE[Status.TODO]})"
    return PHRASE.get(part.status, part.answer)


def _indent(text: str | None) -> list[str]:
    """A multi-line message indented under its part."""
    return [f"      {line}" for line in (text or "").splitlines()]


def summary(results: "list[InputRun]") -> list[str]:
    """The table `run --all` and `check` end with, and a closing count."""
    rows = [f"{'year':>4} {'day':>3}  {'title':<34} {'input':<9} {'part 1':>12} {'part 2':>12}"]
    for result in sorted(results, key=lambda r: (r.year, r.day, r.input_name)):
        cells = {part.part: _cell(part) for part in result.parts}
        if result.parse_error is not None:
            cells = {1: "✗ parse", 2: ""}
        title = result.title[:34]
        rows.append(
            f"{result.year:>4} {result.day:>3}  {title:<34} {result.input_name:<9} "
            f"{cells.get(1, ''):>12} {cells.get(2, ''):>12}"
        )
    return rows + [totals(results)]


def _cell(part: "PartResult") -> str:
    """'✓ 1.2 ms' for a part in the summary table."""
    return f"{MARK[part.status] or '·'} {human_time(part.seconds)}"


def totals(results: "list[InputRun]") -> str:
    """'12 inputs, 20 parts: 19 right, 1 failed, in 34.0 ms'."""
    parts = [part for result in results for part in result.parts]
    right = sum(part.status == Status.RIGHT for part in parts)
    failed = sum(part.failed for part in parts) + sum(result.parse_error is not None for result in results)
    seconds = sum(part.seconds or 0 for part in parts) + sum(result.parse_seconds or 0 for result in results)
    return f"{len(results)} inputs, {len(parts)} parts: {right} right, {failed} failed, in {human_time(seconds)}"
