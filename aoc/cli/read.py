"""`aoc read`: the day's puzzle page, rendered for the terminal."""
import click

from aoc.cli.options import day_arguments, resolve

MAX_WIDTH = 100  # prose wider than this is hard to read, however wide the terminal


@click.command(name="read")
@day_arguments
@click.option("--width", "-w", type=click.IntRange(min=20), help="Wrap prose at this many columns "
              f"(default: the terminal's, at most {MAX_WIDTH}).")
@click.option("--user", "-u", metavar="NAME", help="The page as this account sees it (named in aocd's tokens.json).")
def command(numbers, year, width, user):
    """Show the day's puzzle for reading in the terminal.

    The page is the cached inputs/<YYYY>/<DD>.page.html (git-ignored), else
    fetched once, and once more after part 1 is solved so that part 2 shows.
    Headings, emphasis, code blocks and links are kept; the answers the site
    accepted follow each part. The text is the puzzle author's: it is only
    shown here, never written into the repository or a post. --user NAME
    reads the page as that account sees it (inputs/<YYYY>/<DD>.NAME.page.html).
    """
    import shutil

    from aoc import reader
    from aoc.site import client

    year, day = resolve(numbers, year)
    columns = width or min(MAX_WIDTH, shutil.get_terminal_size().columns)
    for line in reader.read(year, day, columns, client.base_url() + "/", user):
        click.echo(line)
