"""`aoc lab` on a shipped lab day's example: the live loss, the proof and the pictures."""
import shutil
import xml.etree.ElementTree as ET

import pytest


def test_lab_shows_learning_and_proof_and_writes_pictures(helpers, tmp_path):
    done = helpers.run_aoc("lab", 2023, 24, "--example", "--graph", tmp_path / "g.dot", "--curve", tmp_path / "c.svg",
                           env={"AOC_ROOT": str(helpers.REPO)})
    assert done.returncode == 0, done.stderr
    assert "loss" in done.stderr and "step" in done.stderr
    assert "✓ proven exactly" in done.stdout and "answer ((24, 13, 10), (-3, 1, 2))" in done.stdout
    assert "grad" in (tmp_path / "g.dot").read_text()
    assert ET.parse(tmp_path / "c.svg").getroot().tag.endswith("svg")


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed (.ci/run installs it)")
def test_lab_renders_the_equation_graph_as_svg(helpers, tmp_path):
    done = helpers.run_aoc("lab", 2018, 10, "-e", "--graph", tmp_path / "g.svg", env={"AOC_ROOT": str(helpers.REPO)})
    assert done.returncode == 0, done.stderr
    assert ET.parse(tmp_path / "g.svg").getroot().tag.endswith("svg")


def test_a_day_without_a_lab_is_one_line(helpers):
    done = helpers.run_aoc("lab", 2015, 1, "-e", env={"AOC_ROOT": str(helpers.REPO)})
    assert done.returncode == 2 and "learns nothing" in done.stderr and "Traceback" not in done.stderr


def test_bad_input_and_unwritable_pictures_are_one_line(helpers, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("root: humn + humn\n")
    env = {"AOC_ROOT": str(helpers.REPO)}
    done = helpers.run_aoc("lab", 2022, 21, "--input", bad, env=env)
    assert done.returncode != 0 and "Traceback" not in done.stderr and "2022 day 21" in done.stderr
    done = helpers.run_aoc("lab", 2021, 7, "-e", "--curve", tmp_path, env=env)
    assert done.returncode != 0 and "cannot write" in done.stderr and "Traceback" not in done.stderr
