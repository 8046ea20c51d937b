"""Graphs, compiled programs and their contract: the issue's snippet, views, alignment, new data
without recompiling, and errors that say what went wrong."""
import contextlib
import gc
import io
import os
import re
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from aoc import nn

SNIPPET = textwrap.dedent("""\
    import numpy as np
    from aoc import nn
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(300, 6)), rng.normal(size=300)
    g = nn.Graph()
    w = g.param(np.zeros(6), name="w")
    loss = nn.sum(nn.square(g.const(X, name="X") @ w - g.const(y, name="y")))
    prog = g.compile(loss)
    print(prog.forward())          # loss value, a float
    prog.backward()
    print(w.grad)                  # numpy array, shape (6,)
    hist = nn.Adam(lr=0.05).minimize(prog, steps=10_000)   # whole loop in C; loss history back
    print(hist[-1], w.value)
    print(g.to_dot())              # Graphviz DOT text
""")


def least_squares():
    """The issue's example graph: (g, w, prog, X, y)."""
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(300, 6)), rng.normal(size=300)
    g = nn.Graph()
    w = g.param(np.zeros(6), name="w")
    loss = nn.sum(nn.square(g.const(X, name="X") @ w - g.const(y, name="y")))
    return g, w, g.compile(loss), X, y


def test_issue_snippet_runs_exactly_as_written():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(SNIPPET, "snippet", "exec"), {})
    text = out.getvalue()
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(300, 6)), rng.normal(size=300)
    best = np.linalg.lstsq(X, y, rcond=None)[0]
    assert float(text.splitlines()[0]) == pytest.approx(np.sum(y ** 2), rel=1e-13)
    assert "digraph" in text and "w" in text
    final = float(re.search(r"^([\d.]+) \[", text, re.M).group(1))  # hist[-1], w.value
    # Adam at lr=0.05 ends in a small limit cycle around the optimum, so compare loosely.
    assert final == pytest.approx(np.sum((X @ best - y) ** 2), rel=1e-3)


def test_forward_float_backward_grad_matches_numpy():
    g, w, prog, X, y = least_squares()
    w.value = np.arange(6.0) / 10
    value = prog.forward()
    assert isinstance(value, float)
    r = X @ w.value - y
    assert value == pytest.approx(r @ r, rel=1e-12)
    prog.backward()
    np.testing.assert_allclose(w.grad, 2 * X.T @ r, rtol=1e-12)
    assert w.grad.shape == (6,)


def test_non_scalar_output_returns_a_view_and_takes_a_seed():
    g = nn.Graph()
    x = g.param(np.array([1.0, 2.0, 3.0]), name="x")
    prog = g.compile(x * x)
    out = prog.forward()
    np.testing.assert_array_equal(out, [1.0, 4.0, 9.0])
    assert out.base is not None
    with pytest.raises(nn.NNError, match="seed"):
        prog.backward()
    prog.backward(np.array([1.0, 0.0, 2.0]))
    np.testing.assert_array_equal(x.grad, [2.0, 0.0, 12.0])


def test_set_new_data_without_recompiling():
    g, w, prog, X, y = least_squares()
    first = prog.forward()
    g.set("y", np.zeros(300))
    assert prog.forward() == pytest.approx(0.0)
    prog.set("y", y)
    assert prog.forward() == pytest.approx(first)
    g.set(w, np.ones(6))
    assert prog.forward() == pytest.approx(np.sum((X @ np.ones(6) - y) ** 2))


def test_every_array_handed_out_is_aligned():
    g, w, prog, X, y = least_squares()
    prog.forward()
    prog.backward()
    hist = nn.SGD(lr=1e-4).minimize(prog, steps=3)
    arrays = [hist, w.value, w.grad] + [node.value for node in g.nodes]
    arrays += [node.grad for node in g.nodes if node.kind != "const"]
    for array in arrays:
        assert array.ctypes.data % (64 if array.size > 1 else 8) == 0


def test_one_element_values_are_packed_eight_to_a_cache_line():
    g = nn.Graph()
    x = g.param(np.ones((2, 3)), name="x")
    z = nn.sum(x)
    for _ in range(20):
        z = z * 1.5
    wide = x * 2.0
    prog = g.compile(nn.sum(wide) + z)
    prog.forward()
    prog.backward()
    scalars = [node for node in g.nodes if node.kind != "const" and node.value.size == 1
               and node is not x]
    addresses = sorted(node.value.ctypes.data for node in scalars)
    assert np.diff(addresses).tolist() == [8] * (len(addresses) - 1)
    assert wide.value.ctypes.data % 64 == 0 and wide.grad.ctypes.data % 64 == 0
    # values: wide's line, then 23 scalars in three lines; gradients: x's and wide's, and three
    assert len(scalars) == 23 and memoryview(prog).nbytes // 8 == (8 + 24) + (8 + 8 + 24)


def test_aligned_contiguous_input_is_shared_not_copied():
    data = nn.zeros((4,))
    g = nn.Graph()
    c = g.const(data, name="c")
    p = g.param(np.ones(4), name="p")
    prog = g.compile(nn.sum(c * p))
    assert c.value is data
    data[...] = 2.0
    assert prog.forward() == 8.0
    g.set("c", np.full(4, 3.0))
    assert prog.forward() == 12.0
    assert np.all(data == 2.0), "set() must not write into the caller's array"
    other = np.zeros(9)[1:5]
    assert g.const(other).value.ctypes.data % 64 == 0


def test_broadcast_constants_in_graph():
    g = nn.Graph()
    a = g.param(np.ones((3, 4)), name="a")
    row, col = np.arange(4.0), np.arange(3.0)[:, None]
    prog = g.compile(nn.sum((a + row) * col - 2.0))
    assert prog.forward() == pytest.approx(np.sum((np.ones((3, 4)) + row) * col - 2.0))
    prog.backward()
    np.testing.assert_allclose(a.grad, np.broadcast_to(col, (3, 4)))


def test_operators_and_reverse_operators():
    g = nn.Graph()
    x = g.param(np.array([1.0, 2.0]), name="x")
    expr = 1.0 - x + 2.0 * x / 4.0 - (-x) ** 2 + abs(x) + 3.0 / x + np.array([1.0, 1.0]) @ x
    prog = g.compile(nn.sum(expr))
    v = np.array([1.0, 2.0])
    want = np.sum(1 - v + 2 * v / 4 - v ** 2 + abs(v) + 3 / v + v.sum())
    assert prog.forward() == pytest.approx(want)


def test_shape_mismatch_names_the_shapes():
    g = nn.Graph()
    a, b = g.param(np.ones(3)), g.const(np.ones(4))
    with pytest.raises(nn.NNError, match=r"\(3,\).*\(4,\)"):
        a + b
    with pytest.raises(nn.NNError, match=r"\(3,\).*\(4,\)"):
        a @ b
    with pytest.raises(nn.NNError, match=r"\(3,\).*\(4,\)"):
        nn.add(np.ones(3), np.ones(4))
    with pytest.raises(nn.NNError, match="axis"):
        nn.sum(a, axis=1)


def test_wrong_dtype_is_refused():
    g = nn.Graph()
    with pytest.raises(nn.NNError, match="int64"):
        g.param(np.arange(3))
    with pytest.raises(nn.NNError, match="float64"):
        nn.exp(np.ones(3, dtype=np.float32))
    with pytest.raises(nn.NNError, match=r"\(2, 2, 2\)"):
        g.const(np.ones((2, 2, 2)))
    w = g.param(np.ones(3), name="w")
    with pytest.raises(nn.NNError, match="int64"):
        g.set(w, np.arange(3))
    with pytest.raises(nn.NNError, match=r"\(3,\).*\(4,\)"):
        g.set(w, np.ones(4))


def test_backward_before_forward():
    g, w, prog, X, y = least_squares()
    with pytest.raises(nn.NNError, match="before forward"):
        prog.backward()
    prog.forward()
    g.set("y", y + 1)
    with pytest.raises(nn.NNError, match="before forward"):
        prog.backward()


def test_nan_in_loss_is_an_error_naming_the_node():
    g = nn.Graph()
    x = g.param(np.array([-1.0, 1.0]), name="x")
    prog = g.compile(nn.sum(nn.log(x)))
    with pytest.raises(nn.NNError, match="nan.*log"):
        prog.forward()
    with pytest.raises(nn.NNError, match="NaN or inf"):
        prog.backward()


def test_missing_gradients_are_errors():
    g, w, prog, X, y = least_squares()
    unused = g.param(np.ones(2), name="unused")
    with pytest.raises(nn.NNError, match="backward"):
        w.grad
    prog.forward()
    prog.backward()
    with pytest.raises(nn.NNError, match="constant"):
        g.node("X").grad
    with pytest.raises(nn.NNError, match="no live compiled program"):
        unused.grad
    g2 = nn.Graph()
    c = g2.const(np.ones(2))
    with pytest.raises(nn.NNError, match="no parameter reaches"):
        p = g2.compile(nn.sum(c * 2.0))
        p.forward()
        p.backward()


def test_mixing_graphs_and_unknown_names():
    g1, g2 = nn.Graph(), nn.Graph()
    with pytest.raises(nn.NNError, match="another graph"):
        g1.param(1.0) + g2.param(1.0)
    with pytest.raises(nn.NNError, match="no node named"):
        g1.set("nope", 1.0)
    with pytest.raises(nn.NNError, match="already has a node"):
        g1.param(1.0, name="a"), g1.param(2.0, name="a")


def test_out_is_refused_for_nodes():
    g = nn.Graph()
    x = g.param(np.ones(2))
    with pytest.raises(nn.NNError, match="out="):
        nn.exp(x, out=np.empty(2))


def test_fma_on_nodes_builds_the_graph():
    g = nn.Graph()
    x = g.param(np.array([1.0, 2.0]), name="x")
    prog = g.compile(nn.sum(nn.fma(x, x, 1.0)))
    assert prog.forward() == 7.0


def test_isa_switch_and_errors():
    assert nn.isa() in nn.isas()
    before = nn.isa()
    nn.set_isa("scalar")
    assert nn.isa() == "scalar"
    nn.set_isa(before)
    with pytest.raises(nn.NNError, match="unknown instruction set"):
        nn.set_isa("neon")


@pytest.mark.parametrize("name", nn.isas())
def test_env_var_forces_the_path(name):
    code = "from aoc import nn; print(nn.isa())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "AOC_NN_ISA": name}, check=True)
    assert done.stdout.strip() == name


def test_env_var_asking_for_a_missing_path_fails_clearly():
    code = "from aoc import nn"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "AOC_NN_ISA": "sse9"})
    assert done.returncode != 0 and "unknown instruction set 'sse9'" in done.stderr


def test_thousand_node_graph_compiles_and_runs():
    g = nn.Graph()
    x, c = g.param(np.linspace(-1, 1, 16), name="x"), g.const(np.full(16, 0.9), name="c")
    z, want = x, np.linspace(-1, 1, 16)
    for i in range(997):
        z = z * c if i % 3 == 0 else (z + x if i % 3 == 1 else nn.tanh(z))
        want = want * 0.9 if i % 3 == 0 else (want + np.linspace(-1, 1, 16) if i % 3 == 1
                                               else np.tanh(want))
    prog = g.compile(nn.sum(z))
    assert len(prog.nodes) == 1000
    assert prog.forward() == pytest.approx(want.sum(), rel=1e-12)
    prog.backward()
    assert np.all(np.isfinite(x.grad))


def test_values_and_grads_once_the_program_is_gone():
    g = nn.Graph()
    x = g.param(np.ones(3), name="x")
    y = nn.sum(x * x)
    prog = g.compile(y)
    prog.forward()
    prog.backward()
    assert x.grad.tolist() == [2.0, 2.0, 2.0] and y.value == 3.0
    del prog
    gc.collect()
    for read in (lambda: x.grad, lambda: y.value):
        with pytest.raises(nn.NNError, match="no live compiled program"):
            read()
    assert x.value.tolist() == [1.0, 1.0, 1.0]  # a leaf's own data outlives every program


def test_fma_on_nodes_refuses_out():
    g = nn.Graph()
    x = g.param(np.ones(2))
    with pytest.raises(nn.NNError, match="out="):
        nn.fma(x, x, 1.0, out=np.empty(2))
