"""`aoc run`: run and time a day's parts on its input, or every day with --all."""
import sys
from pathlib import Path

import click

from aoc.cli.options import day_arguments, resolve
from aoc.errors import UsageError


@click.command(name="run")
@day_arguments
@click.option("--part", "-p", type=click.IntRange(1, 2), help="Run only this part.")
@click.option("--example", "-e", is_flag=True, help="Run on the example file(s) instead of the real input.")
@click.option("--input", "input_file", type=click.Path(path_type=Path), help="Run on this file.")
@click.option("--repeat", "-r", type=click.IntRange(min=1), default=1, show_default=True,
              help="Time N runs; report the median.")
@click.option("--timeout", "-t", type=click.FloatRange(min=0, min_open=True),
              help="Seconds a part may take before it is stopped (with --all, default 60).")
@click.option("--all", "all_days", is_flag=True, help="Run every registered day (of --year, if given).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Parallel processes for --all.")
@click.option("--submit", "submit_", is_flag=True,
              help="Then submit each answer no known answer checks (see `aoc submit`).")
def command(numbers, year, part, example, input_file, repeat, timeout, all_days, jobs, submit_):
    """Run and time a day's parts, checking them against known answers.

    `aoc run 7` runs day 7 of the latest event; `aoc run 2023 24` names the
    year. Exit status 1 when any part is wrong, raises or times out. The
    answers computed on the real input are remembered for `aoc submit`.
    """
    from aoc import batch, inputs, registry
    from aoc.cli import report

    if submit_ and (example or input_file or all_days):
        raise UsageError("--submit sends the answers of one day's real input: drop --example, --input and --all")
    options = batch.Options(parts=(part,) if part else (1, 2), repeat=repeat, timeout=timeout)
    if all_days:
        options = batch.Options(options.parts, repeat, timeout or batch.DEFAULT_TIMEOUT)
        _run_all(numbers, year, example, options, jobs)
        return
    year, day = resolve(numbers, year)
    registry.load(year, day)  # a missing or broken day fails here, before any input is fetched
    jobs_ = inputs.choose(year, day, example=example, path=input_file)
    results = list(batch.run_all(jobs_, options))
    for result in results:
        click.echo("\n".join(report.block(result)))
    batch.save_last_answers(results)
    if any(result.failed for result in results):
        raise SystemExit(1)
    if submit_:
        raise SystemExit(_submit(year, day, results[0], part))


def _submit(year, day, result, part):
    """Submit the asked part, else every part without a known answer, stopping at the first that is not right."""
    from aoc.cli.submit import submit_and_report
    from aoc.status import Status

    answers = {p.part: p.answer for p in result.parts if p.answer is not None}
    parts = [part] if part else [p.part for p in result.parts if p.status == Status.UNKNOWN]
    if not parts:
        click.echo("nothing to submit: every part with an answer is known already")
    status = 0
    for number in parts:
        if number not in answers:
            raise UsageError(f"part {number} computed no answer to submit")
        status = submit_and_report(year, day, number, answers[number])
        if status:
            break
    return status


def _run_all(numbers, year, example, options, workers):
    """Every registered day on its examples or cached real input, with a progress bar and a table."""
    from aoc import batch, registry
    from aoc.cli import report

    if numbers and numbers[-1] < 1000:
        raise UsageError(f"--all runs every day: drop the day {numbers[-1]}, or drop --all")
    if numbers or year:
        year, _ = resolve(numbers, year, need_day=False)
    jobs, skipped = batch.all_jobs(registry.days(year), example)
    results = []
    with click.progressbar(length=len(jobs), label="running", file=sys.stderr) as bar:
        for result in batch.run_all(jobs, options, workers):
            results.append(result)
            bar.update(1)
    click.echo("\n".join(report.summary(results)))
    if skipped:
        click.echo(f"skipped {len(skipped)} days without {'an example' if example else 'a cached input'}: "
                   + ", ".join(f"{y}/{d}" for y, d in skipped))
    if any(result.failed for result in results):
        raise SystemExit(1)
