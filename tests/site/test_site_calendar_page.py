"""The calendar page's stars: by class, else by aria-label; locked days are no links; a logged-out page is refused."""
import pytest

from aoc.errors import BadToken, FetchError
from aoc.site import calendar_page


def test_stars_by_day(helpers):
    shown = calendar_page.stars(helpers.saved_page("2025-calendar"), 2025)
    assert shown == {1: 2, 2: 2, 3: 1, 4: 0}


def test_the_aria_label_says_it_when_the_class_does_not():
    html = ('<pre class="calendar"><a aria-label="Day 7, two stars" href="/2023/day/7" class="calendar-day7">x</a>\n'
            '<a aria-label="Day 8, one star" href="/2023/day/8">y</a>\n'
            '<a href="/2022/day/9" class="calendar-verycomplete">another year</a></pre>')
    assert calendar_page.stars(html, 2023) == {7: 2, 8: 1}


def test_a_logged_out_page_is_refused(helpers):
    page = helpers.saved_page("2025-calendar").replace('/2025/auth/logout">[Log Out]', '/2025/auth/login">[Log In]')
    with pytest.raises(BadToken, match="logged out"):
        calendar_page.stars(page, 2025)


def test_a_page_without_a_calendar_is_an_error():
    with pytest.raises(FetchError, match="no calendar"):
        calendar_page.stars("<main><p>Something else</p></main>", 2025)
