"""`aoc stars`: the year's calendar as text, from the site's calendar page, else offline."""
import click

from aoc.cli.options import default_year


@click.command(name="stars")
@click.argument("year", type=int, required=False)
@click.option("--refresh", is_flag=True, help="Read the site's calendar page again (else its cached copy).")
@click.option("--user", "-u", metavar="NAME", help="This account's stars (named in aocd's tokens.json).")
def command(year, refresh, user):
    """Show a year's calendar: each day's stars and title.

    Stars come from the site's calendar page, read once and cached in
    inputs/<YYYY>/calendar.page.html (--refresh reads it again), and from
    answers.toml (a right submission records them). Without a token, or when
    the site cannot be read, answers.toml alone gives them, and the first line
    says so. Titles come from answers.toml or the cached puzzle pages. A year
    of 12 days has 24 stars: the last day's second comes with all the others.
    --user NAME shows that account's: its calendar page and its [DD.NAME] answers.
    """
    from aoc import calendar, stars

    year = year or default_year()
    calendar.require_day(year, 1)
    shown = stars.from_site(year, refresh, user)
    click.echo(f"{year}: {sum(d.stars for d in shown.days)} of {2 * len(shown.days)} stars, {shown.source}")
    for day in shown.days:
        click.echo(_line(day).rstrip())


def _line(day) -> str:
    """' 7  **  Camel Cards', or a locked or unsolved day."""
    if day.locked:
        return f"{day.day:>2}      (locked)"
    marks = click.style("*" * day.stars, fg="yellow") + " " * (2 - day.stars) if day.stars else "· "
    return f"{day.day:>2}  {marks}  {day.title or ''}"
