"""`aoc init`: start a repository of one's own solutions."""
from pathlib import Path

import click


@click.command(name="init")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), default=".")
def command(folder):
    """Make FOLDER (default: this one) a repository for your own solutions.

    Writes inputs/ (which marks the project's root), aoc/days/ for your day
    modules, tests/conftest.py, a .gitignore that keeps real inputs and
    cached pages out of git, and .github/workflows/aoc.yml, which runs
    `aoc check` and the tests on every push. Never overwrites a file.
    """
    from aoc import scaffold

    folder = folder.resolve()
    for line in scaffold.write(scaffold.plan_repository(folder)):
        click.echo(line)
    click.echo(f"{folder} is ready: `aoc new YEAR DAY` there starts your first day")
