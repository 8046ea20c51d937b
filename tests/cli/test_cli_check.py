"""`aoc check`: every known answer, skipping uncached real inputs and saying so."""


def test_check_passes_counts_and_skips(project, helpers, invoke):
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY)
    helpers.write_input(project, 2016, "03.example.txt", "1 2\n")
    helpers.write_input(project, 2016, "answers.toml", "[3]\npart1 = 9\n\n[3.example]\npart1 = 3\npart2 = 2\n")
    result = invoke("check", "--year", "2016")
    assert result.exit_code == 0, result.output
    assert "1 inputs, 2 parts: 2 right, 0 failed" in result.output
    assert "1 real inputs with known answers are not cached here" in result.output


def test_check_fails_on_a_mismatch(project, helpers, invoke):
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY)
    helpers.write_input(project, 2016, "03.txt", "2 3\n")
    helpers.write_input(project, 2016, "answers.toml", "[3]\npart1 = 5\npart2 = 7\n")
    result = invoke("check", "--year", "2016", "--jobs", "2")
    assert result.exit_code == 1
    assert "expected 7" in result.output and "1 failed" in result.output


def test_check_of_the_shipped_days_passes(helpers, tmp_path):
    done = helpers.run_aoc("check", env={"AOC_ROOT": str(helpers.REPO), "AOC_SESSION": ""})
    assert done.returncode == 0, done.stdout + done.stderr
    assert " 0 failed" in done.stdout


def test_a_looping_day_is_stopped_and_check_fails(project, helpers, invoke):
    helpers.write_day(project, 2016, 5, "def parse(text):\n    return text\n\n\ndef part1(text):\n"
                                        "    return sum(range(10**12))\n\n\ndef part2(text):\n    return 0\n")
    helpers.write_input(project, 2016, "05.example.txt", "x\n")
    helpers.write_input(project, 2016, "answers.toml", "[5.example]\npart1 = 1\n")
    result = invoke("check", "--year", "2016", "--timeout", "0.3")
    assert result.exit_code == 1
    assert "timed out" in result.output and "took longer than 0.3 s" in result.output
