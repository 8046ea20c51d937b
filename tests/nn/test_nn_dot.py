"""The equation graph drawn with runtime values: DOT content and rendering through Graphviz."""
import shutil

import numpy as np
import pytest

from aoc import nn


def trained():
    """A small least-squares graph after one forward and backward pass."""
    g = nn.Graph()
    w = g.param(np.array([0.5, -1.0]), name="w")
    X = g.const(np.arange(40.0).reshape(20, 2) / 10, name="X")
    loss = nn.sum(nn.square(X @ w - g.const(np.ones(20), name="y")))
    prog = g.compile(loss)
    prog.forward()
    prog.backward()
    return g, w, prog


def test_dot_shows_ops_shapes_values_and_gradients():
    g, w, prog = trained()
    text = g.to_dot()
    assert text.startswith("digraph") and text.rstrip().endswith("}")
    w_line = next(line for line in text.splitlines() if "param w" in line)
    assert "shape (2,)" in w_line and "0.5" in w_line
    assert np.array2string(w.grad, precision=4, separator=", ").split(",")[0] in w_line
    x_line = next(line for line in text.splitlines() if "const X" in line)
    assert "(20, 2) min 0 max 3.9 mean 1.95" in x_line and "grad" not in x_line
    for op in ("matmul", "sub", "square", "sum"):
        assert f'label="{op}\\n' in text


def test_dot_styles_params_consts_and_loss_apart():
    g, w, prog = trained()
    lines = g.to_dot().splitlines()
    style = {key: next(l for l in lines if key in l).rsplit('", ', 1)[1]
             for key in ("param w", "const X", 'label="sum', 'label="sub')}
    assert len(set(style.values())) == 4
    assert "doubleoctagon" in style['label="sum']


def test_dot_edges_follow_data_flow():
    g, w, prog = trained()
    edges = [l.strip() for l in g.to_dot().splitlines() if "->" in l]
    assert edges == ['n1 -> n2 [label="a"];', 'n0 -> n2 [label="b"];',
                     'n2 -> n4 [label="a"];', 'n3 -> n4 [label="b"];', "n4 -> n5;", "n5 -> n6;"]


def test_dot_before_compiling_says_not_computed():
    g = nn.Graph()
    x = g.param(np.ones(2), name="x")
    nn.sum(x * 2.0)
    lines = g.to_dot().splitlines()
    assert "value [1., 1.]" in lines[3] and "grad: none" in lines[3]
    assert "value: not computed" in next(l for l in lines if 'label="sum' in l)


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz's dot is not installed")
@pytest.mark.parametrize("suffix, magic", [(".svg", b"<svg"), (".png", b"\x89PNG")])
def test_render_writes_svg_and_png(tmp_path, suffix, magic):
    g, w, prog = trained()
    path = g.render(tmp_path / f"graph{suffix}")
    assert magic in path.read_bytes()[:400]


def test_render_without_dot_says_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    g, w, prog = trained()
    with pytest.raises(nn.NNError, match="apt-get install graphviz"):
        g.render(tmp_path / "graph.svg")


def test_render_refuses_unknown_formats(tmp_path):
    g, w, prog = trained()
    with pytest.raises(nn.NNError, match=".svg or .png"):
        g.render(tmp_path / "graph.pdf")


def test_drawing_leaves_nn_dot_the_op():
    g, w, prog = trained()
    g.to_dot()
    assert nn.dot(np.ones(3), np.ones(3)) == 3.0
