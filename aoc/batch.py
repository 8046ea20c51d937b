"""Runs (day, input) jobs for `run`, `run --all` and `check`: each in a worker process, several at once when asked."""
from dataclasses import dataclass

from aoc import registry, runner
from aoc.errors import AocError
from aoc.inputs import PuzzleInput

DEFAULT_TIMEOUT = 60.0  # seconds a part may take in `check` and `run --all`: a looping day must not hang CI


@dataclass(frozen=True)
class Options:
    """How every job of a batch runs."""

    parts: tuple = (1, 2)
    repeat: int = 1
    timeout: float | None = None
    known_only: bool = False


def run_job(job: PuzzleInput, options: Options) -> runner.InputRun:
    """Load the day and run it on one input; a broken day is a failed result, not a crash."""
    try:
        day = registry.load(job.year, job.day)
        text, known = job.text(), job.known()
    except AocError as exc:
        return runner.InputRun(job.year, job.day, "?", job.name, parse_error=str(exc))
    parts = job.parts_to_run(options.parts, options.known_only)
    return runner.run_input(day, job.name, text, known, parts=parts, repeat=options.repeat, timeout=options.timeout)


def run_all(jobs: list[PuzzleInput], options: Options, workers: int = 1):
    """Yield the result of every job as it finishes, each in a worker process that a time limit can stop."""
    from aoc import worker

    tasks = [worker.Task(job, job.parts_to_run(options.parts, options.known_only), options.repeat, options.timeout)
             for job in jobs]
    yield from worker.run_tasks(tasks, workers)


def all_jobs(keys: list[tuple[int, int]], example: bool) -> tuple[list[PuzzleInput], list[tuple[int, int]]]:
    """The inputs of every day, and the days that have none here (`run --all` never fetches)."""
    from aoc import inputs
    from aoc.errors import InputMissing

    jobs, skipped = [], []
    for year, day in keys:
        try:
            jobs.extend(inputs.choose(year, day, example=example, fetch=False))
        except InputMissing:
            skipped.append((year, day))
    return jobs, skipped


def save_last_answers(results: list[runner.InputRun]) -> None:
    """Keep what each run computed on its real input (or an account's), for `aoc submit` (`--user`).

    A part without an answer forgets its old one.
    """
    from aoc import store

    for result in results:
        if result.input_name == "input" or store.is_account(result.input_name):
            user = None if result.input_name == "input" else result.input_name
            # a parse that failed ran no part: every older answer is of another text, and is forgotten
            answers: dict[int, str | None] = {p.part: p.answer for p in result.parts}
            if result.parse_error is not None:
                answers = {1: None, 2: None}
            store.save_last_answers(result.year, result.day, answers, user)
