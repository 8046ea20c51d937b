"""2025 day 8: junction boxes like the real input's; references: components of the closest pairs, Prim's tree."""
import random
from itertools import combinations
from math import dist, prod

import numpy as np


def generate(seed: int, boxes: int = 1000, size: int = 100_000) -> str:
    """`boxes` distinct points with coordinates below `size`."""
    rng = random.Random(seed)
    points: set[tuple[int, int, int]] = set()
    while len(points) < boxes:
        points.add((rng.randrange(size), rng.randrange(size), rng.randrange(size)))
    return "\n".join(",".join(map(str, p)) for p in rng.sample(sorted(points), boxes)) + "\n"


def boxes_of(text: str) -> list[tuple[int, ...]]:
    """The points, as tuples."""
    return [tuple(map(int, line.split(","))) for line in text.split()]


def circuits_after(text: str, connections: int) -> int:
    """Part 1: the `connections` closest pairs by a plain sort on float distances, their circuits by graph search."""
    boxes = boxes_of(text)
    pairs = sorted(combinations(range(len(boxes)), 2), key=lambda p: dist(boxes[p[0]], boxes[p[1]]))
    wires: dict[int, list[int]] = {}
    for a, b in pairs[:connections]:
        wires.setdefault(a, []).append(b)
        wires.setdefault(b, []).append(a)
    seen, sizes = set(), []
    for box in range(len(boxes)):
        if box not in seen:
            seen.add(box)
            todo, size = [box], 0
            while todo:
                size += 1
                for other in wires.get(todo.pop(), []):
                    if other not in seen:
                        seen.add(other)
                        todo.append(other)
            sizes.append(size)
    return prod(sorted(sizes, reverse=True)[:3])


def last_join(text: str) -> int:
    """Part 2 by Prim's algorithm: the longest edge of the minimum spanning tree is Kruskal's last join."""
    boxes = np.array(boxes_of(text), dtype=np.int64)
    n = len(boxes)
    in_tree = np.zeros(n, dtype=bool)
    best = np.full(n, np.iinfo(np.int64).max)
    parent = np.zeros(n, dtype=np.int64)
    best[0], longest = 0, (-1, 0, 0)
    for _ in range(n):
        v = int(np.argmin(np.where(in_tree, np.iinfo(np.int64).max, best)))
        in_tree[v] = True
        if v:
            longest = max(longest, (int(best[v]), v, int(parent[v])))
        squared = ((boxes - boxes[v]) ** 2).sum(axis=1)
        closer = ~in_tree & (squared < best)
        best[closer], parent[closer] = squared[closer], v
    _, a, b = longest
    return int(boxes[a, 0] * boxes[b, 0])
