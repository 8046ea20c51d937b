"""No leaks: building, running and dropping 100,000 small graphs keeps memory flat."""
import gc
import resource

import numpy as np

from aoc import nn


def rss_mb():
    """The resident set size now, in MB (from /proc, so it can also go down)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def small_graph_round_trip(x):
    g = nn.Graph()
    p = g.param(x)
    prog = g.compile(nn.sum(nn.square(p) * 2.0))
    prog.forward()
    prog.backward()
    return p.grad[0]


def test_100k_graphs_keep_memory_flat():
    x = np.arange(3.0)
    for _ in range(5_000):
        small_graph_round_trip(x)
    gc.collect()
    before = rss_mb()
    for _ in range(100_000):
        assert small_graph_round_trip(x) == 0.0
    gc.collect()
    assert rss_mb() - before < 8


def test_eager_ops_and_minimize_keep_memory_flat():
    x = np.arange(5.0)
    g = nn.Graph()
    p = g.param(x)
    prog = g.compile(nn.sum(nn.square(p)))
    for _ in range(2_000):
        nn.fma(x, x, 1.0), nn.sum(x), nn.Adam().minimize(prog, steps=2)
    gc.collect()
    before = rss_mb()
    for _ in range(50_000):
        nn.fma(x, x, 1.0), nn.tanh(x), nn.sum(x), nn.matmul(x, x)
        nn.Adam().minimize(prog, steps=2)
    gc.collect()
    assert rss_mb() - before < 4
