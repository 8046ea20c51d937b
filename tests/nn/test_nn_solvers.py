"""The solvers' C loops: they reach the optimum, stop at tol, call back every k steps, and
refuse NaN losses."""
import numpy as np
import pytest

from aoc import nn

RNG = np.random.default_rng(11)
X, Y = RNG.normal(size=(300, 6)), RNG.normal(size=300)
BEST = np.linalg.lstsq(X, Y, rcond=None)[0]


def least_squares(residual=False):
    """(w, prog) for sum((Xw - y)^2), or the residual vector Xw - y itself."""
    g = nn.Graph()
    w = g.param(np.zeros(6), name="w")
    r = g.const(X, name="X") @ w - g.const(Y, name="y")
    return w, g.compile(r if residual else nn.sum(nn.square(r)))


@pytest.mark.parametrize("solver", [nn.SGD(lr=5e-4, momentum=0.9), nn.Adam(lr=0.05),
                                    nn.RMSProp(lr=5e-4)])
def test_first_order_solvers_reach_least_squares_optimum(solver, isa):
    w, prog = least_squares()
    hist = solver.minimize(prog, steps=3000)
    assert len(hist) == 3000 and hist[-1] < hist[0]
    np.testing.assert_allclose(w.value, BEST, atol=2e-3)
    assert w.grad.shape == (6,)


def test_adam_matches_a_numpy_adam():
    w, prog = least_squares()
    hist = nn.Adam(lr=0.05).minimize(prog, steps=200)
    p, m, v = np.zeros(6), np.zeros(6), np.zeros(6)
    want = []
    for t in range(1, 201):
        r = X @ p - Y
        want.append(r @ r)
        grad = 2 * X.T @ r
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        p = p - 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    np.testing.assert_allclose(hist, want, rtol=1e-9)
    np.testing.assert_allclose(w.value, p, rtol=1e-9)


def test_tol_stops_early():
    w, prog = least_squares()
    hist = nn.Adam(lr=0.05).minimize(prog, steps=100_000, tol=1e-6)
    assert 100 < len(hist) < 100_000
    prog.forward()
    prog.backward()
    assert np.abs(w.grad).max() < 1e-3


def test_callback_every_k_steps_and_stop():
    w, prog = least_squares()
    seen = []
    hist = nn.SGD(lr=1e-4).minimize(prog, steps=50, callback=lambda s, f: seen.append((s, f)),
                                    every=10)
    assert [s for s, _ in seen] == [10, 20, 30, 40, 50]
    assert seen[0][1] == hist[9]
    hist = nn.SGD(lr=1e-4).minimize(prog, steps=50, callback=lambda s, f: s >= 20, every=5)
    assert len(hist) == 20


def test_callback_exception_propagates():
    w, prog = least_squares()

    def boom(step, loss):
        raise RuntimeError("stop here")
    with pytest.raises(RuntimeError, match="stop here"):
        nn.Adam().minimize(prog, steps=10, callback=boom)


def test_gauss_newton_solves_least_squares_in_one_step(isa):
    w, prog = least_squares(residual=True)
    hist = nn.GaussNewton().minimize(prog, steps=3)
    np.testing.assert_allclose(w.value, BEST, rtol=1e-9, atol=1e-12)
    assert hist[0] == pytest.approx(0.5 * Y @ Y)


def test_gauss_newton_and_newton_fit_a_nonlinear_model():
    t = np.linspace(0, 2, 40)
    data = 3.0 * np.exp(-1.3 * t) + 0.5

    def model():
        g = nn.Graph()
        a = g.param(np.array([1.0, -0.5, 0.0]), name="abc")
        ones = np.ones(1)
        amp, rate, off = (a @ np.eye(3)[i] * ones for i in range(3))
        return a, g, amp * nn.exp(rate * g.const(t, name="t")) + off - g.const(data, name="data")
    a, g, r = model()
    nn.GaussNewton().minimize(g.compile(r), steps=30)
    np.testing.assert_allclose(a.value, [3.0, -1.3, 0.5], rtol=1e-6)
    a, g, r = model()
    nn.Newton().minimize(g.compile(nn.sum(nn.square(r))), steps=40, tol=1e-10)
    np.testing.assert_allclose(a.value, [3.0, -1.3, 0.5], rtol=1e-5)


def test_a_one_element_residual_is_newtons_method():
    """A (1,)-shaped output is a residual r (loss r²/2), not a scalar loss: Gauss–Newton solves 5h = 7."""
    g = nn.Graph()
    h = g.param(np.zeros(1), name="h")
    prog = g.compile(h * g.const(np.array([5.0])) - g.const(np.array([7.0])))
    hist = nn.GaussNewton().minimize(prog, steps=3)
    assert hist[0] == pytest.approx(24.5)
    assert h.value[0] == pytest.approx(1.4, rel=1e-15)


def test_gauss_newton_needs_residuals():
    w, prog = least_squares()
    with pytest.raises(nn.NNError, match="residual"):
        nn.GaussNewton().minimize(prog, steps=1)


def test_nan_loss_during_minimize_is_an_error():
    w, prog = least_squares()
    with pytest.raises(nn.NNError, match="NaN or inf at step"):
        nn.SGD(lr=1.0).minimize(prog, steps=10_000)


def test_nothing_to_minimize():
    g = nn.Graph()
    prog = g.compile(nn.sum(g.const(np.ones(3))))
    with pytest.raises(nn.NNError, match="nothing to minimize"):
        nn.Adam().minimize(prog, steps=1)


@pytest.mark.parametrize("solver", [nn.SGD(lr=0.1), nn.Adam(lr=0.1), nn.RMSProp(lr=0.1),
                                    nn.Newton(), nn.GaussNewton()])
def test_a_nan_gradient_is_an_error_not_convergence(solver):
    """|x| written as sqrt(x²) has the gradient inf·0 = NaN at 0: not a converged gradient."""
    g = nn.Graph()
    x = g.param(np.array([0.0]))
    r = nn.sqrt(nn.square(x))
    prog = g.compile(r if isinstance(solver, nn.GaussNewton) else nn.sum(r))
    with pytest.raises(nn.NNError, match="NaN or inf at step 0"):
        solver.minimize(prog, steps=100, tol=1e-6)


@pytest.mark.parametrize("solver", [nn.SGD(lr=0.1), nn.Adam(lr=0.1), nn.RMSProp(lr=0.1),
                                    nn.Newton()])
@pytest.mark.parametrize("steps", [0, 1, 7])
def test_values_and_grads_are_those_of_the_final_parameters(solver, steps):
    g = nn.Graph()
    x = g.param(np.array(0.0), name="x")
    loss = nn.square(x - 3.0) + nn.exp(x * 0.1)
    prog = g.compile(loss)
    hist = solver.minimize(prog, steps=steps)
    assert len(hist) == steps
    if steps:
        assert hist[0] == pytest.approx(10.0)
    v = float(x.value)
    assert float(loss.value) == pytest.approx((v - 3.0) ** 2 + np.exp(0.1 * v), rel=1e-14)
    assert float(x.grad) == pytest.approx(2 * (v - 3.0) + 0.1 * np.exp(0.1 * v), rel=1e-12)


def test_gauss_newton_leaves_the_residual_of_the_final_parameters():
    g = nn.Graph()
    h = g.param(np.array([0.5, -0.25]), name="h")
    r = nn.exp(h * g.const(np.array([0.3, 0.7]))) - g.const(np.array([2.0, 1.5]))
    prog = g.compile(r)
    nn.GaussNewton().minimize(prog, steps=2)
    np.testing.assert_allclose(r.value, np.exp(h.value * [0.3, 0.7]) - [2.0, 1.5], rtol=1e-14)
    np.testing.assert_allclose(h.grad, [0.3, 0.7] * np.exp(h.value * [0.3, 0.7]) * r.value,
                               rtol=1e-12)
