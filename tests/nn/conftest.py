"""Fixtures for aoc.nn: every kernel path this CPU runs, numpy references and input domains."""
import numpy as np
import pytest

from aoc import nn

NUMPY = {
    "neg": np.negative, "square": np.square, "sqrt": np.sqrt, "exp": np.exp, "log": np.log,
    "abs": np.abs, "tanh": np.tanh, "sigmoid": lambda x: 1 / (1 + np.exp(-x)),
    "relu": lambda x: np.maximum(x, 0.0),
    "add": np.add, "sub": np.subtract, "mul": np.multiply, "div": np.divide, "pow": np.power,
    "sum": np.sum, "mean": np.mean, "max": np.max, "matmul": np.matmul,
}


def domain(name, x, operand=0):
    """Inputs moved into the op's domain and away from kinks, so values and differences are clean."""
    if name in ("sqrt", "log") or (name == "pow" and operand == 0):
        return np.abs(x) + 0.5
    if name in ("abs", "relu") or (name == "div" and operand == 1):
        return np.where(np.abs(x) < 0.1, x + 0.3, x)
    if name == "pow":
        return np.clip(x, -2, 2)
    return x


@pytest.fixture(name="ref")
def numpy_reference():
    """numpy's version of each op, by name."""
    return NUMPY


@pytest.fixture(name="in_domain")
def in_domain_fixture():
    """The domain() helper: inputs moved into an op's domain."""
    return domain


@pytest.fixture(params=["scalar", "avx2", "avx512"])
def isa(request):
    """Run the test on one kernel path, then restore the one that was active; a path this CPU
    cannot run (AVX-512 on most machines) is a clear skip, not a silent absence."""
    if request.param not in nn.isas():
        pytest.skip(f"this CPU cannot run the {request.param} kernels (built, not run here)")
    before = nn.isa()
    nn.set_isa(request.param)
    yield request.param
    nn.set_isa(before)
