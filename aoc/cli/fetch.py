"""`aoc fetch`: download a day's input into the cache (once, ever), and with --examples its examples."""
import click

from aoc.cli.options import day_arguments, resolve


@click.command(name="fetch")
@day_arguments
@click.option("--examples", "-e", "with_examples", is_flag=True,
              help="Also fill the example files and their answers from the puzzle page.")
def command(numbers, year, with_examples):
    """Fetch a day's input into inputs/<YYYY>/<DD>.txt.

    The session token comes from $AOC_SESSION, ~/.config/aocd/token or the
    `token` key of ~/.config/aoc/config.toml. A cached input is never fetched
    again; requests from every aoc process are throttled together. With
    --examples, the puzzle page (cached; fetched again once after part 1 is
    solved, for part 2's text) fills the example files and their stated
    answers, never overwriting a file or an answer that is already there.
    """
    from aoc import examples, inputs, store

    year, day = resolve(numbers, year)
    path = store.input_path(year, day)
    if inputs.cache_input(year, day):
        click.echo(f"fetched {path}")
    else:
        click.echo(f"{path} is cached already")
    if with_examples:
        for line in examples.fetch_and_fill(year, day).lines():
            click.echo(line)
