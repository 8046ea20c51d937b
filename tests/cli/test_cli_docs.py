"""Every command has help, and the README documents it (after sqlite-utils' test_docs)."""
from pathlib import Path

import pytest

from aoc.cli import COMMANDS, cli

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_has_help(name, invoke):
    result = invoke(name, "--help")
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
    import subprocess
    import sys
    from pathlib import Path

    script = Path(sys.executable).parent / "aoc"
    assert script.exists(), "the aoc console script is installed beside this Python"
    assert subprocess.run([script, "--help"], capture_output=True, text=True).stdout == helpers.run_aoc("--help").stdout
