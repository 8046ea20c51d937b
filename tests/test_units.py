"""Durations in the unit that reads best."""
from datetime import timedelta

import pytest

from aoc.units import human_time, human_wait


@pytest.mark.parametrize("seconds, text", [
    (None, "—"), (8.5e-7, "850 ns"), (1.25e-6, "1.2 µs"), (4.56e-3, "4.6 ms"), (0.999, "999.0 ms"), (1.234, "1.23 s"),
])
def test_human_time(seconds, text):
    assert human_time(seconds) == text


def test_human_wait():
    assert human_wait(timedelta(days=4, hours=21, minutes=3)) == "4d 21h 03m"
    assert human_wait(timedelta(minutes=12, seconds=30)) == "12m 30s"
