"""Integer programs solved and proven exactly: branch and bound on the exact simplex, with a proof
anyone can check in integers.

`integer_program(A, b, cost, bounds)` minimises cost·x over integer x with A·x = b and
low ≤ x ≤ high. Each node's bound is its linear program's optimum, found in integers by
`aoc.lab.simplex`; a child restarts from its parent's basis. The answer carries its proof: a branch
tree whose splits are x_j ≤ k | x_j ≥ k + 1 and whose leaves each hold a dual vector y. Every x in a
leaf's box with A·x = b costs y·b + d·x with d = cost − Aᵀy, so at least
y·b + Σ_j min(d_j·low_j, d_j·high_j); a leaf is closed when that bound, rounded up, reaches the
optimum, or when the same sum without the cost is positive (the box holds no solution at all).
`check_optimum` re-evaluates every leaf from A, b and the cost, trusting only the dual vectors.
"""
import heapq
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from aoc.lab.simplex import Bound, Dual, Infeasible, Tableau, Unbounded, optimal_tableau
from aoc.lab.study import LabError


@dataclass(frozen=True)
class Leaf:
    """A box closed by one dual vector: a bound on its cost, or (empty) the proof it has no solution."""

    dual: Dual
    empty: bool = False


@dataclass
class Split:
    """x[var] ≤ at in `below`, x[var] ≥ at + 1 in `above`."""

    var: int
    at: int
    below: "Leaf | Split | None" = None
    above: "Leaf | Split | None" = None


Certificate = Leaf | Split


@dataclass(frozen=True)
class Optimum:
    """The least cost, an x that has it, and the branch tree proving nothing costs less."""

    value: int
    x: tuple[int, ...]
    lp_bound: Fraction
    nodes: int
    pivots: int
    certificate: Certificate = field(repr=False)

    def __str__(self) -> str:
        return (f"optimum {self.value} (LP bound {self.lp_bound}, "
                f"{self.nodes} branch node{'s' * (self.nodes != 1)}, {self.pivots} pivots)")


@dataclass(frozen=True)
class Program:
    """min cost·x, A·x = b, low ≤ x ≤ high, x integer; checked to be integers and of one size."""

    A: tuple[tuple[int, ...], ...]
    b: tuple[int, ...]
    cost: tuple[int, ...]
    low: tuple[int, ...]
    high: tuple[Bound, ...]

    @property
    def columns(self) -> list[tuple[int, ...]]:
        """A's columns, one per variable."""
        return list(zip(*self.A, strict=True)) if self.A else [() for _ in self.cost]

    def solve(self, prefer: Sequence[float] | None = None, node_limit: int = 20_000) -> Optimum:
        """The proven optimum (see integer_program); LabError when there is none."""
        if any(hi is not None and hi < lo for lo, hi in zip(self.low, self.high, strict=True)):
            raise LabError("no solution: a variable's upper bound is below its lower bound")
        for row, target in zip(self.A, self.b, strict=True):
            factor = math.gcd(*row)
            if factor and target % factor:
                raise LabError(f"no integer solution: {target} is no multiple of {factor}, "
                               "which divides every coefficient of its equation")
        try:
            root = optimal_tableau(self.A, self.b, self.cost, self.low, self.high, prefer)
        except (Infeasible, Unbounded) as exc:
            raise LabError(str(exc)) from None
        search = _Search(self, node_limit)
        certificate = search.run(root)
        if search.best is None:
            raise LabError(f"no integer solution: {search.nodes} branch nodes, every box proven empty")
        optimum = Optimum(search.best, search.best_x, search.lp_bound, search.nodes, search.pivots, certificate)
        if not self.check(optimum):
            raise LabError(f"the certificate of {optimum} failed its check")
        return optimum

    def check(self, optimum: Optimum) -> bool:
        """Does the optimum's x cost its value here, and does its branch tree prove nothing costs less?"""
        return isinstance(optimum, Optimum) and check_optimum(self, optimum)


def _whole(value, what: str) -> int:
    """value as an int, refusing anything that is not a whole number."""
    whole = int(value)
    if whole != value:
        raise LabError(f"integer programs take whole numbers: {what} has {value!r}")
    return whole


def program(A, b, cost, bounds=None) -> Program:
    """The program from plain sequences (numpy arrays too); bounds are (low, high or None) per variable."""
    n = len(cost)
    bounds = [(0, None)] * n if bounds is None else list(bounds)
    if len(A) != len(b) or any(len(row) != n for row in A) or len(bounds) != n:
        raise LabError(f"an integer program needs A of {len(b)} rows × {n} columns and {n} bounds")
    return Program(tuple(tuple(_whole(a, "A") for a in row) for row in A), tuple(_whole(v, "b") for v in b),
                   tuple(_whole(c, "cost") for c in cost), tuple(_whole(lo, "bounds") for lo, _ in bounds),
                   tuple(None if hi is None else _whole(hi, "bounds") for _, hi in bounds))


def integer_program(A, b, cost, bounds=None, *, prefer: Sequence[float] | None = None,
                    node_limit: int = 20_000) -> Optimum:
    """The proven least cost·x over integer x with A·x = b within bounds; LabError when there is none.

    `prefer` scores the columns (smallest first) for the first basis, such as a learned solution's
    reduced costs: a good guess starts the simplex at or next to the optimal vertex.
    """
    return program(A, b, cost, bounds).solve(prefer=prefer, node_limit=node_limit)


class _Search:
    """Best-first branch and bound (least bound, then deepest); the tree it builds is the certificate."""

    def __init__(self, p: Program, node_limit: int) -> None:
        self.p, self.node_limit = p, node_limit
        self.best: int | None = None
        self.best_x: tuple[int, ...] = ()
        self.nodes = self.pivots = 0
        self.lp_bound = Fraction(0)

    def closes(self, bound: Fraction) -> bool:
        """Can no box with this linear bound hold anything cheaper than the best so far?"""
        return self.best is not None and math.ceil(bound) >= self.best

    def run(self, root: Tableau) -> Certificate:
        """Search from the root's optimal basis; the certificate of the whole box."""
        self.pivots = root.pivots
        done: list[Certificate] = []
        heap: list = [(0, 0, 0, root, list(self.p.low), list(self.p.high), None, done.append)]
        while heap:
            self.nodes += 1
            if self.nodes > self.node_limit:
                raise LabError(f"no proof within {self.node_limit} branch nodes")
            _, depth, _, tableau, low, high, parent, put = heapq.heappop(heap)
            if parent is not None and self.closes(parent[0]):  # the parent's dual bounds this smaller box too
                put(Leaf(parent[1]))
                continue
            split = self.node(tableau, low, high, put)
            if split is not None:
                var, at, bound, dual = split
                node = Split(var, at)
                put(node)
                below_high, above_low = high[:], low[:]
                below_high[var], above_low[var] = at, at + 1
                key = math.ceil(bound)
                heapq.heappush(heap, (key, depth - 1, self.nodes * 2, tableau, low, below_high, (bound, dual),
                                      lambda c, s=node: setattr(s, "below", c)))
                heapq.heappush(heap, (key, depth - 1, self.nodes * 2 + 1, tableau.copy(), above_low, high,
                                      (bound, dual), lambda c, s=node: setattr(s, "above", c)))
        return done[0]

    def node(self, tableau: Tableau, low: list[int], high: list[Bound], put: Callable):
        """Solve one node: close it (through `put`), or return how to split it."""
        before = tableau.pivots
        try:
            tableau.reoptimise(low, high)
        except Infeasible as exc:
            put(Leaf(exc.dual, empty=True))
            return None
        finally:
            self.pivots += tableau.pivots - before
        x, scale = tableau.scaled(), tableau.scale
        bound, dual = Fraction(sum(c * v for c, v in zip(self.p.cost, x, strict=True) if c), scale), tableau.dual()
        if self.nodes == 1:
            self.lp_bound = bound
        if self.closes(bound):
            put(Leaf(dual))
            return None
        fractional = [(abs(2 * (v % scale) - scale), j) for j, v in enumerate(x) if v % scale]
        if not fractional:
            self.best, self.best_x = int(bound), tuple(v // scale for v in x)
            put(Leaf(dual))
            return None
        var = min(fractional)[1]
        return var, x[var] // scale, bound, dual


def dual_bound(p: Program, columns: list[tuple[int, ...]], low: Sequence[int], high: Sequence[Bound],
               dual: Dual, cost: Sequence[int]) -> Fraction | None:
    """min over the box of cost·x for A·x = b, bounded below through y: y·b + Σ_j min(d_j·low_j, d_j·high_j).

    None when the bound is −∞ (a negative d_j on a column with no upper limit).
    """
    y, scale = dual.numerators, dual.denominator
    total = sum(v * t for v, t in zip(y, p.b, strict=True))
    for j, column in enumerate(columns):
        d, top = scale * cost[j] - sum(a * v for a, v in zip(column, y, strict=True) if a), high[j]
        if d >= 0:
            total += d * low[j]
        elif top is None:
            return None
        else:
            total += d * top
    return Fraction(total, scale)


def check_optimum(p: Program, optimum: Optimum) -> bool:
    """Does the optimum's x cost its value within the program, and does its branch tree prove no x costs less?"""
    x = optimum.x
    if len(x) != len(p.cost):
        return False
    if any(v < lo or (hi is not None and v > hi) for v, lo, hi in zip(x, p.low, p.high, strict=True)):
        return False
    if any(sum(a * v for a, v in zip(row, x, strict=True)) != t for row, t in zip(p.A, p.b, strict=True)):
        return False
    if sum(c * v for c, v in zip(p.cost, x, strict=True)) != optimum.value:
        return False
    columns, zero = p.columns, [0] * len(p.cost)
    stack: list[tuple[Certificate | None, list[int], list[Bound]]] = [(optimum.certificate, list(p.low), list(p.high))]
    while stack:
        node, low, high = stack.pop()
        if isinstance(node, Split):
            if not 0 <= node.var < len(x):
                return False
            below_high, above_low = high[:], low[:]
            below_high[node.var], above_low[node.var] = node.at, node.at + 1
            stack += [(node.below, low, below_high), (node.above, above_low, high)]
        elif not isinstance(node, Leaf) or node.dual.denominator <= 0 or len(node.dual.numerators) != len(p.b):
            return False
        elif not _leaf_holds(p, columns, low, high, node, optimum.value, zero):
            return False
    return True


def _leaf_holds(p: Program, columns, low, high, leaf: Leaf, value: int, zero: list[int]) -> bool:
    """Is the leaf's box empty (a box with low > high is), or proven empty, or bounded by the optimum?"""
    if any(hi is not None and lo > hi for lo, hi in zip(low, high, strict=True)):
        return True
    bound = dual_bound(p, columns, low, high, leaf.dual, zero if leaf.empty else p.cost)
    if bound is None:
        return False
    return bound > 0 if leaf.empty else math.ceil(bound) >= value
