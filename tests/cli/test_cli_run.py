"""`aoc run` through click's CliRunner and as a subprocess."""
import pytest


@pytest.fixture
def summing(project, helpers):
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY)
    helpers.write_input(project, 2016, "03.txt", "2 3 4\n")
    helpers.write_input(project, 2016, "03.example.txt", "1 2\n")
    helpers.write_input(project, 2016, "answers.toml", "[3]\npart1 = 9\npart2 = 24\n\n[3.example]\npart1 = 3\n")
    return project


def test_run_prints_answers_times_and_checks(summing, invoke):
    result = invoke("run", 2016, 3)
    assert result.exit_code == 0, result.output
    assert "2016 day 3: Summing Things (input)" in result.output
    lines = result.output.splitlines()
    assert any(line.split()[:3] == ["part", "1", "9"] and line.endswith("✓") for line in lines)
    assert any(line.split()[:3] == ["part", "2", "24"] and line.endswith("✓") for line in lines)
    assert "parse" in result.output


def test_a_wrong_answer_exits_1_and_shows_the_expected_one(summing, helpers, invoke):
    helpers.write_input(summing, 2016, "answers.toml", "[3]\npart1 = 10\n")
    result = invoke("run", 2016, 3)
    assert result.exit_code == 1
    assert "✗ expected 10" in result.output


def test_year_option_and_part_option(summing, invoke):
    result = invoke("run", 3, "--year", 2016, "--part", 2)
    assert result.exit_code == 0
    assert "part 2" in result.output and "part 1" not in result.output


def test_example_runs_only_the_parts_it_states(summing, invoke):
    result = invoke("run", 2016, 3, "--example")
    assert result.exit_code == 0
    assert "(example)" in result.output and "part 1  3" in result.output and "part 2" not in result.output


def test_input_file(summing, tmp_path, invoke):
    other = tmp_path / "mine.txt"
    other.write_text("5 5\n")
    result = invoke("run", 2016, 3, "--input", other)
    assert result.exit_code == 0 and "part 1  10" in result.output and "✓" not in result.output


def test_missing_example_is_one_clear_line(project, helpers, invoke):
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY)
    result = invoke("run", 2016, 3, "--example")
    assert result.exit_code == 1
    assert result.output.strip().startswith("aoc: ") and "03.example.txt does not exist" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("args, message", [
    ((2016, 26), "days 1 to 25"),
    ((2016, 4), "aoc new 2016 4"),
    ((7, 8), "not a year"),
])
def test_bad_day_is_one_line_exit_2(project, args, message, invoke):
    result = invoke("run", *args)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_a_broken_module_is_one_line_exit_2_as_a_subprocess(project, helpers):
    helpers.write_day(project, 2016, 3, "def parse(text):\n    return (\n")
    done = helpers.run_aoc("run", 2016, 3, "--example")
    assert done.returncode == 2
    assert "syntax error" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_an_exception_in_a_part_shows_its_frames_and_exits_1(summing, helpers, invoke):
    helpers.write_day(summing, 2016, 3, helpers.SUM_DAY.replace("return prod(numbers)", "return numbers[99]"))
    result = invoke("run", 2016, 3)
    assert result.exit_code == 1
    assert "IndexError" in result.output and "in part2" in result.output
    assert "part 1  9" in result.output


def test_timeout_option(summing, helpers, invoke):
    helpers.write_day(summing, 2016, 3, helpers.SUM_DAY.replace("return sum(numbers)", "while True: pass"))
    result = invoke("run", 2016, 3, "--timeout", 0.2)
    assert result.exit_code == 1 and "timed out" in result.output and "part 2  24" in result.output


def test_all_examples_in_parallel_processes_with_a_summary(summing, helpers):
    helpers.write_day(summing, 2016, 4, helpers.SUM_DAY)
    helpers.write_input(summing, 2016, "04.example.txt", "3 3\n")
    done = helpers.run_aoc("run", "--all", "--example", "--year", 2016, "--jobs", 2)
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("2016")]
    assert len(rows) == 2 and "Summing Things" in rows[0]
    assert "2 inputs" in done.stdout


def test_all_reports_failures_with_exit_1(summing, helpers, invoke):
    helpers.write_input(summing, 2016, "answers.toml", "[3.example]\npart1 = 4\n")
    result = invoke("run", "--all", "--example", "--year", 2016)
    assert result.exit_code == 1 and "1 failed" in result.output


def test_all_says_why_each_part_failed_and_its_counts_add_up(summing, helpers, invoke):
    helpers.write_input(summing, 2016, "answers.toml", "[3.example]\npart1 = 4\n\n[4.example]\npart1 = 1\n")
    helpers.write_day(summing, 2016, 4, helpers.SUM_DAY.replace("return sum(numbers)", "pass"))
    helpers.write_input(summing, 2016, "04.example.txt", "3 3\n")
    result = invoke("run", "--all", "--example", "--year", 2016)
    rows = {line.split()[1]: line for line in result.output.splitlines() if line.startswith("2016")}
    assert "✗ wrong" in rows["3"] and "✗ returned None" in rows["4"]
    assert "2 inputs, 2 parts: 0 right, 2 failed (1 wrong, 1 returned None), in" in result.output


def test_run_on_a_cached_input_needs_no_token_or_network(summing, helpers):
    done = helpers.run_aoc("run", 2016, 3, env={"AOC_BASE_URL": "http://127.0.0.1:9", "AOC_SESSION": ""})
    assert done.returncode == 0 and "✓" in done.stdout


def test_submit_sends_the_unknown_parts_in_order(project, fake_site, helpers, monkeypatch, invoke):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    fake_site.solutions.update({(2016, 3, 1): "9", (2016, 3, 2): "24"})
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY)
    helpers.write_input(project, 2016, "03.txt", "2 3 4\n")
    result = invoke("run", 2016, 3, "--submit")
    assert result.exit_code == 0, result.output
    assert fake_site.forms == [{"level": "1", "answer": "9"}, {"level": "2", "answer": "24"}]
    again = invoke("run", 2016, 3, "--submit")
    assert again.exit_code == 0 and "nothing to submit" in again.output
    assert len(fake_site.forms) == 2


def test_submit_stops_at_a_wrong_answer_and_needs_the_real_input(summing, fake_site, helpers, monkeypatch, invoke):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    helpers.write_input(summing, 2016, "answers.toml", "")
    fake_site.solutions.update({(2016, 3, 1): "8", (2016, 3, 2): "24"})
    result = invoke("run", 2016, 3, "--submit")
    assert result.exit_code == 1 and "too high" in result.output
    assert len(fake_site.forms) == 1
    assert invoke("run", 2016, 3, "--submit", "--example").exit_code == 2


def test_all_with_a_day_is_a_usage_error(summing, invoke):
    result = invoke("run", "--all", 2016, 3)
    assert result.exit_code == 2 and "drop the day 3" in result.output


def test_a_part_returning_none_fails_and_is_never_remembered(summing, helpers, invoke):
    from aoc import store

    store.save_last_answers(2016, 3, {2: "24"})
    helpers.write_day(summing, 2016, 3, helpers.SUM_DAY.replace("return prod(numbers)", "prod(numbers)"))
    result = invoke("run", 2016, 3)
    assert result.exit_code == 1 and "returned None" in result.output
    assert store.last_answers(2016, 3) == {1: "9"}


@pytest.mark.parametrize("limit", ["inf", "nan", "1e10", "0", "-1"])
def test_a_time_limit_no_timer_can_set_is_a_usage_error(summing, invoke, limit):
    result = invoke("run", 2016, 3, "--timeout", limit)
    assert result.exit_code == 2 and "Traceback" not in result.output
