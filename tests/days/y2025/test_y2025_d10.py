"""2025 day 10: Factory — the example, a full-size factory against every subset of buttons, scipy's
milp and z3, small machines against every press count, and what `aoc lab` shows of the proofs."""
import time

import pytest

from aoc import lab
from aoc.days.y2025 import d10
from aoc.lab import driver
from tests.generators.y2025_d10 import (
    fewest_presses_by_trying,
    fewest_toggles,
    generate,
    milp_presses,
    small,
    z3_presses,
)


def test_the_example(inputs):
    machines = d10.parse((inputs / "2025" / "10.example.txt").read_text())
    assert [d10.fewest_toggles(m) for m in machines] == [2, 3, 2]
    assert d10.part1(machines) == 7 and d10.part2(machines) == 33


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d10, 2025, 10)


def test_part1_full_size_against_every_subset():
    machines = d10.parse(generate(1))[:60]
    assert [d10.fewest_toggles(m) for m in machines] == [fewest_toggles(m.lights, m.buttons) for m in machines]


def test_small_machines_against_every_press_count():
    for machine in d10.parse(small(2)):
        expected = fewest_presses_by_trying(machine.buttons, machine.joltage)
        assert lab.solve(d10.machine_study(machine)).answer.value == expected


@pytest.mark.parametrize("seed", [1, 2])
def test_part2_full_size_is_learned_proven_and_matches_milp(seed):
    pytest.importorskip("scipy")
    machines = d10.parse(generate(seed))
    assert len(machines) >= 150 and max(len(m.buttons) for m in machines) == 13
    assert max(len(m.joltage) for m in machines) == 10 and 250 <= max(max(m.joltage) for m in machines) <= 300
    started = time.perf_counter()
    proof = lab.solve(d10.study(machines))
    assert time.perf_counter() - started < 5
    assert proof.learned, proof.note
    assert [p.answer.value for p in proof.items[:50]] == [milp_presses(m.buttons, m.joltage) for m in machines[:50]]
    assert all(p.answer.lp_bound <= p.answer.value for p in proof.items)


def test_part2_against_z3():
    pytest.importorskip("z3")
    for machine in d10.parse(generate(3))[:12]:
        assert lab.solve(d10.machine_study(machine)).answer.value == z3_presses(machine.buttons, machine.joltage)


def test_without_learning_the_exact_method_answers_the_same():
    machines = d10.parse(generate(4, machines=10))
    studies = d10.study(machines)
    for item in studies.items:
        item.candidate = lambda: None
    proof = lab.solve(studies)
    assert not proof.learned and proof.answer == d10.part2(machines)


def test_a_machine_no_presses_can_set_is_named():
    machines = d10.parse("[.#] (0) (1) {1,2}\n[##] (0,1) {1,2}\n")
    with pytest.raises(ValueError, match="machine 2: .*no solution: the dual vector"):
        d10.part2(machines)
    with pytest.raises(ValueError, match="no set of buttons"):
        d10.part1(d10.parse("[.#] (0) {1,1}\n"))


@pytest.mark.parametrize("line", ["[.#] (0) (2) {1,1}", "[.#] (0) {1,1,1}", "(0) {1}", "[.#] (0) {1,x}"])
def test_malformed_machines_are_refused(line):
    with pytest.raises(ValueError, match="not a machine|do not match"):
        d10.parse(line)


def test_the_lab_shows_each_machine_and_the_first_ones_graph(helpers, tmp_path):
    done = helpers.run_aoc("lab", 2025, 10, "--example", "--graph", tmp_path / "g.dot",
                           env={"AOC_ROOT": str(helpers.REPO)})
    assert done.returncode == 0, done.stderr
    assert "machine 2: optimum 12 (LP bound" in done.stdout and "branch node" in done.stdout
    assert "answer 33" in done.stdout and "✓ proven exactly" in done.stdout
    assert "3/3" in done.stderr and "#" in done.stderr
    dot = (tmp_path / "g.dot").read_text()
    assert "counter prices y" in dot and "shape (6,)" in dot  # the first machine's six buttons


def test_the_drawn_graph_holds_one_machines_learned_values(tmp_path):
    machines = d10.parse("[.##.] (3) (1,3) (2) (2,3) (0,2) (0,1) {3,5,4,7}\n")
    studies = d10.study(machines)
    lab.solve(studies)
    driver.write_graph(studies, tmp_path / "m.dot")
    assert "presses / top" in (tmp_path / "m.dot").read_text()
