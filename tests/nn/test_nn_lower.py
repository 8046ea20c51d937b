"""Lowering a graph to Program()'s tuples in C: what it hands over, and a graph bent out of shape
(by hand: the Graph API cannot build one) is refused with NNError, never read past its ends."""
import gc

import numpy as np
import pytest

from aoc import nn
from aoc.nn import _core
from aoc.nn.optable import OPCODE


def small():
    """(graph, x, unused, loss): loss = sum(x @ w) + 2, with w a constant and one node unused."""
    g = nn.Graph()
    x = g.param(np.ones((2, 3)), name="x")
    w = g.const(np.ones(3), name="w")
    unused = nn.tanh(x)
    loss = nn.sum(x @ w) + 2.0
    return g, x, unused, loss


def test_lowering_hands_over_the_reached_nodes_in_creation_order():
    g, x, unused, loss = small()
    nodes, slots, code, out, params = _core.lower(g.nodes, loss, {x.index})
    assert unused not in nodes and nodes[0] is x and nodes[-1] is loss
    assert slots[0][:2] == (2, 3) and slots[0][2] is x.data and slots[0][3:] == (True, True, False)
    assert slots[1][:2] == (1, 3) and slots[1][3:] == (False, False, False)  # w: a vector, a row
    matmul = next(c for c in code if c[0] == OPCODE["matmul"])
    assert matmul[5:] == (2, 1, 3)  # (2, 3) @ (3,): m, n, k
    assert out == len(nodes) - 1 and params == [0]


def test_a_program_compiled_from_the_lowering_runs():
    g, x, _, loss = small()
    prog = g.compile(loss)
    assert prog.forward() == 8.0
    prog.backward()
    np.testing.assert_array_equal(x.grad, np.ones((2, 3)))


class Sneaky(str):
    """An op name whose hash empties the graph: lowering must never run it."""

    graph = None

    def __hash__(self):
        Sneaky.graph.nodes.clear()
        return super().__hash__()


@pytest.mark.parametrize("bend", ["index", "later", "kind", "op", "op type", "shape", "inputs", "no data"])
def test_a_bent_graph_is_refused(bend):
    g, x, unused, loss = small()
    Sneaky.graph = g
    if bend == "index":
        loss.inputs[0].index = 10**6
    elif bend == "later":
        x.inputs, x.kind, x.op = (unused,), "op", "neg"
    elif bend == "kind":
        loss.kind = 3
    elif bend == "op":
        loss.op = "frobnicate"
    elif bend == "op type":
        loss.op = Sneaky("add")
    elif bend == "shape":
        loss.shape = [1]
    elif bend == "no data":
        loss.kind = "const"  # a leaf without data: nothing would ever compute it
    else:
        loss.inputs = (x, x, x)
    with pytest.raises(nn.NNError, match="cannot compile"):
        _core.lower(g.nodes, loss, set())


class Emptying:
    """A graph index whose comparison, or a node kind whose reading, empties the graph's node list."""

    def __init__(self, graph, value=None):
        self.graph, self.value = graph, value

    def __hash__(self):
        return 10  # the index of a node the output reaches, so a lookup compares with this

    def __eq__(self, other):
        self.graph.nodes.clear()
        gc.collect()
        return False

    @property
    def kind(self):
        self.graph.nodes.clear()
        gc.collect()
        return "const"


def test_python_code_emptying_the_node_list_midway_cannot_pull_nodes_away():
    g, x, unused, loss = small()
    y = x
    for _ in range(300):
        y = nn.tanh(y)
    stray = g.const(1.0)
    stray.index = Emptying(g)  # compared while the keep set is searched: it empties g.nodes
    prog = g.compile(nn.sum(y), keep=[stray])
    assert g.nodes == [] and prog.forward() == pytest.approx(6 * _tanh_times(300))


def _tanh_times(k):
    """tanh applied k times to 1."""
    v = 1.0
    for _ in range(k):
        v = float(np.tanh(v))
    return v


def test_an_object_in_the_node_list_that_runs_code_when_read_is_survived():
    g, x, unused, loss = small()
    odd = Emptying(g)
    odd.index, odd.inputs, odd.shape, odd.data, odd.shared = len(g.nodes), (), (), np.ones(1), False
    g.nodes.append(odd)
    loss.inputs = (loss.inputs[0], odd)
    with pytest.raises((nn.NNError, TypeError, AttributeError)):
        _core.lower(g.nodes, loss, set())
