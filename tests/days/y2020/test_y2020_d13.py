"""2020 day 13: Shuttle Search — the statement's smaller examples, full-size notes against minute-by-minute
and bus-by-bus references, IDs sharing a factor against a brute force over t, and notes that are not notes."""
import pytest

from aoc.days.y2020 import d13
from tests.generators.y2020_d13 import brute_force, generate, reference, sieve


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d13, 2020, 13)


@pytest.mark.parametrize(
    "buses, timestamp",
    [("17,x,13,19", 3417), ("67,7,59,61", 754018), ("67,x,7,59,61", 779210),
     ("67,7,x,59,61", 1261476), ("1789,37,47,1889", 1202161486)],
)
def test_contest_timestamps(buses, timestamp):
    assert d13.part2(d13.parse(f"0\n{buses}\n")) == timestamp  # the first line no longer matters


def test_earliest_bus_and_wait():
    assert d13.parse("939\n7,13,x,x,59,x,31,19\n") == (
        939, [(0, 7), (1, 13), (4, 59), (6, 31), (7, 19)])
    assert d13.part1(d13.parse("10\n3,5,7\n")) == 0  # bus 5 leaves right at 10: no wait
    assert d13.part1(d13.parse("11\n3,5,7\n")) == 3  # bus 3 leaves at 12


@pytest.mark.parametrize("seed", [1, 2])
def test_full_size_notes_match_the_references(seed):
    text = generate(seed)
    notes = d13.parse(text)
    earliest, buses = notes
    assert 900_000 < earliest < 1_100_000 and len(buses) == 9
    first, contest = reference(text)
    assert 10**14 <= contest < 10**16
    assert (d13.part1(notes), d13.part2(notes)) == (first, contest)


@pytest.mark.parametrize("buses", [
    "4,x,6",  # t ≡ 0 (mod 4) and t ≡ 4 (mod 6): t = 4, well below the product 24
    "6,x,4",
    "x,10,x,x,x,x,15,x,x,9",
    "12,x,x,x,8,x,18",
    "22,x,20,x,18",  # the least t, 1958, is near the top of the period lcm = 1980
    "24,x,x,x,22,x,14,x,x,x,x,x,x,7",  # with a prime that agrees
    "6,x,x,x,x,x,6",  # the same ID twice, offsets a whole period apart
    "1,1,1",  # an ID of 1 leaves every minute: t = 0
    "17,x,13,19",  # coprime, as in the statement
])
def test_ids_sharing_a_factor_give_the_least_time_brute_force_finds(buses):
    text = f"0\n{buses}\n"
    least = brute_force(text)
    assert d13.part2(d13.parse(text)) == least == sieve(text)


@pytest.mark.parametrize("buses", ["4,6", "6,x,x,4", "x,10,x,x,x,x,x,x,x,x,x,x,x,15,9,x,x,x,4", "6,x,6", "2,2"])
def test_ids_sharing_a_factor_with_no_common_time_are_refused(buses):
    text = f"0\n{buses}\n"
    assert brute_force(text) is None is sieve(text)
    with pytest.raises(ValueError, match="no time has every bus leave at its offset"):
        d13.part2(d13.parse(text))


@pytest.mark.parametrize("text, complaint", [
    ("939\n", "a time in minutes"),
    ("939\n7,13\n5,5\n", "a time in minutes"),
    ("-9\n7,13\n", "a time in minutes"),
    ("939\n7,0,13\n", "positive ID, not '0'"),
    ("939\n7,-13\n", "positive ID, not '-13'"),
    ("939\n7,y,13\n", "positive ID, not 'y'"),
    ("939\n7,,13\n", "positive ID, not ''"),
    ("939\nx,x,x\n", "no bus is in service"),
])
def test_notes_that_are_not_notes_are_refused(text, complaint):
    with pytest.raises(ValueError, match=complaint):
        d13.parse(text)
