"""2023 day 8: Haunted Wasteland. Follow repeating left/right turns through a network of nodes.

Part 1 walks from AAA to ZZZ. Part 2's ghosts walk at once from every node ending in A, far too
long to simulate. In the puzzle's inputs each ghost is on a Z node exactly at the multiples of
its first arrival there, so they are all on Z nodes first at the lcm of those arrivals; a ghost
that is not back on the same Z node after twice the steps breaks that premise and is refused.
"""
import re
from collections.abc import Iterator
from itertools import cycle, islice
from math import lcm

from aoc.lib.parse import paragraphs

Network = tuple[str, dict[str, tuple[str, str]]]
SIDE = {"L": 0, "R": 1}


def parse(text: str) -> Network:
    """The turns and, for each node, its (left, right) neighbours."""
    turns, nodes = paragraphs(text)
    network = {}
    for line in nodes.splitlines():
        node, left, right = re.findall(r"\w+", line)
        network[node] = (left, right)
    return turns.strip(), network


def walk(network: Network, node: str) -> Iterator[str]:
    """The nodes visited from node on, following the turns forever; node itself comes first."""
    turns, nodes = network
    yield node
    for turn in cycle(turns):
        node = nodes[node][SIDE[turn]]
        yield node


def part1(network: Network) -> int:
    """Steps from AAA to ZZZ."""
    if "AAA" not in network[1]:
        raise ValueError("no node AAA")
    return next(steps for steps, node in enumerate(walk(network, "AAA")) if node == "ZZZ")


def ghost_period(network: Network, start: str) -> int:
    """Steps from start to its first node ending in Z, checked to be there again at twice that."""
    nodes = walk(network, start)
    steps, node = next((steps, node) for steps, node in enumerate(nodes) if node.endswith("Z"))
    # `nodes` has yielded steps 0..steps; step 2 * steps is the (steps - 1)-th one still to come.
    again = next(islice(nodes, steps - 1, None))
    if again != node:
        raise ValueError(f"the ghost from {start} is on {again}, not {node}, at step {2 * steps}")
    return steps


def part2(network: Network) -> int:
    """Steps until every ghost, starting on all nodes ending in A, is on a node ending in Z."""
    return lcm(*(ghost_period(network, node) for node in network[1] if node.endswith("A")))
