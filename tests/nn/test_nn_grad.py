"""Every op's gradient against central finite differences of its numpy reference, on random
shapes with broadcasting, and every kernel path's gradient against the scalar path's."""
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aoc import nn
from aoc.nn.optable import KINDS

UNARY = [n for n, k in KINDS.items() if k == "unary"]
BINARY = [n for n, k in KINDS.items() if k == "binary"]
REDUCE = [n for n, k in KINDS.items() if k == "reduce"]

SETTINGS = settings(max_examples=25, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
dims = st.integers(1, 5)
seeds = st.integers(0, 2**32 - 1)


def operand_shape(kind, rows, cols):
    """The operand's shape when broadcast to (rows, cols)."""
    return {"full": (rows, cols), "scalar": (), "row": (cols,), "row2": (1, cols),
            "col": (rows, 1), "vec": (cols,)}[kind]


def numeric_grad(f, x, h=1e-6):
    """Central differences of the scalar function f at x."""
    x = np.array(x, dtype=np.float64)
    g = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        step = h * max(1.0, abs(x[i]))
        up, down = x.copy(), x.copy()
        up[i] += step
        down[i] -= step
        g[i] = (f(up) - f(down)) / (2 * step)
    return g


def weighted_loss(g, node, weights):
    """sum(node * weights): a scalar loss whose gradient differs per element."""
    return nn.sum(node * g.const(weights, name="weights"))


def check(loss_of, reference, arrays, rtol=1e-5):
    """Compile loss_of(params), backprop, and compare each .grad with finite differences."""
    arrays = [np.array(a, dtype=np.float64) for a in arrays]
    g = nn.Graph()
    params = [g.param(a, name=f"p{i}") for i, a in enumerate(arrays)]
    prog = g.compile(loss_of(g, *params))
    value = prog.forward()
    prog.backward()
    assert value == pytest.approx(reference(*arrays), rel=1e-12, abs=1e-12)
    for i, p in enumerate(params):
        def f(x, i=i):
            args = list(arrays)
            args[i] = x
            return reference(*args)
        np.testing.assert_allclose(p.grad, numeric_grad(f, arrays[i]), rtol=rtol, atol=1e-6)


@pytest.mark.parametrize("name", UNARY)
@SETTINGS
@given(rows=dims, cols=dims, seed=seeds, ndim=st.integers(0, 2))
def test_unary_gradient(isa, name, rows, cols, seed, ndim, ref, in_domain):
    rng = np.random.default_rng(seed)
    shape = [(), (cols,), (rows, cols)][ndim]
    x = in_domain(name, rng.normal(size=shape))
    w = rng.normal(size=shape)
    op = getattr(nn, name)
    check(lambda g, p: weighted_loss(g, op(p), w), lambda a: np.sum(ref[name](a) * w), [x])


@pytest.mark.parametrize("name", BINARY)
@SETTINGS
@given(rows=dims, cols=dims, seed=seeds,
       kinds=st.tuples(*[st.sampled_from(["full", "scalar", "row", "row2", "col"])] * 2))
def test_binary_gradient_with_broadcasting(isa, name, rows, cols, seed, kinds, ref, in_domain):
    rng = np.random.default_rng(seed)
    a = in_domain(name, rng.normal(size=operand_shape(kinds[0], rows, cols)), 0)
    b = in_domain(name, rng.normal(size=operand_shape(kinds[1], rows, cols)), 1)
    w = rng.normal(size=np.broadcast_shapes(a.shape, b.shape))
    op = getattr(nn, name)
    check(lambda g, p, q: weighted_loss(g, op(p, q), w),
          lambda p, q: np.sum(ref[name](p, q) * w), [a, b])


@pytest.mark.parametrize("name", REDUCE)
@SETTINGS
@given(rows=dims, cols=dims, seed=seeds, axis=st.sampled_from([None, 0, 1]))
def test_reduction_gradient(isa, name, rows, cols, seed, axis, ref):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(rows, cols))
    w = rng.normal(size=ref[name](x, axis=axis).shape)
    op = getattr(nn, name)
    check(lambda g, p: weighted_loss(g, op(p, axis=axis), w),
          lambda a: np.sum(ref[name](a, axis=axis) * w), [x])


@SETTINGS
@given(m=dims, k=dims, n=dims, seed=seeds, left=st.integers(1, 2), right=st.integers(1, 2))
def test_matmul_gradient(isa, m, k, n, seed, left, right):
    rng = np.random.default_rng(seed)
    a = rng.normal(size=(m, k) if left == 2 else (k,))
    b = rng.normal(size=(k, n) if right == 2 else (k,))
    w = rng.normal(size=np.matmul(a, b).shape)
    check(lambda g, p, q: weighted_loss(g, p @ q, w), lambda p, q: np.sum((p @ q) * w), [a, b])


def grads_on(isa_name, build):
    """Every parameter gradient of build()'s program, computed on one kernel path."""
    before = nn.isa()
    nn.set_isa(isa_name)
    try:
        g, loss, params = build()
        prog = g.compile(loss)
        prog.forward()
        prog.backward()
        return [p.grad.copy() for p in params]
    finally:
        nn.set_isa(before)


@pytest.mark.parametrize("name", UNARY + BINARY + REDUCE + ["matmul"])
def test_every_path_gradient_matches_scalar(name, in_domain):
    rng = np.random.default_rng(7)
    x = in_domain(name, rng.normal(size=(9, 13)))
    y = in_domain(name, rng.normal(size=(13,)), 1)
    w = rng.normal(size=(9, 13))

    def build():
        g = nn.Graph()
        p, q = g.param(x), g.param(y if name != "matmul" else y[:, None] * np.ones(13))
        node = getattr(nn, name)(p) if name in UNARY else (
            getattr(nn, name)(p, axis=1) if name in REDUCE else getattr(nn, name)(p, q))
        return g, nn.sum(node * (w if node.shape == w.shape else 1.0)), [p, q][:len(node.inputs)]

    ref = grads_on("scalar", build)
    for isa_name in nn.isas():
        for got, want in zip(grads_on(isa_name, build), ref):
            np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-12 * np.abs(want).max())


@pytest.mark.parametrize("name", UNARY + BINARY)
def test_gradient_kernels_all_lengths_every_path(name, in_domain):
    rng = np.random.default_rng(5)
    for n in range(65):
        x, y = in_domain(name, rng.normal(size=n)), in_domain(name, rng.normal(size=n), 1)
        w = rng.normal(size=n)

        def build():
            g = nn.Graph()
            p, q = g.param(x), g.param(y)
            node = getattr(nn, name)(p) if name in UNARY else getattr(nn, name)(p, q)
            return g, nn.sum(node * w), [p, q][:len(node.inputs)]
        ref = grads_on("scalar", build)
        for isa_name in nn.isas():
            for got, want in zip(grads_on(isa_name, build), ref):
                np.testing.assert_allclose(got, want, rtol=1e-12, atol=0)
