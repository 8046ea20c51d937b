"""2020 day 13: Shuttle Search. Bus n leaves at every multiple of n minutes.

Part 1: the wait for bus n from time t is (-t) mod n; take the least. Part 2 wants t with the
bus at list position i leaving at t + i, that is t ≡ -i (mod n) for every bus: the Chinese
remainder theorem.
"""
from aoc.lib.numbers import crt

Notes = tuple[int, list[tuple[int, int]]]


def parse(text: str) -> Notes:
    """The earliest departure and the (list position, ID) of every bus in service.

    Checked here, so bad notes get one clear error rather than a ZeroDivisionError (ID 0) or an
    empty min() (no bus in service) inside a part.
    """
    lines = text.split()
    if len(lines) != 2 or not _is_number(lines[0]):
        raise ValueError("the notes should be a time in minutes, then a line of bus IDs and x")
    entries = lines[1].split(",")
    for bus in entries:
        if bus != "x" and not (_is_number(bus) and int(bus) > 0):
            raise ValueError(f"a bus entry should be x or a positive ID, not {bus!r}")
    buses = [(i, int(bus)) for i, bus in enumerate(entries) if bus != "x"]
    if not buses:
        raise ValueError("no bus is in service")
    return int(lines[0]), buses


def _is_number(word: str) -> bool:
    """Whether word is a whole number in ASCII digits."""
    return word.isascii() and word.isdigit()


def part1(notes: Notes) -> int:
    """The earliest bus's ID times the minutes to wait for it."""
    earliest, buses = notes
    wait, bus = min((-earliest % bus, bus) for _, bus in buses)
    return wait * bus


def part2(notes: Notes) -> int:
    """The earliest time at which each bus leaves as many minutes later as its list position.

    IDs need not be coprime (crt allows that); when IDs sharing a factor make the offsets
    impossible, the error says so in the puzzle's terms rather than crt's.
    """
    _, buses = notes
    try:
        return crt((-i % bus, bus) for i, bus in buses)
    except ValueError:
        raise ValueError("no time has every bus leave at its offset: buses sharing a factor disagree") from None
