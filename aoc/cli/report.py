"""Turns run results into the lines the commands print: per-day blocks and the summary table."""
from typing import TYPE_CHECKING

import click

from aoc.status import FAILED, MARK, WORDS, Status
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
    if part.answer is not None:
        return part.answer
    words = WORDS[part.status]
    return f"({words})" if part.status == Status.TODO else words


def _indent(text: str | None) -> list[str]:
    """A multi-line message indented under its part."""
    return [f"      {line}" for line in (text or "").splitlines()]


def summary(results: "list[InputRun]") -> list[str]:
    """The table `run --all` and `check` end with, and a closing count."""
    rows = [f"{'year':>4} {'day':>3}  {'title':<34} {'input':<9} {'part 1':>16} {'part 2':>16}"]
    for result in sorted(results, key=lambda r: (r.year, r.day, r.input_name)):
        cells = {part.part: _cell(part) for part in result.parts}
        if result.parse_error is not None:
            cells = {1: "✗ parse", 2: ""}
        title = result.title[:34]
        rows.append(
            f"{result.year:>4} {result.day:>3}  {title:<34} {result.input_name:<9} "
            f"{cells.get(1, ''):>16} {cells.get(2, ''):>16}"
        )
    return rows + [totals(results)]


def _cell(part: "PartResult") -> str:
    """'✓ 1.2 ms' for a part in the summary table; a failed part says why ('✗ wrong', '✗ timed out')."""
    if part.failed:
        return f"{MARK[part.status]} {WORDS[part.status]}"
    if part.status == Status.TODO:
        return WORDS[part.status]
    return f"{MARK[part.status] or '·'} {human_time(part.seconds)}"


def totals(results: "list[InputRun]") -> str:
    """'12 inputs, 20 parts: 18 right, 1 failed (1 wrong), 1 unchecked, in 34.0 ms': the counts add up to the parts."""
    parts = [part for result in results for part in result.parts]
    count = {status: sum(part.status == status for part in parts) for status in Status}
    failed = sum(count[status] for status in FAILED)
    line = f"{len(results)} inputs, {len(parts)} parts: {count[Status.RIGHT]} right, {failed} failed"
    if failed:
        line += " (" + ", ".join(f"{count[s]} {WORDS[s]}" for s in Status if s in FAILED and count[s]) + ")"
    line += "".join(f", {count[s]} {WORDS[s]}" for s in (Status.UNKNOWN, Status.TODO) if count[s])
    unparsed = sum(result.parse_error is not None for result in results)
    if unparsed:
        line += f"; {unparsed} inputs did not parse"
    seconds = sum(part.seconds or 0 for part in parts) + sum(result.parse_seconds or 0 for result in results)
    return f"{line}, in {human_time(seconds)}"
