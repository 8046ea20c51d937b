"""A year's stars from the known answers, offline; the last day's second star comes with all the others."""
from aoc import stars, store


def test_stars_titles_and_the_last_day(project, helpers):
    helpers.write_input(project, 2016, "answers.toml",
                        '[1]\ntitle = "One"\npart1 = 1\npart2 = 2\n\n[2]\npart1 = 5\n\n[25]\npart1 = 7\n')
    store.page_path(2016, 2).write_text("<h2>--- Day 2: From The Page ---</h2>")
    days = stars.year_stars(2016)
    assert len(days) == 25
    assert [(d.day, d.stars, d.title) for d in days[:3]] == [(1, 2, "One"), (2, 1, "From The Page"), (3, 0, None)]
    assert days[24].stars == 1
    assert not any(d.locked for d in days)


def test_the_last_day_gets_its_second_star_with_all_the_others(project, helpers):
    full = "".join(f"[{day}]\npart1 = 1\npart2 = 2\n" for day in range(1, 12)) + "[12]\npart1 = 3\npart2 = 4\n"
    helpers.write_input(project, 2025, "answers.toml", full)
    days = stars.year_stars(2025)
    assert sum(d.stars for d in days) == 24


def test_future_days_are_locked(project):
    assert all(d.locked and d.stars == 0 for d in stars.year_stars(2099))
