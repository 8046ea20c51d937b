"""Random composite graphs (fan-out, broadcasting, reductions, matmul) on the C tape against
the readable numpy reference engine, value and every parameter's gradient, on every path."""
import random

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aoc import nn
from aoc.nn import reference
from aoc.nn.optable import KINDS

SHAPES = [(), (3,), (2, 3), (2, 1), (1, 3)]


def positive(x):
    """A node kept inside sqrt's, log's and pow's domain."""
    return nn.square(x) + 0.5


def grow(rnd, g, pool, m):
    """One random op on nodes from the pool, its inputs kept in the op's domain."""
    name = rnd.choice(sorted(KINDS))
    x, y = rnd.choice(pool), rnd.choice(pool)
    kind = KINDS[name]
    if kind == "unary":
        x = positive(x) if name in ("sqrt", "log") else nn.tanh(x) if name == "exp" else x
        return getattr(nn, name)(x)
    if kind == "reduce":
        axes = [None, 0, 1] if len(x.shape) == 2 else [None]
        return getattr(nn, name)(x, axis=rnd.choice(axes))
    if kind == "matmul":
        return x @ m if x.shape and x.shape[-1] == 3 else None
    try:
        np.broadcast_shapes(x.shape, y.shape)
    except ValueError:
        return None
    if name == "div":
        y = positive(y)
    if name == "pow":
        x, y = positive(x), nn.tanh(y)
    return getattr(nn, name)(x, y)


def random_graph(seed):
    """(graph, loss, params): a few leaves, up to 14 random ops, a loss reading some of them."""
    rnd, rng = random.Random(seed), np.random.default_rng(seed)
    g = nn.Graph()
    params = [g.param(rng.normal(size=rnd.choice(SHAPES))) for _ in range(3)]
    m = g.param(rng.normal(size=(3, 3)) / 2)
    pool = params + [g.const(rng.normal(size=(2, 3)))]
    for _ in range(rnd.randint(1, 14)):
        node = grow(rnd, g, pool, m)
        if node is not None:
            pool.append(node)
    loss = nn.sum(pool[-1]) + nn.sum(nn.tanh(rnd.choice(pool))) + nn.sum(rnd.choice(params))
    return g, loss, params + [m]


@settings(max_examples=40, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1))
def test_random_graphs_match_the_reference_engine(isa, seed):
    g, loss, params = random_graph(seed)
    prog = g.compile(loss)
    value = prog.forward()
    prog.backward()
    want, grads = reference.run(loss)
    assert value == pytest.approx(want, rel=1e-10, abs=1e-10)
    for p in params:
        if p in grads and p.program is not None:
            np.testing.assert_allclose(p.grad, grads[p], rtol=1e-8,
                                       atol=1e-10 * max(1.0, np.abs(grads[p]).max()))


def test_reference_engine_knows_every_op():
    assert set(reference.RULES) == set(KINDS)
