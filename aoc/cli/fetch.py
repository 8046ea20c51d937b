"""`aoc fetch`: download a day's input into the cache (once, ever), and with --examples its examples."""
import click

from aoc.cli.options import day_arguments, resolve
from aoc.errors import UsageError


@click.command(name="fetch")
@day_arguments
@click.option("--examples", "-e", "with_examples", is_flag=True,
              help="Also fill the example files and their answers from the puzzle page.")
@click.option("--user", "-u", metavar="NAME",
              help="Fetch as this account of aocd's tokens.json, into <DD>.NAME.txt; its answers go to [DD.NAME].")
@click.option("--all-users", is_flag=True, help="Fetch as every account of tokens.json, as --user does.")
def command(numbers, year, with_examples, user, all_users):
    """Fetch a day's input into inputs/<YYYY>/<DD>.txt.

    The session token comes from $AOC_SESSION, ~/.config/aocd/token or the
    `token` key of ~/.config/aoc/config.toml. A cached input is never fetched
    again; requests from every aoc process are throttled together. With
    --examples, the puzzle page (cached; fetched again once after part 1 is
    solved, for part 2's text) fills the example files and their stated
    answers, never overwriting a file or an answer that is already there.
    Other accounts, named in ~/.config/aocd/tokens.json: --user NAME fetches
    that account's input into inputs/<YYYY>/<DD>.NAME.txt and records the
    answers its puzzle page shows under [DD.NAME] in answers.toml.
    """
    from aoc import examples, inputs, store

    year, day = resolve(numbers, year)
    if user is not None and all_users:
        raise UsageError("give --user NAME or --all-users, not both")
    if user is not None or all_users:
        _fetch_accounts(year, day, [user] if user is not None else None)
    else:
        _say_fetched(store.input_path(year, day), inputs.cache_input(year, day))
    if with_examples:
        for line in examples.fetch_and_fill(year, day).lines():
            click.echo(line)


def _fetch_accounts(year, day, users):
    """Each account's input and its page's answers (every account of tokens.json when `users` is None)."""
    from aoc import accounts

    for name in users or accounts.names():
        fetched = accounts.fetch(year, day, name)
        _say_fetched(fetched.path, fetched.fetched)
        for part, answer in fetched.learnt.items():
            click.echo(f"recorded {name}'s part {part} = {answer} (from the puzzle page)")


def _say_fetched(path, fetched):
    """'fetched PATH', or that it was cached already."""
    click.echo(f"fetched {path}" if fetched else f"{path} is cached already")
