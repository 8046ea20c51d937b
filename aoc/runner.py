"""Runs and times a day's parse and parts, and compares with known answers.

Times come from perf_counter_ns around the call alone, so a 1 µs part reads as
1 µs; with several repeats the median counts. A part that raises, calls
sys.exit() or overruns its time limit is reported with its own frames and the
other parts still run. `steps` yields one result at a time, so that a worker
process (aoc.worker) can report each as it comes.
"""
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from aoc.registry import Day
from aoc.status import FAILED, Status
from aoc.store import Known

RUNNER_FILE = str(Path(__file__).resolve())


class PartTimeout(Exception):
    """A part ran past its time limit."""


@dataclass
class PartResult:
    """One part on one input: answer, median time, and how it compares with the known answer."""

    part: int
    status: Status
    answer: str | None = None
    seconds: float | None = None
    expected: str | None = None
    error: str | None = None

    @property
    def failed(self) -> bool:
        """A wrong answer, an exception or a timeout fails the run."""
        return self.status in FAILED


@dataclass(frozen=True)
class Parsed:
    """How parsing went: its median time, or the error that stopped it."""

    seconds: float | None = None
    error: str | None = None


@dataclass
class InputRun:
    """A day's parts on one input."""

    year: int
    day: int
    title: str
    input_name: str
    parse_seconds: float | None = None
    parse_error: str | None = None
    parts: list[PartResult] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """Did parsing or any part fail?"""
        return self.parse_error is not None or any(part.failed for part in self.parts)

    def add(self, step: "Parsed | PartResult") -> None:
        """Take one result of `steps`."""
        if isinstance(step, PartResult):
            self.parts.append(step)
        else:
            self.parse_seconds, self.parse_error = step.seconds, step.error


def run_input(day: Day, input_name: str, text: str, known: Known, *, parts=(1, 2), repeat=1, timeout=None) -> InputRun:
    """Parse and run the chosen parts of `day` on `text`, in this process."""
    result = InputRun(day.year, day.day, day.title, input_name)
    for step in steps(day, text, known, parts=parts, repeat=repeat, timeout=timeout):
        result.add(step)
    return result


def steps(day: Day, text: str, known: Known, *, parts=(1, 2), repeat=1, timeout=None):
    """Yield how parsing went, then each chosen part's result (no parts once parsing failed)."""
    try:
        _, seconds = _timed(day.parse, text, known.params, repeat, timeout)
    except PartTimeout:
        yield Parsed(error=f"parse took longer than {timeout:g} s")
        return
    except (Exception, SystemExit) as exc:  # the solution's own failure is a result, not a crash
        yield Parsed(error=short_traceback(exc))
        return
    yield Parsed(seconds)
    for part in parts:
        if part in day.parts:
            yield _run_part(day, part, text, known, repeat, timeout)


def _run_part(day: Day, part: int, text: str, known: Known, repeat: int, timeout: float | None) -> PartResult:
    """Run one part `repeat` times on freshly parsed data and judge its answer."""
    expected = known.answers.get(f"part{part}")
    expected_text = None if expected is None else str(expected)
    try:
        answer, seconds = _timed(day.parts[part], text, known.params, repeat, timeout, parse=day.parse)
    except NotImplementedError:
        return PartResult(part, Status.TODO, expected=expected_text)
    except PartTimeout:
        return PartResult(part, Status.TIMEOUT, expected=expected_text, error=f"took longer than {timeout:g} s")
    except (Exception, SystemExit) as exc:  # the solution's own failure (sys.exit too) is a result, not a crash
        return PartResult(part, Status.ERROR, expected=expected_text, error=short_traceback(exc))
    if answer is None:  # a forgotten `return`, or "no solution": never an answer to compare or submit
        return PartResult(part, Status.NO_ANSWER, None, seconds, expected_text, error="returned None: no answer")
    try:
        answer_text = as_text(answer)
    except Exception as exc:  # an answer whose str() raises is the solution's failure too
        return PartResult(part, Status.ERROR, expected=expected_text, error=short_traceback(exc))
    if expected_text is None:
        status = Status.UNKNOWN
    else:
        status = Status.RIGHT if answer_text.strip() == expected_text.strip() else Status.WRONG
    return PartResult(part, status, answer_text, seconds, expected_text)


def _timed(function, text, params, repeat, timeout, parse=None):
    """Call `function` `repeat` times and return its last result and the median seconds.

    With `parse`, each call gets freshly parsed data (untimed), so a part that
    mutates its data cannot spoil the next repeat or the other part.
    """
    kwargs = accepted(function, params)
    parse_kwargs = accepted(parse, params) if parse else {}
    times = []
    for _ in range(max(1, repeat)):
        argument = parse(text, **parse_kwargs) if parse else text
        with _time_limit(timeout):
            start = time.perf_counter_ns()
            value = function(argument, **kwargs)
            times.append(time.perf_counter_ns() - start)
    return value, _median(times) / 1e9


def as_text(answer) -> str:
    """The answer as text; an int of any size (str() refuses past 4,300 digits, a guard meant for parsing)."""
    if isinstance(answer, int) and not isinstance(answer, bool):
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)
        try:
            return str(answer)
        finally:
            sys.set_int_max_str_digits(limit)
    return str(answer)


def _median(values: list[int]) -> float:
    """The median (statistics.median, without the import time of the statistics module)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def accepted(function, params: dict) -> dict:
    """The example parameters (such as a smaller grid) that `function` takes as keywords."""
    if not params:
        return {}
    import inspect

    signature = inspect.signature(function)
    takes_any = any(p.kind is p.VAR_KEYWORD for p in signature.parameters.values())
    return {key: value for key, value in params.items() if takes_any or key in signature.parameters}


class _time_limit:
    """Raise PartTimeout in the main thread after `seconds` (a no-op elsewhere or without a limit)."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds if threading.current_thread() is threading.main_thread() else None

    def __enter__(self):
        if self.seconds:
            self.previous = signal.signal(signal.SIGALRM, self._expire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc_info):
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)

    @staticmethod
    def _expire(signum, frame):
        raise PartTimeout()


def short_traceback(exc: BaseException, limit: int = 6) -> str:
    """The exception and the solution's own frames (the runner's are left out)."""
    import traceback

    frames = [frame for frame in traceback.extract_tb(exc.__traceback__) if frame.filename != RUNNER_FILE]
    lines = [f"{Path(f.filename).name}:{f.lineno} in {f.name}: {f.line}" for f in frames[-limit:]]
    lines.append(f"{type(exc).__name__}: {exc}")
    return "\n".join(lines)
