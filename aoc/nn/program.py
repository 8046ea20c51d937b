"""A compiled program: the graph flattened to a C tape; forward() and backward() are the C calls
themselves (no Python in between), and release the GIL while they work on a large tape.

Values and gradients live in one buffer pool; nodes read them as read-only numpy views from the
program that last ran, or explicitly with `prog.value(node)` and `prog.grad(node)`.
"""
from __future__ import annotations

import itertools
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike, NDArray

from aoc.nn import _core
from aoc.nn.errors import NNError
from aoc.nn.optable import OPCODE

if TYPE_CHECKING:  # graph.compile() imports this module: a program only reads the graph it is given
    from aoc.nn.graph import Graph, Node

Instruction = tuple[int, int, int, int, int, int, int, int]
FUSE_MIN = 4096  # elements from which fuse=None fuses a run: past L1, intermediates cost memory
SERIAL = itertools.count(1)


def reaching(graph: Graph, output: Node) -> list[Node]:
    """The nodes `output` depends on, in creation order (inputs are always created first)."""
    seen = bytearray(len(graph.nodes))
    seen[output.index] = 1
    stack = [output]
    while stack:
        for x in stack.pop().inputs:
            if not seen[x.index]:
                seen[x.index] = 1
                stack.append(x)
    return list(itertools.compress(graph.nodes, seen))


def as_rows_cols(shape: tuple[int, ...]) -> tuple[int, int]:
    """The 2-D view the tape uses: a scalar is 1x1 and a vector one row."""
    if len(shape) == 2:
        return shape
    return (1, shape[0]) if shape else (1, 1)


def instruction(node: Node, slot: list[int]) -> Instruction:
    """The C instruction computing node: (op, out, a, b, axis, m, n, k); slot maps a node's
    index in the graph to its slot in the program."""
    a, *rest = node.inputs
    axis = node.axis if len(a.shape) == 2 else -1
    if not rest:
        return OPCODE[node.op], slot[node.index], slot[a.index], -1, axis, 0, 0, 0
    b = rest[0]
    if node.op != "matmul":
        return OPCODE[node.op], slot[node.index], slot[a.index], slot[b.index], axis, 0, 0, 0
    m = a.shape[0] if len(a.shape) == 2 else 1
    n = b.shape[1] if len(b.shape) == 2 else 1
    return OPCODE["matmul"], slot[node.index], slot[a.index], slot[b.index], axis, m, n, b.shape[0]


class Program(_core.Program):
    """The nodes reaching one output, compiled; run it with forward() and backward()."""

    graph: Graph
    output: Node
    nodes: list[Node]
    index: dict[int, int]
    params: list[Node]
    scalar: bool
    serial: int
    _views: dict[tuple[int, bool], NDArray[np.float64]]

    def __new__(cls, graph: Graph, output: Node, keep: Sequence[Node | str] = (),
                fuse: bool | None = None) -> Program:
        nodes = reaching(graph, output)
        slot = [-1] * len(graph.nodes)
        grads = bytearray(len(graph.nodes))  # by graph index: some parameter reaches the node
        kept = {graph.node(x).index for x in keep}
        slots, code, params = [], [], []
        for i, node in enumerate(nodes):
            slot[node.index] = i
            wants = 1 if node.kind == "param" else 0
            if node.kind == "op":
                for x in node.inputs:
                    wants |= grads[x.index]
                code.append(instruction(node, slot))
            elif wants:
                params.append(node)
            grads[node.index] = wants
            slots.append((*as_rows_cols(node.shape), node.data, wants == 1, node.index in kept))
        fuse_min = FUSE_MIN if fuse is None else int(fuse)
        self = super().__new__(cls, slots, code, slot[output.index],
                               [slot[x.index] for x in params], output.shape, fuse_min)
        index = dict(zip(map(id, nodes), itertools.count()))
        self.graph, self.output, self.nodes, self.index = graph, output, nodes, index
        self.params, self.scalar, self.serial = params, output.shape == (), next(SERIAL)
        self._views = {}
        graph.programs.add(self)
        graph.output = output
        return self

    @property
    def order(self) -> tuple[int, int]:
        """Programs sort by when they last ran, then by when they were compiled."""
        return self.ran, self.serial

    def _slot(self, node: Node | str) -> tuple[Node, int]:
        node = self.graph.node(node)
        if id(node) not in self.index:
            raise NNError(f"{node!r} is not in this program: the output does not reach it")
        return node, self.index[id(node)]

    def value(self, node: Node | str) -> NDArray[np.float64]:
        """node's value in this program, as a read-only view (a leaf's own data for leaves)."""
        node, i = self._slot(node)
        if node.data is not None:
            return node.value
        view = self._views.get((i, False))
        if view is None:
            view = self.view(i, node.shape, False)
            if view is None:
                raise NNError(f"{node!r} was fused into one pass with its neighbours, so its "
                              "value is not kept; compile with keep=[node] to keep it")
            self._views[i, False] = view
        return view

    def grad(self, node: Node | str) -> NDArray[np.float64]:
        """d(output)/d(node) from this program's last backward(), as a read-only view."""
        node, i = self._slot(node)
        view = self._views.get((i, True))
        if view is None:
            view = self.view(i, node.shape, True)
            if view is None and self.fused(node):
                raise NNError(f"{node!r} was fused into one pass with its neighbours, so its "
                              "gradient is not kept; compile with keep=[node] to keep it")
            if view is None:
                raise NNError(f"no parameter reaches {node!r}, so no gradient flows through it")
            self._views[i, True] = view
        if not self.backwarded and self.thread != threading.get_ident():
            raise NNError(f"another thread ran this program since this thread's backward(), so "
                          f"{node!r}'s gradient may be another point's; give each thread its "
                          "own program (compile the output again)")
        if not self.backwarded:
            raise NNError(f"no gradient yet for {node!r}: call backward() first")
        return view

    def fused(self, node: Node) -> bool:
        """Whether node was fused away: computed in a fused pass and not kept."""
        return node.data is None and self.view(self.index[id(node)], node.shape, False) is None

    def _nonfinite(self) -> Node | None:
        """The earliest kept node whose value holds a NaN or inf (the C forward names it)."""
        for node in self.nodes:
            if not self.fused(node) and not np.all(np.isfinite(self.value(node))):
                return node
        return None

    def rebind(self, node: Node, data: NDArray[np.float64]) -> None:  # type: ignore[override]
        """Point the program at a leaf's new buffer (when it stops sharing the caller's array)."""
        if id(node) in self.index:
            super().rebind(self.index[id(node)], data)

    def set(self, node_or_name: Node | str, array: ArrayLike) -> None:
        """Put new data into a leaf of this program's graph, as Graph.set."""
        self.graph.set(node_or_name, array)
