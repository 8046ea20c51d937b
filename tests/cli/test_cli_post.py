"""`aoc post` through click's CliRunner and as a subprocess."""
import shutil

import pytest

REAL_INPUT = "4231 5077\n"
PAGE = "<html><body><h2>--- Day 3: Summing Things, From The Site ---</h2></body></html>"


@pytest.fixture
def summing(project, helpers):
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY)
    helpers.write_input(project, 2016, "03.txt", REAL_INPUT)
    helpers.write_input(project, 2016, "answers.toml", "[3]\npart1 = 9308\npart2 = 21480787\n")
    return project


def test_post_writes_then_updates_the_shipped_day(project, helpers, invoke):
    shutil.copytree(helpers.REPO / "inputs" / "2022", project / "inputs" / "2022")
    path = project / "posts" / "2022" / "12-hill-climbing-algorithm.md"
    first = invoke("post", 2022, 12, "--repeat", 1)
    assert first.exit_code == 0, first.output
    assert first.output == f"wrote {path}\n"
    assert 'title: "Advent of Code 2022 Day 12: Hill Climbing Algorithm"' in path.read_text()
    second = invoke("post", 2022, 12, "--repeat", 1)
    assert second.output == f"updated {path}\n"


def test_dry_run_prints_and_writes_nothing(summing, invoke):
    result = invoke("post", 2016, 3, "--dry-run", "--repeat", 1)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("---\ntitle: \"Advent of Code 2016 Day 3: Summing Things\"")
    assert "<!-- aoc:begin results -->" in result.output
    assert not (summing / "posts").exists()


def test_no_token_input_or_hidden_answer_in_a_post_made_online(summing, fake_site, helpers):
    fake_site.inputs["/2016/day/3"] = PAGE
    done = helpers.run_aoc("post", 2016, 3, "--repeat", 1, env={"AOC_SESSION": helpers.GOOD_TOKEN})
    assert done.returncode == 0, done.stderr
    post = summing / "posts" / "2016" / "03-summing-things-from-the-site.md"
    text = post.read_text()
    assert "Summing Things, From The Site" in text and fake_site.count("/2016/day/3") == 1
    outside = text.split("<details>")[0] + text.split("</details>")[1]
    for secret in (helpers.GOOD_TOKEN, "4231", "5077", "9308", "21480787"):
        assert secret not in outside + done.stdout + done.stderr
    assert "9308" in text.split("<details>")[1]


def test_reveal(summing, invoke):
    result = invoke("post", 2016, 3, "--reveal", "--dry-run", "--repeat", 1)
    assert "part 1: 9308" in result.output and "<details>" not in result.output


def test_index_writes_the_years_page(summing, invoke):
    result = invoke("post", "--index", 2016, "--repeat", 1)
    path = summing / "posts" / "2016" / "index.md"
    assert result.exit_code == 0 and result.output == f"wrote {path}\n"
    assert "| 3 | Summing Things | ★★ |" in path.read_text()


def test_index_with_a_day_is_refused(summing, invoke):
    result = invoke("post", "--index", 2016, 3)
    assert result.exit_code == 2 and "--index takes a year, not a day" in result.output


@pytest.mark.parametrize("args, message", [
    ((2016, 4), "aoc new 2016 4"),
    ((2016, 26), "days 1 to 25"),
])
def test_no_such_day_is_one_line_exit_2(project, args, message, invoke):
    result = invoke("post", *args)
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert not (project / "posts").exists()


def test_a_day_without_a_docstring_is_one_line_exit_2(project, helpers):
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY.split("\n", 1)[1])
    done = helpers.run_aoc("post", 2016, 3)
    assert done.returncode == 2
    assert done.stderr.startswith("aoc: ") and "no docstring" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (project / "posts").exists()


def test_broken_markers_are_one_line_and_the_post_is_untouched(summing, invoke):
    invoke("post", 2016, 3, "--repeat", 1)
    path = summing / "posts" / "2016" / "03-summing-things.md"
    broken = path.read_text().replace("<!-- aoc:end code -->", "")
    path.write_text(broken)
    result = invoke("post", 2016, 3)
    assert result.exit_code == 2 and "no matching aoc:end" in result.output
    assert path.read_text() == broken
