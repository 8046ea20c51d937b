"""aoc.nn: a small, fast autodiff library with a C core, for the solver lab.

Build a graph with nn.Graph(), compile one output to a flat C tape, run forward() and
backward() as single C calls, and minimize with a solver whose whole loop runs in C. The same
op functions on numpy arrays compute eagerly. `to_dot()` draws the graph with its runtime values.
"""
from aoc.nn import _core
from aoc.nn.errors import NNError
from aoc.nn.graph import Graph, Node
from aoc.nn.ops import *  # noqa: F401,F403  (one function per row of ops.def)
from aoc.nn.ops import __all__ as _ops
from aoc.nn.program import Program
from aoc.nn.solvers import SGD, Adam, GaussNewton, Newton, RMSProp, Solver

isa = _core.isa
set_isa = _core.set_isa
isas = _core.isas
threads = _core.threads
set_threads = _core.set_threads
zeros = _core.zeros

__all__ = ["Graph", "Node", "Program", "NNError", "Solver", "SGD", "Adam", "RMSProp",
           "GaussNewton", "Newton", "isa", "set_isa", "isas", "threads", "set_threads", "zeros",
           *_ops]
