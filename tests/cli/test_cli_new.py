"""`aoc new`: scaffolding that never overwrites, and fetching when a token is there."""

from aoc import registry, store


def test_new_creates_module_example_answers_and_test(project, invoke):
    result = invoke("new", 2016, 8)
    assert result.exit_code == 0, result.output
    module = project / "aoc" / "days" / "y2016" / "d08.py"
    for path in (module, project / "inputs/2016/08.example.txt", project / "tests/days/y2016/test_y2016_d08.py",
                 project / "inputs/2016/answers.toml"):
        assert path.exists() and str(path) in result.output
    assert '"""2016 day 8:' in module.read_text()
    registry.discover.cache_clear()
    day = registry.load(2016, 8)
    assert set(day.parts) == {1, 2}
    assert "no session token" in result.output


def test_new_on_a_last_day_has_one_part(project, invoke):
    assert invoke("new", 2025, 12).exit_code == 0
    assert "def part2" not in (project / "aoc/days/y2025/d12.py").read_text()


def test_new_refuses_to_overwrite_and_changes_nothing(project, helpers, invoke):
    test_file = project / "tests" / "days" / "y2016" / "test_y2016_d08.py"
    test_file.parent.mkdir(parents=True)
    test_file.write_text("# mine\n")
    answers = helpers.write_input(project, 2016, "answers.toml", "[1]\npart1 = 1\n")
    result = invoke("new", 2016, 8)
    assert result.exit_code == 1 and "not overwriting" in result.output
    assert test_file.read_text() == "# mine\n"
    assert answers.read_text() == "[1]\npart1 = 1\n"
    assert not (project / "aoc" / "days" / "y2016" / "d08.py").exists()
    assert not (project / "inputs" / "2016" / "08.example.txt").exists()


def test_new_keeps_an_example_and_answers_that_fetch_or_submit_made_first(project, helpers, invoke):
    helpers.write_input(project, 2016, "08.example.txt", "my example\n")
    answers = helpers.write_input(project, 2016, "answers.toml", "[8.example]\npart1 = 6\n")
    result = invoke("new", 2016, 8)
    assert result.exit_code == 0, result.output
    assert (project / "inputs/2016/08.example.txt").read_text() == "my example\n"
    assert answers.read_text() == "[8.example]\npart1 = 6\n"
    assert (project / "aoc" / "days" / "y2016" / "d08.py").exists()


def test_new_refuses_a_day_solved_already(project, invoke):
    result = invoke("new", 2023, 6)
    assert result.exit_code == 1 and "solved already" in result.output
    assert not (project / "aoc" / "days" / "y2023").exists()


def test_new_twice_refuses_the_second_time(project, invoke):
    assert invoke("new", 2016, 8).exit_code == 0
    before = (project / "inputs/2016/answers.toml").read_text()
    assert invoke("new", 2016, 8).exit_code == 1
    assert (project / "inputs/2016/answers.toml").read_text() == before


def test_new_fetches_the_input_when_a_token_is_set(project, fake_site, monkeypatch, helpers, invoke):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    fake_site.inputs["/2016/day/8/input"] = "rect 3x2\n"
    result = invoke("new", 2016, 8)
    assert result.exit_code == 0 and "fetched" in result.output
    assert (project / "inputs/2016/08.txt").read_text() == "rect 3x2\n"
    assert helpers.GOOD_TOKEN not in result.output


def test_the_scaffolded_test_runs(project, helpers, invoke):
    assert invoke("new", 2016, 8).exit_code == 0
    test_file = project / "tests/days/y2016/test_y2016_d08.py"
    test_file.write_text(test_file.read_text().replace("PART1_CASES = [", "PART1_CASES = [(\"a\\nb\", 2),"))
    (project / "aoc/days/y2016/d08.py").write_text(helpers.SUM_DAY.replace('"""2016 day 3', '"""2016 day 8').replace("int(x) for x in text.split()", "1 for x in text.split()"))
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)],
                          capture_output=True, text=True, cwd=project)
    assert "1 passed" in done.stdout, done.stdout + done.stderr


def test_new_fills_the_examples_from_the_page(project, fake_site, monkeypatch, helpers, invoke):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    fake_site.inputs["/2016/day/3/input"] = "2 3 4\n"
    fake_site.inputs["/2016/day/3"] = helpers.saved_page("2016-03-part1")
    result = invoke("new", 2016, 3)
    assert result.exit_code == 0, result.output
    assert (project / "inputs/2016/03.example.txt").read_text() == "1 2\n3\n"
    answers = (project / "inputs/2016/answers.toml").read_text()
    assert "# part1 =" in answers  # the scaffold's placeholders are kept
    assert store.title(2016, 3) == "Summing & Things"
    assert store.known(2016, 3, "example").answers == {"part1": 6}


def test_new_calls_the_library_not_another_command():
    import ast
    import inspect

    from aoc.cli import new

    imported = {node.module for node in ast.walk(ast.parse(inspect.getsource(new))) if isinstance(node, ast.ImportFrom)}
    assert {name for name in imported if name.startswith("aoc.cli.")} <= {"aoc.cli.options"}
