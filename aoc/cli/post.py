"""`aoc post`: draft or refresh a day's write-up, or the year's index page."""
import click

from aoc.cli.options import SECONDS, day_arguments, resolve


@click.command(name="post")
@day_arguments
@click.option("--reveal", is_flag=True, help="Show the answers instead of hiding them in a spoiler.")
@click.option("--repeat", "-r", type=click.IntRange(min=1), default=5, show_default=True,
              help="Time N runs; report the median.")
@click.option("--timeout", "-t", type=SECONDS, help="Seconds a part may take.")
@click.option("--dry-run", "-n", is_flag=True, help="Print the post instead of writing it.")
@click.option("--index", "year_index", is_flag=True,
              help="Write the year's index page (days, titles, stars, timings) instead.")
def command(numbers, year, reveal, repeat, timeout, dry_run, year_index):
    """Draft a day's write-up as posts/<YYYY>/<DD>-<slug>.md.

    The post holds the approach (the day module's docstring), the code, and
    the timings on the cached real input (else the examples), answers hidden
    unless --reveal; a lab day's equation graph and loss curve (drawn on its
    example) are written beside it. Running it again refreshes only the
    sections between aoc:begin and aoc:end markers; the rest is kept.
    """
    from aoc import posts, registry, store

    if year_index:
        path, text = posts.index(_index_year(numbers, year), repeat=repeat, timeout=timeout)
    else:
        day = registry.load(*resolve(numbers, year))
        path, text = posts.draft(day, reveal=reveal, repeat=repeat, timeout=timeout, draw=not dry_run)
    if dry_run:
        click.echo(text, nl=False)
        return
    verb = "updated" if path.exists() else "wrote"
    store.write_atomic(path, text)
    click.echo(f"{verb} {path}")


def _index_year(numbers: tuple[int, ...], year: int | None) -> int:
    """The year of `--index [YEAR]`: a day there is a mistake, not a default to ignore."""
    from aoc.errors import UsageError

    if numbers and numbers[-1] < 1000:
        raise UsageError("--index takes a year, not a day: `aoc post --index 2023`")
    return resolve(numbers, year, need_day=False)[0]
