"""aoc.lib.search: bfs and dijkstra over a neighbour function."""
import random

import pytest

from aoc.lib.search import bfs, dijkstra

# A small directed graph: a -> b -> c -> d, plus a shortcut a -> d that costs more.
EDGES = {"a": {"b": 1, "d": 10}, "b": {"c": 1}, "c": {"d": 1}, "d": {}, "e": {"a": 1}}


def unit(state):
    return EDGES[state]


def weighted(state):
    return [(cost, nxt) for nxt, cost in EDGES[state].items()]


def test_bfs_counts_fewest_steps():
    assert bfs(["a"], unit, lambda s: s == "c") == 2
    assert bfs(["a"], unit, lambda s: s == "d") == 1  # the shortcut is one step


def test_bfs_start_on_goal_is_zero_steps():
    assert bfs(["a"], unit, lambda s: s == "a") == 0


def test_bfs_from_several_starts_takes_the_nearest():
    assert bfs(["e", "b"], unit, lambda s: s == "c") == 1


def test_bfs_unreachable_is_none():
    assert bfs(["b"], unit, lambda s: s == "e") is None
    assert bfs([], unit, lambda s: True) is None


def test_dijkstra_prefers_cheap_over_few_steps():
    assert dijkstra(["a"], weighted, lambda s: s == "d") == 3


def test_dijkstra_unreachable_is_none():
    assert dijkstra(["d"], weighted, lambda s: s == "a") is None


def test_dijkstra_from_several_starts():
    assert dijkstra(["a", "c"], weighted, lambda s: s == "d") == 1


def test_dijkstra_does_not_compare_states():
    class Node:  # not orderable: ties in cost must not fall back to comparing states
        def __init__(self, name):
            self.name = name

    a, b, c = Node("a"), Node("b"), Node("c")
    graph = {a: [(1, b), (1, c)], b: [(1, c)], c: []}
    assert dijkstra([a], graph.__getitem__, lambda s: s is c) == 1


def bellman_ford(n, edges, source):
    """Reference shortest distances, slow and obviously right."""
    dist = [float("inf")] * n
    dist[source] = 0
    for _ in range(n):
        for u, v, w in edges:
            dist[v] = min(dist[v], dist[u] + w)
    return dist


@pytest.mark.parametrize("seed", range(20))
def test_dijkstra_agrees_with_bellman_ford_and_bfs_on_random_graphs(seed):
    rng = random.Random(seed)
    n = rng.randint(2, 12)
    edges = [
        (rng.randrange(n), rng.randrange(n), rng.randint(0, 9)) for _ in range(rng.randint(0, 30))
    ]
    out = {u: [] for u in range(n)}
    for u, v, w in edges:
        out[u].append((w, v))
    dist = bellman_ford(n, edges, 0)
    unit_dist = bellman_ford(n, [(u, v, 1) for u, v, _ in edges], 0)
    for target in range(n):
        expected = None if dist[target] == float("inf") else dist[target]
        assert dijkstra([0], out.__getitem__, lambda s: s == target) == expected
        steps = None if unit_dist[target] == float("inf") else unit_dist[target]
        assert bfs([0], lambda s: [v for _, v in out[s]], lambda s: s == target) == steps
