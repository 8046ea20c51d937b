"""2025 day 12: Christmas Tree Farm. Which regions under the trees can hold all of their presents.

Presents are small shapes that may be turned and flipped, and must lie on the grid without
overlapping. Two counting arguments settle a region at once when they apply: if the presents
have more cells than the region, they cannot fit; if the region has room for a separate box as
large as every present's bounding box, one box a present, they surely do. Any other region is
searched exactly: its cells in reading order across its shorter side, each one either left empty
(while the region has cells to spare) or covered by a present placed so that this is the
present's first cell. Every placement is a bitmask, and the search is memoised on the board and
the presents left; reading across the short side keeps the part of the board still open, all that
can differ between two searches, to a few narrow rows.
"""
from dataclasses import dataclass
from functools import cache

from aoc.lib.grid import Grid, Point
from aoc.lib.parse import ints, paragraphs

Shape = frozenset[Point]


@dataclass(frozen=True)
class Region:
    """The region under one tree, and how many presents of each shape must fit in it."""

    width: int
    height: int
    counts: tuple[int, ...]


@dataclass(frozen=True)
class Farm:
    """The presents' shapes, by index, and the regions."""

    shapes: tuple[Shape, ...]
    regions: tuple[Region, ...]


def parse(text: str) -> Farm:
    """Numbered shapes drawn with '#', then one 'WxH: counts…' line a region."""
    *drawings, listing = paragraphs(text)
    shapes = []
    for index, drawing in enumerate(drawings):
        heading, _, picture = drawing.partition("\n")
        if heading.strip() != f"{index}:":
            raise ValueError(f"shape {index} is headed {heading!r}")
        shapes.append(frozenset(Grid(picture).find("#")))
    regions = []
    for line in listing.splitlines():
        width, height, *counts = ints(line)
        if len(counts) != len(shapes):
            raise ValueError(f"{line!r} does not give a count for each of the {len(shapes)} shapes")
        regions.append(Region(width, height, tuple(counts)))
    return Farm(tuple(shapes), tuple(regions))


def orientations(shape: Shape) -> set[Shape]:
    """The shape turned and flipped every way, each moved to touch the top and left edges."""
    found = set()
    cells = list(shape)
    for _ in range(4):
        cells = [(c, -r) for r, c in cells]  # a quarter turn
        for variant in (cells, [(r, -c) for r, c in cells]):  # as it is, and mirrored
            top, left = min(r for r, _ in variant), min(c for _, c in variant)
            found.add(frozenset((r - top, c - left) for r, c in variant))
    return found


def fits(region: Region, shapes: tuple[Shape, ...]) -> bool:
    """Can every present of the region lie in it at once?"""
    area = region.width * region.height
    if sum(count * len(shape) for count, shape in zip(region.counts, shapes, strict=True)) > area:
        return False  # more cells of presents than of floor
    tall = max(r for shape in shapes for r, _ in shape) + 1
    wide = max(c for shape in shapes for _, c in shape) + 1
    boxes = max((region.height // tall) * (region.width // wide), (region.height // wide) * (region.width // tall))
    return boxes >= sum(region.counts) or pack(region, shapes)


def placements(shapes: tuple[Shape, ...], width: int, height: int) -> list[list[list[int]]]:
    """For each shape and each cell, the bitmasks of the shape placed with that cell as its first."""
    table: list[list[list[int]]] = [[[] for _ in range(width * height)] for _ in shapes]
    for index, shape in enumerate(shapes):
        for variant in orientations(shape):
            first_r, first_c = min(variant)
            for r in range(height):
                for c in range(width):
                    cells = [(r + dr - first_r, c + dc - first_c) for dr, dc in variant]
                    if all(0 <= y < height and 0 <= x < width for y, x in cells):
                        table[index][r * width + c].append(sum(1 << (y * width + x) for y, x in cells))
    return table


def pack(region: Region, shapes: tuple[Shape, ...]) -> bool:
    """The exact search: cell by cell across the short side, each left empty or a present's first cell."""
    size = region.width * region.height
    table = placements(shapes, min(region.width, region.height), max(region.width, region.height))
    sizes = [len(shape) for shape in shapes]

    @cache
    def search(board: int, cell: int, counts: tuple[int, ...]) -> bool:
        while cell < size and board >> cell & 1:
            cell += 1
        if not any(counts):
            return True
        spare = size - cell - (board >> cell).bit_count() - sum(n * s for n, s in zip(counts, sizes, strict=True))
        if spare < 0 or cell == size:
            return False
        for index, count in enumerate(counts):
            if count:
                rest = counts[:index] + (count - 1,) + counts[index + 1:]
                if any(not board & mask and search(board | mask, cell + 1, rest) for mask in table[index][cell]):
                    return True
        return spare > 0 and search(board | 1 << cell, cell + 1, counts)

    return search(0, 0, region.counts)


def part1(farm: Farm) -> int:
    """How many regions can hold all of their presents."""
    return sum(fits(region, farm.shapes) for region in farm.regions)
