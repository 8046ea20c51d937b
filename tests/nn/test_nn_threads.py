"""Threads: forward, backward and callback-free minimize release the GIL, and two threads sharing
one program get a clear error instead of a wrong or spurious one. (How much two threads on two
programs speed up is measured in benchmarks/nn_bench.py, not asserted here.)"""
import sys
import threading
import time

import numpy as np
import pytest

from aoc import nn


def least_squares(rows=3000):
    """(w, prog) for sum((Xw - y)^2) with X rows x 6: large enough to release the GIL."""
    rng = np.random.default_rng(1)
    g = nn.Graph()
    w = g.param(np.zeros(6), name="w")
    X, y = g.const(rng.normal(size=(rows, 6))), g.const(rng.normal(size=rows))
    return w, g.compile(nn.sum(nn.square(X @ w - y)))


def test_python_runs_while_minimize_works_in_c():
    w, prog = least_squares()
    span = []

    def work():
        span.append(time.perf_counter())
        nn.Adam(lr=0.01).minimize(prog, 20_000)
        span.append(time.perf_counter())
    worker = threading.Thread(target=work)
    worker.start()
    ticks = []
    while worker.is_alive():
        ticks.append(time.perf_counter())
    worker.join()
    start, end = span
    gaps = np.diff([start] + [t for t in ticks if start < t < end] + [end])
    assert end - start > 0.1, "the run was too short to tell"
    # Holding the GIL, the C loop would leave one gap as long as the run; released, the main
    # thread ticks through most of it (short gaps; a loaded machine may preempt it now and then).
    assert gaps[gaps < 0.01].sum() > 0.25 * (end - start)


def test_two_threads_sharing_a_program_get_a_clear_error():
    w, prog = least_squares()
    errors = []

    def hammer():
        for _ in range(3000):
            try:
                prog.forward()
                prog.backward()
                w.grad.sum()
            except nn.NNError as e:
                errors.append(str(e))
    threads = [threading.Thread(target=hammer) for _ in range(2)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as Python can, to interleave calls
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    for message in errors:
        assert "another thread" in message, message


@pytest.mark.parametrize("threads", [1, 2])
def test_split_kernels_match_one_thread(threads):
    before = nn.threads()
    nn.set_threads(threads)
    try:
        a, b = np.random.default_rng(2).normal(size=(2, 1 << 19))
        np.testing.assert_array_equal(nn.fma(a, b, 1.0), a * b + 1.0)
        np.testing.assert_allclose(nn.tanh(a), np.tanh(a), rtol=1e-12)
        g = nn.Graph()
        x = g.param(a)
        prog = g.compile(nn.sum(nn.tanh(x * b + 1.0)), fuse=True)
        prog.forward()
        prog.backward()
        want = b * (1 - np.tanh(a * b + 1.0) ** 2)
        np.testing.assert_allclose(x.grad, want, rtol=1e-12, atol=1e-14)
    finally:
        nn.set_threads(before)
