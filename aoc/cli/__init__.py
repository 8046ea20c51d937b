"""The `aoc` command: a click group whose subcommands are imported only when used.

Commands translate arguments into library calls; an AocError from below
becomes one line on stderr and its exit status, never a traceback.
"""
import importlib
import sys

import click

from aoc import __version__
from aoc.errors import AocError

COMMANDS = {
    "check": "aoc.cli.check",
    "fetch": "aoc.cli.fetch",
    "init": "aoc.cli.init",
    "lab": "aoc.cli.lab",
    "leaderboard": "aoc.cli.leaderboard",
    "new": "aoc.cli.new",
    "post": "aoc.cli.post",
    "read": "aoc.cli.read",
    "run": "aoc.cli.run",
    "stars": "aoc.cli.stars",
    "submit": "aoc.cli.submit",
    "vault": "aoc.cli.vault",
}


class LazyGroup(click.Group):
    """Imports a command's module only when that command is listed or run."""

    def list_commands(self, ctx):
        """Every command name."""
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        """The click command `name`, imported on first use."""
        module = COMMANDS.get(name)
        return importlib.import_module(module).command if module else None

    def invoke(self, ctx):
        """Run the command, turning an AocError into one line and its exit status."""
        try:
            return super().invoke(ctx)
        except AocError as exc:
            click.echo(f"aoc: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="aoc")
def cli():
    """Advent of Code: scaffold, fetch, run, time and check your solutions."""


def main() -> None:
    """Console-script entry point: Ctrl-C is exit status 130 and one line (click would say "Aborted!" and 1,
    the status of a wrong answer)."""
    try:
        status = cli.main(prog_name="aoc", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except (click.Abort, KeyboardInterrupt):
        click.echo("aoc: interrupted", err=True)
        sys.exit(130)
    sys.exit(status if isinstance(status, int) else 0)
