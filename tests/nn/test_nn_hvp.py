"""Exact Hessian-vector products (forward-over-reverse on the tape) against finite differences
of the gradient and against PyTorch's torch.autograd.functional.hvp; Newton steps with them."""
import numpy as np
import pytest

from aoc import nn

RNG = np.random.default_rng(4)
X, T = RNG.normal(size=(7, 3)), RNG.normal(size=7)


def build(g, w, b):
    """A smooth loss touching every kind of op: matmul, broadcasting, reductions, pow, div."""
    h = nn.tanh(g.const(X) @ w + b)
    r = h * nn.sigmoid(h * 2.0) - g.const(T)
    spread = nn.max(nn.square(r) + nn.exp(-h), axis=None) + nn.mean(nn.sqrt(h * h + 1.0))
    return nn.sum(nn.square(r)) / (1.0 + nn.sum(nn.square(w))) + spread + nn.log(
        nn.sum((nn.abs(w) + 1.0) ** 1.5)) + nn.sum(nn.relu(w) * b)


def program(w0, b0, fuse=False):
    g = nn.Graph()
    w, b = g.param(w0, name="w"), g.param(b0, name="b")
    return g, w, b, g.compile(build(g, w, b), fuse=fuse)


def flat_grad(g, w, b, prog, p):
    g.set(w, p[:3])
    g.set(b, p[3])
    prog.forward()
    prog.backward()
    return np.concatenate([w.grad, np.atleast_1d(b.grad)])


@pytest.mark.parametrize("fuse", [False, True])
def test_hvp_matches_finite_differences_of_the_gradient(isa, fuse):
    p0 = np.array([0.3, -0.7, 0.45, 0.2])
    g, w, b, prog = program(p0[:3], np.array(p0[3]), fuse)
    for v in np.eye(4) + RNG.normal(size=(4, 4)) * 0.3:
        g.set(w, p0[:3])
        g.set(b, p0[3])
        got = prog.hvp(v)
        h = 1e-5
        want = (flat_grad(g, w, b, prog, p0 + h * v) - flat_grad(g, w, b, prog, p0 - h * v)) / (2 * h)
        np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-7)


def test_hvp_matches_pytorch():
    torch = pytest.importorskip("torch")
    p0, v = np.array([0.3, -0.7, 0.45, 0.2]), np.array([1.0, -2.0, 0.5, 3.0])
    tX, tT = torch.tensor(X), torch.tensor(T)

    def f(p):
        w, b = p[:3], p[3]
        h = torch.tanh(tX @ w + b)
        r = h * torch.sigmoid(h * 2.0) - tT
        spread = torch.max(r ** 2 + torch.exp(-h)) + torch.mean(torch.sqrt(h * h + 1.0))
        return (torch.sum(r ** 2) / (1.0 + torch.sum(w ** 2)) + spread
                + torch.log(torch.sum((torch.abs(w) + 1.0) ** 1.5)) + torch.sum(torch.relu(w) * b))
    _, want = torch.autograd.functional.hvp(f, torch.tensor(p0), torch.tensor(v))
    g, w, b, prog = program(p0[:3], np.array(p0[3]))
    np.testing.assert_allclose(prog.hvp(v), want.numpy(), rtol=1e-12, atol=1e-14)


def test_hvp_of_a_residual_is_that_of_half_its_squared_norm():
    g = nn.Graph()
    w = g.param(np.array([0.5, -1.0]), name="w")
    r = nn.exp(g.const(X[:, :2]) @ w) - g.const(T)
    loss_graph = nn.Graph()
    lw = loss_graph.param(np.array([0.5, -1.0]))
    half = nn.sum(nn.square(nn.exp(loss_graph.const(X[:, :2]) @ lw) - T)) * 0.5
    v = np.array([0.7, 0.2])
    np.testing.assert_allclose(g.compile(r).hvp(v), loss_graph.compile(half).hvp(v), rtol=1e-13)


def test_newton_solves_a_quadratic_in_one_exact_step():
    A, y = RNG.normal(size=(40, 5)), RNG.normal(size=40)
    g = nn.Graph()
    w = g.param(np.zeros(5), name="w")
    prog = g.compile(nn.sum(nn.square(g.const(A) @ w - g.const(y))) + nn.sum(nn.square(w)))
    nn.Newton().minimize(prog, steps=1)
    want = np.linalg.solve(A.T @ A + np.eye(5), A.T @ y)
    np.testing.assert_allclose(w.value, want, rtol=1e-13)


def test_hvp_refuses_a_vector_of_the_wrong_length():
    g, w, b, prog = program(np.zeros(3), np.array(0.0))
    with pytest.raises(nn.NNError, match="4"):
        prog.hvp(np.ones(3))
