"""2025 day 9: Movie Theater — the example, small floors tile by tile, and a full-size loop against plane geometry."""
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
