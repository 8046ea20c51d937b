"""2018 day 23: Experimental Emergency Teleportation. Nanobots reach every point within a Manhattan
radius; find where the most of them reach, nearest the origin.

Part 1 counts the bots within the strongest one's radius. Part 2 is learned, then proven: aoc.nn
ascends a smoothed in-range count (a sigmoid of radius minus distance, summed over the bots) from
the 32 bot centres the most bots reach, all starts in one graph (the counts at every centre are one
numexpr pass, 1.3× aoc.nn eager and 1.6× numpy in a fresh process). The best rounded point, counted
exactly, seeds aoc.lab's branch and bound over boxes, whose bound for a box is the number of ranges
it meets. The search is exact on every input: the answer is the true optimum, the most bots and
then the least distance, where the popular sweep over distance ranges can be fooled. What the
learning buys is a check and a smaller heap, not fewer boxes: a best-first search opens exactly the
boxes whose key beats the optimum's, seed or no seed, but boxes that cannot beat the seed are never
pushed, and the lab shows how near learning came.
"""
import re
from typing import NamedTuple

import numpy as np

from aoc.lab import Study, solve
from aoc.lab.boxes import Covered, ManhattanBalls, bounding_box, most_covered_point

BOT = re.compile(r"pos=<\s*(-?\d+),\s*(-?\d+),\s*(-?\d+)>,\s*r=(\d+)")
STARTS = 32  # learned ascents, one from each of the bot centres in range of the most bots
SHARPNESS = 200.0  # how steeply the smoothed count falls at a range's edge, in units of the whole swarm


class Nanobot(NamedTuple):
    """A position and a signal radius."""

    x: int
    y: int
    z: int
    r: int


def parse(text: str) -> list[Nanobot]:
    """One 'pos=<x,y,z>, r=radius' nanobot per line."""
    bots = []
    for line in text.strip().splitlines():
        match = BOT.fullmatch(line.strip())
        if not match:
            raise ValueError(f"not a nanobot: {line!r}")
        bots.append(Nanobot(*(int(v) for v in match.groups())))
    return bots


def ranges(bots: list[Nanobot]) -> ManhattanBalls:
    """The bots' ranges as Manhattan balls."""
    return ManhattanBalls([b[:3] for b in bots], [b.r for b in bots])


def part1(bots: list[Nanobot]) -> int:
    """How many bots are in range of the strongest (the one with the largest radius)."""
    balls = ranges(bots)
    strongest = max(b.r for b in bots)
    counts = {int((np.abs(balls.centres - b[:3]).sum(axis=1) <= b.r).sum()) for b in bots if b.r == strongest}
    if len(counts) > 1:
        raise ValueError(f"the strongest bots tie on radius but reach different counts: {sorted(counts)}")
    return counts.pop()


def part2(bots: list[Nanobot]) -> int:
    """The Manhattan distance from the origin to the point in range of the most bots (the nearest such)."""
    return solve(study(bots)).answer.distance


def study(bots: list[Nanobot]) -> Study:
    """Learn points in range of many bots from several starts; the box search proves the best."""
    from aoc import nn

    balls = ranges(bots)
    centres = balls.centres.astype(np.float64)
    scale = max(1.0, float(np.abs(centres).max() + balls.radii.max()))
    starts = centres[np.argsort(-balls.counts_at(balls.centres), kind="stable")[:STARTS]] / scale
    graph = nn.Graph()
    axes = [graph.param(starts[:, a:a + 1].copy(), name=f"{'xyz'[a]} / scale") for a in range(3)]
    distance = sum(nn.abs(p - graph.const(centres[None, :, a] / scale, name=f"bot {'xyz'[a]}"))
                   for a, p in enumerate(axes))
    reach = graph.const(balls.radii.astype(np.float64)[None, :] / scale, name="radius / scale")
    loss = -nn.mean(nn.sigmoid((reach - distance) * SHARPNESS)) * len(bots)
    low, high = bounding_box(balls)

    def candidate() -> Covered:
        points = np.rint(np.hstack([p.value for p in axes]) * scale).astype(np.int64)
        counts = balls.counts_at(points)
        best = max(range(len(points)), key=lambda i: (counts[i], -int(np.abs(points[i]).sum())))
        return most_covered_point(balls, low, high, seed=tuple(int(v) for v in points[best]))

    return Study(graph, loss, nn.Adam(lr=0.002), candidate=candidate, verify=lambda found: holds(balls, found),
                 exact=lambda: most_covered_point(balls, low, high), steps=150,
                 title=f"−(smoothed bots in range), averaged over {len(starts)} starts")


def holds(balls: ManhattanBalls, found: Covered) -> bool:
    """Is the point really in range of `count` bots, `distance` from the origin? (integers)"""
    return balls.count_at(found.point) == found.count and sum(map(abs, found.point)) == found.distance
