"""2025 day 9: Movie Theater. The largest rectangle of floor tiles with red tiles at two opposite corners.

Part 1 measures every pair of red tiles at once with numpy. In part 2 the red tiles, in order, are
the corners of a loop of green tiles, and the rectangle may cover only tiles on the loop or inside
it. Coordinates run to about 10^5, so the floor is compressed: every x a corner uses becomes one
column, and the run of x between two such becomes one more (rows alike). No edge of the loop
starts or stops inside a compressed cell, so a cell is wholly on the loop, inside it or outside,
and one tile of it decides which (inside: an odd number of the loop's vertical edges to its
right); a cell between two neighbouring coordinates holds no tile and is never outside. A prefix
sum over the outside cells then tells every pair at once whether its rectangle holds none of them.
"""
import numpy as np

from aoc.lib.parse import points


def parse(text: str) -> np.ndarray:
    """One row (x, y) a red tile, in the loop's order, read-only."""
    tiles = points(text, 2)
    if len(tiles) < 2:
        raise ValueError("a floor needs at least two red tiles")
    return tiles


def areas(tiles: np.ndarray) -> np.ndarray:
    """The area of the rectangle between every pair of red tiles (a square matrix)."""
    x, y = tiles[:, 0], tiles[:, 1]
    return (np.abs(x[:, None] - x[None, :]) + 1) * (np.abs(y[:, None] - y[None, :]) + 1)


def part1(tiles: np.ndarray) -> int:
    """The largest area of any rectangle with red tiles at two opposite corners."""
    return int(areas(tiles).max())


def compressed(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct coordinates, one tile's coordinate for every compressed cell, and which cells hold no tile.

    Cell 2k is the k-th distinct coordinate itself, cell 2k + 1 the run after it up to the next one.
    That run holds no tile at all when the two coordinates are neighbours: such a cell is never outside
    (its stand-in tile belongs to the next cell, which may lie on the loop's far side).
    """
    distinct = np.unique(values)
    cells = np.repeat(distinct, 2)[:-1]
    cells[1::2] += 1
    empty = np.zeros(len(cells), dtype=bool)
    empty[1::2] = np.diff(distinct) == 1
    return distinct, cells, empty


def loop_edges(tiles: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Each side of the loop as (x1, y1, x2, y2), checked to run along a row or a column."""
    edges = []
    for (x1, y1), (x2, y2) in zip(tiles.tolist(), np.roll(tiles, -1, axis=0).tolist(), strict=True):
        if x1 != x2 and y1 != y2:
            raise ValueError(f"red tiles {x1},{y1} and {x2},{y2} share no row or column")
        edges.append((x1, y1, x2, y2))
    return edges


def outside_cells(tiles: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which compressed cells lie off the loop and outside it; and the distinct xs and ys."""
    xs, column_tiles, empty_columns = compressed(tiles[:, 0])
    ys, row_tiles, empty_rows = compressed(tiles[:, 1])
    on_loop = np.zeros((len(row_tiles), len(column_tiles)), dtype=bool)
    crossings = []  # vertical edges as (x, low y, high y): a ray to the right crosses them
    for x1, y1, x2, y2 in loop_edges(tiles):
        c1, c2 = sorted(2 * np.searchsorted(xs, [x1, x2]))
        r1, r2 = sorted(2 * np.searchsorted(ys, [y1, y2]))
        on_loop[r1:r2 + 1, c1:c2 + 1] = True
        if x1 == x2 and y1 != y2:
            crossings.append((x1, min(y1, y2), max(y1, y2)))
    edge_x, low, high = np.array(crossings, dtype=np.int64).reshape(-1, 3).T
    inside = np.zeros_like(on_loop)
    for r, y in enumerate(row_tiles):
        xs_crossed = np.sort(edge_x[(low <= y) & (y < high)])  # half-open, so a corner counts once
        right = len(xs_crossed) - np.searchsorted(xs_crossed, column_tiles, side="right")
        inside[r] = right % 2 == 1
    outside = ~(on_loop | inside)
    outside[empty_rows, :] = outside[:, empty_columns] = False
    return outside, xs, ys


def part2(tiles: np.ndarray) -> int:
    """The largest area of a rectangle with red corners that covers only red and green tiles."""
    outside, xs, ys = outside_cells(tiles)
    total = np.zeros((outside.shape[0] + 1, outside.shape[1] + 1), dtype=np.int64)
    total[1:, 1:] = outside.cumsum(axis=0).cumsum(axis=1)
    c = 2 * np.searchsorted(xs, tiles[:, 0])
    r = 2 * np.searchsorted(ys, tiles[:, 1])
    c1, c2 = np.minimum.outer(c, c), np.maximum.outer(c, c) + 1
    r1, r2 = np.minimum.outer(r, r), np.maximum.outer(r, r) + 1
    holes = total[r2, c2] - total[r1, c2] - total[r2, c1] + total[r1, c1]
    return int(np.where(holes == 0, areas(tiles), 0).max())
