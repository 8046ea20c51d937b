"""2025 day 8: Playground — the example's 10 pairs, and 1,000 boxes against a plain sort and Prim's tree."""
import pytest

from aoc.days.y2025 import d08
from tests.generators.y2025_d08 import circuits_after, generate, last_join


def test_the_example(inputs):
    boxes = d08.parse((inputs / "2025" / "08.example.txt").read_text())
    assert d08.part1(boxes, connections=10) == 40
    assert d08.part2(boxes) == 25272


def test_the_parsed_boxes_are_read_only_so_no_part_can_change_them(inputs):
    boxes = d08.parse((inputs / "2025" / "08.example.txt").read_text())
    with pytest.raises(ValueError, match="read-only"):
        boxes[0, 0] = 7


def test_full_size_boxes_match_the_references():
    text = generate(8)
    boxes = d08.parse(text)
    assert d08.part1(boxes) == circuits_after(text, 1000)
    assert d08.part2(boxes) == last_join(text)


def test_a_pair_already_in_one_circuit_still_uses_up_a_connection():
    # A-B (squared distance 1) and A-C (4) join A, B and C; B-C (5) is the third connection though it
    # joins nothing, so D-E (9) stays apart: circuits of 3, 1 and 1, not 3 and 2.
    text = "0,0,0\n1,0,0\n0,2,0\n100,0,0\n100,3,0\n"
    assert d08.part1(d08.parse(text), connections=3) == 3 == circuits_after(text, 3)
    assert d08.part1(d08.parse(text), connections=4) == 6


def test_a_single_box_is_refused():
    with pytest.raises(ValueError, match="at least two"):
        d08.parse("1,2,3\n")


@pytest.mark.parametrize("text, last", [
    ("0,0,0\n1,0,0\n2000000000,2000000000,2000000000\n5,0,0\n", 10_000_000_000),  # squares past 2**63 summed
    ("0,0,0\n3000000000,0,0\n3000000000,3000000000,3000000000\n", 9_000_000_000_000_000_000),  # product too
])
def test_distances_and_the_product_never_wrap_around(text, last):
    assert d08.part2(d08.parse(text)) == last
