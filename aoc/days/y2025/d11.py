"""2025 day 11: Reactor. Count the paths data can take through the devices, from one to another.

Data only flows forward and never in a loop, so the devices form a directed acyclic graph. The
paths from a device to the target number the sum of its outputs' paths, so counting the devices
in topological order (outputs first) touches each device once, however many paths there are.
Part 2's paths from svr to out that visit both dac and fft meet them in one order or the other;
each order's count is the product of its three legs, and the two add up.
"""
from graphlib import TopologicalSorter

Devices = dict[str, tuple[str, ...]]


def parse(text: str) -> Devices:
    """Each device's outputs."""
    devices: Devices = {}
    for line in text.strip().splitlines():
        name, colon, outputs = line.partition(":")
        if not colon or not name.strip():
            raise ValueError(f"not a device and its outputs: {line!r}")
        devices[name.strip()] = tuple(outputs.split())
    return devices


def reachable(devices: Devices, source: str) -> set[str]:
    """Every device data can reach from `source`, itself included."""
    seen, todo = {source}, [source]
    while todo:
        for output in devices.get(todo.pop(), ()):
            if output not in seen:
                seen.add(output)
                todo.append(output)
    return seen


def paths(devices: Devices, source: str, target: str) -> int:
    """How many paths lead from `source` to `target` (a loop on the way is an error)."""
    if source not in devices:
        raise ValueError(f"no device named {source!r}")
    graph = {device: devices.get(device, ()) for device in reachable(devices, source)}
    count: dict[str, int] = {}
    for device in TopologicalSorter(graph).static_order():  # every device after all its outputs
        count[device] = 1 if device == target else sum(count[output] for output in graph[device])
    return count[source]


def part1(devices: Devices) -> int:
    """How many paths lead from you to out."""
    return paths(devices, "you", "out")


def part2(devices: Devices) -> int:
    """How many paths lead from svr to out through both dac and fft."""
    return sum(
        paths(devices, "svr", first) * paths(devices, first, second) * paths(devices, second, "out")
        for first, second in (("dac", "fft"), ("fft", "dac"))
    )
