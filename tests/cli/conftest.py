"""What the command tests share: `invoke`, the aoc command run in-process through click's CliRunner."""
import pytest
from click.testing import CliRunner, Result

from aoc.cli import cli


@pytest.fixture
def invoke():
    """invoke("run", 2016, 3): the command's Result (exit code, output), arguments given as any printable values."""

    def run(*args) -> Result:
        return CliRunner().invoke(cli, [str(arg) for arg in args])

    return run
