"""aoc.lib.grid: a map read from text, its bounds and neighbours."""
from aoc.lib.grid import DIRECTIONS, Grid

TEXT = "abc\ndef\nghi\n"


def test_grid_reads_cells_by_row_and_column():
    grid = Grid(TEXT)
    assert grid[0, 0] == "a"
    assert grid[0, 2] == "c"
    assert grid[2, 0] == "g"
    assert len(grid) == 9
    assert (grid.height, grid.width) == (3, 3)


def test_grid_casts_cells():
    grid = Grid("12\n34", int)
    assert grid[1, 1] == 4
    assert sum(grid.values()) == 10


def test_grid_ignores_surrounding_newlines():
    assert Grid("\nab\ncd\n\n") == Grid("ab\ncd")


def test_points_outside_are_not_in_the_grid():
    grid = Grid(TEXT)
    assert (0, 0) in grid
    assert (-1, 0) not in grid
    assert (0, 3) not in grid
    assert (3, 2) not in grid


def test_neighbours_of_the_middle_are_up_right_down_left():
    assert Grid(TEXT).neighbours((1, 1)) == [(0, 1), (1, 2), (2, 1), (1, 0)]


def test_neighbours_stay_in_bounds():
    grid = Grid(TEXT)
    assert grid.neighbours((0, 0)) == [(0, 1), (1, 0)]
    assert grid.neighbours((2, 2)) == [(1, 2), (2, 1)]
    assert Grid("x").neighbours((0, 0)) == []


def test_find_lists_points_in_reading_order():
    grid = Grid("S.a\na.E")
    assert grid.find("a") == [(0, 2), (1, 0)]
    assert grid.find("S") == [(0, 0)]
    assert grid.find("z") == []


def test_directions_turn_right_by_the_next_one():
    up, right, down, left = DIRECTIONS
    assert up == (-1, 0) and down == (1, 0)
    assert right == (0, 1) and left == (0, -1)
