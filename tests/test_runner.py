"""Timing, verdicts, failures and timeouts of the in-process runner."""
import time

import pytest

from aoc import registry, runner
from aoc.store import Known

SLOW_AND_BROKEN = '''"""2016 day 5: Trouble. Part 1 sleeps, part 2 divides by zero."""
import time


def parse(text, scale=1):
    return int(text) * scale


def part1(n):
    time.sleep(n)
    return n


def part2(n):
    return helper(n)


def helper(n):
    return n / 0
'''


@pytest.fixture
def trouble(project, helpers):
    helpers.write_day(project, 2016, 5, SLOW_AND_BROKEN)
    return registry.load(2016, 5)


@pytest.fixture
def summing(project, helpers):
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY)
    return registry.load(2016, 3)


def test_right_wrong_and_unknown(summing):
    result = runner.run_input(summing, "input", "2 3", Known(answers={"part1": 5, "part2": 7}))
    assert [(p.part, p.status, p.answer, p.expected) for p in result.parts] == [(1, "right", "5", "5"), (2, "wrong", "6", "7")]
    assert result.failed
    unknown = runner.run_input(summing, "input", "2 3", Known())
    assert {p.status for p in unknown.parts} == {"unknown"} and not unknown.failed


def test_a_microsecond_part_is_timed_in_microseconds(summing):
    result = runner.run_input(summing, "input", "1 2 3", Known(), repeat=5)
    assert all(0 < part.seconds < 1e-3 for part in result.parts)
    assert 0 < result.parse_seconds < 1e-3


VARYING = '''"""2016 day 4: Varying. Each call of part 1 sleeps the next of 50, 10 and 20 ms."""
import time

SLEEPS = iter([0.05, 0.01, 0.02])


def parse(text):
    return text


def part1(text):
    time.sleep(next(SLEEPS))
    return 1


def part2(text):
    return 2
'''


def test_repeat_reports_the_median(project, helpers):
    helpers.write_day(project, 2016, 4, VARYING)
    result = runner.run_input(registry.load(2016, 4), "input", "", Known(), parts=(1,), repeat=3)
    assert 0.019 < result.parts[0].seconds < 0.03


def test_an_exception_is_reported_with_the_solutions_own_frames(trouble):
    result = runner.run_input(trouble, "input", "0", Known(), parts=(2,))
    (part,) = result.parts
    assert part.status == "error" and result.failed
    assert "ZeroDivisionError" in part.error
    assert "in helper" in part.error and "in part2" in part.error
    assert "runner.py" not in part.error


def test_a_timeout_stops_one_part_and_the_other_still_runs(trouble):
    started = time.monotonic()
    result = runner.run_input(trouble, "input", "5", Known(), timeout=0.2)
    assert time.monotonic() - started < 2
    assert [p.status for p in result.parts] == ["timeout", "error"]


def test_parse_failure_fails_the_run(summing):
    result = runner.run_input(summing, "input", "1 x", Known())
    assert "ValueError" in result.parse_error and result.failed and not result.parts


def test_example_parameters_reach_the_functions_that_take_them(trouble):
    result = runner.run_input(trouble, "example", "0", Known(answers={"part1": 0}, params={"scale": 3, "unused": 1}), parts=(1,))
    assert result.parts[0].status == "right"


def test_unwritten_part_is_todo_not_failure(project, helpers):
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY.replace("return prod(numbers)", "raise NotImplementedError"))
    result = runner.run_input(registry.load(2016, 3), "input", "1", Known(answers={"part2": 1}))
    assert result.parts[1].status == "todo" and not result.failed
