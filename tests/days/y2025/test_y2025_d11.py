"""2025 day 11: Reactor — both examples, and a full-size rack against listing paths and a one-pass count."""
import pytest

from aoc.days.y2025 import d11
from tests.generators.y2025_d11 import every_path, generate, through_both


def test_the_examples(inputs):
    assert d11.part1(d11.parse((inputs / "2025" / "11.example.txt").read_text())) == 5
    assert d11.part2(d11.parse((inputs / "2025" / "11.example2.txt").read_text())) == 2


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d11, 2025, 11)


@pytest.mark.parametrize("seed", [11, 111])
def test_full_size_rack_matches_the_references(seed):
    text = generate(seed)
    devices = d11.parse(text)
    assert d11.part1(devices) == every_path(text, "you", "out") > 0
    assert d11.part2(devices) == through_both(text) > 10**6


def test_a_loop_is_an_error():
    with pytest.raises(ValueError):
        d11.paths(d11.parse("you: a\na: b\nb: a out\n"), "you", "out")


def test_a_missing_device_is_named():
    with pytest.raises(ValueError, match="no device named 'svr'"):
        d11.part2(d11.parse("you: out\n"))
