"""The puzzle's texts: cached once fetched, against a real local HTTP server that plays the site."""
import pytest

from aoc import inputs, store
from aoc.site import page

INPUT = "/2022/day/4/input"


@pytest.fixture
def token(monkeypatch, helpers):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    return helpers.GOOD_TOKEN


def test_fetch_caches_the_input_and_never_asks_twice(project, fake_site, token):
    fake_site.inputs[INPUT] = "2-4,6-8\n"
    assert inputs.fetch_input(2022, 4) == "2-4,6-8\n"
    assert inputs.fetch_input(2022, 4) == "2-4,6-8\n"
    assert fake_site.count(INPUT) == 1
    assert (project / "inputs" / "2022" / "04.txt").read_text() == "2-4,6-8\n"


def test_page_is_fetched_once_and_refreshed_on_request(project, fake_site, token):
    fake_site.inputs["/2022/day/4"] = "<article class=\"day-desc\"><h2>--- Day 4: Camp &amp; Cleanup ---</h2></article>"
    assert page.title(inputs.fetch_page(2022, 4)) == "Camp & Cleanup"
    inputs.fetch_page(2022, 4)
    assert fake_site.count("/2022/day/4") == 1
    inputs.fetch_page(2022, 4, refresh=True)
    assert fake_site.count("/2022/day/4") == 2
    assert store.page_path(2022, 4).name == "04.page.html"
