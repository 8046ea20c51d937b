"""Programs built straight from _core: malformed slots, instructions, parameters and leaves are
refused with NNError instead of touching memory the program does not own; and one-element
instructions, which the tape applies inline, agree bit for bit with the kernels."""
import numpy as np
import pytest

from aoc import nn
from aoc.nn import _core
from aoc.nn.optable import KINDS, OPCODE

UNARY = [n for n, k in KINDS.items() if k == "unary"]
BINARY = [n for n, k in KINDS.items() if k == "binary"]


def slots(*shapes):
    """Computed slots of these (rows, cols), none wanting a gradient."""
    return [(rows, cols, None, False) for rows, cols in shapes]


def instr(op, out, a, b=-1, axis=-1, m=0, n=0, k=0):
    """One instruction tuple as graph compilation writes it."""
    return (OPCODE[op], out, a, b, axis, m, n, k)


@pytest.mark.parametrize("param", [2 ** 32, 2 ** 31, 2 ** 32 + 1, -1, -(2 ** 32), 2 ** 63 - 1])
def test_parameter_indices_are_range_checked_before_use(param):
    with pytest.raises(nn.NNError, match="parameter"):
        _core.Program([(1, 1, np.ones(1), True)], [], 0, [param])


@pytest.mark.parametrize("rows, cols", [(-1, 1), (1, -1), (-3, -3), (2 ** 62, 2 ** 62),
                                        (2 ** 32, 2 ** 32), (2 ** 61, 1)])
def test_slot_sizes_are_checked(rows, cols):
    with pytest.raises(nn.NNError, match="malformed program: a slot"):
        _core.Program([(rows, cols, None, True)], [], 0, [0])


MALFORMED = {
    "matmul writes past its output": (slots((1, 1), (1, 1), (1, 1)),
                                      instr("matmul", 2, 0, 1, m=4096, n=4096, k=4096)),
    "matmul a is not m x k": (slots((2, 3), (4, 4), (2, 4)), instr("matmul", 2, 0, 1, m=2, n=4, k=4)),
    "matmul b is not k x n": (slots((2, 3), (3, 5), (2, 4)), instr("matmul", 2, 0, 1, m=2, n=4, k=3)),
    "matmul negative sizes": (slots((0, 0), (0, 0), (0, 0)), instr("matmul", 2, 0, 1, m=-1, n=0, k=0)),
    "matmul m*k overflows": (slots((0, 0), (0, 0), (0, 0)),
                             instr("matmul", 2, 0, 1, m=2 ** 32, n=0, k=2 ** 32)),
    "unary sizes differ": (slots((1, 3), (1, 4)), instr("neg", 1, 0)),
    "binary does not broadcast": (slots((1, 3), (1, 4), (1, 4)), instr("add", 2, 0, 1)),
    "binary output too big": (slots((1, 3), (1, 3), (1, 5)), instr("mul", 2, 0, 1)),
    "binary output too small": (slots((3, 1), (1, 4), (3, 1)), instr("sub", 2, 0, 1)),
    "sum along rows into too few": (slots((3, 4), (1, 1)), instr("sum", 1, 0, axis=1)),
    "max down columns into too few": (slots((3, 4), (1, 3)), instr("max", 1, 0, axis=0)),
    "sum over all into nothing": (slots((3, 4), (0, 0)), instr("sum", 1, 0)),
    "reduction axis out of range": (slots((3, 4), (1, 4)), instr("mean", 1, 0, axis=2)),
    "max of an empty slot": (slots((0, 4), (1, 1)), instr("max", 1, 0)),
    "binary without b": (slots((1, 3), (1, 3)), instr("add", 1, 0)),
}


@pytest.mark.parametrize("case", MALFORMED)
def test_instructions_must_fit_their_slots(case):
    table, code = MALFORMED[case]
    with pytest.raises(nn.NNError, match="malformed program"):
        _core.Program(table, [code], code[1], [])


# name: (operand shapes, output shape, the instruction, numpy's version)
WELL_FORMED = {
    "add broadcasts a column and a row": ([(3, 1), (1, 4)], (3, 4), instr("add", 2, 0, 1), np.add),
    "matmul": ([(2, 3), (3, 5)], (2, 5), instr("matmul", 2, 0, 1, m=2, n=5, k=3), np.matmul),
    "max along each row": ([(3, 4)], (1, 3), instr("max", 1, 0, axis=1), lambda a: a.max(axis=1)),
}


@pytest.mark.parametrize("case", WELL_FORMED)
def test_well_formed_broadcasts_and_products_are_accepted(case, isa):
    shapes, out_shape, code, numpy_op = WELL_FORMED[case]
    rng = np.random.default_rng(0)
    inputs = [rng.normal(size=shape) for shape in shapes]
    leaves = [(*x.shape, x, False) for x in inputs]
    prog = _core.Program(leaves + slots(out_shape), [code], code[1], [])
    prog.forward()
    at = prog.offsets()[code[1]][0]
    got = np.frombuffer(prog, dtype=np.float64)[at:at + out_shape[0] * out_shape[1]]
    np.testing.assert_allclose(got, numpy_op(*inputs).ravel(), rtol=1e-12)


@pytest.mark.parametrize("leaf", [np.zeros(2, dtype=np.int64), bytearray(16),
                                  np.zeros(4, dtype=np.float32)])
def test_leaf_buffers_must_be_float64(leaf):
    with pytest.raises(nn.NNError, match="float64"):
        _core.Program([(1, 2, leaf, True)], [], 0, [0])


def test_a_leaf_buffer_must_be_aligned_for_doubles():
    leaf = np.frombuffer(bytearray(24), dtype=np.float64, count=2, offset=3)
    with pytest.raises(nn.NNError, match="aligned"):
        _core.Program([(1, 2, leaf, True)], [], 0, [0])


class Falsehood:
    """A flag whose truth cannot be told."""

    def __bool__(self):
        raise ValueError("no truth here")


def test_a_flag_that_cannot_be_read_is_its_own_error():
    with pytest.raises(ValueError, match="no truth here"):
        _core.Program([(1, 1, None, Falsehood(), Falsehood())], [], 0, [])


def test_an_output_nothing_computes_is_refused():
    leaf = np.ones(1)
    with pytest.raises(nn.NNError, match="neither a leaf nor computed"):
        _core.Program([(1, 1, leaf, True), (1, 1, None, True), (1, 1, None, True)],
                      [instr("tanh", 1, 0)], 2, [0], None, 1)


def test_minimize_needs_a_gradient_at_a_scalar_output():
    args = (0, 0.1, 0.0, 0.9, 0.999, 1e-8, 0.99, 0.0, 0.0, 3, 0, None)
    no_grad = _core.Program([(1, 1, np.ones(1), True), (1, 1, np.ones(1), False)], [], 1, [0])
    with pytest.raises(nn.NNError, match="no parameter reaches"):
        no_grad.minimize(*args, False)
    wide = _core.Program([(1, 3, np.ones(3), True)], [], 0, [0])
    with pytest.raises(nn.NNError, match="one element"):
        wide.minimize(*args, False)


EDGES = [0.0, -0.0, 0.5, -1.5, 2.0, np.nan, np.inf, -np.inf]


def values_and_grads(name, operands):
    """op(*operands) compiled and run both ways: on one element each, which the tape applies
    inline, and on two copies of each, through the scalar kernels. Each is seeded so the op's
    output gradient is 1 (the one-element result is broadcast to two before the output)."""
    before = nn.isa()
    nn.set_isa("scalar")
    try:
        runs = []
        for width in (None, 2):
            g = nn.Graph()
            ps = [g.param(np.array(v) if width is None else np.full(width, v)) for v in operands]
            y = getattr(nn, name)(*ps)
            out = y + g.const(np.zeros(2))
            prog = g.compile(out)
            prog.forward()
            prog.backward(np.full(2, 0.5 if width is None else 1.0))
            runs.append([np.ravel(y.value)[0]] + [np.ravel(p.grad)[0] for p in ps])
        return runs
    finally:
        nn.set_isa(before)


@pytest.mark.parametrize("name", UNARY + BINARY)
def test_one_element_ops_run_inline_exactly_as_the_kernels(name):
    pairs = [(a,) for a in EDGES] if name in UNARY else [(a, b) for a in EDGES for b in EDGES]
    with np.errstate(all="ignore"):
        for operands in pairs:
            inline, kernel = values_and_grads(name, operands)
            np.testing.assert_array_equal(inline, kernel, err_msg=f"{name}{operands}")
