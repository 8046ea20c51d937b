"""nn.<op> for every row of the C op table. Each is the C function itself, so an eager call on
arrays or floats costs one C call; given graph nodes, C hands the call back to `apply_to_nodes`."""
from aoc.nn import _core
from aoc.nn.graph import Node

KINDS = {name: kind for name, _, kind in _core.OPS}  # also the tests' list of ops
__all__ = [*KINDS, "dot", "fma"]
globals().update({name: getattr(_core, name) for name in KINDS})
dot = _core.matmul
fma = _core.fma


def apply_to_nodes(name, inputs, axis=None):
    """The op as a new node of the graph its node operands belong to."""
    graph = next(x.graph for x in inputs if type(x) is Node)
    return graph.apply(name, inputs, axis)


def fma_on_nodes(a, b, c):
    """nn.fma with a node operand: a*b + c as graph nodes."""
    return _core.add(_core.mul(a, b), c)


_core.set_node_hooks(Node, apply_to_nodes, fma_on_nodes)
