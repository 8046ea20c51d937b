"""The contract a hostile user tests: two programs over one graph never show a stale number,
empty outputs are arrays, pow's gradient takes its limits, one sharing rule for leaves, writes
(to a parameter or to a shared constant) between forward() and backward() refused, numpy's shapes and integer scalars."""
import numpy as np
import pytest

from aoc import nn


def two_programs():
    """One graph, two outputs reading the same parameter: (w, a, p1, p2)."""
    g = nn.Graph()
    w = g.param(np.array([1.0, 2.0]), name="w")
    a = w * 3.0
    p1 = g.compile(nn.sum(a * a))
    p2 = g.compile(nn.sum(nn.exp(w)))
    return g, w, a, p1, p2


def test_views_follow_the_program_that_last_ran():
    g, w, a, p1, p2 = two_programs()
    p1.forward()
    p1.backward()
    np.testing.assert_allclose(w.grad, 18 * w.value)
    p2.forward()
    p2.backward()
    np.testing.assert_allclose(w.grad, np.exp(w.value))
    p1.forward()
    p1.backward()
    np.testing.assert_allclose(w.grad, 18 * w.value)
    w.value = np.array([-1.0, 0.5])
    p1.forward()
    np.testing.assert_allclose(a.value, [-3.0, 1.5])


def test_the_owner_can_be_named_explicitly():
    g, w, a, p1, p2 = two_programs()
    p1.forward()
    p1.backward()
    p2.forward()
    p2.backward()
    np.testing.assert_allclose(p1.grad(w), 18 * w.value)
    np.testing.assert_allclose(p2.grad("w"), np.exp(w.value))
    np.testing.assert_allclose(p1.value(a), 3 * w.value)
    with pytest.raises(nn.NNError, match="not in this program"):
        p2.value(a)


def test_a_program_never_run_does_not_hide_one_that_ran():
    g, w, a, p1, _ = two_programs()
    p1.forward()
    g.compile(a + 1.0)
    np.testing.assert_allclose(a.value, 3 * w.value)


@pytest.mark.parametrize("shape", [(1, 0), (0,), (0, 3), (3, 0)])
def test_an_empty_computed_output_is_an_empty_array(shape):
    g = nn.Graph()
    out = g.compile(g.const(np.zeros(shape)) - 1.0).forward()
    assert isinstance(out, np.ndarray) and out.shape == shape


def test_pow_gradients_take_their_limits_at_zero(isa):
    g = nn.Graph()
    a = g.param(np.array([0.0, 0.0, 2.0, 0.0]), name="a")
    b = g.param(np.array([2.0, 0.0, 3.0, 1.0]), name="b")
    prog = g.compile(nn.sum(a ** b))
    prog.forward()
    prog.backward()
    np.testing.assert_array_equal(b.grad, [0.0, 0.0, 8.0 * np.log(2.0), 0.0])
    np.testing.assert_array_equal(a.grad, [0.0, 0.0, 12.0, 1.0])


def test_pow_gradients_match_pytorch_at_zero():
    torch = pytest.importorskip("torch")
    a, b = np.array([0.0, 0.0, 0.0, 1.5]), np.array([2.0, 0.0, 0.5, -1.0])
    ta = torch.tensor(a, requires_grad=True)
    tb = torch.tensor(b, requires_grad=True)
    (ta ** tb).sum().backward()
    g = nn.Graph()
    pa, pb = g.param(a), g.param(b)
    prog = g.compile(nn.sum(pa ** pb))
    prog.forward()
    prog.backward()
    np.testing.assert_allclose(pa.grad, ta.grad.numpy(), rtol=1e-15)
    np.testing.assert_allclose(pb.grad, tb.grad.numpy(), rtol=1e-15)


@pytest.mark.parametrize("make", [np.zeros, nn.zeros])
def test_a_parameter_never_shares_the_callers_array(make):
    mine = make((3,))
    g = nn.Graph()
    x = g.param(mine, name="x")
    nn.SGD(lr=0.1).minimize(g.compile(nn.sum(nn.square(x - 1.0))), steps=5)
    assert np.all(mine == 0.0) and np.all(x.value > 0.0)


def test_a_constant_shares_exactly_the_arrays_aoc_nn_allocated():
    g = nn.Graph()
    ours, theirs = nn.zeros((4,)), np.zeros(4)
    assert g.const(ours).value is ours
    assert g.const(theirs).value is not theirs
    assert g.const(ours[1:]).value is not ours  # a slice is not an allocation


def test_writing_a_parameter_between_forward_and_backward_is_refused():
    g = nn.Graph()
    w = g.param(np.array([1.0, 2.0]), name="w")
    prog = g.compile(nn.sum(w * w))
    prog.forward()
    with pytest.raises(ValueError, match="read-only"):
        w.value[0] = 5.0
    w.value = np.array([5.0, 2.0])
    with pytest.raises(nn.NNError, match="written after the last forward"):
        prog.backward()
    prog.forward()
    prog.backward()
    np.testing.assert_array_equal(w.grad, [10.0, 4.0])


def shared_constant_program():
    """(data, w, prog): loss = sum(c * w) with c a constant sharing the caller's data."""
    data = nn.zeros((4,))
    data[...] = [1.0, 2.0, 3.0, 4.0]
    g = nn.Graph()
    w = g.param(np.ones(4), name="w")
    return data, w, g.compile(nn.sum(g.const(data) * w))


@pytest.mark.parametrize("write", ["one element", "a swap", "two signs", "everything"])
def test_writing_a_shared_constant_between_forward_and_backward_is_refused(write):
    data, w, prog = shared_constant_program()
    prog.forward()
    if write == "one element":
        data[3] = 4.5
    elif write == "a swap":
        data[0], data[1] = data[1], data[0]
    elif write == "two signs":  # a plain sum of the words would not see it: each flip adds 2**63
        data[:2] *= -1
    else:
        data[...] = np.arange(4.0)
    with pytest.raises(nn.NNError, match="constant sharing your array was written"):
        prog.backward()
    prog.forward()
    prog.backward()
    np.testing.assert_array_equal(w.grad, data)


def test_a_set_refused_by_a_busy_program_changes_nothing_and_can_be_retried():
    import threading

    data, w, prog = shared_constant_program()
    c = next(node for node in prog.nodes if node.kind == "const")
    started, release = threading.Event(), threading.Event()

    def wait_inside(step, loss):
        started.set()
        release.wait()
        return True

    worker = threading.Thread(target=nn.SGD(lr=0.0).minimize, args=(prog, 5), kwargs={"callback": wait_inside})
    worker.start()
    started.wait()
    try:
        with pytest.raises(nn.NNError, match="another thread"):
            c.value = np.full(4, 9.0)
        assert c.shared and c.value is data  # still the caller's array, in the program too
    finally:
        release.set()
        worker.join()
    c.value = np.full(4, 9.0)
    assert prog.forward() == 36.0 and data.tolist() == [1.0, 2.0, 3.0, 4.0]


def test_a_shared_constant_written_between_runs_is_read_afresh():
    data, w, prog = shared_constant_program()
    assert prog.forward() == 10.0
    data[...] = 2.0
    assert prog.forward() == 8.0
    prog.backward()
    np.testing.assert_array_equal(w.grad, [2.0] * 4)
    nn.SGD(lr=0.0).minimize(prog, steps=2, callback=lambda step, loss: data.fill(3.0))
    prog.backward()  # minimize's last step read the 3s: nothing mixed
    np.testing.assert_array_equal(w.grad, [3.0] * 4)


def test_program_views_are_read_only():
    g = nn.Graph()
    w = g.param(np.ones(3), name="w")
    y = w * 2.0
    prog = g.compile(y)
    out = prog.forward()
    prog.backward(np.ones(3))
    for view in (out, y.value, w.grad):
        with pytest.raises(ValueError, match="read-only"):
            view[0] = 1.0


def test_max_over_an_empty_axis_has_numpys_shape():
    x = np.zeros((0, 3))
    assert nn.max(x, axis=1).shape == np.max(x, axis=1).shape == (0,)
    with pytest.raises(nn.NNError, match="empty"):
        nn.max(x, axis=0)
    g = nn.Graph()
    y = nn.max(g.const(x), axis=1)
    assert y.shape == (0,)
    assert g.compile(y).forward().shape == (0,)


def test_numpy_integer_scalars_are_ints():
    three, one = np.int64(3), np.int32(1)
    x = np.arange(6.0).reshape(2, 3)
    np.testing.assert_array_equal(nn.add(x, three), x + 3)
    np.testing.assert_array_equal(nn.sum(x, axis=one), x.sum(axis=1))
    assert nn.zeros((three, np.int16(2))).shape == (3, 2)
    assert nn.fma(three, three, one) == 10.0
    g = nn.Graph()
    p = g.param(three)
    prog = g.compile(nn.sum(nn.max(g.const(x), axis=one) * p + np.uint8(1)))
    assert prog.forward() == pytest.approx(3 * (2 + 5) + 2)
    hist = nn.SGD(lr=0.0).minimize(prog, steps=np.int64(4), every=np.int64(2))
    assert len(hist) == 4


@pytest.mark.parametrize("seed", [np.ones((3, 1)), np.ones((1, 3)), np.ones(3), 1.0])
def test_a_seed_of_the_wrong_shape_is_refused(seed):
    g = nn.Graph()
    w = g.param(np.ones((1, 3)))
    prog = g.compile(w * 2.0)
    prog.forward()
    if np.shape(seed) == (1, 3):
        prog.backward(seed)
        return
    with pytest.raises(nn.NNError, match=r"seed has shape"):
        prog.backward(seed)
