"""`aoc new`: scaffold a day and fetch its input when a token is configured."""
import click

from aoc.cli.options import day_arguments, resolve


@click.command(name="new")
@day_arguments
def command(numbers, year):
    """Create a day's module, example file, answers entry and test.

    Never overwrites a file: what exists is kept, and a run that stopped
    half-way is finished by the next (exit 1 when there is nothing left to
    make). Everything is checked before anything is written. When a session
    token is configured and the puzzle is unlocked, fetches the input too,
    titles the module from the puzzle page and fills the example files and
    their stated answers from it.
    """
    from aoc import calendar, scaffold
    from aoc.site import credentials
    from aoc.units import human_wait

    year, day = resolve(numbers, year)
    scaffold.plan_day(year, day)  # every check, before anything is fetched or written
    wait = calendar.time_until_unlock(year, day)
    token = credentials.find()
    if token and wait.total_seconds() <= 0:
        _cache_page(year, day)
    for line in scaffold.create_day(year, day):
        click.echo(line)
    if not token:
        click.echo("no session token: the input and examples will be fetched once one is set (see `aoc fetch --help`)")
    elif wait.total_seconds() > 0:
        click.echo(f"{year} day {day} unlocks in {human_wait(wait)}: then run `aoc fetch {year} {day} --examples` "
                   "for its input and examples")
    else:
        _fetch(year, day)


def _cache_page(year, day):
    """Fetch the puzzle page (cached) for the module's title; a failure is reported by _fetch, which asks again."""
    from aoc import inputs
    from aoc.errors import FetchError

    try:
        inputs.fetch_page(year, day)
    except FetchError:
        pass


def _fetch(year, day):
    """The day's input, then its examples and their stated answers from the page."""
    from aoc import examples, inputs
    from aoc.errors import FetchError

    try:
        inputs.fetch_input(year, day)
        click.echo(f"fetched {year} day {day}'s input")
        for line in examples.fetch_and_fill(year, day).lines():
            click.echo(line)
    except FetchError as exc:
        click.echo(f"input or examples not fetched: {exc}", err=True)
