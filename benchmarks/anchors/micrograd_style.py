"""A tiny pure-Python scalar reverse-mode autodiff engine, in the spirit of micrograd.

Why it exists: it is the "what would a user write in an afternoon" anchor for
benchmarks/nn_bench.py. Every scalar is a ``Scalar`` object holding its value,
its gradient, its parents and the local derivatives towards them; ``backward``
sorts the graph topologically once and applies the chain rule in reverse.
Written for this project (not copied from micrograd); deliberately plain Python.
"""

from __future__ import annotations

import math


class Scalar:
    """One number in the expression graph, with its gradient."""

    __slots__ = ("value", "grad", "parents", "local_grads")

    def __init__(self, value, parents=(), local_grads=()):
        self.value = float(value)
        self.grad = 0.0
        self.parents = parents          # tuple of Scalar
        self.local_grads = local_grads  # d self / d parent, same order

    # -- arithmetic ----------------------------------------------------------
    def __add__(self, other):
        other = other if isinstance(other, Scalar) else Scalar(other)
        return Scalar(self.value + other.value, (self, other), (1.0, 1.0))

    __radd__ = __add__

    def __sub__(self, other):
        other = other if isinstance(other, Scalar) else Scalar(other)
        return Scalar(self.value - other.value, (self, other), (1.0, -1.0))

    def __rsub__(self, other):
        return Scalar(other) - self

    def __mul__(self, other):
        other = other if isinstance(other, Scalar) else Scalar(other)
        return Scalar(self.value * other.value, (self, other), (other.value, self.value))

    __rmul__ = __mul__

    def __neg__(self):
        return Scalar(-self.value, (self,), (-1.0,))

    def __truediv__(self, other):
        other = other if isinstance(other, Scalar) else Scalar(other)
        inv = 1.0 / other.value
        return Scalar(self.value * inv, (self, other), (inv, -self.value * inv * inv))

    def __pow__(self, k):
        assert isinstance(k, (int, float)), "only constant exponents"
        return Scalar(self.value ** k, (self,), (k * self.value ** (k - 1),))

    def square(self):
        return Scalar(self.value * self.value, (self,), (2.0 * self.value,))

    def tanh(self):
        t = math.tanh(self.value)
        return Scalar(t, (self,), (1.0 - t * t,))

    # -- reverse mode --------------------------------------------------------
    def backward(self):
        """Set d self / d node into every node's .grad (grads start at zero)."""
        order, seen = [], set()
        stack = [(self, False)]
        while stack:                      # iterative DFS: deep chains must not hit the recursion limit
            node, done = stack.pop()
            if done:
                order.append(node)
                continue
            if id(node) in seen:
                continue
            seen.add(id(node))
            stack.append((node, True))
            for p in node.parents:
                if id(p) not in seen:
                    stack.append((p, False))
        for node in order:
            node.grad = 0.0
        self.grad = 1.0
        for node in reversed(order):
            g = node.grad
            for p, d in zip(node.parents, node.local_grads):
                p.grad += d * g

    def __repr__(self):
        return f"Scalar({self.value!r}, grad={self.grad!r})"


def vector(values):
    """A list of Scalars from any iterable of numbers."""
    return [Scalar(v) for v in values]


def add(xs, ys):
    """Elementwise add of two equal-length lists of Scalars."""
    return [x + y for x, y in zip(xs, ys)]


def total(xs):
    """Sum of a list of Scalars as a chain of binary adds (as Python's sum() would)."""
    acc = xs[0]
    for x in xs[1:]:
        acc = acc + x
    return acc


def least_squares(X_rows, y, w):
    """sum((X @ w - y)^2) with one graph node per scalar op; X_rows, y plain floats, w Scalars."""
    residuals = []
    for row, yi in zip(X_rows, y):
        pred = total([wj * xj for wj, xj in zip(w, row)])
        residuals.append((pred - yi).square())
    return total(residuals)
