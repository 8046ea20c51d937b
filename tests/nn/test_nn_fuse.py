"""Fused elementwise chains against the same graphs compiled unfused: random chains (scalars
broadcast, intermediates read from outside the run, parameters reaching some members only) on
every kernel path, every length from 0 to 67 and 1e5; and the pool a fused chain needs."""
import random

import numpy as np
import pytest

from aoc import nn

SAFE_UNARY = ["neg", "square", "tanh", "sigmoid", "relu", "abs"]


def positive(x):
    """x moved into sqrt's, log's, div's and pow's domain (itself two fusable ops)."""
    return nn.square(x) + 0.5


def step(rnd, x, y):
    """One random elementwise op on x (and y), its inputs kept in the op's domain."""
    kind = rnd.choice(["unary", "binary", "domain"])
    if kind == "unary":
        return getattr(nn, rnd.choice(SAFE_UNARY))(x)
    if kind == "binary":
        first, second = (x, y) if rnd.random() < 0.5 else (y, x)  # a scalar may come first
        return getattr(nn, rnd.choice(["add", "sub", "mul"]))(first, second)
    name = rnd.choice(["sqrt", "log", "exp", "div", "pow"])
    if name == "exp":
        return nn.exp(nn.tanh(x))
    if name == "div":
        return x / positive(y)
    if name == "pow":
        return positive(x) ** nn.tanh(y)
    return getattr(nn, name)(positive(x))


def chain(seed, n):
    """(graph, loss, params, kept nodes): a random elementwise chain over length-n leaves."""
    rnd, rng = random.Random(seed), np.random.default_rng(seed)
    g = nn.Graph()
    params = [g.param(rng.normal(size=n)) for _ in range(2)] + [g.param(rng.normal())]
    pool = params + [g.const(rng.normal(size=n)), g.const(rng.normal())]
    for _ in range(rnd.randint(1, 8)):
        x = rnd.choice([p for p in pool if p.shape == (n,)])
        pool.append(step(rnd, x, rnd.choice(pool)))
    read = rnd.choice(pool[5:])  # read by a reduction: kept out of the fused run
    loss = nn.sum(pool[-1]) + nn.sum(read) * 0.5 + nn.sum(params[0]) * 0.25
    return g, loss, params, read


def run(seed, n, fuse):
    """Loss, every parameter's gradient and the read intermediate's value, as arrays."""
    g, loss, params, read = chain(seed, n)
    prog = g.compile(loss, fuse=fuse)
    value = prog.forward()
    prog.backward()
    grads = [p.grad.copy() for p in params if id(p) in prog.index]
    return value, grads, read.value.copy()


def assert_same(fused, unfused):
    assert fused[0] == pytest.approx(unfused[0], rel=1e-12, abs=1e-12)
    for got, want in zip(fused[1], unfused[1], strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-11, atol=1e-12)
    np.testing.assert_allclose(fused[2], unfused[2], rtol=1e-13, atol=0)


def test_fused_chains_match_unfused_at_every_length(isa):
    for n in range(68):
        assert_same(run(n, n, True), run(n, n, False))


@pytest.mark.parametrize("seed", range(6))
def test_fused_chains_match_unfused_at_1e5(isa, seed):
    assert_same(run(seed, 100_000, True), run(seed, 100_000, False))


def test_a_fused_chain_keeps_only_its_output():
    n = 100_000
    rng = np.random.default_rng(0)
    g = nn.Graph()
    a, b, c, d = (g.const(rng.normal(size=n)) for _ in range(4))
    inner = a * b + c
    out = nn.tanh(inner) * d
    fused, unfused = g.compile(out), g.compile(out, fuse=False)
    assert np.frombuffer(fused, dtype=np.float64).size < 1.01 * n
    assert np.frombuffer(unfused, dtype=np.float64).size > 3.9 * n
    want = np.tanh(a.value * b.value + c.value) * d.value
    np.testing.assert_allclose(fused.forward(), want, rtol=1e-14)
    with pytest.raises(nn.NNError, match="fused"):
        fused.value(inner)
    kept = g.compile(out, keep=[inner])
    kept.forward()
    np.testing.assert_array_equal(kept.value(inner), a.value * b.value + c.value)


FOLDS = {  # a*b + c in each arrangement: a scalar first in the mul, the add reading the mul second
    "w*x + 1": (lambda w, x, b: w * x + 1.0, lambda x: 2.0 * x + 1.0),
    "1 + x*w": (lambda w, x, b: 1.0 + x * w, lambda x: 1.0 + x * 2.0),
    "x*w + b": (lambda w, x, b: x * w + b, lambda x: x * 2.0 + 3.0),
    "b + w*x": (lambda w, x, b: b + w * x, lambda x: 3.0 + 2.0 * x),
}


@pytest.mark.parametrize("fuse", [None, True])
@pytest.mark.parametrize("n", [1, 3, 5000])
@pytest.mark.parametrize("name", FOLDS)
def test_a_folded_fma_reads_each_operand_with_its_own_stride(isa, fuse, n, name):
    build, numpy = FOLDS[name]
    x = np.arange(float(n))
    g = nn.Graph()
    w, b = g.param(2.0), g.param(np.array([3.0]))
    prog = g.compile(nn.sum(build(w, g.const(x), b)), fuse=fuse)
    assert prog.forward() == pytest.approx(np.sum(numpy(x)), rel=1e-12)
    prog.backward()
    assert float(w.grad) == pytest.approx(np.sum(x))
    if "b" in name:
        assert b.grad.tolist() == [n]
