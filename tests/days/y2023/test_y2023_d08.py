"""2023 day 8: Haunted Wasteland — facts the statement gives en route, and refused networks."""
from itertools import islice

import pytest

from aoc.days.y2023 import d08


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d08, 2023, 8)


def test_ghosts_walk_as_the_statement_shows(inputs):
    network = d08.parse((inputs / "2023/08.example3.txt").read_text())
    assert list(islice(d08.walk(network, "11A"), 7)) == [
        "11A", "11B", "11Z", "11B", "11Z", "11B", "11Z"]
    assert list(islice(d08.walk(network, "22A"), 7)) == [
        "22A", "22B", "22C", "22Z", "22B", "22C", "22Z"]


def test_part1_needs_aaa(inputs):
    with pytest.raises(ValueError, match="AAA"):
        d08.part1(d08.parse((inputs / "2023/08.example3.txt").read_text()))


def test_refuses_a_ghost_whose_z_does_not_repeat():
    # 11A reaches 11Z at step 2 but is stuck on XXX from then on: the lcm premise fails.
    network = d08.parse("L\n\n11A = (11B, 11B)\n11B = (11Z, 11Z)\n11Z = (XXX, XXX)\n"
                        "XXX = (XXX, XXX)\n")
    with pytest.raises(ValueError, match="11A"):
        d08.part2(network)


def test_lcm_of_ghost_periods():
    lines = ["R", ""]
    for name, length in (("P", 4), ("Q", 6)):  # loops of 4 and 6 steps through their Z node
        nodes = [f"{name}A"] + [f"{name}{i}" for i in range(1, length - 1)] + [f"{name}Z"]
        for here, there in zip(nodes, nodes[1:] + nodes[:1], strict=True):
            lines.append(f"{here} = ({there}, {there})")
    # From PA the ghost is on PZ at steps 3, 7, …: not a loop through its start, so refused.
    with pytest.raises(ValueError):
        d08.part2(d08.parse("\n".join(lines)))
    # Closing each loop on its first step after A makes Z come every `length - 1` steps.
    relink = {"PZ = (PA, PA)": "PZ = (P1, P1)", "QZ = (QA, QA)": "QZ = (Q1, Q1)"}
    fixed = [relink.get(line, line) for line in lines]
    assert d08.part2(d08.parse("\n".join(fixed))) == 15  # lcm(3, 5)
