"""Exact linear programming: a bounded dual simplex on a fraction-free integer tableau.

The program is: minimise c·x subject to A·x = b and low ≤ x ≤ high, with integer data (a high of
None is no limit). The tableau is Edmonds' integer-preserving one: every entry is an integer over
one common denominator (the basis determinant), and each pivot divides exactly, so nothing is ever
rounded and no Fraction is built inside the loop. Beside A the tableau carries an identity block
and b, so each row also holds its row of B⁻¹ and of B⁻¹b: the dual vector, and the row that proves a
box empty, are read off exactly. Bland's rule (lowest index first) keeps the dual simplex from cycling.

Why the dual simplex: with finite bounds every basis can be made dual feasible by putting each
non-basic column at the bound its reduced cost points to, so no phase 1 is needed; and a branch's
child, one bound tighter than its parent, restarts from the parent's optimal basis in a pivot or two.
Columns without an upper bound are made dual feasible first by the recession program
min c·r, A·r = 0, 0 ≤ r ≤ 1: a negative optimum is a ray along which the cost falls for ever.
"""
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

Bound = int | None


@dataclass(frozen=True)
class Dual:
    """A dual vector y = numerators / denominator, one entry per equation."""

    numerators: tuple[int, ...]
    denominator: int

    def __str__(self) -> str:
        return "(" + ", ".join(str(Fraction(n, self.denominator)) for n in self.numerators) + ")"


class Infeasible(Exception):
    """No x in the box solves A·x = b; `dual` proves it (see integer_program.dual_bound)."""

    def __init__(self, dual: Dual):
        super().__init__(f"no solution: the dual vector {dual} proves the box empty")
        self.dual = dual


class Unbounded(Exception):
    """The cost falls without limit along `ray` (A·ray = 0, ray ≥ 0 only where there is no upper bound)."""

    def __init__(self, ray: tuple[Fraction, ...]):
        super().__init__("no least cost: the relaxation's cost falls without limit along the ray "
                         + "(" + ", ".join(map(str, ray)) + ")")
        self.ray = ray


class Tableau:
    """A basis of A·x = b in integers: rows D·[B⁻¹A | B⁻¹], the reduced costs, the non-basic values."""

    def __init__(self, A: Sequence[Sequence[int]], b: Sequence[int], cost: Sequence[int],
                 prefer: Sequence[float] | None = None) -> None:
        self.n, m = len(cost), len(b)
        self.rows = [[*row, *(int(i == k) for k in range(m)), b[i]] for i, row in enumerate(A)]
        self.reduced = [*cost, *[0] * (m + 1)]
        self.basis: list[int] = []
        self.scale = 1
        self.pivots = 0
        self.at: dict[int, int] = {}
        self._eliminate(prefer)

    def copy(self) -> "Tableau":
        """An independent tableau at the same basis (a branch's child starts from its parent's)."""
        twin = Tableau.__new__(Tableau)
        twin.n, twin.scale, twin.pivots = self.n, self.scale, self.pivots
        twin.rows = [row[:] for row in self.rows]
        twin.reduced, twin.basis, twin.at = self.reduced[:], self.basis[:], dict(self.at)
        return twin

    def _eliminate(self, prefer: Sequence[float] | None) -> None:
        """Gauss–Jordan to a first basis, trying columns in `prefer` order (smallest first)."""
        order = sorted(range(self.n), key=lambda j: (prefer[j], j)) if prefer is not None else list(range(self.n))
        kept = []
        for r in range(len(self.rows)):
            s = next((j for j in order if j not in self.basis and self.rows[r][j]), None)
            if s is None:  # a combination of the rows above: consistent, or the program is infeasible
                clash = self.rows[r][-1]
                if clash:  # y·A = 0 but y·b ≠ 0
                    raise Infeasible(Dual(tuple(x if clash > 0 else -x for x in self.rows[r][self.n:-1]), self.scale))
                continue
            self._pivot(r, s)
            self.basis.append(s)
            kept.append(r)
        self.rows = [self.rows[r] for r in kept]
        self.at = {j: 0 for j in range(self.n) if j not in self.basis}

    def _pivot(self, r: int, s: int) -> None:
        """Bring column s into the basis at row r; every division is exact (Bareiss)."""
        rows, old = self.rows, self.scale
        pivot_row = rows[r]
        p = pivot_row[s]
        if p < 0:
            pivot_row, p = [-x for x in pivot_row], -p
        for i, row in enumerate(rows):
            if i != r:
                f = row[s]
                rows[i] = [(p * x - f * y) // old for x, y in zip(row, pivot_row, strict=True)]
        f = self.reduced[s]
        self.reduced = [(p * x - f * y) // old for x, y in zip(self.reduced, pivot_row, strict=True)]
        rows[r], self.scale = pivot_row, p
        self.pivots += 1

    def values(self, homogeneous: bool = False) -> list[int]:
        """D times each basic variable's value (for A·x = 0 if homogeneous), the others where `at` says."""
        moved = [(j, v) for j, v in self.at.items() if v]
        return [(0 if homogeneous else row[-1]) - sum(row[j] * v for j, v in moved) for row in self.rows]

    def scaled(self, homogeneous: bool = False) -> list[int]:
        """D times every variable's value, in integers."""
        x = [self.scale * self.at.get(j, 0) for j in range(self.n)]
        for k, v in zip(self.basis, self.values(homogeneous), strict=True):
            x[k] = v
        return x

    def solution(self, homogeneous: bool = False) -> list[Fraction]:
        """Every variable's value, exactly."""
        return [Fraction(v, self.scale) for v in self.scaled(homogeneous)]

    def dual(self) -> Dual:
        """y = c_B·B⁻¹, the prices of the equations at this basis."""
        return Dual(tuple(-x for x in self.reduced[self.n:-1]), self.scale)

    def place(self, low: Sequence[int], high: Sequence[Bound]) -> bool:
        """Put each non-basic column at the bound its reduced cost points to; False if one has none."""
        for j in self.at:
            top = high[j]
            if self.reduced[j] >= 0:
                self.at[j] = low[j]
            elif top is None:
                return False
            else:
                self.at[j] = top
        return True

    def reoptimise(self, low: Sequence[int], high: Sequence[Bound], homogeneous: bool = False) -> None:
        """Dual simplex from this (dual feasible) basis to the optimum in the box; Infeasible if empty."""
        while True:
            values = self.values(homogeneous)
            leaving = self._leaving(values, low, high)
            if leaving is None:
                return
            r, up = leaving
            s = self._entering(r, up, low, high)
            if s is None:
                row = self.rows[r][self.n:-1]
                raise Infeasible(Dual(tuple(-x for x in row) if up else tuple(row), self.scale))
            k, top = self.basis[r], high[self.basis[r]]
            self._pivot(r, s)
            self.basis[r] = s
            del self.at[s]
            self.at[k] = low[k] if up or top is None else top  # x_k left for the bound it broke

    def _leaving(self, values: list[int], low: Sequence[int], high: Sequence[Bound]) -> tuple[int, bool] | None:
        """The lowest basic variable outside its bounds: (row, must it go up?), or None at the optimum."""
        found = None
        for r, (k, v) in enumerate(zip(self.basis, values, strict=True)):
            if found is not None and self.basis[found[0]] < k:
                continue
            top = high[k]
            if v < low[k] * self.scale:
                found = (r, True)
            elif top is not None and v > top * self.scale:
                found = (r, False)
        return found

    def _entering(self, r: int, up: bool, low: Sequence[int], high: Sequence[Bound]) -> int | None:
        """The non-basic column whose move frees row r at the least loss of dual feasibility."""
        row, best, best_ratio = self.rows[r], None, (0, 1)
        for j in sorted(self.at):
            a = row[j]
            if not a or low[j] == high[j]:
                continue
            rising = self.at[j] == low[j]
            if (a < 0) != (rising == up):  # moving x_j its free way must push x_k the needed way
                continue
            d = abs(self.reduced[j])
            if best is None or d * best_ratio[1] < best_ratio[0] * abs(a):
                best, best_ratio = j, (d, abs(a))
        return best


def cost_of(cost: Sequence[int], x: Sequence[Fraction]) -> Fraction:
    """c·x, exactly."""
    return sum((c * v for c, v in zip(cost, x, strict=True) if c), Fraction(0))


def optimal_tableau(A: Sequence[Sequence[int]], b: Sequence[int], cost: Sequence[int], low: Sequence[int],
                    high: Sequence[Bound], prefer: Sequence[float] | None = None) -> Tableau:
    """An optimal basis of the linear program; Infeasible or Unbounded (each with its proof) if none."""
    tableau = Tableau(A, b, cost, prefer)
    if not tableau.place(low, high):
        ray_high = [1 if h is None else 0 for h in high]
        tableau.place([0] * len(low), ray_high)
        tableau.reoptimise([0] * len(low), ray_high, homogeneous=True)
        ray = tableau.solution(homogeneous=True)
        if cost_of(cost, ray) < 0:
            feasible = Tableau(A, b, [0] * len(cost))
            feasible.place(low, high)
            feasible.reoptimise(low, high)  # an empty box is the stronger statement: Infeasible first
            raise Unbounded(tuple(ray))
        tableau.place(low, high)  # now it succeeds: no column without a limit has a negative reduced cost
    tableau.reoptimise(low, high)
    return tableau
