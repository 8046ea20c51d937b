"""2020 day 13: Shuttle Search. Bus n leaves at every multiple of n minutes.

Part 1: the wait for bus n from time t is (-t) mod n; take the least. Part 2 wants t with the
bus at list position i leaving at t + i, that is t ≡ -i (mod n) for every bus: the Chinese
remainder theorem.
"""
from aoc.lib.numbers import crt

Notes = tuple[int, list[tuple[int, int]]]


def parse(text: str) -> Notes:
    """The earliest departure and the (list position, ID) of every bus in service."""
    earliest, buses = text.split()
    return int(earliest), [(i, int(bus)) for i, bus in enumerate(buses.split(",")) if bus != "x"]


def part1(notes: Notes) -> int:
    """The earliest bus's ID times the minutes to wait for it."""
    earliest, buses = notes
    wait, bus = min((-earliest % bus, bus) for _, bus in buses)
    return wait * bus


def part2(notes: Notes) -> int:
    """The earliest time at which each bus leaves as many minutes later as its list position."""
    _, buses = notes
    return crt((-i % bus, bus) for i, bus in buses)
