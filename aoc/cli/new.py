"""`aoc new`: scaffold a day and fetch its input when a token is configured."""
import click

from aoc.cli.options import day_arguments, resolve


@click.command(name="new")
@day_arguments
def command(numbers, year):
    """Create a day's module, example file, answers entry and test.

    Refuses to overwrite anything (exit 1, nothing changed). Fetches the
    input too when a session token is configured.
    """
    from aoc import credentials, scaffold
    from aoc.errors import FetchError

    year, day = resolve(numbers, year)
    for path in scaffold.create(year, day):
        click.echo(f"created {path}")
    if not credentials.find():
        click.echo("no session token: the input will be fetched once one is set (see `aoc fetch --help`)")
        return
    from aoc import site

    try:
        site.fetch_input(year, day)
        click.echo(f"fetched {year} day {day}'s input")
    except FetchError as exc:
        click.echo(f"input not fetched: {exc}", err=True)
