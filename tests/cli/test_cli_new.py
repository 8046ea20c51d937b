"""`aoc new`: scaffolding that never overwrites, checks everything before writing, finishes what a run left
half-made, and fetches when a token is there."""
import subprocess
import sys

from aoc import registry, store

MADE = ("aoc/days/y2016/d08.py", "tests/days/y2016/test_y2016_d08.py", "inputs/2016/08.example.txt")


def test_new_creates_module_example_answers_and_test(project, invoke):
    result = invoke("new", 2016, 8)
    assert result.exit_code == 0, result.output
    module = project / "aoc" / "days" / "y2016" / "d08.py"
    for path in (module, project / "inputs/2016/08.example.txt", project / "tests/days/y2016/test_y2016_d08.py",
                 project / "inputs/2016/answers.toml"):
        assert path.exists() and str(path) in result.output
    assert '"""2016 day 8: Day 8.' in module.read_text()
    registry.discover.cache_clear()
    day = registry.load(2016, 8)
    assert set(day.parts) == {1, 2}
    assert "no session token" in result.output


def test_new_on_a_last_day_has_one_part(project, invoke):
    assert invoke("new", 2025, 12).exit_code == 0
    assert "def part2" not in (project / "aoc/days/y2025/d12.py").read_text()


def test_new_says_whether_it_created_answers_toml_or_added_to_it(project, helpers, invoke):
    answers = project / "inputs/2016/answers.toml"
    first = invoke("new", 2016, 8)
    assert f"created {answers}" in first.output and "added" not in first.output
    second = invoke("new", 2016, 9)
    assert f"added [9] to {answers}" in second.output and f"created {answers}" not in second.output


def test_new_keeps_what_exists_and_makes_the_rest(project, helpers, invoke):
    test_file = project / "tests" / "days" / "y2016" / "test_y2016_d08.py"
    test_file.parent.mkdir(parents=True)
    test_file.write_text("# mine\n")
    answers = helpers.write_input(project, 2016, "answers.toml", "[1]\npart1 = 1\n")
    result = invoke("new", 2016, 8)
    assert result.exit_code == 0, result.output
    assert test_file.read_text() == "# mine\n" and f"kept {test_file}" in result.output
    assert answers.read_text().startswith("[1]\npart1 = 1\n") and "[8]" in answers.read_text()
    assert all((project / path).exists() for path in MADE)


def test_new_keeps_an_example_and_answers_that_fetch_or_submit_made_first(project, helpers, invoke):
    helpers.write_input(project, 2016, "08.example.txt", "my example\n")
    answers = helpers.write_input(project, 2016, "answers.toml", "[8.example]\npart1 = 6\n")
    result = invoke("new", 2016, 8)
    assert result.exit_code == 0, result.output
    assert (project / "inputs/2016/08.example.txt").read_text() == "my example\n"
    assert answers.read_text() == "[8.example]\npart1 = 6\n"
    assert (project / "aoc" / "days" / "y2016" / "d08.py").exists()


def test_new_writes_ones_own_copy_of_a_shipped_day(project, invoke):
    result = invoke("new", 2023, 6)
    assert result.exit_code == 0 and "solved already" not in result.output, result.output
    module = project / "aoc" / "days" / "y2023" / "d06.py"
    assert registry.load(2023, 6).path == module  # it shadows the framework's example from now on


def test_new_refuses_a_day_another_package_solves(project, tmp_path, monkeypatch, helpers, invoke):
    site = helpers.install_plugin(tmp_path / "plugin", "[aoc.days]\ny2016.d08 = aocplugin_eight\n",
                                  {"aocplugin_eight.py": helpers.SUM_DAY})
    monkeypatch.syspath_prepend(str(site))
    registry.discover.cache_clear()
    result = invoke("new", 2016, 8)
    assert result.exit_code == 1 and "solved already (by entry point y2016.d08" in result.output
    assert not (project / "aoc").exists() and not (project / "inputs" / "2016").exists()


def test_new_twice_refuses_the_second_time(project, invoke):
    assert invoke("new", 2016, 8).exit_code == 0
    before = (project / "inputs/2016/answers.toml").read_text()
    second = invoke("new", 2016, 8)
    assert second.exit_code == 1 and "nothing changed" in second.output
    assert (project / "inputs/2016/answers.toml").read_text() == before


def test_a_broken_answers_file_stops_new_before_any_write_and_a_rerun_finishes(project, helpers, invoke):
    answers = helpers.write_input(project, 2016, "answers.toml", "[8\npart1 = \n")
    result = invoke("new", 2016, 8)
    assert result.exit_code == 2 and f"{answers} is not valid TOML" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not any((project / path).exists() for path in MADE)
    answers.write_text("")
    assert invoke("new", 2016, 8).exit_code == 0
    assert all((project / path).exists() for path in MADE) and "[8]" in answers.read_text()


def test_an_unwritable_folder_stops_new_before_any_write_and_a_rerun_finishes(project, helpers, invoke):
    (project / "tests").mkdir()
    with helpers.unwritable(project / "tests"):
        result = invoke("new", 2016, 8)
    assert result.exit_code == 2 and "cannot write in" in result.output and "nothing changed" in result.output
    assert not (project / "aoc").exists() and not (project / "inputs" / "2016").exists()
    rerun = invoke("new", 2016, 8)
    assert rerun.exit_code == 0, rerun.output
    assert all((project / path).exists() for path in MADE)


def test_a_rerun_finishes_a_half_made_day(project, helpers, invoke):
    module = helpers.write_day(project, 2016, 8, helpers.SUM_DAY.replace("2016 day 3", "2016 day 8"))
    result = invoke("new", 2016, 8)
    assert result.exit_code == 0, result.output
    assert f"kept {module}" in result.output and "day 8" in module.read_text()
    assert all((project / path).exists() for path in MADE) and store.load_answers(2016).get(8) == {"example": {}}


def test_new_fetches_the_input_when_a_token_is_set(project, fake_site, monkeypatch, helpers, invoke):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    fake_site.inputs["/2016/day/8/input"] = "rect 3x2\n"
    result = invoke("new", 2016, 8)
    assert result.exit_code == 0 and "fetched" in result.output
    assert (project / "inputs/2016/08.txt").read_text() == "rect 3x2\n"
    assert helpers.GOOD_TOKEN not in result.output


def test_before_the_unlock_new_says_when_to_fetch(project, fake_site, monkeypatch, helpers, invoke):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    result = invoke("new", 2099, 3)
    assert result.exit_code == 0, result.output
    assert "2099 day 3 unlocks in" in result.output and "then run `aoc fetch 2099 3 --examples`" in result.output
    assert fake_site.count() == 0 and (project / "aoc/days/y2099/d03.py").exists()


def test_the_scaffolded_test_checks_small_cases_and_known_answers(project, helpers, invoke):
    assert invoke("new", 2016, 8).exit_code == 0
    test_file = project / "tests/days/y2016/test_y2016_d08.py"
    test_file.write_text(test_file.read_text().replace("PART1_CASES = [", "PART1_CASES = [(\"a\\nb\", 2),"))
    counting = helpers.SUM_DAY.replace('"""2016 day 3', '"""2016 day 8').replace("int(x) for x", "1 for x")
    (project / "aoc/days/y2016/d08.py").write_text(counting)
    (project / "inputs/2016/08.example.txt").write_text("a b c\n")
    (project / "inputs/2016/answers.toml").write_text("[8.example]\npart1 = 3\npart2 = 1\n")
    # -P: the project's aoc/ folder must not be put on sys.path, where it would hide the aoc package
    done = subprocess.run([sys.executable, "-P", "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)],
                          capture_output=True, text=True, cwd=project)
    assert "3 passed" in done.stdout, done.stdout + done.stderr


def test_new_titles_the_module_and_fills_the_examples_from_the_page(project, fake_site, monkeypatch, helpers, invoke):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    fake_site.inputs["/2016/day/3/input"] = "2 3 4\n"
    fake_site.inputs["/2016/day/3"] = helpers.saved_page("2016-03-part1")
    result = invoke("new", 2016, 3)
    assert result.exit_code == 0, result.output
    assert (project / "aoc/days/y2016/d03.py").read_text().startswith('"""2016 day 3: Summing & Things. ')
    assert (project / "inputs/2016/03.example.txt").read_text() == "1 2\n3\n"
    answers = (project / "inputs/2016/answers.toml").read_text()
    assert "# part1 =" in answers  # the scaffold's placeholders are kept
    assert store.title(2016, 3) == "Summing & Things"
    assert store.known(2016, 3, "example").answers == {"part1": 6}
    assert fake_site.count("/2016/day/3") == 1


def test_new_in_an_empty_folder_writes_there(tmp_path, helpers):
    folder = tmp_path / "mine"
    folder.mkdir()
    done = helpers.run_aoc_in(folder, "new", 2015, 1)
    assert done.returncode == 0, done.stdout + done.stderr
    for path in ("aoc/days/y2015/d01.py", "tests/days/y2015/test_y2015_d01.py", "inputs/2015/01.example.txt",
                 "inputs/2015/answers.toml"):
        assert (folder / path).exists() and str(folder / path) in done.stdout


def test_new_calls_the_library_not_another_command():
    import ast
    import inspect

    from aoc.cli import new

    imported = {node.module for node in ast.walk(ast.parse(inspect.getsource(new))) if isinstance(node, ast.ImportFrom)}
    assert {name for name in imported if name.startswith("aoc.cli.")} <= {"aoc.cli.options"}
