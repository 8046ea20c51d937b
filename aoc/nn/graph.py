"""Expression graphs: nodes built with operators, leaves holding their own aligned data.

A graph is defined first and run later (Gorgonia's tape machine): `Graph.compile` turns the
nodes reaching one output into a flat C program, see `aoc.nn.program`. The C ops hand calls with
node operands back here, so `nn.exp(node)` builds a node.
"""
from __future__ import annotations

import os
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

import numpy as np
from numpy.typing import ArrayLike, NDArray

from aoc.nn import _core
from aoc.nn.errors import NNError
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


def leaf_data(array: ArrayLike, what: str) -> tuple[NDArray[np.float64], bool]:
    """(data, shared) for a leaf: the array itself when aligned and contiguous, else a copy."""
    if type(array) is float or type(array) is int:
        data = _core.zeros(())
        data[()] = array
        return data, False
    data = as_float64(array, what)
    if data.ndim > 2:
        raise NNError(f"{what}: aoc.nn handles 0-D, 1-D and 2-D tensors, got shape {data.shape}")
    aligned = data.ctypes.data % 64 == 0 and data.flags.c_contiguous and data.flags.writeable
    if aligned and data.size:
        return data, True
    copy = _core.zeros(data.shape)
    copy[...] = data
    return copy, False


class Node:
    """One tensor in a graph: a parameter, a constant, or an op applied to other nodes."""

    __slots__ = ("graph", "op", "inputs", "shape", "name", "kind", "axis", "data", "shared",
                 "program", "offsets", "_value", "_grad", "__weakref__")
    __array_ufunc__ = None  # numpy defers `array + node` to Node.__radd__

    graph: Graph
    op: str
    inputs: tuple[Node, ...]
    shape: tuple[int, ...]
    name: str | None
    kind: str  # "param", "const" or "op"
    axis: int
    data: NDArray[np.float64] | None  # a leaf's own data; None for computed nodes
    shared: bool
    program: weakref.ref[Program] | None
    offsets: tuple[int, int]  # where the program's pool holds (value, gradient); -1 elsewhere
    _value: NDArray[np.float64] | None
    _grad: NDArray[np.float64] | None

    def __init__(self, graph: Graph, op: str, inputs: tuple[Node, ...], shape: tuple[int, ...],
                 name: str | None = None, kind: str = "op", axis: int = -1,
                 data: NDArray[np.float64] | None = None, shared: bool = False) -> None:
        self.graph, self.op, self.inputs, self.shape = graph, op, inputs, shape
        self.name, self.kind, self.axis, self.data = name, kind, axis, data
        self.shared = shared  # data is the caller's own array, used without a copy
        self.program = self._value = self._grad = None
        self.offsets = (-1, -1)

    def __repr__(self) -> str:
        label = f" {self.name!r}" if self.name else ""
        return f"<nn.Node {self.kind} {self.op}{label} shape={self.shape}>"

    def attach(self, program: weakref.ref[Program], offsets: tuple[int, int]) -> None:
        """Show values and gradients from this program's pool from now on (views made lazily)."""
        self.program, self.offsets = program, offsets
        self._value = self._grad = None

    def _program(self) -> Program:
        """The live program holding this node's value and gradient; NNError once it is gone
        (its views would show a pool nothing updates any more)."""
        program = self.program() if self.program else None
        if program is None:
            raise NNError(f"{self!r} is in no live compiled program: compile an output it "
                          "reaches (and keep the program)")
        return program

    @property
    def value(self) -> NDArray[np.float64]:
        """The forward value: a leaf's own data, else a view into its compiled program."""
        if self.data is not None:
            return self.data
        program = self._program()
        if self._value is None:
            self._value = program.value_view(self)
        return self._value

    @value.setter
    def value(self, array: ArrayLike) -> None:
        self.graph.set(self, array)

    @property
    def grad(self) -> NDArray[np.float64]:
        """d(output)/d(this node) from the last backward(); an error where none flowed."""
        if self.kind == "const":
            raise NNError(f"{self!r} is a constant: constants have no gradient")
        program = self._program()
        if self._grad is None:
            self._grad = program.grad_view(self)
        if self._grad is None:
            raise NNError(f"no parameter reaches {self!r}, so no gradient flows through it")
        if not program.backwarded:
            raise NNError(f"no gradient yet for {self!r}: call backward() first")
        return self._grad

    def _apply(self, name: str, other: Operand, swap: bool = False) -> Node:
        a, b = (other, self) if swap else (self, other)
        return self.graph.apply(name, (a, b))

    def __add__(self, o: Operand) -> Node: return self._apply("add", o)
    def __radd__(self, o: Operand) -> Node: return self._apply("add", o, True)
    def __sub__(self, o: Operand) -> Node: return self._apply("sub", o)
    def __rsub__(self, o: Operand) -> Node: return self._apply("sub", o, True)
    def __mul__(self, o: Operand) -> Node: return self._apply("mul", o)
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

    def __len__(self) -> int:
        """The number of nodes built so far."""
        return len(self.nodes)

    def _leaf(self, kind: str, array: ArrayLike, name: str | None) -> Node:
        data, shared = leaf_data(array, name or kind)
        if name is not None and name in self.names:
            raise NNError(f"the graph already has a node named {name!r}")
        node = Node(self, kind, (), data.shape, name, kind, data=data, shared=shared)
        if name is not None:
            self.names[name] = node
        self.nodes.append(node)
        return node

    def param(self, array: ArrayLike, name: str | None = None) -> Node:
        """A parameter: trained by solvers; shares `array` when it is aligned float64."""
        return self._leaf("param", array, name)

    def const(self, array: ArrayLike, name: str | None = None) -> Node:
        """A constant: data the loss reads but nothing differentiates."""
        return self._leaf("const", array, name)

    def _operand(self, x: Operand) -> Node:
        if isinstance(x, Node):
            if x.graph is not self:
                raise NNError(f"{x!r} belongs to another graph")
            return x
        return self.const(x)

    def apply(self, name: str, inputs: Sequence[Operand], axis: int | None = None) -> Node:
        """A new node for op `name` on `inputs` (non-nodes become constants)."""
        nodes = tuple([x if type(x) is Node and x.graph is self else self._operand(x)
                       for x in inputs])
        ndim = len(nodes[0].shape)
        if axis is not None and not -ndim <= axis < max(ndim, 1):
            raise NNError(f"{name}: axis {axis} is out of range for shape {nodes[0].shape}")
        axis = -1 if axis is None else axis % max(ndim, 1)
        b = nodes[1].shape if len(nodes) > 1 else ()
        shape = _core.result_shape(OPCODE[name], nodes[0].shape, b, axis)
        node = Node(self, name, nodes, shape, axis=axis)
        self.nodes.append(node)
        return node

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
            node.data, node.shared = _core.zeros(node.shape), False
            for program in self.programs:
                program.rebind(node, node.data)
        np.copyto(node.data, data)
        for program in self.programs:
            program.invalidate()

    def compile(self, output: Operand) -> Program:
        """Compile the nodes reaching `output` into one flat C program."""
        from aoc.nn.program import Program
        return Program(self, self._operand(output))

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
    graph = next(x.graph for x in inputs if type(x) is Node)
    return graph.apply(name, inputs, axis)


def fma_on_nodes(a: Any, b: Any, c: Any) -> Node:
    """nn.fma with a node operand (Any: C calls it only when one is a node): a*b + c as nodes."""
    return _core.add(_core.mul(a, b), c)


_core.set_node_hooks(Node, apply_to_nodes, fma_on_nodes)
