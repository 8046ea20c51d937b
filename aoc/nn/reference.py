"""A slow, readable reference engine: each op's numpy forward and gradient side by side, as in
micrograd, run over the same graphs as the C tape. The tests check the fast path against it."""
import itertools
from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.typing import NDArray

from aoc.nn.graph import Graph, Node

Array = NDArray[np.float64]


def unbroadcast(g: Array, shape: tuple[int, ...]) -> Array:
    """g summed back down to `shape`: the gradient of numpy broadcasting."""
    while g.ndim > len(shape):
        g = g.sum(axis=0)
    for axis, size in enumerate(shape):
        if size == 1 and g.shape[axis] != 1:
            g = g.sum(axis=axis, keepdims=True)
    return g


def spread(g: Array, x: Array, axis: int | None) -> Array:
    """A reduction's output gradient broadcast back over the reduced axis of x."""
    return g if axis is None or x.ndim < 2 else np.expand_dims(g, axis)


def first_max(x: Array, axis: int | None) -> Array:
    """1 where the first maximum along axis sits (where the C tape sends max's gradient)."""
    flat = np.moveaxis(x, axis, -1) if axis is not None and x.ndim == 2 else x.reshape(1, -1)
    onehot = np.zeros_like(flat)
    np.put_along_axis(onehot, flat.argmax(axis=-1)[..., None], 1.0, axis=-1)
    if axis is not None and x.ndim == 2:
        return np.moveaxis(onehot, -1, axis)
    return onehot.reshape(x.shape)


def as_matrix_grads(g: Array, a: Array, b: Array) -> tuple[Array, Array]:
    """matmul's gradients with numpy's 1-D rules: vectors act as a row (left) or column (right)."""
    a2, b2 = np.atleast_2d(a), b.reshape(b.shape[0], -1)
    g2 = np.asarray(g).reshape(a2.shape[0], b2.shape[1])
    return (g2 @ b2.T).reshape(a.shape), (a2.T @ g2).reshape(b.shape)


def pow_grads(g: Array, y: Array, a: Array, b: Array) -> tuple[Array, Array]:
    """pow's gradients with PyTorch's limits: d/da is 0 where b == 0, d/db where a == 0 <= b."""
    with np.errstate(divide="ignore", invalid="ignore"):
        da = np.where(b == 0, 0.0, g * b * a ** (b - 1))
        db = np.where((a == 0) & (b >= 0), 0.0, g * y * np.log(a))
    return da, db


# name: (forward(inputs..., axis), gradient(g, y, inputs..., axis) -> one array per input)
RULES: dict[str, tuple[Callable[..., Any], Callable[..., tuple[Any, ...]]]] = {
    "neg": (lambda x, _: -x, lambda g, y, x, _: (-g,)),
    "square": (lambda x, _: x * x, lambda g, y, x, _: (2 * x * g,)),
    "sqrt": (lambda x, _: np.sqrt(x), lambda g, y, x, _: (0.5 * g / y,)),
    "exp": (lambda x, _: np.exp(x), lambda g, y, x, _: (g * y,)),
    "log": (lambda x, _: np.log(x), lambda g, y, x, _: (g / x,)),
    "abs": (lambda x, _: np.abs(x), lambda g, y, x, _: (g * np.sign(x),)),
    "tanh": (lambda x, _: np.tanh(x), lambda g, y, x, _: (g * (1 - y * y),)),
    "sigmoid": (lambda x, _: 1 / (1 + np.exp(-x)), lambda g, y, x, _: (g * y * (1 - y),)),
    "relu": (lambda x, _: np.maximum(x, 0.0), lambda g, y, x, _: (g * (x > 0),)),
    "add": (lambda a, b, _: a + b, lambda g, y, a, b, _: (g, g)),
    "sub": (lambda a, b, _: a - b, lambda g, y, a, b, _: (g, -g)),
    "mul": (lambda a, b, _: a * b, lambda g, y, a, b, _: (g * b, g * a)),
    "div": (lambda a, b, _: a / b, lambda g, y, a, b, _: (g / b, -g * y / b)),
    "pow": (lambda a, b, _: a ** b, lambda g, y, a, b, _: pow_grads(g, y, a, b)),
    "sum": (lambda x, ax: x.sum(axis=ax), lambda g, y, x, ax: (spread(g, x, ax) + 0 * x,)),
    "mean": (lambda x, ax: x.mean(axis=ax),
             lambda g, y, x, ax: (spread(g, x, ax) * y.size / x.size + 0 * x,)),
    "max": (lambda x, ax: x.max(axis=ax),
            lambda g, y, x, ax: (spread(g, x, ax) * first_max(x, ax),)),
    "matmul": (lambda a, b, _: a @ b, lambda g, y, a, b, _: as_matrix_grads(g, a, b)),
}


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


def run(output: Node) -> tuple[Array, dict[Node, Array]]:
    """(value of output, {node: gradient}) for every node output depends on, in numpy."""
    nodes = reaching(output.graph, output)
    value: dict[Node, Array] = {}
    for node in nodes:
        axis = None if node.axis < 0 or len(node.inputs[0].shape) < 2 else node.axis
        value[node] = node.data if node.data is not None else np.asarray(
            RULES[node.op][0](*(value[x] for x in node.inputs), axis), dtype=np.float64)
    grad: dict[Node, Array] = {node: np.zeros(node.shape) for node in nodes}
    grad[output] = np.ones(output.shape)
    for node in reversed(nodes):
        if node.kind != "op":
            continue
        axis = None if node.axis < 0 or len(node.inputs[0].shape) < 2 else node.axis
        args = [value[x] for x in node.inputs]
        for x, gx in zip(node.inputs, RULES[node.op][1](grad[node], value[node], *args, axis),
                         strict=True):
            grad[x] = grad[x] + unbroadcast(np.asarray(gx, dtype=np.float64), x.shape)
    return value[output], grad
