"""2018 day 10 at full size: a planted 8-letter message in the 10-row font, found and read."""
import numpy as np
import pytest

from aoc import lab
from aoc.days.y2018 import d10
from aoc.lib import ocr


def plant(word: str, second: int, seed: int) -> str:
    """Points that spell `word` at `second` (some pixels lit twice, as in real inputs)."""
    rng = np.random.default_rng(seed)
    glyphs = {letter: glyph for glyph, letter in ocr.GLYPHS.items() if len(glyph) == 10}
    lit = [(8 * i + x, y) for i, letter in enumerate(word) for y, row in enumerate(glyphs[letter])
           for x, c in enumerate(row) if c == "#"]
    lit += [lit[k] for k in rng.integers(0, len(lit), len(lit) // 3)]
    target = np.array(lit) + rng.integers(-50, 50, 2)
    velocity = rng.integers(-5, 6, (len(lit), 2))
    velocity[(velocity == 0).all(axis=1)] = (1, -1)
    start = target - second * velocity
    return "\n".join(f"position=<{x:6d}, {y:6d}> velocity=<{dx:2d}, {dy:2d}>"
                      for (x, y), (dx, dy) in zip(start, velocity)) + "\n"


def step_by_step(points: np.ndarray) -> int:
    """The independent reference: move one second at a time until the bounding-box area grows."""
    positions, velocity = points[:, :2].copy(), points[:, 2:]
    area = lambda p: int(np.prod(p.max(axis=0) - p.min(axis=0)))  # noqa: E731
    second = 0
    while area(positions + velocity) < area(positions):
        positions += velocity
        second += 1
    return second


@pytest.mark.parametrize("word, second, seed", [("ZHKNRLXG", 10_391, 1), ("BAJCEFPA", 10_006, 2)])
def test_planted_message(word, second, seed):
    points = d10.parse(plant(word, second, seed))
    assert d10.part2(points) == second == step_by_step(points)
    assert d10.part1(points) == word
    assert lab.solve(d10.lab(points)).learned


def test_exact_fallback_when_learning_is_skipped():
    points = d10.parse(plant("HEL", 777, 3))
    study = d10.lab(points)
    study.steps = 0
    outcome = lab.solve(study)
    assert outcome.answer == 777 and not outcome.learned


def test_a_sky_that_never_moves_is_an_error():
    with pytest.raises(ValueError, match="never changes"):
        d10.parse("position=<1, 2> velocity=<0, 0>\n")
