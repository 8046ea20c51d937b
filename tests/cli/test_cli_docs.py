"""Every command has help, and the README documents it (after sqlite-utils' test_docs)."""
import pytest
from click.testing import CliRunner

from aoc.cli import COMMANDS, cli

README = (pytest.importorskip("pathlib").Path(__file__).resolve().parents[2] / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_has_help(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert len(cli.get_command(None, name).help or "") > 30


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_is_in_the_readme(name):
    assert f"aoc {name}" in README


def test_help_and_version_need_no_network_or_token(helpers):
    done = helpers.run_aoc("--help", env={"AOC_BASE_URL": "http://127.0.0.1:9"})
    assert done.returncode == 0 and "run" in done.stdout
    assert helpers.run_aoc("--version").stdout.startswith("aoc, version")


def test_python_dash_m_and_console_script_agree(helpers):
    import shutil
    import subprocess

    script = shutil.which("aoc")
    assert script, "the aoc console script is installed"
    assert subprocess.run([script, "--help"], capture_output=True, text=True).stdout == helpers.run_aoc("--help").stdout
