"""Shortest paths over any state space, given a function from a state to its next states."""
import heapq
from collections import deque
from collections.abc import Callable, Hashable, Iterable
from itertools import count
from typing import TypeVar

State = TypeVar("State", bound=Hashable)


def bfs(
    starts: Iterable[State],
    neighbours: Callable[[State], Iterable[State]],
    is_goal: Callable[[State], bool],
) -> int | None:
    """Fewest steps from any start to a goal state, each step costing 1; None if unreachable."""
    frontier = deque((start, 0) for start in starts)
    seen = {start for start, _ in frontier}
    while frontier:
        state, steps = frontier.popleft()
        if is_goal(state):
            return steps
        for nxt in neighbours(state):
            if nxt not in seen:
                seen.add(nxt)
                frontier.append((nxt, steps + 1))
    return None


def dijkstra(
    starts: Iterable[State],
    neighbours: Callable[[State], Iterable[tuple[int, State]]],
    is_goal: Callable[[State], bool],
) -> int | None:
    """Least cost from any start to a goal, with neighbours giving (cost, state) pairs; or None."""
    tie = count()  # states need not be orderable: equal costs are popped first come, first served
    frontier = [(0, next(tie), start) for start in starts]
    heapq.heapify(frontier)
    best = {state: 0 for _, _, state in frontier}
    while frontier:
        cost, _, state = heapq.heappop(frontier)
        if cost > best[state]:
            continue  # a stale entry: this state was reached more cheaply since it was pushed
        if is_goal(state):
            return cost
        for step, nxt in neighbours(state):
            new = cost + step
            if new < best.get(nxt, new + 1):
                best[nxt] = new
                heapq.heappush(frontier, (new, next(tie), nxt))
    return None
