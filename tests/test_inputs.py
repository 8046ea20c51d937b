"""The puzzle's texts: cached once fetched, against a real local HTTP server that plays the site."""
import os
import subprocess
import sys

import pytest

from aoc import inputs, store
from aoc.errors import FetchError
from aoc.site import page

INPUT = "/2022/day/4/input"


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


@pytest.mark.parametrize("body, problem", [
    (b"", "an empty answer"),
    (b"  \n\n", "an empty answer"),
    (b"Puzzle inputs differ by user.  Please log in to get your puzzle input.\n", "logged-out page"),
    (bytes(range(256)) * 4, "binary data"),
    (b"<!DOCTYPE html>\n<html><body>maintenance</body></html>\n", "a web page"),
])
def test_what_cannot_be_an_input_is_refused_and_never_cached(project, fake_site, token, body, problem):
    fake_site.raw[INPUT] = body
    for attempt in (1, 2):  # nothing cached: the second call asks again
        with pytest.raises(FetchError, match=problem):
            inputs.fetch_input(2022, 4)
        assert fake_site.count(INPUT) == attempt
    assert not store.input_path(2022, 4).exists()


def test_concurrent_fetches_say_fetched_once_and_cached_the_rest(project, fake_site, token, helpers):
    fake_site.inputs[INPUT] = "2-4,6-8\n"
    fake_site.slow[INPUT] = 1  # the three overlap: two wait on the lock while one fetches
    procs = [subprocess.Popen([sys.executable, "-m", "aoc", "fetch", "2022", "4"], env=os.environ.copy(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [proc.communicate(timeout=60)[0] for proc in procs]
    assert all(proc.returncode == 0 for proc in procs)
    assert sum("fetched" in out for out in outputs) == 1 and sum("cached already" in out for out in outputs) == 2
    assert fake_site.count(INPUT) == 1
