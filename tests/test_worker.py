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


def test_a_part_that_ends_its_process_is_an_error(project, helpers):
    result = run(project, helpers, 6, EXITING.format(call="os._exit(3)"), "4")
    (first,) = result.parts
    assert first.status == Status.ERROR and "exit status 3" in first.error


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
