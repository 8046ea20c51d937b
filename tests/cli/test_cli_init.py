"""`aoc init` and a repository of one's own: its days and inputs are its own, the framework's days are examples
that run by name on their bundled examples, and nothing is fetched for a day the user did not write."""
import os
import subprocess
import sys

from aoc import scaffold

DAY = '''"""2016 day 8: Counting Words. Counts the words; part 2 counts the lines."""


def parse(text):
    return text.split("\\n")


def part1(lines):
    return sum(len(line.split()) for line in lines)


def part2(lines):
    return len([line for line in lines if line])
'''


def test_init_makes_a_repository_and_never_overwrites(tmp_path, invoke):
    folder = tmp_path / "mine"
    (folder / "tests").mkdir(parents=True)
    (folder / ".gitignore").write_text("mine\n")
    result = invoke("init", folder)
    assert result.exit_code == 0, result.output
    assert (folder / ".gitignore").read_text().startswith("mine\n")  # the user's lines stay, ours follow
    assert f"kept {folder / '.gitignore'}" in result.output
    for path in ("inputs", "aoc/days", "tests/conftest.py", ".github/workflows/aoc.yml"):
        assert (folder / path).exists()
    assert "aoc check" in (folder / ".github/workflows/aoc.yml").read_text()
    again = invoke("init", folder)
    assert again.exit_code == 0 and "created" not in again.output


def test_the_gitignore_keeps_real_inputs_pages_and_state_out(tmp_path):
    folder = tmp_path / "mine"
    scaffold.write(scaffold.plan_repository(folder))
    for name in ("01.txt", "01.alice.txt", "01.page.html", "01.example.txt", "01.example2.txt", "answers.toml",
                 ".state/2015-01.last.json"):
        (folder / "inputs" / "2015" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "inputs" / "2015" / name).write_text("x")
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    ignored = subprocess.run(["git", "-C", str(folder), "status", "--porcelain", "--ignored", "--untracked-files=all"],
                             capture_output=True, text=True, check=True).stdout
    assert "!! inputs/2015/01.txt" in ignored and "!! inputs/2015/01.page.html" in ignored
    assert "!! inputs/2015/01.alice.txt" in ignored
    assert "?? inputs/2015/01.example.txt" in ignored and "?? inputs/2015/01.example2.txt" in ignored
    assert "?? inputs/2015/answers.toml" in ignored


def test_a_new_repository_checks_its_days_from_any_folder(project, tmp_path, helpers):
    assert helpers.run_aoc_in(tmp_path, "init", "mine").returncode == 0
    folder = tmp_path / "mine"
    made = helpers.run_aoc_in(folder, "new", 2016, 8)
    assert made.returncode == 0 and str(folder / "aoc/days/y2016/d08.py") in made.stdout, made.stderr
    (folder / "aoc/days/y2016/d08.py").write_text(DAY)
    (folder / "inputs/2016/08.example.txt").write_text("a b\nc\n")
    (folder / "inputs/2016/answers.toml").write_text("[8.example]\npart1 = 3\npart2 = 2\n")
    checked = helpers.run_aoc_in(folder / "tests", "check")
    assert checked.returncode == 0 and "2 right, 0 failed" in checked.stdout, checked.stdout + checked.stderr
    env = {name: value for name, value in os.environ.items() if name != "AOC_ROOT"}
    tested = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder / "tests")],
                            capture_output=True, text=True, cwd=tmp_path, env=env)
    assert "2 passed, 1 skipped" in tested.stdout, tested.stdout + tested.stderr


def test_shipped_examples_run_from_an_empty_folder_and_from_ones_own_repository(project, tmp_path, helpers):
    empty = tmp_path / "empty"
    empty.mkdir()
    mine = tmp_path / "mine"
    helpers.write_day(mine, 2016, 3, helpers.SUM_DAY)
    (mine / "inputs").mkdir()
    for folder in (empty, mine):
        done = helpers.run_aoc_in(folder, "run", 2015, 1, "--example")
        assert done.returncode == 0, done.stdout + done.stderr
        assert done.stdout.count("✓") == 2 and "Not Quite Lisp" in done.stdout
    assert list(empty.iterdir()) == []


def test_a_shipped_day_is_never_fetched_for(project, fake_site, monkeypatch, helpers, invoke):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    fake_site.inputs["/2015/day/1/input"] = "(()\n"
    result = invoke("run", 2015, 1)
    assert result.exit_code == 1 and "one of aoc's example days" in result.output
    assert fake_site.count() == 0 and not (project / "inputs" / "2015").exists()
    helpers.write_day(project, 2015, 1, helpers.SUM_DAY.replace("2016 day 3", "2015 day 1"))
    from aoc import registry

    registry.discover.cache_clear()
    assert invoke("new", 2015, 1).exit_code == 0  # the day is the user's now: its input is fetched
    assert (project / "inputs" / "2015" / "01.txt").read_text() == "(()\n"


def test_an_existing_gitignore_learns_to_keep_real_inputs_out(tmp_path, helpers):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / ".gitignore").write_text("*.log")
    done = helpers.run_aoc_in(tmp_path, "init", "mine")
    assert done.returncode == 0 and "rules to" in done.stdout
    lines = (folder / ".gitignore").read_text().splitlines()
    assert lines[0] == "*.log" and "inputs/*/[0-9][0-9].txt" in lines and "inputs/.state/" in lines
    again = helpers.run_aoc_in(tmp_path, "init", "mine")
    assert (folder / ".gitignore").read_text().splitlines() == lines and "rules to" not in again.stdout
