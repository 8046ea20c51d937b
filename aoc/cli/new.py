"""`aoc new`: scaffold a day and fetch its input when a token is configured."""
import click

from aoc.cli.options import day_arguments, resolve


@click.command(name="new")
@day_arguments
def command(numbers, year):
    """Create a day's module, example file, answers entry and test.

    Refuses to overwrite anything (exit 1, nothing changed). When a session
    token is configured, fetches the input too and fills the example files
    and their stated answers from the puzzle page.
    """
    from aoc import scaffold
    from aoc.errors import FetchError
    from aoc.site import credentials

    year, day = resolve(numbers, year)
    for path in scaffold.create(year, day):
        click.echo(f"created {path}")
    if not credentials.find():
        click.echo("no session token: the input and examples will be fetched once one is set (see `aoc fetch --help`)")
        return
    from aoc import examples, inputs

    try:
        inputs.fetch_input(year, day)
        click.echo(f"fetched {year} day {day}'s input")
        for line in examples.fetch_and_fill(year, day).lines():
            click.echo(line)
    except FetchError as exc:
        click.echo(f"input or examples not fetched: {exc}", err=True)
