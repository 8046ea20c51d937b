"""Expression graphs: nodes built with operators, leaves holding their own aligned data.

A graph is defined first and run later (Gorgonia's tape machine): `Graph.compile` turns the
nodes reaching one output into a flat C program, see `aoc.nn.program`. The C ops hand calls with
node operands back here, so `nn.exp(node)` builds a node.
"""
from __future__ import annotations

import operator
import os
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

import numpy as np
from numpy.typing import ArrayLike, NDArray

from aoc.nn import _core
from aoc.nn.errors import NNError
from aoc.nn.optable import KINDS as KIND
from aoc.nn.optable import OPCODE

if TYPE_CHECKING:
    from aoc.nn.program import Program

Operand: TypeAlias = "Node | ArrayLike"  # a node, or data that becomes a constant node


def as_float64(array: object, what: str) -> NDArray[np.float64]:
    """The data as a float64 array; numpy arrays of another dtype are refused, not cast."""
    if isinstance(array, np.ndarray) and array.dtype != np.float64:
        raise NNError(f"{what}: aoc.nn computes in float64, got {array.dtype}; "
                      "convert with .astype(numpy.float64)")
    try:
        return np.asarray(array, dtype=np.float64)
    except (TypeError, ValueError) as e:
        raise NNError(f"{what}: expected float64 data, got {type(array).__name__}") from e


def leaf_data(array: ArrayLike, what: str, share: bool) -> tuple[NDArray[np.float64], bool]:
    """(data, shared) for a leaf. The one rule: a constant shares an array aoc.nn allocated
    (nn.zeros, an op's result) whole; every other array, and every parameter's, is copied."""
    if type(array) is float or type(array) is int:
        data = _core.zeros(())
        data[()] = array
        return data, False
    data = as_float64(array, what)
    if data.ndim > 2:
        raise NNError(f"{what}: aoc.nn handles 0-D, 1-D and 2-D tensors, got shape {data.shape}")
    if share and type(data.base) is _core.AlignedBuffer and data.flags.writeable:
        return data, True
    copy = _core.zeros(data.shape)
    copy[...] = data
    return copy, False


class Node:
    """One tensor in a graph: a parameter, a constant, or an op applied to other nodes."""

    __slots__ = ("graph", "op", "inputs", "shape", "name", "kind", "axis", "data", "shared",
                 "_view", "index", "__weakref__")
    __array_ufunc__ = None  # numpy defers `array + node` to Node.__radd__

    graph: Graph
    op: str
    inputs: tuple[Node, ...]
    shape: tuple[int, ...]
    name: str | None
    kind: str  # "param", "const" or "op"
    axis: int
    data: NDArray[np.float64] | None  # a leaf's own data; None for computed nodes
    shared: bool  # data is the caller's own array (a constant's), used without a copy
    _view: NDArray[np.float64] | None  # a read-only view of data, handed out as .value
    index: int  # its place in graph.nodes

    def __init__(self, graph: Graph, op: str, inputs: tuple[Node, ...], shape: tuple[int, ...],
                 name: str | None, kind: str, axis: int,
                 data: NDArray[np.float64] | None = None, shared: bool = False) -> None:
        self.graph, self.op, self.inputs, self.shape = graph, op, inputs, shape
        self.name, self.kind, self.axis, self.data = name, kind, axis, data
        self.shared, self._view, self.index = shared, None, len(graph.nodes)

    def __repr__(self) -> str:
        label = f" {self.name!r}" if self.name else ""
        return f"<nn.Node {self.kind} {self.op}{label} shape={self.shape}>"

    @property
    def program(self) -> Program | None:
        """The live program whose values this node shows: of those holding it, the one that
        ran last (None when no live program holds it)."""
        return self.graph.showing(self)

    def _program(self) -> Program:
        program = self.graph.showing(self)
        if program is None:
            raise NNError(f"{self!r} is in no live compiled program: compile an output it "
                          "reaches (and keep the program)")
        return program

    @property
    def value(self) -> NDArray[np.float64]:
        """The forward value, read-only (write with `node.value = ...`): a leaf's own data (a
        shared constant's is the caller's array), else from the program that last ran."""
        if self.data is None:
            return self._program().value(self)
        if self.shared:
            return self.data
        if self._view is None:
            self._view = self.data.view()
            self._view.flags.writeable = False
        return self._view

    @value.setter
    def value(self, array: ArrayLike) -> None:
        self.graph.set(self, array)

    @property
    def grad(self) -> NDArray[np.float64]:
        """d(output)/d(this node) from the last backward() of the program that last ran."""
        if self.kind == "const":
            raise NNError(f"{self!r} is a constant: constants have no gradient")
        return self._program().grad(self)

    def _apply(self, name: str, other: Operand, swap: bool = False) -> Node:
        a, b = (other, self) if swap else (self, other)
        return self.graph.apply(name, (a, b))

    def __add__(self, o: Operand) -> Node: return self.graph.apply("add", (self, o))
    def __radd__(self, o: Operand) -> Node: return self._apply("add", o, True)
    def __sub__(self, o: Operand) -> Node: return self.graph.apply("sub", (self, o))
    def __rsub__(self, o: Operand) -> Node: return self._apply("sub", o, True)
    def __mul__(self, o: Operand) -> Node: return self.graph.apply("mul", (self, o))
    def __rmul__(self, o: Operand) -> Node: return self._apply("mul", o, True)
    def __truediv__(self, o: Operand) -> Node: return self._apply("div", o)
    def __rtruediv__(self, o: Operand) -> Node: return self._apply("div", o, True)
    def __pow__(self, o: Operand) -> Node: return self._apply("pow", o)
    def __rpow__(self, o: Operand) -> Node: return self._apply("pow", o, True)
    def __matmul__(self, o: Operand) -> Node: return self._apply("matmul", o)
    def __rmatmul__(self, o: Operand) -> Node: return self._apply("matmul", o, True)
    def __neg__(self) -> Node: return self.graph.apply("neg", (self,))
    def __abs__(self) -> Node: return self.graph.apply("abs", (self,))


class Graph:
    """Nodes in creation order, which is also a valid data-flow order."""

    def __init__(self) -> None:
        self.nodes: list[Node] = []
        self.names: dict[str, Node] = {}
        self.programs: weakref.WeakSet[Program] = weakref.WeakSet()
        self.output: Node | None = None

    def showing(self, node: Node) -> Program | None:
        """Of the live programs holding node, the one that ran last (else the newest)."""
        best = None
        for program in self.programs:
            if id(node) in program.index and (best is None or program.order > best.order):
                best = program
        return best

    def __len__(self) -> int:
        """The number of nodes built so far."""
        return len(self.nodes)

    def _leaf(self, kind: str, array: ArrayLike, name: str | None) -> Node:
        data, shared = leaf_data(array, name or kind, kind == "const")
        if name is not None and name in self.names:
            raise NNError(f"the graph already has a node named {name!r}")
        node = Node(self, kind, (), data.shape, name, kind, -1, data, shared)
        if name is not None:
            self.names[name] = node
        self.nodes.append(node)
        return node

    def param(self, array: ArrayLike, name: str | None = None) -> Node:
        """A parameter: trained by solvers, on a copy of `array` (never the caller's array)."""
        return self._leaf("param", array, name)

    def const(self, array: ArrayLike, name: str | None = None) -> Node:
        """A constant: data the loss reads but nothing differentiates. An array aoc.nn
        allocated (nn.zeros, an op's result) is shared, any other copied. Write a shared one
        between runs as you like; written between forward() and backward(), it is caught (a
        fingerprint at each, one more read of it) and backward() refuses."""
        return self._leaf("const", array, name)

    def _operand(self, x: Operand) -> Node:
        if isinstance(x, Node):
            if x.graph is not self:
                raise NNError(f"{x!r} belongs to another graph")
            return x
        return self.const(x)

    def apply(self, name: str, inputs: Sequence[Operand], axis: int | None = None) -> Node:
        """A new node for op `name` on `inputs` (non-nodes become constants)."""
        a = inputs[0]
        if type(a) is not Node or a.graph is not self:
            a = self._operand(a)
        at = -1 if axis is None else self._axis(name, a.shape, axis)
        if len(inputs) == 1:
            nodes: tuple[Node, ...] = (a,)
            same = KIND[name] == "unary"
            b: tuple[int, ...] = ()
        else:
            other = inputs[1]
            if type(other) is not Node or other.graph is not self:
                other = self._operand(other)
            nodes, b = (a, other), other.shape
            same = b == a.shape and KIND[name] == "binary"
        # elementwise on equal shapes needs no shape rule; anything else asks C's
        shape = a.shape if same else _core.result_shape(OPCODE[name], a.shape, b, at)
        node = Node(self, name, nodes, shape, None, "op", at)
        self.nodes.append(node)
        return node

    @staticmethod
    def _axis(name: str, shape: tuple[int, ...], axis: int) -> int:
        """axis as a non-negative index into shape (numpy's rule for negative ones)."""
        axis = operator.index(axis)
        if not -len(shape) <= axis < max(len(shape), 1):
            raise NNError(f"{name}: axis {axis} is out of range for shape {shape}")
        return axis % max(len(shape), 1)

    def node(self, node_or_name: Node | str) -> Node:
        """The node itself, or the node with that name."""
        if isinstance(node_or_name, Node):
            return node_or_name
        if node_or_name not in self.names:
            raise NNError(f"no node named {node_or_name!r}; named nodes: {sorted(self.names)}")
        return self.names[node_or_name]

    def set(self, node_or_name: Node | str, array: ArrayLike) -> None:
        """Put new data into a parameter or constant; compiled programs see it at once.

        A leaf sharing the caller's array gets its own buffer first, so set() never writes
        into an array the caller handed in.
        """
        node = self.node(node_or_name)
        if node.data is None:
            raise NNError(f"{node!r} is computed; only parameters and constants take new data")
        data = as_float64(array, repr(node))
        if data.shape != node.shape:
            raise NNError(f"{node!r} has shape {node.shape}, the new data {data.shape}")
        if node.shared:
            self._unshare(node)
        np.copyto(node.data, data)
        for program in self.programs:
            program.invalidate()

    def _unshare(self, node: Node) -> None:
        """Give a shared leaf its own buffer in every program, or in none: a program running in another
        thread refuses, and the ones already moved go back, so a retry finds everything as it was."""
        old, fresh, moved = node.data, _core.zeros(node.shape), []
        assert old is not None  # a leaf's
        try:
            for program in list(self.programs):
                program.rebind(node, fresh)
                moved.append(program)
        except NNError:
            for program in moved:
                program.rebind(node, old)
            raise
        node.data, node.shared = fresh, False

    def compile(self, output: Operand, keep: Sequence[Node | str] = (),
                fuse: bool | None = None) -> Program:
        """Compile the nodes reaching `output` into one flat C program.

        Runs of elementwise ops are fused into one pass over cache-sized blocks: `fuse=None`
        fuses runs of at least 4,096 elements, True every run, False none. A fused node's
        value and gradient are not kept, unless it is the output, something outside its run
        reads it, or `keep` names it.
        """
        from aoc.nn.program import Program
        return Program(self, self._operand(output), keep, fuse)

    def to_dot(self) -> str:
        """Graphviz DOT text of the graph with each node's value and gradient."""
        from aoc.nn.drawing import to_dot
        return to_dot(self)

    def render(self, path: str | os.PathLike[str]) -> Path:
        """Write the graph drawing to path (.svg or .png) with Graphviz's dot."""
        from aoc.nn.drawing import render
        return render(self, path)


def apply_to_nodes(name: str, inputs: tuple[Operand, ...], axis: int | None = None) -> Node:
    """An op called with a node operand, as a new node of the graph that node belongs to."""
    for x in inputs:
        if type(x) is Node:
            return x.graph.apply(name, inputs, axis)
    raise NNError(f"{name}: no graph node among the operands")


def fma_on_nodes(a: Any, b: Any, c: Any) -> Node:
    """nn.fma with a node operand (Any: C calls it only when one is a node): a*b + c as nodes."""
    return _core.add(_core.mul(a, b), c)


_core.set_node_hooks(Node, apply_to_nodes, fma_on_nodes)
