"""The shipped days against their puzzle pages' examples, and facts the statements give en route.

The example check reads every answers.toml example table; the hand-made cases below it come from
the statements' smaller examples and intermediate facts.
"""
import heapq
import importlib
import random
import tomllib
from itertools import islice
from pathlib import Path

import pytest

INPUTS = Path(__file__).resolve().parents[2] / "inputs"
SHIPPED = {(2015, 1), (2020, 13), (2022, 4), (2022, 12), (2023, 8), (2023, 17)}


def day(year: int, number: int):
    return importlib.import_module(f"aoc.days.y{year}.d{number:02d}")


def example_checks():
    """(year, day, example name, part, expected) for every example answer on record."""
    for path in sorted(INPUTS.glob("*/answers.toml")):
        year = int(path.parent.name)
        for number, table in tomllib.loads(path.read_text()).items():
            for name, answers in table.items():
                if isinstance(answers, dict):
                    for part, expected in answers.items():
                        yield pytest.param(
                            year, int(number), name, part, expected,
                            id=f"{year}-{int(number):02d}-{name}-{part}",
                        )


@pytest.mark.parametrize("year, number, name, part, expected", list(example_checks()))
def test_example_answer(year, number, name, part, expected):
    text = (INPUTS / str(year) / f"{number:02d}.{name}.txt").read_text()
    solution = day(year, number)
    assert getattr(solution, part)(solution.parse(text)) == expected


def test_every_shipped_day_has_both_parts_checked_on_an_example():
    checked = {(p.values[0], p.values[1], p.values[3]) for p in example_checks()}
    for year, number in SHIPPED:
        assert {(year, number, "part1"), (year, number, "part2")} <= checked


@pytest.mark.parametrize("year, number", sorted(SHIPPED))
def test_parts_leave_the_parsed_data_as_it_was(year, number):
    """The runner may hand the same parsed data to both parts."""
    for path in sorted((INPUTS / str(year)).glob(f"{number:02d}.example*.txt")):
        solution = day(year, number)
        data, pristine = solution.parse(path.read_text()), solution.parse(path.read_text())
        for part in (solution.part1, solution.part2):
            try:
                part(data)
            except ValueError:
                pass  # a part may refuse another part's example (2023/08 example3 has no AAA)
            assert data == pristine


# 2015 day 1: Not Quite Lisp
@pytest.mark.parametrize(
    "text, floor",
    [("(())", 0), ("()()", 0), ("(((", 3), ("(()(()(", 3), ("))(((((", 3),
     ("())", -1), ("))(", -1), (")))", -3), (")())())", -3)],
)
def test_2015_01_floors(text, floor):
    d01 = day(2015, 1)
    assert d01.part1(d01.parse(text)) == floor


@pytest.mark.parametrize("text, position", [(")", 1), ("()())", 5)])
def test_2015_01_basement(text, position):
    d01 = day(2015, 1)
    assert d01.part2(d01.parse(text)) == position


def test_2015_01_never_in_the_basement():
    d01 = day(2015, 1)
    with pytest.raises(ValueError):
        d01.part2(d01.parse("(()"))


# 2022 day 4: Camp Cleanup
def test_2022_04_containment_either_way():
    d04 = day(2022, 4)
    assert d04.part1(d04.parse("2-8,3-7\n6-6,4-6\n")) == 2  # 2-8 contains 3-7; 4-6 contains 6-6
    assert d04.part1(d04.parse("5-7,7-9\n")) == 0


def test_2022_04_overlaps():
    d04 = day(2022, 4)
    assert d04.part2(d04.parse("2-4,6-8\n2-3,4-5\n")) == 0  # the example's first two pairs
    assert d04.part2(d04.parse("5-7,7-9\n")) == 1  # a single shared section, 7
    assert d04.part2(d04.parse("10-20,1-9\n10-20,20-30\n")) == 1


# 2022 day 12: Hill Climbing Algorithm
def test_2022_12_start_and_goal_elevations():
    d12 = day(2022, 12)
    heights, start, goal = d12.parse((INPUTS / "2022/12.example.txt").read_text())
    assert (start, goal) == ((0, 0), (2, 5))
    assert (heights[start], heights[goal]) == (0, 25)  # S is at elevation a, E at z
    assert len(heights.find(0)) == 6  # "six choices for starting position"


def test_2022_12_climbs_one_level_a_step_and_descends_any():
    d12 = day(2022, 12)
    climb = "S" + "bcdefghijklmnopqrstuvwxy" + "E"
    assert d12.part1(d12.parse(climb)) == 25
    assert d12.part1(d12.parse(climb.replace("x", "w"))) is None  # w to y is two levels up
    # Only way in: over the top z, then down to y, then up into E.
    assert d12.part1(d12.parse(climb[:-1] + "zy\n" + "a" * 26 + "E")) == 27


# 2023 day 8: Haunted Wasteland
def test_2023_08_ghosts_walk_as_the_statement_shows():
    d08 = day(2023, 8)
    network = d08.parse((INPUTS / "2023/08.example3.txt").read_text())
    assert list(islice(d08.walk(network, "11A"), 7)) == [
        "11A", "11B", "11Z", "11B", "11Z", "11B", "11Z"]
    assert list(islice(d08.walk(network, "22A"), 7)) == [
        "22A", "22B", "22C", "22Z", "22B", "22C", "22Z"]


def test_2023_08_part1_needs_aaa():
    d08 = day(2023, 8)
    with pytest.raises(ValueError, match="AAA"):
        d08.part1(d08.parse((INPUTS / "2023/08.example3.txt").read_text()))


def test_2023_08_refuses_a_ghost_whose_z_does_not_repeat():
    d08 = day(2023, 8)
    # 11A reaches 11Z at step 2 but is stuck on XXX from then on: the lcm premise fails.
    network = d08.parse("L\n\n11A = (11B, 11B)\n11B = (11Z, 11Z)\n11Z = (XXX, XXX)\n"
                        "XXX = (XXX, XXX)\n")
    with pytest.raises(ValueError, match="11A"):
        d08.part2(network)


def test_2023_08_lcm_of_ghost_periods():
    d08 = day(2023, 8)
    lines = ["R", ""]
    for name, length in (("P", 4), ("Q", 6)):  # loops of 4 and 6 steps through their Z node
        nodes = [f"{name}A"] + [f"{name}{i}" for i in range(1, length - 1)] + [f"{name}Z"]
        for here, there in zip(nodes, nodes[1:] + nodes[:1]):
            lines.append(f"{here} = ({there}, {there})")
    # From PA the ghost is on PZ at steps 3, 7, …: not a loop through its start, so refused.
    with pytest.raises(ValueError):
        d08.part2(d08.parse("\n".join(lines)))
    # Closing each loop on its first step after A makes Z come every `length - 1` steps.
    relink = {"PZ = (PA, PA)": "PZ = (P1, P1)", "QZ = (QA, QA)": "QZ = (Q1, Q1)"}
    fixed = [relink.get(line, line) for line in lines]
    assert d08.part2(d08.parse("\n".join(fixed))) == 15  # lcm(3, 5)


# 2023 day 17: Clumsy Crucible
def reference_heat_loss(text: str, least: int, most: int) -> int | None:
    """A slow, plain Dijkstra over (block, direction, run length): what the fast one must match."""
    city = [[int(c) for c in row] for row in text.split()]
    height, width = len(city), len(city[0])
    frontier = [(0, 0, 0, dr, dc, 0) for dr, dc in ((0, 1), (1, 0))]
    seen = set()
    while frontier:
        loss, r, c, dr, dc, run = heapq.heappop(frontier)
        if (r, c) == (height - 1, width - 1) and run >= least:
            return loss
        if (r, c, dr, dc, run) in seen:
            continue
        seen.add((r, c, dr, dc, run))
        for nr, nc in ((dr, dc), (dc, dr), (-dc, -dr)):  # straight on, or a quarter turn
            straight = (nr, nc) == (dr, dc)
            if (straight and run >= most) or (not straight and 0 < run < least):
                continue
            r2, c2 = r + nr, c + nc
            if 0 <= r2 < height and 0 <= c2 < width:
                heapq.heappush(
                    frontier, (loss + city[r2][c2], r2, c2, nr, nc, run + 1 if straight else 1))
    return None


@pytest.mark.parametrize("seed", range(8))
def test_2023_17_agrees_with_the_reference_on_random_cities(seed):
    d17 = day(2023, 17)
    rng = random.Random(seed)
    height, width = rng.randint(1, 14), rng.randint(1, 14)
    text = "\n".join("".join(rng.choice("123456789") for _ in range(width)) for _ in range(height))
    if (height, width) == (1, 1):
        return  # already there: the reference and the puzzle disagree on whether that is a path
    city = d17.parse(text)
    assert d17.part1(city) == reference_heat_loss(text, 1, 3)
    assert d17.part2(city) == reference_heat_loss(text, 4, 10)


def test_2023_17_straight_runs_are_bounded():
    d17 = day(2023, 17)
    row = d17.parse("11111")  # four blocks straight: too many for a crucible, fine for an ultra
    assert d17.part1(row) is None
    assert d17.part2(row) == 4
    assert d17.part2(d17.parse("1111")) is None  # an ultra crucible cannot stop after three


def test_2023_17_the_starting_block_costs_nothing():
    d17 = day(2023, 17)
    assert d17.part1(d17.parse("91\n11")) == 2


def test_2023_17_at_full_size():
    """A 141 x 141 city like the real input's, where the search reaches almost every state."""
    d17 = day(2023, 17)
    city = d17.parse("\n".join(["1" * 141] * 141))
    assert d17.part1(city) == 280
    assert d17.part2(city) == 280


# 2020 day 13: Shuttle Search
@pytest.mark.parametrize(
    "buses, timestamp",
    [("17,x,13,19", 3417), ("67,7,59,61", 754018), ("67,x,7,59,61", 779210),
     ("67,7,x,59,61", 1261476), ("1789,37,47,1889", 1202161486)],
)
def test_2020_13_contest_timestamps(buses, timestamp):
    d13 = day(2020, 13)
    assert d13.part2(d13.parse(f"0\n{buses}\n")) == timestamp  # the first line no longer matters


def test_2020_13_earliest_bus_and_wait():
    d13 = day(2020, 13)
    assert d13.parse("939\n7,13,x,x,59,x,31,19\n") == (
        939, [(0, 7), (1, 13), (4, 59), (6, 31), (7, 19)])
    assert d13.part1(d13.parse("10\n3,5,7\n")) == 0  # bus 5 leaves right at 10: no wait
    assert d13.part1(d13.parse("11\n3,5,7\n")) == 3  # bus 3 leaves at 12
