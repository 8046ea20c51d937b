"""nn.<op> for every row of the C op table. Each is the C function itself, so an eager call on
arrays or floats costs one C call; given graph nodes, C hands the call back to the graph layer
(`aoc.nn.graph.apply_to_nodes`). ops.pyi names the generated functions for type checkers."""
from aoc.nn import _core
from aoc.nn.optable import KINDS

__all__ = [*KINDS, "dot", "fma"]
globals().update({name: getattr(_core, name) for name in KINDS})
dot = _core.matmul
fma = _core.fma
