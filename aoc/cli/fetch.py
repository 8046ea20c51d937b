"""`aoc fetch`: download a day's input into the cache (once, ever)."""
import click

from aoc.cli.options import day_arguments, resolve


@click.command(name="fetch")
@day_arguments
def command(numbers, year):
    """Fetch a day's input into inputs/<YYYY>/<DD>.txt.

    The session token comes from $AOC_SESSION, ~/.config/aocd/token or the
    `token` key of ~/.config/aoc/config.toml. A cached input is never fetched
    again; requests from every aoc process are throttled together.
    """
    from aoc import site, store

    year, day = resolve(numbers, year)
    path = store.input_path(year, day)
    if path.exists():
        click.echo(f"{path} is cached already")
        return
    site.fetch_input(year, day)
    click.echo(f"fetched {path}")
