"""`aoc check`: re-check every known answer, as CI does."""
import click


@click.command(name="check")
@click.option("--year", "-y", type=int, help="Only this year.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Parallel processes.")
@click.option("--timeout", "-t", type=click.FloatRange(min=0, min_open=True),
              help="Seconds a part may take before it is stopped (default 60).")
def command(year, jobs, timeout):
    """Run every input that has a known answer; exit 1 on any mismatch.

    Real inputs that are not cached here are read in memory from
    inputs/vault.bin when AOC_VAULT_KEY is set; otherwise they are skipped,
    and counted.
    """
    from aoc import batch, known_answers
    from aoc.cli import report

    plan = known_answers.plan(year)
    options = batch.Options(known_only=True, timeout=timeout or batch.DEFAULT_TIMEOUT)
    results = list(batch.run_all(plan.jobs, options, jobs))
    for result in results:
        if result.failed:
            click.echo("\n".join(report.block(result)))
    click.echo(report.totals(results))
    if plan.skipped:
        hint = " (set AOC_VAULT_KEY to check them from the vault)" if plan.vault_locked else ""
        click.echo(f"{len(plan.skipped)} real inputs with known answers are not cached here and were skipped{hint}")
    if any(result.failed for result in results):
        raise SystemExit(1)
