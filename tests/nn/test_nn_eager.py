"""The eager ops' calling contract: arguments bound like a Python function's, out= that never
half-overlaps an input, inputs at any address, and shapes too large to exist refused."""
import numpy as np
import pytest

from aoc import nn
from aoc.nn import _core
from aoc.nn.optable import OPCODE

RNG = np.random.default_rng(5)


def misaligned(values):
    """values copied into a float64 view 3 bytes into a buffer: not 8-byte aligned."""
    buf = bytearray(values.size * 8 + 8)
    view = np.frombuffer(buf, dtype=np.float64, count=values.size, offset=3).reshape(values.shape)
    view[...] = values
    return view


@pytest.mark.parametrize("call", [
    lambda: nn.add(b=1.0, out=None),
    lambda: nn.add(1.0, out=None),
    lambda: nn.fma(b=1.0, c=1.0, out=None),
    lambda: nn.fma(1.0, c=1.0),
    lambda: nn.exp(out=None),
    lambda: nn.sum(axis=0),
    lambda: nn.matmul(b=np.ones(2)),
])
def test_every_required_argument_is_required(call):
    with pytest.raises(TypeError, match="missing required argument"):
        call()


def test_a_keyword_repeating_a_positional_is_refused():
    with pytest.raises(TypeError, match="multiple values for argument 'a'"):
        nn.add(1.0, 2.0, a=5.0)
    with pytest.raises(TypeError, match="multiple values for argument 'c'"):
        nn.fma(1.0, 2.0, 3.0, c=4.0)
    with pytest.raises(TypeError, match="unexpected keyword argument 'z'"):
        nn.exp(1.0, z=1.0)
    with pytest.raises(TypeError, match="at most 3"):
        nn.add(1.0, 2.0, None, 4.0)


def test_keywords_in_any_order_still_work():
    assert nn.add(b=2.0, a=1.0) == 3.0
    assert nn.fma(1.0, c=3.0, b=2.0) == 5.0
    assert nn.sum(x=np.ones((2, 3)), axis=1).tolist() == [3.0, 3.0]


def test_inputs_that_are_not_8_byte_aligned_are_copied(isa):
    a, b = RNG.normal(size=(5, 7)), RNG.normal(size=(7, 3))
    ma, mb = misaligned(a), misaligned(b)
    assert ma.ctypes.data % 8 != 0
    np.testing.assert_array_equal(nn.neg(ma), -a)
    np.testing.assert_array_equal(nn.add(ma, 1.0), a + 1.0)
    np.testing.assert_array_equal(nn.max(ma, axis=0), a.max(axis=0))
    np.testing.assert_allclose(nn.matmul(ma, mb), a @ b, rtol=1e-13)


def test_an_out_that_is_not_8_byte_aligned_is_refused():
    out = misaligned(np.zeros(6))
    with pytest.raises(nn.NNError, match="aligned"):
        nn.exp(np.ones(6), out=out)


def test_out_partly_overlapping_an_input_is_refused():
    buf = nn.zeros((24,))
    with pytest.raises(nn.NNError, match="overlaps"):
        nn.exp(buf[:16], out=buf[1:17])
    with pytest.raises(nn.NNError, match="overlaps"):
        nn.add(1.0, buf[4:20], out=buf[:16])
    with pytest.raises(nn.NNError, match="overlaps"):
        nn.fma(buf[:16], 2.0, 1.0, out=buf[2:18])
    with pytest.raises(nn.NNError, match="overlaps"):
        nn.mul(buf[:1], buf[:16], out=buf[:16])  # same start, different extent


def test_out_exactly_aliasing_an_input_works_in_place(isa):
    x = np.arange(1.0, 18.0)
    assert nn.sqrt(x, out=x) is x
    np.testing.assert_array_equal(x, np.sqrt(np.arange(1.0, 18.0)))
    y = np.arange(17.0)
    nn.fma(y, 2.0, y, out=y)
    np.testing.assert_array_equal(y, 3 * np.arange(17.0))
    z = np.arange(17.0)
    nn.add(z[:8], z[8:16], out=z[8:16])  # adjacent, not overlapping
    np.testing.assert_array_equal(z[8:16], np.arange(8.0) + np.arange(8.0, 16.0))


def test_shapes_too_large_to_exist_are_refused():
    with pytest.raises(nn.NNError, match="too large"):
        nn.zeros((2 ** 62, 4))
    with pytest.raises(nn.NNError, match="too large"):
        nn.zeros((2 ** 61,))
    with pytest.raises(nn.NNError, match="negative"):
        nn.zeros((3, -1))
    with pytest.raises(nn.NNError, match="too large"):
        _core.result_shape(OPCODE["add"], (2 ** 40, 1), (1, 2 ** 40), -1)
    with pytest.raises(nn.NNError, match="too large"):
        _core.result_shape(OPCODE["matmul"], (2 ** 40, 2), (2, 2 ** 40), -1)
    assert _core.result_shape(OPCODE["add"], (3, 1), (1, 4), -1) == (3, 4)
