"""Days run in a forked worker: a part stuck in C is stopped, sys.exit() and crashes are results,
answers of any size come back, and Ctrl-C ends the run with 130 and one line."""
import os
import signal
import subprocess
import sys
import time

import pytest

from aoc import worker
from aoc.inputs import PuzzleInput
from aoc.status import Status

STUCK_IN_C = '''"""2016 day 5: Stuck. Part 1 sums in C for hours; part 2 is quick."""


def parse(text):
    return int(text)


def part1(n):
    return sum(range(10**12))


def part2(n):
    return n + 1
'''

EXITING = '''"""2016 day 6: Exits. Part 1 calls {call}; part 2 answers."""
import os
import sys


def parse(text):
    return int(text)


def part1(n):
    {call}


def part2(n):
    return n * 2
'''

HUGE = '''"""2016 day 7: Huge. The answer has 8,451 digits."""


def parse(text):
    return int(text)


def part1(n):
    return 7 ** 10000


def part2(n):
    return -(7 ** 10000)
'''


def run(project, helpers, day, source, text="1", timeout=None, parts=(1, 2)):
    helpers.write_day(project, 2016, day, source)
    path = helpers.write_input(project, 2016, f"{day:02d}.example.txt", text)
    task = worker.Task(PuzzleInput(2016, day, "example", path), parts, timeout=timeout)
    (result,) = worker.run_tasks([task])
    return result


def test_a_part_stuck_in_c_is_stopped_and_the_next_part_still_runs(project, helpers):
    started = time.monotonic()
    result = run(project, helpers, 5, STUCK_IN_C, "41", timeout=0.3)
    assert time.monotonic() - started < 5
    first, second = result.parts
    assert first.status == Status.TIMEOUT and "stopped" in first.error
    assert (second.status, second.answer) == (Status.UNKNOWN, "42")
    assert result.title == "Stuck" and result.failed


@pytest.mark.parametrize("call", ["sys.exit(0)", "exit()", "raise SystemExit(3)"])
def test_a_part_that_exits_is_an_error_and_the_other_part_runs(project, helpers, call):
    result = run(project, helpers, 6, EXITING.format(call=call), "4")
    first, second = result.parts
    assert first.status == Status.ERROR and "SystemExit" in first.error
    assert second.answer == "8"


@pytest.mark.parametrize("call, how", [("os._exit(3)", "exit status 3"),
                                       ("import ctypes; ctypes.string_at(0)", "killed by signal 11")])
def test_a_part_that_ends_its_process_is_an_error_and_the_other_part_still_runs(project, helpers, call, how):
    result = run(project, helpers, 6, EXITING.format(call=call), "4")
    first, second = result.parts
    assert first.status == Status.ERROR and how in first.error
    assert second.answer == "8"


def test_a_day_that_exits_at_import_is_a_failed_parse(project, helpers):
    result = run(project, helpers, 6, "import sys\nsys.exit(0)\n")
    assert "SystemExit" in result.parse_error and result.failed and not result.parts


def test_answers_of_any_size_come_back_whole(project, helpers):
    result = run(project, helpers, 7, HUGE)
    first, second = result.parts
    assert len(first.answer) == 8451 and first.answer.startswith("95587") and first.answer.endswith("806000001")
    assert second.answer == "-" + first.answer


def test_jobs_run_side_by_side_and_each_result_is_its_own(project, helpers):
    helpers.write_day(project, 2016, 7, HUGE)
    helpers.write_day(project, 2016, 6, EXITING.format(call="return 1"))
    tasks = []
    for day in (6, 7):
        path = helpers.write_input(project, 2016, f"{day:02d}.example.txt", "2")
        tasks.append(worker.Task(PuzzleInput(2016, day, "example", path), (1, 2)))
    results = {result.day: result for result in worker.run_tasks(tasks, workers=2)}
    assert [p.answer for p in results[6].parts] == ["1", "4"]
    assert len(results[7].parts[0].answer) == 8451


def test_a_solution_can_print(project, helpers):
    helpers.write_day(project, 2016, 6, EXITING.format(call="print('debugging', n); return n"))
    helpers.write_input(project, 2016, "06.example.txt", "4")
    done = helpers.run_aoc("run", 2016, 6, "--example")
    assert done.stdout.count("debugging 4") == 1
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("args", [["run", "2016", "5", "--example"], ["check"], ["run", "--all", "--example", "-j", "2"]])
def test_ctrl_c_stops_every_worker_and_exits_130_with_one_line(project, helpers, args):
    helpers.write_day(project, 2016, 5, STUCK_IN_C)
    helpers.write_input(project, 2016, "05.example.txt", "1")
    helpers.write_input(project, 2016, "answers.toml", "[5.example]\npart1 = 1\n")
    proc = subprocess.Popen([sys.executable, "-m", "aoc", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=os.environ.copy(), start_new_session=True)
    time.sleep(1.5)  # past start-up, into the stuck part
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole process group
    _, stderr = proc.communicate(timeout=10)
    assert proc.returncode == 130
    lines = stderr.strip().splitlines()
    assert "Traceback" not in stderr and lines[-1] == "aoc: interrupted"
    assert sum(line.startswith("aoc:") for line in lines) == 1
    with pytest.raises(ProcessLookupError):  # nothing is left running in the group
        os.killpg(proc.pid, 0)


FORKING = '''"""2016 day 8: Forks. Part 1 leaves a process of its own behind, holding the pipe open."""
import os
import time


def parse(text):
    return int(text)


def part1(n):
    if os.fork() == 0:
        time.sleep(30)
        os._exit(0)
    return n


def part2(n):
    return n + 1
'''


@pytest.mark.parametrize("timeout", [None, 0.5])
def test_a_process_the_solution_forks_does_not_hold_up_the_run(project, helpers, timeout):
    started = time.monotonic()
    result = run(project, helpers, 8, FORKING, "5", timeout=timeout)
    assert [p.answer for p in result.parts] == ["5", "6"] and not result.failed
    assert time.monotonic() - started < 10


def test_repeats_within_the_limit_are_never_called_timed_out(project, helpers):
    slow = ('"""2016 day 8: Slow. Parse takes 0.45 s, part 1 0.3 s."""\nimport time\n\n\n'
            'def parse(text):\n    time.sleep(0.45)\n    return 1\n\n\n'
            'def part1(n):\n    time.sleep(0.3)\n    return 11\n\n\ndef part2(n):\n    return 0\n')
    helpers.write_day(project, 2016, 8, slow)
    path = helpers.write_input(project, 2016, "08.example.txt", "x")
    (result,) = worker.run_tasks([worker.Task(PuzzleInput(2016, 8, "example", path), (1,), repeat=3, timeout=0.5)])
    assert [(p.status, p.answer) for p in result.parts] == [(Status.UNKNOWN, "11")]


def test_an_answer_whose_text_cannot_be_made_is_the_parts_error(project, helpers):
    source = EXITING.format(call="return Odd()") + "\n\nclass Odd:\n    def __str__(self):\n        raise KeyError('no text')\n"
    result = run(project, helpers, 6, source, "4")
    assert result.parts[0].status == Status.ERROR and "KeyError" in result.parts[0].error


def test_a_big_answer_comes_back_quickly(project, helpers):
    big = '"""2016 day 8: Big. A 30 MB answer."""\n\n\ndef parse(text):\n    return 1\n\n\ndef part1(n):\n    return "x" * 30_000_000\n\n\ndef part2(n):\n    return 0\n'
    started = time.monotonic()
    result = run(project, helpers, 8, big, parts=(1,))
    assert len(result.parts[0].answer) == 30_000_000
    assert time.monotonic() - started < 5  # quadratic buffering took minutes
