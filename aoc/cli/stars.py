"""`aoc stars`: the year's calendar as text, offline."""
import click

from aoc.cli.options import default_year


@click.command(name="stars")
@click.argument("year", type=int, required=False)
def command(year):
    """Show a year's calendar: each day's stars and title, from the known answers.

    Offline: stars come from answers.toml (a right submission records them),
    titles from answers.toml or the cached puzzle pages.
    """
    from aoc import calendar, stars

    year = year or default_year()
    calendar.require_day(year, 1)
    days = stars.year_stars(year)
    click.echo(f"{year}: {sum(d.stars for d in days)} of {2 * len(days)} stars")
    for day in days:
        click.echo(_line(day).rstrip())


def _line(day) -> str:
    """' 7  **  Camel Cards', or a locked or unsolved day."""
    if day.locked:
        return f"{day.day:>2}      (locked)"
    marks = click.style("*" * day.stars, fg="yellow") + " " * (2 - day.stars) if day.stars else "· "
    return f"{day.day:>2}  {marks}  {day.title or ''}"
