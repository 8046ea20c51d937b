"""`aoc read`: the cached page rendered; part 2 read again once part 1 is solved; nothing written but the cache."""


def files_of(project):
    return sorted(str(path.relative_to(project)) for path in project.rglob("*") if path.is_file())


def test_read_fetches_the_page_once_and_shows_it(project, fake_site, helpers):
    fake_site.inputs["/2016/day/3"] = helpers.saved_page("2016-03-part1")
    env = {"AOC_SESSION": helpers.GOOD_TOKEN}
    first = helpers.run_aoc("read", 2016, 3, "--width", 60, env=env)
    second = helpers.run_aoc("read", 2016, 3, "--width", 60, env=env)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[0] == "--- Day 3: Summing & Things ---" and first.stdout == second.stdout
    assert "\x1b[" not in first.stdout  # no colours when the output is not a terminal
    assert fake_site.count("/2016/day/3") == 1
    assert files_of(project) == ["inputs/2016/03.page.html"]  # the text is shown, never written elsewhere
    assert helpers.GOOD_TOKEN not in first.stdout + first.stderr


def test_part_two_once_part_one_is_solved(project, fake_site, helpers):
    helpers.write_input(project, 2016, "03.page.html", helpers.saved_page("2016-03-part1"))
    helpers.write_input(project, 2016, "answers.toml", "[3]\npart1 = 9\n")
    fake_site.inputs["/2016/day/3"] = helpers.saved_page("2016-03-part2")
    done = helpers.run_aoc("read", 2016, 3, env={"AOC_SESSION": helpers.GOOD_TOKEN})
    assert "--- Part Two ---" in done.stdout and "Your puzzle answer was 24." in done.stdout
    assert fake_site.count("/2016/day/3") == 1


def test_a_page_not_cached_without_a_token_is_one_line(project, helpers):
    done = helpers.run_aoc("read", 2016, 3)
    assert done.returncode == 1 and "no session token" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
