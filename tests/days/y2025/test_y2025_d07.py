"""2025 day 7: Laboratories — the example, and a full-size manifold against following each beam."""
import pytest

from aoc.days.y2025 import d07
from tests.generators.y2025_d07 import generate, reference


def test_the_example(inputs):
    manifold = d07.parse((inputs / "2025" / "07.example.txt").read_text())
    assert (d07.part1(manifold), d07.part2(manifold)) == (21, 40)


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d07, 2025, 7)


@pytest.mark.parametrize("seed, keep", [(7, 0.85), (17, 1.0), (27, 0.5)])
def test_full_size_manifold_matches_beam_by_beam(seed, keep):
    text = generate(seed, keep=keep)
    manifold = d07.parse(text)
    assert (d07.part1(manifold), d07.part2(manifold)) == reference(text)


def test_a_manifold_without_s_is_refused():
    with pytest.raises(ValueError, match="exactly one S"):
        d07.parse("...\n.^.\n")
