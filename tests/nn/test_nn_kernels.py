"""Every kernel path against numpy and against the scalar path: lengths 0-64, odd offsets,
broadcasting of scalars, rows and columns."""
import numpy as np
import pytest

from aoc import nn
from aoc.nn.optable import KINDS

UNARY = [n for n, k in KINDS.items() if k == "unary"]
BINARY = [n for n, k in KINDS.items() if k == "binary"]
REDUCE = [n for n, k in KINDS.items() if k == "reduce"]

RNG = np.random.default_rng(3)
LENGTHS = range(0, 65)


def on_every_isa(fn):
    """fn() run on each kernel path, keyed by path name."""
    before, out = nn.isa(), {}
    try:
        for name in nn.isas():
            nn.set_isa(name)
            out[name] = fn()
    finally:
        nn.set_isa(before)
    return out


def odd_view(values, offset):
    """values copied to a view starting `offset` doubles into a larger buffer (unaligned)."""
    buf = np.empty(values.size + 8)
    view = buf[offset:offset + values.size]
    view[...] = values
    return view


def assert_paths_agree(results, rtol=1e-12):
    """Every path within rtol (relative, NaN-aware) of the scalar one."""
    ref = np.asarray(results["scalar"])
    for name, got in results.items():
        np.testing.assert_allclose(got, ref, rtol=rtol, atol=0, equal_nan=True, err_msg=name)


def test_every_op_has_a_numpy_reference(ref):
    assert set(KINDS) == set(ref)


@pytest.mark.parametrize("name", UNARY)
def test_unary_all_lengths_and_offsets(name, ref, in_domain):
    op = getattr(nn, name)
    for n in LENGTHS:
        x = in_domain(name, RNG.normal(size=n) * 3)
        view = odd_view(x, 1 + n % 7)
        results = on_every_isa(lambda: op(view))
        assert_paths_agree(results)
        np.testing.assert_allclose(results["scalar"], ref[name](x), rtol=1e-14, atol=0)


@pytest.mark.parametrize("name", BINARY)
def test_binary_all_lengths_and_offsets(name, ref, in_domain):
    op = getattr(nn, name)
    for n in LENGTHS:
        a = in_domain(name, RNG.normal(size=n), 0)
        b = in_domain(name, RNG.normal(size=n), 1)
        va, vb = odd_view(a, 3), odd_view(b, 5)
        results = on_every_isa(lambda: op(va, vb))
        assert_paths_agree(results)
        np.testing.assert_allclose(results["scalar"], ref[name](a, b), rtol=1e-14, atol=0)


@pytest.mark.parametrize("name", BINARY)
@pytest.mark.parametrize("shapes", [((5, 7), ()), ((), (5, 7)), ((5, 7), (7,)), ((7,), (5, 7)),
                                    ((5, 7), (5, 1)), ((5, 1), (1, 7)), ((1, 7), (5, 7)),
                                    ((13,), (1,))])
def test_binary_broadcasting(name, shapes, ref, in_domain):
    a = in_domain(name, RNG.normal(size=shapes[0]), 0)
    b = in_domain(name, RNG.normal(size=shapes[1]), 1)
    results = on_every_isa(lambda: getattr(nn, name)(a, b))
    assert_paths_agree(results)
    np.testing.assert_allclose(results["scalar"], ref[name](a, b), rtol=1e-14, atol=0)


@pytest.mark.parametrize("name", REDUCE)
def test_reductions(name, ref):
    for shape in [(1,), (7,), (64,), (3, 5), (9, 17), (1, 1)]:
        x = RNG.normal(size=shape)
        for axis in (None, 0, 1) if len(shape) == 2 else (None, 0):
            results = on_every_isa(lambda: getattr(nn, name)(x, axis=axis))
            assert_paths_agree(results, rtol=1e-12 if name == "max" else 1e-9)
            np.testing.assert_allclose(results["scalar"], ref[name](x, axis=axis), rtol=1e-12)


@pytest.mark.parametrize("shapes", [((3, 4), (4, 5)), ((7, 9), (9,)), ((9,), (9, 6)), ((9,), (9,)),
                                    ((1, 1), (1, 1)), ((17, 33), (33, 19))])
def test_matmul(shapes):
    a, b = RNG.normal(size=shapes[0]), RNG.normal(size=shapes[1])
    results = on_every_isa(lambda: nn.matmul(a, b))
    assert_paths_agree(results, rtol=1e-9)
    np.testing.assert_allclose(results["scalar"], a @ b, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(nn.dot(a, b), np.dot(a, b), rtol=1e-10, atol=1e-12)


def test_negative_axes_count_from_the_end():
    x = RNG.normal(size=(3, 4))
    np.testing.assert_allclose(nn.sum(x, axis=-1), x.sum(axis=-1), rtol=1e-14)
    np.testing.assert_allclose(nn.max(x, axis=-2), x.max(axis=-2))
    assert nn.mean(x[0], axis=-1) == pytest.approx(x[0].mean())
    with pytest.raises(nn.NNError, match="axis -3"):
        nn.sum(x, axis=-3)
    g = nn.Graph()
    p = g.param(x)
    prog = g.compile(nn.sum(nn.sum(p, axis=-1) * np.arange(3.0)))
    assert prog.forward() == pytest.approx(x.sum(axis=1) @ np.arange(3.0))
    with pytest.raises(nn.NNError, match="axis 2"):
        nn.sum(p, axis=2)


def test_fma_all_lengths_match_numpy_exactly():
    for n in LENGTHS:
        a, b, c = (odd_view(RNG.normal(size=n), k) for k in (1, 2, 3))
        out = odd_view(np.zeros(n), 7)
        results = on_every_isa(lambda: nn.fma(a, b, c, out=out).copy())
        for name, got in results.items():
            np.testing.assert_array_equal(got, a * b + c, err_msg=name)


def test_fma_streaming_path_with_odd_offsets():
    n = (1 << 18) + 13  # past the length where the output is streamed past the cache
    a, b = RNG.normal(size=n), RNG.normal(size=n)
    want = a * b + 1.5
    for offset in (0, 1, 3, 7):
        out = np.zeros(n + 8)[offset:offset + n]
        results = on_every_isa(lambda: nn.fma(a, b, 1.5, out=out).copy())
        for name, got in results.items():
            np.testing.assert_array_equal(got, want, err_msg=f"{name} offset {offset}")


def test_fma_broadcasts_scalars():
    a = RNG.normal(size=10)
    np.testing.assert_array_equal(nn.fma(a, 2.0, 1.0), a * 2.0 + 1.0)
    assert nn.fma(2.0, 3.0, 1.0) == 7.0


def test_out_argument_is_filled_and_returned():
    a = RNG.normal(size=(4, 3))
    out = np.empty((4, 3))
    assert nn.exp(a, out=out) is out
    np.testing.assert_allclose(out, np.exp(a), rtol=1e-14)
    with pytest.raises(nn.NNError, match=r"\(4, 3\)"):
        nn.exp(a, out=np.empty(5))
    with pytest.raises(nn.NNError, match=r"\(3, 4\)"):
        nn.exp(a, out=np.empty((3, 4)))
    with pytest.raises(nn.NNError, match="writable C-contiguous"):
        nn.exp(a, out=np.empty((4, 6))[:, ::2])


def test_eager_outputs_are_aligned():
    x = odd_view(RNG.normal(size=13), 1)
    for out in (nn.exp(x), nn.add(x, x), nn.fma(x, x, x), nn.sum(np.ones((3, 4)), axis=0),
                nn.matmul(np.ones((3, 4)), np.ones(4)), nn.zeros((5, 3))):
        assert out.ctypes.data % 64 == 0


def test_scalar_results_are_floats():
    assert isinstance(nn.sum(np.ones(5)), float)
    assert nn.add(1.0, 2.0) == 3.0
    assert isinstance(nn.dot(np.ones(3), np.ones(3)), float)


def test_non_contiguous_and_list_inputs():
    a = RNG.normal(size=(6, 8))
    np.testing.assert_allclose(nn.tanh(a[:, ::2]), np.tanh(a[:, ::2]), rtol=1e-14)
    np.testing.assert_allclose(nn.add([1, 2], [3, 4]), [4.0, 6.0])


def test_special_values_propagate_like_numpy(ref):
    x = np.array([np.inf, -np.inf, 0.0, -0.0, 1e-310, 700.0, -745.0])
    with np.errstate(all="ignore"):
        for name in ("exp", "tanh", "sqrt", "neg", "square", "abs"):
            results = on_every_isa(lambda: getattr(nn, name)(x))
            for isa, got in results.items():
                np.testing.assert_allclose(got, ref[name](x), rtol=1e-12, err_msg=f"{name} {isa}")


def test_reduction_and_dot_kernels_all_lengths_and_offsets():
    for n in LENGTHS:
        x, w = odd_view(RNG.normal(size=n), 1 + n % 7), odd_view(RNG.normal(size=n), 3)
        sums = on_every_isa(lambda: nn.sum(x))
        assert_paths_agree(sums, rtol=1e-12 * max(1.0, n))
        assert sums["scalar"] == pytest.approx(np.sum(x), rel=1e-12, abs=1e-12)
        if n:
            maxima = on_every_isa(lambda: nn.max(x))
            assert set(maxima.values()) == {np.max(x)}
        dots = on_every_isa(lambda: nn.dot(x, w))
        np.testing.assert_allclose(list(dots.values()), np.dot(x, w), rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("k", [0, 1, 3, 7, 8, 9, 15, 16, 17, 33])
def test_matmul_inner_lengths(k):
    a, b = RNG.normal(size=(5, k)), RNG.normal(size=(k, 11))
    results = on_every_isa(lambda: nn.matmul(a, b))
    for got in results.values():
        np.testing.assert_allclose(got, a @ b, rtol=1e-10, atol=1e-12)
    results = on_every_isa(lambda: nn.matmul(b.T.copy(), a.T.copy()))
    for got in results.values():
        np.testing.assert_allclose(got, b.T @ a.T, rtol=1e-10, atol=1e-12)


def test_relu_propagates_nan_like_numpy_maximum(isa):
    x = np.array([np.nan, -1.0, 2.0, -np.nan, 0.0, -0.0, np.inf, -np.inf, np.nan, 3.0, -2.0])
    for n in (1, 4, 8, 11):
        np.testing.assert_array_equal(nn.relu(x[:n]), np.maximum(x[:n], 0.0))
    g = nn.Graph()
    y = nn.relu(g.param(x))
    prog = g.compile(y)
    prog.forward()
    np.testing.assert_array_equal(y.value, np.maximum(x, 0.0))


@pytest.mark.parametrize("n", [1, 2, 5, 8, 9, 17, 33])
def test_max_propagates_nan_like_numpy(isa, n):
    for at in range(n):
        x = RNG.normal(size=n)
        x[at] = np.nan
        assert np.isnan(nn.max(x)), at
    a = RNG.normal(size=(n, 11))
    a[n // 2, 3] = a[n - 1, 7] = a[0, 9] = np.nan
    for axis in (None, 0, 1):
        np.testing.assert_array_equal(nn.max(a, axis=axis), np.max(a, axis=axis))


@pytest.mark.parametrize("axis", [0, 1])
def test_max_gradient_goes_to_the_first_nan_like_argmax(isa, axis):
    a = RNG.normal(size=(9, 13))
    a[2, 5] = a[6, 5] = a[4, 11] = a[4, 2] = np.nan
    g = nn.Graph()
    x = g.param(a)
    y = nn.max(x, axis=axis)
    prog = g.compile(y)
    prog.forward()
    prog.backward(np.ones(y.shape))
    want = np.zeros_like(a)
    first = np.argmax(a, axis=axis)
    if axis == 0:
        want[first, np.arange(a.shape[1])] = 1.0
    else:
        want[np.arange(a.shape[0]), first] = 1.0
    np.testing.assert_array_equal(x.grad, want)
