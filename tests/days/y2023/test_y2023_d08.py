"""2023 day 8: Haunted Wasteland — facts the statement gives en route, full-size networks with planted answers,
and networks that break the lcm premise against a reference that steps every ghost together."""
import time
from itertools import islice

import pytest

from aoc.days.y2023 import d08
from tests.generators.y2023_d08 import generate, generate_crowded, generate_tangled, planted_answers, simulate


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


def test_a_ghost_whose_z_does_not_repeat():
    # 11A reaches 11Z at step 2 but is stuck on XXX from then on: the lcm premise fails, step 2 is the answer.
    text = "L\n\n11A = (11B, 11B)\n11B = (11Z, 11Z)\n11Z = (XXX, XXX)\nXXX = (XXX, XXX)\n"
    assert d08.part2(d08.parse(text)) == 2 == simulate(text)


def test_lcm_of_ghost_periods():
    lines = ["R", ""]
    for name, length in (("P", 4), ("Q", 6)):  # loops of 4 and 6 steps through their Z node
        nodes = [f"{name}A"] + [f"{name}{i}" for i in range(1, length - 1)] + [f"{name}Z"]
        for here, there in zip(nodes, nodes[1:] + nodes[:1], strict=True):
            lines.append(f"{here} = ({there}, {there})")
    # From PA the ghost is on PZ at steps 3, 7, …, from QA on QZ at 5, 11, …: not multiples of the first
    # arrivals, so not lcm(3, 5) but the least step that is 3 mod 4 and 5 mod 6.
    text = "\n".join(lines)
    assert d08.part2(d08.parse(text)) == 11 == simulate(text)
    # Closing each loop on its first step after A makes Z come every `length - 1` steps.
    relink = {"PZ = (PA, PA)": "PZ = (P1, P1)", "QZ = (QA, QA)": "QZ = (Q1, Q1)"}
    fixed = "\n".join(relink.get(line, line) for line in lines)
    assert d08.part2(d08.parse(fixed)) == 15 == simulate(fixed)  # lcm(3, 5)


def test_a_z_between_the_first_arrival_and_its_double_is_not_missed():
    # 11A is on a Z node at every step from 2 (and on 11Y again at step 4), 22A at the multiples of 3: the
    # lcm of first arrivals would say 6, but both are on Z nodes at step 3.
    text = ("L\n\n11A = (11B, 11B)\n11B = (11Y, 11Y)\n11Y = (11Z, 11Z)\n11Z = (11Y, 11Y)\n"
            "22A = (22B, 22B)\n22B = (22C, 22C)\n22C = (22Z, 22Z)\n22Z = (22B, 22B)\n")
    assert d08.part2(d08.parse(text)) == 3 == simulate(text)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_full_size_input_gives_the_planted_answers(seed):
    text = generate(seed)
    assert (d08.part1(d08.parse(text)), d08.part2(d08.parse(text))) == planted_answers(seed)


def test_full_size_input_takes_the_lcm_path_quickly():
    text = generate(4)
    start = time.perf_counter()
    network = d08.parse(text)
    laps: dict[str, d08.Lap] = {}
    ghosts = [d08.arrivals(network, node, laps) for node in network[1] if node.endswith("A")]
    assert len(ghosts) == 6 and all(ghost.at_multiples_of_first() for ghost in ghosts)
    assert d08.part2(network) == planted_answers(4)[1] > 10**12
    assert time.perf_counter() - start < 1


@pytest.mark.parametrize("seed", range(60))
def test_tangled_networks_match_stepping_every_ghost_together(seed):
    text = generate_tangled(seed)
    expected = simulate(text)
    if expected is None:
        with pytest.raises(ValueError, match="never all on nodes ending in Z"):
            d08.part2(d08.parse(text))
    else:
        assert d08.part2(d08.parse(text)) == expected


def test_tangled_networks_break_the_lcm_premise():
    def premise_holds(text):
        network, laps = d08.parse(text), {}
        return all(d08.arrivals(network, node, laps).at_multiples_of_first()
                   for node in network[1] if node.endswith("A"))

    texts = [generate_tangled(seed) for seed in range(60)]
    answered = [simulate(text) is not None for text in texts]
    broken = [not premise_holds(text) for text in texts]
    assert sum(a and b for a, b in zip(answered, broken, strict=True)) >= 10


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_crowded_loops_meet_where_stepping_every_ghost_together_says(seed):
    text = generate_crowded(seed)
    assert d08.part2(d08.parse(text)) == simulate(text)


def test_ghosts_never_all_on_z_at_once():
    # 11A is on 11Z at the odd steps, 22A on 22Z at the even ones from 2.
    text = "L\n\n11A = (11Z, 11Z)\n11Z = (11A, 11A)\n22A = (22B, 22B)\n22B = (22Z, 22Z)\n22Z = (22B, 22B)\n"
    assert simulate(text) is None
    with pytest.raises(ValueError, match="never all on nodes ending in Z"):
        d08.part2(d08.parse(text))


def test_no_ghosts_is_refused():
    with pytest.raises(ValueError, match="no node ends in A"):
        d08.part2(d08.parse("L\n\nBBB = (BBB, BBB)\n"))
