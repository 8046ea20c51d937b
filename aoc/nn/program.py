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

if TYPE_CHECKING:  # graph.compile() imports this module: a program only reads the graph it is given
    from aoc.nn.graph import Graph, Node

FUSE_MIN = 4096  # elements from which fuse=None fuses a run: past L1, intermediates cost memory
SERIAL = itertools.count(1)


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
        kept = {graph.node(x).index for x in keep}
        nodes, slots, code, out, param_slots = _core.lower(graph.nodes, output, kept)
        fuse_min = FUSE_MIN if fuse is None else int(fuse)
        self = super().__new__(cls, slots, code, out, param_slots, output.shape, fuse_min)
        params = [nodes[i] for i in param_slots]
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
