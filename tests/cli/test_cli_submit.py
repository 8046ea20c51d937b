"""`aoc submit` against the local server that plays the site: exit codes, guards that send nothing, waits."""
import os
import resource
import subprocess
import sys
import time

import pytest

ANSWER = "/2016/day/3/answer"


@pytest.fixture
def site(project, fake_site, monkeypatch, helpers):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    fake_site.solutions.update({(2016, 3, 1): "9", (2016, 3, 2): "24"})
    fake_site.inputs["/2016/day/3"] = helpers.saved_page("2016-03-part2")
    return fake_site


def test_right_answer_exits_0_and_reads_part_twos_examples(project, site, invoke):
    result = invoke("submit", 2016, 3, 1, 9)
    assert result.exit_code == 0, result.output
    assert "9 ✓" in result.output and "That's the right answer" in result.output
    assert "example2 part2 = 10" in result.output
    assert (project / "inputs/2016/03.example2.txt").read_text() == "2 5\n"


def test_wrong_answers_exit_1_and_say_too_high(project, site, invoke):
    result = invoke("submit", 2016, 3, 1, 50)
    assert result.exit_code == 1 and "too high" in result.output


@pytest.mark.parametrize("args, message", [
    ((2016, 3, 3, 9), "parts 1 and 2"),
    ((2016, 3, 0, 9), "parts 1 and 2"),
    ((2016, 3, "x"), "PART should be a number"),
    ((2016, 3, "²"), "PART should be a number"),
    (("²",), "DAY should be a number"),
    ((2016, "٣", 1, 9), "DAY should be a number"),
    ((2016, 3, 1, ""), "empty"),
    ((2016, 25, 2, 1), "one part"),
    ((2016, 3, 1, 9, 9), "too many"),
    ((2016, 3, 2), "run `aoc run 2016 3` first"),
])
def test_usage_errors_exit_2_and_send_nothing(project, site, args, message, invoke):
    result = invoke("submit", *args)
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output
    assert site.count() == 0


def test_a_solved_part_prints_its_answer(project, site, helpers, invoke):
    helpers.write_input(project, 2016, "answers.toml", "[3]\npart1 = 9\n")
    same, other = invoke("submit", 2016, 3, 1, 9), invoke("submit", 2016, 3, 1, 8)
    assert same.exit_code == 0 and "solved already: 9 ✓" in same.output
    assert other.exit_code == 1 and "✗" in other.output
    assert site.count() == 0


def test_the_default_is_the_answer_aoc_run_computed(project, site, helpers, invoke):
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY)
    helpers.write_input(project, 2016, "03.txt", "2 3 4\n")
    assert invoke("run", "2016", "3").exit_code == 0
    result = invoke("submit", 2016, 3)
    assert result.exit_code == 0, result.output
    assert site.forms[0] == {"level": "1", "answer": "9"}


def test_a_second_process_honours_the_wait(project, site, helpers):
    env = {"AOC_SESSION": helpers.GOOD_TOKEN}
    first = helpers.run_aoc("submit", 2016, 3, 1, 5, env=env)
    assert first.returncode == 1 and "too low" in first.stdout
    second = helpers.run_aoc("submit", 2016, 3, 1, 7, env=env)
    assert second.returncode == 3, second.stdout + second.stderr
    assert "left" in second.stderr and "--wait" in second.stderr
    assert site.count(ANSWER) == 1


def test_two_processes_sending_one_guess_at_once_send_it_once(project, site, helpers):
    site.slow[ANSWER] = 1.0  # the first answer is still on its way when the second process starts
    command = [sys.executable, "-m", "aoc", "submit", "2016", "3", "1", "5"]
    env = {**os.environ, "AOC_SESSION": helpers.GOOD_TOKEN}
    both = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    outputs = [process.communicate(timeout=60) for process in both]
    assert site.count(ANSWER) == 1
    assert sorted(process.returncode for process in both) == [1, 1]  # one "too low", one "already said so"
    said = "".join(out + err for out, err in outputs)
    assert "too low" in said and "already said it is wrong" in said


def test_wait_counts_down_then_sends(project, site, helpers):
    site.too_recent = "2s"
    env = {"AOC_SESSION": helpers.GOOD_TOKEN}
    refused = helpers.run_aoc("submit", 2016, 3, 1, 9, env=env)
    assert refused.returncode == 3 and "too recently" in refused.stdout
    site.too_recent = None
    started = time.monotonic()
    done = helpers.run_aoc("submit", "--wait", 2016, 3, 1, 9, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "waiting" in done.stderr and time.monotonic() - started >= 0.5
    assert site.count(ANSWER) == 2


def test_logged_out_is_one_line_without_the_token(project, site, helpers):
    done = helpers.run_aoc("submit", 2016, 3, 1, 9, env={"AOC_SESSION": "secret-stale-token"})
    assert done.returncode == 1 and "logged out" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "secret-stale-token" not in done.stdout + done.stderr


def test_a_verdict_that_cannot_be_written_down_is_printed_all_the_same(project, site, helpers):
    # a file-size limit makes every write of answers.toml fail, as a full disk does
    helpers.write_input(project, 2016, "answers.toml", "# " + "notes " * 60 + "\n[3.example]\npart1 = 6\n")
    before = (project / "inputs/2016/answers.toml").read_text()

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))

    done = subprocess.run([sys.executable, "-m", "aoc", "submit", "2016", "3", "1", "9"], capture_output=True,
                          text=True, env=os.environ.copy(), preexec_fn=small_files, timeout=60)
    assert "9 ✓" in done.stdout and "That's the right answer" in done.stdout
    assert "the verdict was not recorded" in done.stderr and "Traceback" not in done.stderr
    assert done.returncode == 4
    assert site.count(ANSWER) == 1
    assert (project / "inputs/2016/answers.toml").read_text() == before


@pytest.mark.parametrize("answer", ["12\n34", "#..#\n#..#"])
def test_a_multi_line_answer_is_refused_before_sending(project, site, invoke, answer):
    result = invoke("submit", 2016, 3, 1, answer)
    assert result.exit_code == 2 and "multi-line" in result.output
    assert site.count(ANSWER) == 0


@pytest.mark.parametrize("table", ['part1 = "nope"', 'part1 = [1, { answer = "2", verdict = "wrong" }]',
                                   'part1 = [{ verdict = "wrong" }]', 'part3 = []'])
def test_a_misshapen_submissions_table_is_one_line(project, site, helpers, invoke, table):
    helpers.write_input(project, 2016, "answers.toml", f"[3.submissions]\n{table}\n")
    result = invoke("submit", 2016, 3, 1, 9)
    assert result.exit_code == 2 and "submissions" in result.output
    assert "Traceback" not in result.output and site.count(ANSWER) == 0
