"""Durations in the unit that reads best."""
import pytest

from aoc.units import human_time


@pytest.mark.parametrize("seconds, text", [
    (None, "—"), (8.5e-7, "850 ns"), (1.25e-6, "1.2 µs"), (4.56e-3, "4.6 ms"), (0.999, "999.0 ms"), (1.234, "1.23 s"),
])
def test_human_time(seconds, text):
    assert human_time(seconds) == text
