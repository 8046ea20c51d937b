"""Runs a day on one input in a forked child process, watched from here.

A part stuck in C (`sum(range(10**11))`) cannot be interrupted by a signal
handler, a solution can call sys.exit() or os._exit(), and a C extension can
crash: none of that may end or hang the run. The child loads the day and sends
each result of `runner.steps` down a pipe as it comes; this side gives every
step a deadline, stops an overdue child, records the part as timed out and
starts a fresh child for the parts after it. Ctrl-C reaches only this side
(children ignore SIGINT), which stops every child before it ends the run.
"""
import os
import pickle
import select
import signal
import sys
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

from aoc import registry, runner
from aoc.errors import AocError
from aoc.inputs import PuzzleInput
from aoc.status import Status

HEADER = 8  # bytes of the length before each pickled message
GRACE = 0.5  # seconds past the in-child SIGALRM limit before the child is stopped from outside


@dataclass(frozen=True)
class Started:
    """The child loaded the day: its title, and which of the asked parts it has (the last day has one)."""

    title: str
    parts: tuple[int, ...]


@dataclass(frozen=True)
class Finished:
    """The child sent every step: the run is complete even while a process it forked keeps the pipe open."""


@dataclass(frozen=True)
class Task:
    """One input, the parts to run on it, and how."""

    job: PuzzleInput
    parts: tuple[int, ...]
    repeat: int = 1
    timeout: float | None = None


class Child:
    """One forked child running one task, and the result it has sent so far."""

    def __init__(self, task: Task, result: runner.InputRun) -> None:
        self.task, self.result = task, result
        self.stages: deque[int | str] = deque(["parse", *task.parts])
        self.buffer = bytearray()
        self.successor: Child | None = None  # the child that runs the parts left after this one failed
        read, write = os.pipe()
        sys.stdout.flush()  # else the child inherits unwritten output and writes it a second time
        sys.stderr.flush()
        self.pid = os.fork()
        if self.pid == 0:  # the child: never returns
            os.close(read)
            _serve(task, write)
        os.close(write)
        self.fd = read
        self.deadline = self._next_deadline()

    def _next_deadline(self) -> float | None:
        """When the current step is overdue (None without a time limit).

        Each of the `repeat` calls may take the time limit, and a part's calls each follow an
        untimed parse of their own, so the parse's time counts too.
        """
        if self.task.timeout is None:
            return None
        parse = self.result.parse_seconds or 0.0
        return time.monotonic() + (self.task.timeout + 2 * parse) * self.task.repeat + GRACE

    def receive(self) -> bool:
        """Read what the child sent; True once it is done (finished, or ended early)."""
        chunk = os.read(self.fd, 1 << 16)
        if not chunk:
            self._ended_early(self._reap())
            return True
        self.buffer += chunk
        while len(self.buffer) >= HEADER:
            size = int.from_bytes(self.buffer[:HEADER], "little")
            if len(self.buffer) < HEADER + size:
                break
            message = pickle.loads(self.buffer[HEADER:HEADER + size])
            del self.buffer[:HEADER + size]
            if isinstance(message, Finished):
                self._reap()
                return True
            self._take(message)
        return False

    def _take(self, message) -> None:
        """Record one message and move the deadline to the next step."""
        if isinstance(message, Started):
            self.result.title = message.title
            self.stages = deque(["parse", *message.parts])
            return
        self.result.add(message)
        if isinstance(message, runner.Parsed) and message.error is not None:
            self.stages.clear()
        elif self.stages:
            self.stages.popleft()
        self.deadline = self._next_deadline()

    def overdue(self, now: float) -> bool:
        """Has the current step run past its deadline?"""
        return self.deadline is not None and now > self.deadline

    def stop(self) -> None:
        """Stop the child at once and close the pipe."""
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self._reap()

    def _reap(self) -> int:
        """Wait for the child to end, close the pipe, and return its wait status."""
        os.close(self.fd)
        _, status = os.waitpid(self.pid, 0)
        return status

    def _ended_early(self, status: int) -> None:
        """A child that ended before its last step (os._exit, a crash): that step failed, the next ones still run."""
        if not self.stages:
            return
        how = (f"killed by signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status)
               else f"exit status {os.waitstatus_to_exitcode(status)}")
        self._fail_and_go_on(Status.ERROR, f"the process running it ended ({how})")

    def _fail_current(self, status: Status, error: str) -> None:
        """Record the step in progress as failed; parts after a failed parse do not run."""
        stage = self.stages.popleft()
        if stage == "parse":
            self.result.add(runner.Parsed(error=error))
            self.stages.clear()
            return
        assert isinstance(stage, int)
        expected = self.task.job.known().answers.get(f"part{stage}")
        self.result.add(runner.PartResult(stage, status, expected=None if expected is None else str(expected),
                                          error=error))

    def time_out(self) -> None:
        """Stop an overdue child, record its step as timed out, and start one for the parts left (if any)."""
        self.stop()
        if not self.stages:  # every step was sent: only a process the solution forked held the pipe open
            return
        what = "parse took" if self.stages[0] == "parse" else "took"
        self._fail_and_go_on(Status.TIMEOUT, f"{what} longer than {self.task.timeout:g} s (stopped)")

    def _fail_and_go_on(self, status: Status, error: str) -> None:
        """Record the step in progress as failed, and start a child for the parts after it."""
        self._fail_current(status, error)
        parts = tuple(stage for stage in self.stages if isinstance(stage, int))
        if parts:
            self.successor = Child(Task(self.task.job, parts, self.task.repeat, self.task.timeout), self.result)


def _serve(task: Task, fd: int) -> None:
    """The child's whole life: load the day, send each step, and leave without running the parent's exit code."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    code = 70  # an error of the worker itself: the parent reports the step as failed
    try:
        with os.fdopen(fd, "wb") as out:
            for message in chain(_messages(task), [Finished()]):  # each sent as soon as it is known
                data = pickle.dumps(message)
                out.write(len(data).to_bytes(HEADER, "little") + data)
                out.flush()
        code = 0
    finally:
        sys.stdout.flush()  # what the solution printed
        sys.stderr.flush()
        os._exit(code)


def _messages(task: Task) -> Iterator[object]:
    """What the child reports: the day's title, then each step of the run."""
    job = task.job
    try:
        day = registry.load(job.year, job.day)
        text, known = job.text(), job.known()
    except AocError as exc:
        yield runner.Parsed(error=str(exc))
        return
    except (Exception, SystemExit) as exc:  # a day that fails or exits at import
        yield runner.Parsed(error=runner.short_traceback(exc))
        return
    yield Started(day.title, tuple(part for part in task.parts if part in day.parts))
    yield from runner.steps(day, text, known, parts=task.parts, repeat=task.repeat, timeout=task.timeout)


def run_tasks(tasks: list[Task], workers: int = 1) -> Iterator[runner.InputRun]:
    """Yield each task's result as its child finishes, at most `workers` children at a time (in order with one)."""
    waiting = deque(tasks)
    running: dict[int, Child] = {}
    try:
        while waiting or running:
            while waiting and len(running) < workers:
                task = waiting.popleft()
                child = Child(task, runner.InputRun(task.job.year, task.job.day, "(did not load)", task.job.name))
                running[child.fd] = child
            yield from _step(running)
    finally:
        for child in running.values():
            child.stop()


def _step(running: dict[int, Child]) -> Iterator[runner.InputRun]:
    """Wait for the next message or deadline; yield the results of children that are done."""
    deadlines = [child.deadline for child in running.values() if child.deadline is not None]
    wait = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
    ready, _, _ = select.select(list(running), [], [], wait)
    done = [running.pop(fd) for fd in ready if running[fd].receive()]
    now = time.monotonic()
    for fd in [fd for fd, child in running.items() if child.overdue(now)]:
        child = running.pop(fd)
        child.time_out()
        done.append(child)
    for child in done:
        if child.successor is None:
            yield child.result
        else:
            running[child.successor.fd] = child.successor
