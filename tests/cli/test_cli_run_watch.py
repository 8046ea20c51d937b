"""`aoc run --watch` in a real process: it runs, a file is edited, it runs again; a syntax error does not end it."""
import os
import queue
import signal
import subprocess
import sys
import threading

import pytest

FIXED = "def part1(numbers):\n    return sum(numbers)\n"


class Watching:
    """`aoc run ARGS --watch` as a subprocess whose output lines the test waits for."""

    def __init__(self, *args):
        self.process = subprocess.Popen([sys.executable, "-m", "aoc", "run", *map(str, args), "--watch"],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ)
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def until(self, text: str) -> str:
        """The output up to the first line holding `text` (a test fails, never hangs, if it does not come)."""
        seen = []
        while True:
            line = self.lines.get(timeout=60)
            assert line is not None, "the watch ended early:\n" + "".join(seen) + self.process.stderr.read()
            seen.append(line)
            if text in line:
                return "".join(seen)

    def end(self) -> str:
        """The rest of the output, once the process has ended."""
        self.process.wait(timeout=60)
        rest = []
        while (line := self.lines.get(timeout=60)) is not None:
            rest.append(line)
        return "".join(rest)


@pytest.fixture
def day(project, helpers):
    """2016 day 3 with an example and a cached input, each with its known answers."""
    module = helpers.write_day(project, 2016, 3, helpers.SUM_DAY)
    helpers.write_input(project, 2016, "03.example.txt", "1 2\n3\n")
    helpers.write_input(project, 2016, "03.txt", "2 3 4\n")
    helpers.write_input(project, 2016, "answers.toml",
                        "[3]\npart1 = 9\npart2 = 24\n\n[3.example]\npart1 = 6\npart2 = 6\n")
    return module


def edit(module, old: str, new: str) -> None:
    module.write_text(module.read_text().replace(old, new))


def test_an_edit_runs_the_examples_and_the_input_again(day):
    watching = Watching(2016, 3, "--watch-runs", 2)
    first = watching.until("watching d03.py")
    assert "(first run)" in first and "(example)" in first and "(input)" in first and first.count("✓") == 4
    edit(day, "return sum(numbers)", "return sum(numbers) + 1")
    second = watching.end()
    assert watching.process.returncode == 1
    assert "(d03.py)" in second and "✗ expected 6" in second and "✗ expected 9" in second
    assert second.count("✓") == 2  # part 2 is untouched


def test_a_syntax_error_is_shown_and_the_watch_goes_on(day):
    watching = Watching(2016, 3, "--example", "--watch-runs", 3)
    watching.until("watching d03.py")
    edit(day, "def part1(numbers):", "def part1(numbers:")
    broken = watching.until("watching d03.py")
    assert "syntax error" in broken and "✗" in broken
    edit(day, "def part1(numbers:", "def part1(numbers):")
    fixed = watching.end()
    assert watching.process.returncode == 0
    assert "(input)" not in fixed and fixed.count("✓") == 2


def test_ctrl_c_ends_the_watch_with_130(day):
    watching = Watching(2016, 3)
    watching.until("watching d03.py")
    watching.process.send_signal(signal.SIGINT)
    watching.end()
    assert watching.process.returncode == 130
    assert watching.process.stderr.read().strip() == "aoc: interrupted"


@pytest.mark.parametrize("args, message", [(("--all",), "drop --all"), (("--submit",), "--submit sends")])
def test_watch_with_options_it_cannot_take(day, helpers, args, message):
    done = helpers.run_aoc("run", 2016, 3, "--watch", *args)
    assert done.returncode == 2 and message in done.stderr
