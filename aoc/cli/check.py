"""`aoc check`: re-check every known answer, as CI does."""
import click

from aoc.cli.options import SECONDS, resolve


@click.command(name="check")
@click.argument("numbers", nargs=-1, type=int, metavar="[YEAR] [DAY]")
@click.option("--year", "-y", type=int, help="Only this year.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Parallel processes.")
@click.option("--timeout", "-t", type=SECONDS,
              help="Seconds a part may take before it is stopped (default 60).")
@click.option("--all-users", is_flag=True,
              help="Also check every account of aocd's tokens.json: its input against its answers [DD.NAME].")
def command(numbers, year, jobs, timeout, all_users):
    """Run every input that has a known answer; exit 1 on any mismatch.

    `aoc check 2023` checks one year, `aoc check 2023 7` one day (and shows
    each check, passed or not). Real
    inputs that are not cached here are read in memory from
    inputs/vault.bin when AOC_VAULT_KEY is set; otherwise they are skipped,
    and counted. With --all-users, each account named in
    ~/.config/aocd/tokens.json is checked too: its input
    inputs/<YYYY>/<DD>.NAME.txt (`aoc fetch --user NAME` fetches it) against
    its answers, answers.toml's [DD.NAME].
    """
    from aoc import accounts, batch, known_answers
    from aoc.cli import report

    day = None
    if numbers:
        year, day = resolve(numbers, year, need_day=False)
        day = None if len(numbers) == 1 and numbers[0] >= 1000 else day  # a year alone: all its days
    plan = known_answers.plan(year, day, accounts.names() if all_users else ())
    options = batch.Options(known_only=True, timeout=timeout or batch.DEFAULT_TIMEOUT)
    results = list(batch.run_all(plan.jobs, options, jobs))
    for result in results:
        if result.failed or day is not None:  # one day's checks are few: each is shown
            click.echo("\n".join(report.block(result)))
    click.echo(report.totals(results))
    if plan.skipped:
        hint = " (set AOC_VAULT_KEY to check them from the vault)" if plan.vault_locked else ""
        click.echo(f"{len(plan.skipped)} real inputs with known answers are not cached here and were skipped{hint}")
    for y, d, name in plan.unanswered:
        click.echo(f"{y} day {d}: no known answer for {name}'s input: `aoc fetch {y} {d} --user {name}` "
                   "records those its puzzle page shows")
    if any(result.failed for result in results):
        raise SystemExit(1)
