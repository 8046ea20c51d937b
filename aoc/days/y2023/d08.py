"""2023 day 8: Haunted Wasteland. Follow repeating left/right turns through a network of nodes.

Part 2's ghosts walk far too long to simulate step by step. A ghost's state is its node and its place in
the turns, so its walk soon repeats, and the steps at which it is on a Z node are a few early ones plus
arithmetic progressions: the least step common to all ghosts comes from the Chinese remainder theorem.
The puzzle's inputs put each ghost on a Z node exactly at the multiples of its first arrival, which makes
the answer the lcm of those arrivals; that shortcut is taken only after checking it holds.
"""
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count, cycle, islice
from math import gcd, lcm

from aoc.lib.numbers import crt
from aoc.lib.parse import paragraphs

Network = tuple[str, dict[str, tuple[str, str]]]
SIDE = {"L": 0, "R": 1}
MAX_RESIDUES = 2_000_000  # combined congruences past which the search would take minutes


def parse(text: str) -> Network:
    """The turns and, for each node, its (left, right) neighbours."""
    turns, nodes = paragraphs(text)
    turns = turns.strip()
    if not turns or set(turns) - set(SIDE):
        raise ValueError(f"the turns should be a line of L and R, not {turns!r}")
    network = {}
    for line in nodes.splitlines():
        node, left, right = re.findall(r"\w+", line)
        network[node] = (left, right)
    return turns, network


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


Lap = tuple[str, list[int]]


def lap(network: Network, node: str) -> Lap:
    """Where one pass through all the turns from node ends, and after how many of them it is on a Z node."""
    turns, nodes = network
    on_z = []
    for taken, turn in enumerate(turns):
        if node.endswith("Z"):
            on_z.append(taken)
        node = nodes[node][SIDE[turn]]
    return node, on_z


@dataclass(frozen=True)
class Arrivals:
    """The steps at which one ghost is on a Z node. From step `settled` on its walk repeats every `period`
    steps, so `on_z`, its arrivals before `settled + period`, describes them all."""

    on_z: frozenset[int]
    settled: int
    period: int

    def __contains__(self, step: int) -> bool:
        if step >= self.settled + self.period:
            step = self.settled + (step - self.settled) % self.period
        return step in self.on_z

    def at_multiples_of_first(self) -> bool:
        """Whether the ghost is on a Z node at exactly the positive multiples of its first arrival."""
        if not self.on_z:
            return False
        first, end = min(self.on_z), self.settled + self.period
        if first == 0 or self.period % first:
            return False
        # Past `end`, being on Z and being a multiple of `first` both repeat from `period` steps before, so
        # agreeing on steps 1 to `end` settles it; step `end` is on Z when step `settled` is.
        on_z = {step for step in self.on_z if step > 0} | ({end} if self.settled in self.on_z else set())
        return on_z == set(range(first, end + 1, first))


def arrivals(network: Network, start: str, laps: dict[str, Lap]) -> Arrivals:
    """The arrivals of the ghost from start, found a pass through the turns at a time.

    Each pass begins at the first turn, so the walk repeats as soon as a pass begins on a node an earlier
    one began on. `laps` keeps the passes already made, for the next ghost.
    """
    length = len(network[0])
    began: dict[str, int] = {}  # node -> the pass that began there
    on_z: set[int] = set()
    node = start
    while node not in began:
        began[node] = len(began)
        if node not in laps:
            laps[node] = lap(network, node)
        passed = began[node] * length
        node, offsets = laps[node]
        on_z.update(passed + offset for offset in offsets)
    settled = began[node] * length
    return Arrivals(frozenset(on_z), settled, len(began) * length - settled)


def shortest_period(ghost: Arrivals) -> Arrivals:
    """The same arrivals over the shortest period that repeats them. A ghost's state cycle covers its
    loop of nodes and the turns together, often many times the loop, and a long period would make
    the residues to combine below as many times more."""
    cycle = {step - ghost.settled for step in ghost.on_z if step >= ghost.settled}
    period = ghost.period
    for d in sorted(divisors(period)):
        if all((step + d) % period in cycle for step in cycle):
            period = d
            break
    early = {step for step in ghost.on_z if step < ghost.settled + period}
    return Arrivals(frozenset(early), ghost.settled, period)


def divisors(n: int) -> set[int]:
    """Every positive divisor of n."""
    return {d for k in range(1, int(n ** 0.5) + 1) if n % k == 0 for d in (k, n // k)}


def in_order(ghost: Arrivals) -> Iterator[int]:
    """The steps at which the ghost is on a Z node, in increasing order, for ever (or until the last)."""
    yield from sorted(ghost.on_z)
    cycle = sorted(step for step in ghost.on_z if step >= ghost.settled)
    for lap in count(1) if cycle else ():
        yield from (step + lap * ghost.period for step in cycle)


def first_common(ghosts: list[Arrivals], budget: int = 50_000) -> int:
    """The least step at which every ghost is on a Z node.

    Ghosts often on Z meet soon: the sparsest ghost's arrivals are tried in order (`budget` of them).
    Ghosts seldom on Z meet late, but have few residues: each ghost's arrivals are one congruence each,
    combined by the Chinese remainder theorem, the sparsest first. Both failing (many arrivals each,
    meeting late) is a search too large to finish, said as such.
    """
    ghosts = sorted(map(shortest_period, ghosts), key=lambda ghost: len(ghost.on_z) / ghost.period)
    for step in islice(in_order(ghosts[0]), budget):
        if all(step in ghost for ghost in ghosts[1:]):
            return step
    latest = max(ghosts, key=lambda ghost: ghost.settled)
    # Before every ghost repeats, a common step must be one of the last to settle's early arrivals.
    for step in sorted(step for step in latest.on_z if step < latest.settled):
        if all(step in ghost for ghost in ghosts):
            return step
    # After, a common step is one congruence per ghost: combine them, pairs that agree modulo the gcd.
    residues, modulus = [0], 1
    for ghost in ghosts:
        common = gcd(modulus, ghost.period)
        by_class: dict[int, list[int]] = {}
        for step in ghost.on_z:
            if step >= ghost.settled:
                by_class.setdefault(step % common, []).append(step)
        residues = [crt([(residue, modulus), (step, ghost.period)])
                    for residue in residues for step in by_class.get(residue % common, [])]
        modulus = lcm(modulus, ghost.period)
        if not residues:
            raise ValueError("the ghosts are never all on nodes ending in Z at the same step")
        if len(residues) > MAX_RESIDUES:
            raise ValueError(f"no common step among the first {budget:,} tries, and over {MAX_RESIDUES:,} "
                             "residues to combine: a search too large to finish")
    return min(latest.settled + (residue - latest.settled) % modulus for residue in residues)


def part2(network: Network) -> int:
    """Steps until every ghost, starting on all nodes ending in A, is on a node ending in Z."""
    starts = [node for node in network[1] if node.endswith("A")]
    if not starts:
        raise ValueError("no node ends in A, so there are no ghosts")
    laps: dict[str, Lap] = {}
    ghosts = [arrivals(network, start, laps) for start in starts]
    if all(ghost.at_multiples_of_first() for ghost in ghosts):
        return lcm(*(min(ghost.on_z) for ghost in ghosts))
    return first_common(ghosts)
