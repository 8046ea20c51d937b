"""2023 day 8: networks like the real input's with their planted answers, tangled ones that break its
lcm premise, and a reference that steps every ghost together."""
import random
import re
import string
from math import prod

PRIMES = [p for p in range(37, 80) if all(p % d for d in range(2, p))]
PLAIN = "BCDEFGHIJKLMNOPQRSTUVWXY"  # last letters of nodes that are neither starts nor Z nodes
TURN_COUNTS = [n for n in range(263, 294) if all(n % d for d in range(2, n))]  # primes, as the loops need


def _names(rng: random.Random, count: int) -> list[str]:
    """`count` distinct three-letter names, none ending in A or Z."""
    names: set[str] = set()
    while len(names) < count:
        prefix = "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
        names.add(prefix + rng.choice(PLAIN))
    return sorted(names)


def _turns_with_unique_tail(rng: random.Random, length: int) -> tuple[str, int]:
    """Random turns, and how long a tail of them occurs just once in the turns repeated forever."""
    while True:
        turns = "".join(rng.choice("LR") for _ in range(length))
        for size in range(8, 30):
            around = turns + turns[:size - 1]
            if sum(around.startswith(turns[-size:], at) for at in range(length)) == 1:
                return turns, size


def _plant(seed: int, ghosts: int = 6) -> tuple[str, int, int]:
    """(network, part 1, part 2). Ghost g walks around `p_g` positions, a step a position, through one of
    two interchangeable nodes per position chosen by the last turn, except that the way into its Z node
    (at position 0) needs the turns' unique tail: so it is on Z exactly at the multiples of p_g * turns."""
    rng = random.Random(seed)
    turns, tail = _turns_with_unique_tail(rng, rng.choice(TURN_COUNTS))
    loops = rng.sample(PRIMES, ghosts)
    names = iter(_names(rng, sum(2 * p + tail - 1 for p in loops)))
    starts = ["AAA"] + [name + "A" for name in _prefixes(rng, ghosts - 1)]
    lines = []
    for g, p in enumerate(loops):
        start, z = starts[g], "ZZZ" if g == 0 else starts[g][:2] + "Z"
        lanes = [{"L": next(names), "R": next(names)} for _ in range(p)]
        # matched[j]: on position p - tail + j having taken the tail's first j turns; matched[tail] is Z.
        matched = [""] + [next(names) for _ in range(tail - 1)] + [z]
        first = p - tail  # the position from which the tail's turns are tracked
        lines.append(f"{start} = ({lanes[1]['L']}, {lanes[1]['R']})")
        lines.append(f"{z} = ({lanes[1]['L']}, {lanes[1]['R']})")
        for position in range(p):
            after = (position + 1) % p
            ways = dict(lanes[after])
            if position == first:
                ways[turns[-tail]] = matched[1]
            lines.extend(f"{node} = ({ways['L']}, {ways['R']})" for node in lanes[position].values())
        for j in range(1, tail):
            ways = dict(lanes[(first + j + 1) % p])
            ways[turns[-tail + j]] = matched[j + 1]
            lines.append(f"{matched[j]} = ({ways['L']}, {ways['R']})")
    rng.shuffle(lines)
    return f"{turns}\n\n" + "\n".join(lines) + "\n", loops[0] * len(turns), prod(loops) * len(turns)


def _prefixes(rng: random.Random, count: int) -> list[str]:
    """`count` distinct two-letter prefixes, none "AA" or "ZZ" (which AAA and ZZZ have)."""
    prefixes: set[str] = set()
    while len(prefixes) < count:
        prefix = "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
        if prefix not in ("AA", "ZZ"):
            prefixes.add(prefix)
    return sorted(prefixes)


def generate(seed: int, ghosts: int = 6) -> str:
    """A network as large as the real input's: ~270 turns, ~800 nodes, six ghosts each in its own loop."""
    return _plant(seed, ghosts)[0]


def planted_answers(seed: int, ghosts: int = 6) -> tuple[int, int]:
    """generate(seed)'s answers, known from how it was built: AAA's loop, and the product of all loops."""
    _, part1, part2 = _plant(seed, ghosts)
    return part1, part2


def generate_tangled(seed: int) -> str:
    """A small network that keeps none of the real input's promises. Each ghost runs down a tail into a
    loop, and some nodes on either are Z nodes, so Z comes before the walk repeats, several times a loop,
    or never; some turns branch off the path, so where a ghost goes also depends on the turn, and
    sometimes onto another ghost's path."""
    rng = random.Random(seed)
    turns = "".join(rng.choice("LR") for _ in range(rng.randint(1, 5)))
    paths = [(rng.randint(0, 4), rng.randint(1, 8)) for _ in range(rng.randint(2, 4))]  # (tail, loop) lengths
    prefixes = iter(_prefixes(rng, sum(1 + tail + loop for tail, loop in paths)))
    groups = []
    for tail, loop in paths:
        ends = ["A"] + ["Z" if rng.random() < 0.35 else rng.choice(PLAIN) for _ in range(tail + loop)]
        groups.append([next(prefixes) + end for end in ends])
    everyone = [node for group in groups for node in group]
    lines = []
    for group, (tail, _) in zip(groups, paths, strict=True):
        for at, node in enumerate(group):
            ways = [group[at + 1] if at + 1 < len(group) else group[1 + tail]] * 2
            if rng.random() < 0.3:
                ways[rng.randrange(2)] = rng.choice(everyone if rng.random() < 0.2 else group)
            lines.append(f"{node} = ({ways[0]}, {ways[1]})")
    rng.shuffle(lines)
    return f"{turns}\n\n" + "\n".join(lines) + "\n"


def generate_crowded(seed: int, ghosts: int = 6) -> str:
    """Full-size turns, and ghosts each going round a loop of a few dozen nodes, a quarter of them Z nodes:
    many arrivals per loop, and each loop's state cycle hundreds of times the loop (it runs with the turns).
    They meet early, but there are far too many residues to combine blindly."""
    rng = random.Random(seed)
    turns = "".join(rng.choice("LR") for _ in range(263))
    prefixes = iter(_prefixes(rng, ghosts * 80))
    lines = []
    for loop in rng.sample([41, 43, 47, 53, 59, 61, 67, 71], ghosts):
        start = next(prefixes) + "A"
        ring = [next(prefixes) + ("Z" if rng.random() < 0.25 else rng.choice(PLAIN)) for _ in range(loop)]
        lines.append(f"{start} = ({ring[0]}, {ring[0]})")
        lines += [f"{node} = ({ring[(at + 1) % loop]}, {ring[(at + 1) % loop]})" for at, node in enumerate(ring)]
    rng.shuffle(lines)
    return f"{turns}\n\n" + "\n".join(lines) + "\n"


def simulate(text: str, limit: int = 10**6) -> int | None:
    """The least step at which all ghosts are on Z nodes, stepping them all together; None once their joint
    state repeats (Brent's cycle finding) without that. Past `limit` steps it gives up with RuntimeError."""
    head, _, body = text.partition("\n\n")
    turns = head.strip()
    network = {}
    for line in body.splitlines():
        if line.strip():
            node, left, right = re.findall(r"\w+", line)
            network[node] = {"L": left, "R": right}
    state = (0, tuple(node for node in network if node.endswith("A")))
    mark, power, since_mark = state, 1, 0
    for step in range(limit + 1):
        if all(node.endswith("Z") for node in state[1]):
            return step
        index, nodes = state
        state = ((index + 1) % len(turns), tuple(network[node][turns[index]] for node in nodes))
        if state == mark:
            return None  # every later state is one already seen
        since_mark += 1
        if since_mark == power:
            mark, power, since_mark = state, 2 * power, 0
    raise RuntimeError(f"no answer within {limit} steps")
