"""2024 day 14: Restroom Redoubt. Robots wrap around a 101×103 floor and at one second draw a tree.

Part 1 moves every robot 100 seconds at once with modular arithmetic. In part 2 the picture packs
the robots together, so along each axis their positions spread least at its second. x repeats
every `width` seconds and y every `height`, so one vectorised grid of each period gives the best
second modulo each size, and the Chinese remainder theorem joins the two. That second counts
only when it shows the picture's own mark, a long unbroken row of robots; otherwise every second
of the full cycle is searched for one.
"""
from math import prod

import numpy as np

from aoc.lib.numbers import crt
from aoc.lib.parse import ints

WIDTH, HEIGHT = 101, 103
LINE = 10  # robots in an unbroken row that only a drawn picture has


def parse(text: str) -> np.ndarray:
    """One row (px, py, vx, vy) per robot."""
    rows = [ints(line) for line in text.strip().splitlines()]
    if not rows or any(len(row) != 4 for row in rows):
        raise ValueError("every robot needs 'p=x,y v=dx,dy'")
    return np.array(rows, dtype=np.int64)


def positions(start: np.ndarray, velocity: np.ndarray, size: int, seconds: np.ndarray) -> np.ndarray:
    """Every robot's coordinate (columns) at every second (rows), wrapped into [0, size)."""
    return (start + seconds[:, None] * velocity) % size


def part1(robots: np.ndarray, width: int = WIDTH, height: int = HEIGHT, seconds: int = 100) -> int:
    """The safety factor: the product of the robot counts in the four quadrants after 100 seconds."""
    x = (robots[:, 0] + seconds * robots[:, 2]) % width
    y = (robots[:, 1] + seconds * robots[:, 3]) % height
    mx, my = width // 2, height // 2
    quadrants = [(x < mx) & (y < my), (x > mx) & (y < my), (x < mx) & (y > my), (x > mx) & (y > my)]
    return prod(int(q.sum()) for q in quadrants)


def tightest_second(start: np.ndarray, velocity: np.ndarray, size: int) -> int:
    """The second in one period when this coordinate is least spread out."""
    grid = positions(start, velocity, size, np.arange(size))
    return int(np.argmin(grid.var(axis=1)))


def draws_picture(robots: np.ndarray, second: int, width: int, height: int) -> bool:
    """Does some row hold LINE robots side by side at this second?"""
    floor = np.zeros((height, width + 1), dtype=np.int8)  # a blank last column ends every row's runs
    floor[(robots[:, 1] + second * robots[:, 3]) % height, (robots[:, 0] + second * robots[:, 2]) % width] = 1
    edges = np.diff(floor.ravel(), prepend=0, append=0)
    runs = np.flatnonzero(edges == -1) - np.flatnonzero(edges == 1)
    return bool(runs.size) and int(runs.max()) >= LINE


def part2(robots: np.ndarray, width: int = WIDTH, height: int = HEIGHT) -> int:
    """The first second at which the robots draw the picture."""
    tx = tightest_second(robots[:, 0], robots[:, 2], width)
    ty = tightest_second(robots[:, 1], robots[:, 3], height)
    second = crt([(tx, width), (ty, height)])
    if draws_picture(robots, second, width, height):
        return second
    for candidate in range(width * height):
        if draws_picture(robots, candidate, width, height):
            return candidate
    raise ValueError("the robots never draw a picture")
