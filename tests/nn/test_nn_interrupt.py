"""Long C loops stay under the user's control: Ctrl-C stops a callback-free minimize within a
fraction of a second (parameters at a finished step), and a long run's history grows as it
fills instead of being allocated for every step asked for."""
import os
import signal
import threading
import time

import numpy as np
import pytest

from aoc import nn

ALARM = 0.3  # seconds into the run when the signal arrives


def descending():
    """x (1,000 entries at 1e9) and a program whose SGD step at lr=1 takes exactly 1 off each."""
    g = nn.Graph()
    x = g.param(np.full(1000, 1e9), name="x")
    return x, g.compile(nn.sum(x))


def assert_at_a_finished_step(x):
    """Every entry went down by the same whole number of steps."""
    taken = 1e9 - x.value
    assert np.all(taken == taken[0]) and taken[0] == int(taken[0]) and taken[0] > 0


def test_a_signal_stops_minimize_within_a_fifth_of_a_second():
    x, prog = descending()

    def handler(signum, frame):
        raise KeyboardInterrupt
    before = signal.signal(signal.SIGALRM, handler)
    try:
        start = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, ALARM)
        with pytest.raises(KeyboardInterrupt):
            nn.SGD(lr=1.0).minimize(prog, steps=10**15)
        late = time.perf_counter() - start - ALARM
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)
    assert late < 0.2
    assert_at_a_finished_step(x)
    assert prog.forward() == pytest.approx(np.sum(x.value))


def test_ctrl_c_raises_keyboard_interrupt():
    if threading.current_thread() is not threading.main_thread():
        pytest.skip("signal handlers can only be set from the main thread")
    x, prog = descending()
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    timer = threading.Timer(ALARM, os.kill, (os.getpid(), signal.SIGINT))
    try:
        start = time.perf_counter()
        timer.start()
        with pytest.raises(KeyboardInterrupt):
            nn.Adam(lr=1.0).minimize(prog, steps=10**15)
        late = time.perf_counter() - start - ALARM
    finally:
        timer.cancel()
        signal.signal(signal.SIGINT, before)
    assert late < 0.2


def test_history_grows_as_it_fills():
    g = nn.Graph()
    x = g.param(np.array([3.0]), name="x")
    prog = g.compile(nn.sum(nn.square(x - 1.0)))
    hist = nn.Adam(lr=0.1).minimize(prog, steps=10**15, tol=1e-9)  # 8 PB if allocated up front
    assert 10 < len(hist) < 100_000
    assert x.value[0] == pytest.approx(1.0, abs=1e-6)
