"""2018 day 10 at full size: a planted 8-letter message in the 10-row font, found and read."""
import numpy as np
import pytest

from aoc import lab
from aoc.days.y2018 import d10
from tests.generators.y2018_d10 import plant, step_by_step


@pytest.mark.parametrize("word, second, seed", [("ZHKNRLXG", 10_391, 1), ("BAJCEFPA", 10_006, 2)])
def test_planted_message(word, second, seed):
    points = d10.parse(plant(word, second, seed))
    assert d10.part2(points) == second == step_by_step(points)
    assert d10.part1(points) == word
    assert lab.solve(d10.study(points)).learned


def test_exact_fallback_when_learning_is_skipped():
    points = d10.parse(plant("HEL", 777, 3))
    study = d10.study(points)
    study.steps = 0
    outcome = lab.solve(study)
    assert outcome.answer == 777 and not outcome.learned


def test_a_sky_that_never_moves_is_an_error():
    with pytest.raises(ValueError, match="never changes"):
        d10.parse("position=<1, 2> velocity=<0, 0>\n")


def still_corners(word: str, seconds: int) -> str:
    """`word` in the 10-row font at `seconds`, its box's top-left and bottom-right points standing still and
    every other point coming from far off: the box is as small for several seconds as at the message."""
    from aoc.lib.ocr import _FONT_10

    pixels = [(8 * i + x, y) for i, letter in enumerate(word)
              for y, row in enumerate(_FONT_10[letter].split()) for x, c in enumerate(row) if c == "#"]
    (left, top), (right, bottom) = min(pixels), max(pixels)
    cx, cy = (left + right) / 2, (top + bottom) / 2
    lines = []
    for x, y in pixels:
        vx, vy = (0, 0) if (x, y) in ((left, top), (right, bottom)) else (
            int(np.sign(cx - x)) or 1, int(np.sign(cy - y)) or 1)
        lines.append(f"position=<{x - seconds * vx}, {y - seconds * vy}> velocity=<{vx}, {vy}>")
    return "\n".join(lines)


@pytest.mark.parametrize("word, seconds", [("HH", 10_000), ("HZ", 50)])
def test_a_flat_smallest_box_is_read_at_the_second_the_letters_show(word, seconds):
    points = d10.parse(still_corners(word, seconds))
    assert d10.part2(points) == seconds and d10.part1(points) == word
