"""`aoc stars`: the year's calendar from the site's calendar page (read once, cached), else from answers.toml."""
CALENDAR = "/2025"


def test_stars_offline_says_so_in_its_first_line(project, helpers, monkeypatch, invoke):
    monkeypatch.setenv("AOC_BASE_URL", "http://127.0.0.1:9")
    helpers.write_input(project, 2016, "answers.toml", '[1]\ntitle = "One"\npart1 = 1\npart2 = 2\n\n[2]\npart1 = 5\n')
    result = invoke("stars", "2016")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("2016: 3 of 50 stars, offline, from answers.toml only: no session token")
    assert lines[1] == " 1  **  One" and lines[2].startswith(" 2  *")
    assert len(lines) == 26


def test_stars_of_a_year_before_the_first_is_a_usage_error(project, invoke):
    assert invoke("stars", "2014").exit_code == 2


def test_stars_from_the_sites_calendar_read_once(project, fake_site, helpers):
    fake_site.inputs[CALENDAR] = helpers.saved_page("2025-calendar")
    helpers.write_input(project, 2025, "answers.toml", '[4]\ntitle = "Four"\npart1 = 1\n')
    env = {"AOC_SESSION": helpers.GOOD_TOKEN}
    first = helpers.run_aoc("stars", 2025, env=env)
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0] == "2025: 6 of 24 stars, from the site's calendar, read just now; --refresh reads it again"
    assert lines[1:6] == [" 1  **", " 2  **", " 3  *", " 4  *   Four", " 5  ·"] and len(lines) == 13
    again = helpers.run_aoc("stars", 2025, env=env)
    assert again.stdout == first.stdout and fake_site.count(CALENDAR) == 1
    assert (project / "inputs/2025/calendar.page.html").exists()
    solved = fake_site.inputs[CALENDAR].replace('calendar-day4"', 'calendar-day4 calendar-verycomplete"')
    fake_site.inputs[CALENDAR] = solved
    refreshed = helpers.run_aoc("stars", 2025, "--refresh", env=env)
    assert refreshed.stdout.startswith("2025: 7 of 24 stars, from the site's calendar, read just now\n")
    assert fake_site.count(CALENDAR) == 2
    assert helpers.GOOD_TOKEN not in first.stdout + first.stderr + refreshed.stdout + refreshed.stderr


def test_a_cached_calendar_needs_no_token(project, helpers):
    helpers.write_input(project, 2025, "calendar.page.html", helpers.saved_page("2025-calendar"))
    done = helpers.run_aoc("stars", 2025)
    assert done.stdout.startswith("2025: 5 of 24 stars, from the site's calendar, read just now")


def test_when_the_site_fails_the_known_answers_speak(project, fake_site, helpers):
    fake_site.broken.add(CALENDAR)
    helpers.write_input(project, 2025, "answers.toml", "[1]\npart1 = 1\npart2 = 2\n")
    done = helpers.run_aoc("stars", 2025, env={"AOC_SESSION": helpers.GOOD_TOKEN})
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.startswith("2025: 2 of 24 stars, offline, from answers.toml only: ")
    assert "500" in done.stdout.splitlines()[0]


def test_a_logged_out_calendar_is_never_cached(project, fake_site, helpers):
    fake_site.inputs[CALENDAR] = helpers.saved_page("2025-calendar").replace("/auth/logout", "/auth/login")
    done = helpers.run_aoc("stars", 2025, env={"AOC_SESSION": helpers.GOOD_TOKEN})
    assert "offline, from answers.toml only: the site's 2025 calendar shows no stars: logged out" in done.stdout
    assert not (project / "inputs/2025/calendar.page.html").exists()


def test_twelve_days_have_24_stars_the_last_coming_with_the_others(project, helpers):
    page = helpers.saved_page("2025-calendar")
    links = "".join(f'<a aria-label="Day {d}, two stars" href="/2025/day/{d}" class="calendar-day{d} '
                    f'calendar-verycomplete">{d}</a>\n' for d in range(1, 13))
    start, end = page.index('<pre class="calendar">') + len('<pre class="calendar">'), page.index("</pre>")
    helpers.write_input(project, 2025, "calendar.page.html", page[:start] + links + page[end:])
    done = helpers.run_aoc("stars", 2025)
    assert done.stdout.startswith("2025: 24 of 24 stars")
    assert done.stdout.splitlines()[12].startswith("12  **")
