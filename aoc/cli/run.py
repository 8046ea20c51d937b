"""`aoc run`: run and time a day's parts on its input, or every day with --all."""
import sys
from pathlib import Path

import click

from aoc.cli.options import SECONDS, day_arguments, resolve
from aoc.errors import UsageError


@click.command(name="run")
@day_arguments
@click.option("--part", "-p", type=click.IntRange(1, 2), help="Run only this part.")
@click.option("--example", "-e", is_flag=True, help="Run on the example file(s) instead of the real input.")
@click.option("--input", "input_file", type=click.Path(path_type=Path), help="Run on this file.")
@click.option("--repeat", "-r", type=click.IntRange(min=1), default=1, show_default=True,
              help="Time N runs; report the median.")
@click.option("--timeout", "-t", type=SECONDS,
              help="Seconds a part may take before it is stopped (with --all, default 60).")
@click.option("--all", "all_days", is_flag=True, help="Run every registered day (of --year, if given).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Parallel processes for --all.")
@click.option("--submit", "submit_", is_flag=True,
              help="Then submit each answer no known answer checks (see `aoc submit`).")
@click.option("--user", "-u", metavar="NAME", help="Run on this account's input (named in aocd's tokens.json).")
@click.option("--watch", "-w", is_flag=True,
              help="Run the examples (and the cached input) again whenever the day's files change; Ctrl-C stops.")
@click.option("--watch-runs", type=click.IntRange(min=1), hidden=True)  # a bounded watch, for tests
def command(numbers, year, part, example, input_file, repeat, timeout, all_days, jobs, submit_, user, watch,
            watch_runs):
    """Run and time a day's parts, checking them against known answers.

    `aoc run 7` runs day 7 of the latest event; `aoc run 2023 24` names the
    year. Exit status 1 when any part is wrong, raises or times out. The
    answers computed on the real input are remembered for `aoc submit`.
    With --watch, the examples (and the cached input) run again each time
    the day's module, its examples or answers change, until Ctrl-C.
    """
    from aoc import batch, inputs, registry
    from aoc.cli import report

    if submit_ and (example or input_file or all_days or user or watch):
        raise UsageError("--submit sends the answers of one day's real input: drop --example, --input, --all, "
                         "--user and --watch")
    if watch and all_days:
        raise UsageError("--watch follows one day: drop --all")
    options = batch.Options(parts=(part,) if part else (1, 2), repeat=repeat, timeout=timeout)
    if all_days:
        options = batch.Options(options.parts, repeat, timeout or batch.DEFAULT_TIMEOUT)
        _run_all(numbers, year, example, options, jobs)
        return
    year, day = resolve(numbers, year)
    if watch:
        _watch(year, day, example, input_file, user, options, watch_runs)
        return
    registry.load(year, day)  # a missing or broken day fails here, before any input is fetched
    jobs_ = inputs.choose(year, day, example=example, path=input_file, user=user)
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


def _watch(year, day, example, input_file, user, options, runs):
    """Run the day now and again after each change to its files, clearing the screen between runs."""
    import time

    from aoc import batch, watch
    from aoc.cli import report

    options = batch.Options(options.parts, options.repeat, options.timeout or batch.DEFAULT_TIMEOUT)
    module = watch.day_file(year, day)  # the module is never imported here: each run imports it afresh
    status = 0
    for changed in watch.changes(lambda: watch.watched(year, day, module, input_file, user), runs):
        click.clear()
        why = ", ".join(path.name for path in changed) or "first run"
        click.echo(click.style(f"{time.strftime('%H:%M:%S')}  {year} day {day} ({why})", dim=True))
        jobs, nothing = watch.jobs(year, day, example, input_file, user)
        results = []
        for result in batch.run_all(jobs, options):  # each shown as soon as it is done
            results.append(result)
            click.echo("\n".join(report.block(result)))
        batch.save_last_answers(results)
        status = 1 if nothing or any(result.failed for result in results) else 0
        click.echo(nothing or "")
        click.echo(click.style(f"watching {module.name} and its inputs: Ctrl-C stops", dim=True))
    raise SystemExit(status)


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
    for result in sorted(results, key=lambda r: (r.year, r.day, r.input_name)):
        if result.failed:  # the table says which part failed; the block above it says how
            click.echo("\n".join(report.block(result)))
    click.echo("\n".join(report.summary(results)))
    if skipped:
        click.echo(f"skipped {len(skipped)} days without {'an example' if example else 'a cached input'}: "
                   + ", ".join(f"{y}/{d}" for y, d in skipped))
    if any(result.failed for result in results):
        raise SystemExit(1)
