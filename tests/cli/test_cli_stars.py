"""`aoc stars`: the year's calendar as text, with no request."""


def test_stars_shows_the_calendar(project, helpers, monkeypatch, invoke):
    monkeypatch.setenv("AOC_BASE_URL", "http://127.0.0.1:9")
    helpers.write_input(project, 2016, "answers.toml", '[1]\ntitle = "One"\npart1 = 1\npart2 = 2\n\n[2]\npart1 = 5\n')
    result = invoke("stars", "2016")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "2016: 3 of 50 stars"
    assert lines[1] == " 1  **  One" and lines[2].startswith(" 2  *")
    assert len(lines) == 26


def test_stars_of_a_year_before_the_first_is_a_usage_error(project, invoke):
    assert invoke("stars", "2014").exit_code == 2
