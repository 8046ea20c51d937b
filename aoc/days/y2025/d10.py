"""2025 day 10: Factory. Buttons toggle a machine's indicator lights, or raise its joltage counters.

Part 1 is linear algebra over GF(2): a button pressed twice undoes itself, so each is pressed once
or not at all, and the sets of buttons that light the diagram are one solution plus any sum of the
null space's k vectors; the fewest presses is the lightest of those 2^k sets.
Part 2 is an integer program per machine: the fewest presses x ≥ 0 with A·x = targets. aoc.nn
learns each machine's linear relaxation and its dual together (Adam, in C); what the learning buys
is where the exact simplex starts: buttons whose learned reduced cost 1 − Aᵀy is near zero (and whose
learned presses sit clear of their bounds) enter the first basis, and on a full-size input the dual
simplex then needs 21 pivots where it needed 141 (the Gauss–Jordan pivots any first basis costs
remain, so all pivots fall 11%: in time the learning costs more than it saves). The proof owes the
floats nothing: aoc.lab.integer_program branches and bounds on an exact integer simplex,
and its certificate is checked in integers, the presses reaching every target exactly and every leaf
of the branch tree holding a dual vector whose bound over the leaf's box reaches the optimum.
"""
import re
from dataclasses import dataclass

import numpy as np

from aoc.lab import Studies, Study, program, solve

MACHINE = re.compile(r"^\[([.#]+)\]((?:\s*\([\d,\s]*\))+)\s*\{([\d,\s]+)\}$")
BUTTON = re.compile(r"\(([\d,\s]*)\)")
PENALTY = 20.0  # the learned primal's weight on missed targets: a hint, so a mild one converges fast


@dataclass(frozen=True)
class Machine:
    """The light diagram, each button's wiring and the joltage targets."""

    lights: tuple[bool, ...]
    buttons: tuple[tuple[int, ...], ...]
    joltage: tuple[int, ...]

    def wiring(self) -> list[list[int]]:
        """A[i][j] = 1 when button j feeds counter (or light) i."""
        return [[int(i in button) for button in self.buttons] for i in range(len(self.joltage))]


def parse(text: str) -> list[Machine]:
    """One '[.##.] (3) (1,3) … {3,5,4,7}' machine per line."""
    machines = []
    for line in text.strip().splitlines():
        match = MACHINE.match(line.strip())
        if not match:
            raise ValueError(f"not a machine: {line!r}")
        lights = tuple(c == "#" for c in match[1])
        buttons = tuple(tuple(int(i) for i in wires.split(",") if i.strip()) for wires in BUTTON.findall(match[2]))
        joltage = tuple(int(v) for v in match[3].split(","))
        if len(joltage) != len(lights) or any(not 0 <= i < len(lights) for b in buttons for i in b):
            raise ValueError(f"buttons and counters do not match the lights: {line!r}")
        machines.append(Machine(lights, buttons, joltage))
    return machines


def fewest_toggles(machine: Machine) -> int:
    """The fewest buttons whose toggles light the diagram: a GF(2) solution plus its null space."""
    pivots: dict[int, tuple[int, int]] = {}  # leading bit → (lights it toggles, the buttons that sum to it)
    null = []
    for j, button in enumerate(machine.buttons):
        lights, chosen = _reduce(pivots, sum(1 << i for i in button), 1 << j)
        if lights:
            pivots[lights.bit_length() - 1] = (lights, chosen)
        else:
            null.append(chosen)
    left, solution = _reduce(pivots, sum(1 << i for i, on in enumerate(machine.lights) if on), 0)
    if left:
        raise ValueError(f"no set of buttons lights {machine.lights}")
    sets = [solution]
    for vector in null:
        sets += [s ^ vector for s in sets]
    return min(s.bit_count() for s in sets)


def _reduce(pivots: dict[int, tuple[int, int]], lights: int, chosen: int) -> tuple[int, int]:
    """Clear every leading bit the pivots own, tracking which buttons were added."""
    while lights and (lights.bit_length() - 1) in pivots:
        pivot, buttons = pivots[lights.bit_length() - 1]
        lights, chosen = lights ^ pivot, chosen ^ buttons
    return lights, chosen


def part1(machines: list[Machine]) -> int:
    """The fewest presses that light every machine's diagram."""
    return sum(fewest_toggles(m) for m in machines)


def part2(machines: list[Machine]) -> int:
    """The fewest presses that bring every machine's counters to their joltage targets."""
    return solve(study(machines)).answer


def study(machines: list[Machine]) -> Studies:
    """Part 2 as one study per machine, the answers added up."""
    return Studies([machine_study(m) for m in machines], combine=lambda found: sum(o.value for o in found),
                   names=[f"machine {i + 1}" for i in range(len(machines))],
                   title="fewest presses to every joltage target")


def press_limits(machine: Machine) -> list[int]:
    """A button can be pressed at most as often as the smallest target it raises (presses only add)."""
    return [min((machine.joltage[i] for i in button), default=0) for button in machine.buttons]


def learned_basis(wiring: np.ndarray, prices: np.ndarray, presses: np.ndarray, limits: np.ndarray) -> list[float]:
    """Each button's claim to the first basis (smaller first): its learned reduced cost 1 − Aᵀy near
    zero, and its learned presses clear of both bounds, as complementary slackness has basic ones."""
    return (np.abs(1 - wiring.T @ prices) - np.minimum(presses, limits - presses)).tolist()


def machine_study(machine: Machine) -> Study:
    """Learn one machine's relaxation and its dual; the exact branch and bound proves the optimum."""
    from aoc import nn

    A, targets, limits = machine.wiring(), machine.joltage, press_limits(machine)
    ip = program(A, targets, [1] * len(limits), [(0, u) for u in limits])
    scale = float(max(targets, default=1) or 1)
    wiring = np.array(A, dtype=np.float64).reshape(len(targets), len(limits))
    graph = nn.Graph()
    x = graph.param(np.zeros(len(limits)), name="presses / top")
    y = graph.param(np.zeros(len(targets)), name="counter prices y")
    t = graph.const(np.array(targets) / scale, name="targets / top")
    u = graph.const(np.array(limits) / scale, name="press limits / top")
    missed = graph.const(wiring, name="A") @ x - t
    outside = nn.square(nn.relu(-x)) + nn.square(nn.relu(x - u))
    primal = nn.sum(x) + PENALTY * (nn.sum(nn.square(missed)) + nn.sum(outside))
    reduced = graph.const(np.ones(len(limits)), name="cost") - graph.const(wiring.T.copy(), name="Aᵀ") @ y
    dual = nn.sum(t * y) - nn.sum(u * nn.relu(-reduced))  # y·b + Σ min(0, d_j)·limit_j: a bound for any y
    return Study(graph, primal - dual, nn.Adam(lr=0.05),
                 candidate=lambda: ip.solve(prefer=learned_basis(wiring, y.value, x.value, u.value)),
                 verify=ip.check, exact=ip.solve, steps=150,
                 title="Σ presses + penalty − dual bound (one machine, scaled by its top target)")
