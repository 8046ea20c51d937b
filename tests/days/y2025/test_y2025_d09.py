"""2025 day 9: Movie Theater — the example, small floors tile by tile, and a full-size loop against plane geometry."""
import random

import pytest

from aoc.days.y2025 import d09
from tests.generators.y2025_d09 import best_inside, generate, tile_brute_force


def test_the_example(inputs):
    tiles = d09.parse((inputs / "2025" / "09.example.txt").read_text())
    assert (d09.part1(tiles), d09.part2(tiles)) == (50, 24)


def test_the_parsed_tiles_are_read_only_so_no_part_can_change_them(inputs):
    tiles = d09.parse((inputs / "2025" / "09.example.txt").read_text())
    with pytest.raises(ValueError, match="read-only"):
        tiles[0, 0] = 7


@pytest.mark.parametrize("seed", range(40))
def test_small_floors_agree_with_counting_tiles(seed):
    text = generate(seed, corners=4 + seed % 8, slots=seed % 3, size=80)
    tiles = d09.parse(text)
    assert (d09.part1(tiles), d09.part2(tiles)) == tile_brute_force(text)


@pytest.mark.parametrize("seed, slots", [(9, 1), (19, 2)])
def test_full_size_loop_agrees_with_plane_geometry(seed, slots):
    text = generate(seed, slots=slots)
    tiles = d09.parse(text)
    assert len(tiles) >= 496
    assert d09.part2(tiles) == best_inside(text) < d09.part1(tiles)


def test_red_tiles_not_in_line_are_refused():
    with pytest.raises(ValueError, match="share no row or column"):
        d09.part2(d09.parse("1,1\n5,1\n6,4\n1,4\n"))


def skyline(seed: int) -> str:
    """A loop around columns of random widths (1 or 2) and heights (1 to 4): corners often on neighbouring
    rows and columns, which the full-size generator never makes."""
    rng = random.Random(seed)
    widths = [rng.randint(1, 2) for _ in range(rng.randint(2, 6))]
    heights = [rng.randint(1, 4) for _ in widths]
    lefts = [sum(widths[:i]) for i in range(len(widths))]
    right = sum(widths)
    corners = [(0, 0), (right, 0)]
    for i in reversed(range(len(widths))):  # along the tops from the right, down or up at each step
        corners += [(lefts[i] + widths[i], heights[i]), (lefts[i], heights[i])]
    corners.append((0, 0))
    kept = []  # drop repeats and corners on a straight line
    for point in corners:
        if kept and point == kept[-1]:
            continue
        if len(kept) >= 2 and (kept[-2][0] == kept[-1][0] == point[0] or kept[-2][1] == kept[-1][1] == point[1]):
            kept.pop()
        kept.append(point)
    kept.pop()  # the start again
    if len(kept) >= 3 and (kept[-1][0] == kept[0][0] == kept[1][0] or kept[-1][1] == kept[0][1] == kept[1][1]):
        kept.pop(0)
    return "".join(f"{x + 1},{y + 1}\n" for x, y in kept)  # off the floor's edge, where the flood starts


@pytest.mark.parametrize("text, area", [
    ("1,1\n2,1\n2,3\n1,3\n", 6),  # corners on neighbouring columns
    ("1,1\n3,1\n3,2\n1,2\n", 6),  # and rows
    ("1,1\n2,1\n2,2\n4,2\n4,3\n1,3\n", 8),
])
def test_corners_on_neighbouring_rows_and_columns(text, area):
    assert d09.part2(d09.parse(text)) == area == tile_brute_force(text)[1]


@pytest.mark.parametrize("seed", range(40))
def test_small_loops_against_the_tiles_themselves(seed):
    text = skyline(seed)
    assert d09.part2(d09.parse(text)) == tile_brute_force(text)[1]
