"""A compiled program: the graph flattened to a C tape; forward() and backward() are one C call.

The tape is immutable once built; values and gradients are numpy views into its one buffer pool,
so nothing is allocated per iteration.
"""
from __future__ import annotations

import weakref
from math import prod
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike, NDArray

from aoc.nn import _core
from aoc.nn.errors import NNError
from aoc.nn.optable import OPCODE

if TYPE_CHECKING:  # graph.compile() imports this module: a program only reads the graph it is given
    from aoc.nn.graph import Graph, Node

Instruction = tuple[int, int, int, int, int, int, int, int]


def reaching(graph: Graph, output: Node) -> list[Node]:
    """The nodes `output` depends on, in creation order (inputs are always created first)."""
    seen, stack = {id(output)}, [output]
    while stack:
        for x in stack.pop().inputs:
            if id(x) not in seen:
                seen.add(id(x))
                stack.append(x)
    return [node for node in graph.nodes if id(node) in seen]


def as_rows_cols(shape: tuple[int, ...]) -> tuple[int, int]:
    """The 2-D view the tape uses: a scalar is 1x1 and a vector one row."""
    if len(shape) == 2:
        return shape
    return (1, shape[0]) if shape else (1, 1)


def instruction(node: Node, index: dict[int, int]) -> Instruction:
    """The C instruction computing node: (op, out, a, b, axis, m, n, k)."""
    a = node.inputs[0]
    b = node.inputs[1] if len(node.inputs) > 1 else None
    axis = node.axis if len(a.shape) == 2 else -1
    m = n = k = 0
    if b is not None and node.op == "matmul":
        m = a.shape[0] if len(a.shape) == 2 else 1
        n = b.shape[1] if len(b.shape) == 2 else 1
        k = b.shape[0]
    return (OPCODE[node.op], index[id(node)], index[id(a)],
            index[id(b)] if b is not None else -1, axis, m, n, k)


class Program:
    """The nodes reaching one output, compiled; run it with forward() and backward()."""

    def __init__(self, graph: Graph, output: Node) -> None:
        self.graph, self.output = graph, output
        self.nodes = reaching(graph, output)
        self.index = index = {id(node): i for i, node in enumerate(self.nodes)}
        grads: set[int] = set()
        for node in self.nodes:
            if node.kind == "param" or any(id(x) in grads for x in node.inputs):
                grads.add(id(node))
        slots = [(*as_rows_cols(x.shape), x.data, id(x) in grads) for x in self.nodes]
        code = [instruction(x, index) for x in self.nodes if x.kind == "op"]
        self.params = [x for x in self.nodes if x.kind == "param"]
        self.core = _core.Program(slots, code, index[id(output)],
                                  [index[id(x)] for x in self.params])
        self.backwarded = False
        self.scalar = output.shape == ()
        self._forward, self._backward = self.core.forward, self.core.backward
        self._bind_views()
        graph.programs.add(self)
        graph.output = output

    def _bind_views(self) -> None:
        self.pool = np.frombuffer(memoryview(self.core), dtype=np.float64)
        me = weakref.ref(self)
        for node, offsets in zip(self.nodes, self.core.offsets(), strict=True):
            node.attach(me, offsets)

    def _view(self, at: int, shape: tuple[int, ...]) -> NDArray[np.float64]:
        return self.pool[at:at + prod(shape)].reshape(shape)

    def value_view(self, node: Node) -> NDArray[np.float64]:
        """A computed node's value as a numpy view into the pool, which holds every one."""
        return self._view(node.offsets[0], node.shape)

    def grad_view(self, node: Node) -> NDArray[np.float64] | None:
        """node's gradient as a numpy view into the pool; None when no parameter reaches it."""
        at = node.offsets[1]
        return None if at < 0 else self._view(at, node.shape)

    def forward(self) -> float | NDArray[np.float64]:
        """Run the tape forward: the output as a float when it is a scalar, else a numpy view."""
        self.backwarded = False
        try:
            v = self._forward()
        except NNError as e:
            raise NNError(f"{e}; first non-finite node: {self.first_nonfinite()!r}") from None
        return v if self.scalar and v is not None else self.output.value

    def backward(self, seed: ArrayLike | None = None) -> None:
        """Gradients of the output (seeded with `seed` when it is not a scalar) into every .grad."""
        self._backward(seed)
        self.backwarded = True

    def first_nonfinite(self) -> Node | None:
        """The earliest node whose value holds a NaN or inf, for error messages."""
        for node in self.nodes:
            if not np.all(np.isfinite(node.value)):
                return node
        return None

    def rebind(self, node: Node, data: NDArray[np.float64]) -> None:
        """Point the program at a leaf's new buffer (when it stops sharing the caller's array)."""
        if id(node) in self.index:
            self.core.rebind(self.index[id(node)], data)

    def invalidate(self) -> None:
        """Forget the last forward pass: new data was set into the graph."""
        self.core.invalidate()
        self.backwarded = False

    def set(self, node_or_name: Node | str, array: ArrayLike) -> None:
        """Put new data into a leaf of this program's graph, as Graph.set."""
        self.graph.set(node_or_name, array)

